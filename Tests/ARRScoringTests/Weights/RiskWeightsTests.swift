import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct RiskWeightsTests {
  @Test func scoreIsLogisticTimesHundred() {
    #expect(RiskWeights.score(logOdds: 0) == 50)
    #expect(abs(RiskWeights.score(logOdds: -3) - 100 / (1 + exp(3.0))) < 1e-12)
  }

  @Test func logOddsSkipsUnknownSignals() {
    var values = [Double](repeating: .nan, count: Signal.count)
    values[Signal.monthToMonth.rawValue] = 1
    values[Signal.usageDecline.rawValue] = 0.4
    let w = RiskWeights.defaults
    let z = values.withUnsafeBufferPointer { w.logOdds($0) }
    #expect(abs(z - (-3.0 + 1.5 + 2.5 * 0.4)) < 1e-12)
  }

  @Test(arguments: [
    (14.999, RevenueClass.retained), (15, .wavering), (39.9, .wavering), (40, .atRisk),
    (100, .atRisk), (0, .retained),
  ])
  func defaultThresholds(score: Double, expected: RevenueClass) {
    #expect(RevenueClass.of(score: score, weights: .defaults) == expected)
  }

  @Test func overriddenThresholdsMoveTheClasses() {
    var w = RiskWeights.defaults
    w.waveringThreshold = 30
    w.atRiskThreshold = 60
    #expect(RevenueClass.of(score: 29, weights: w) == .retained)
    #expect(RevenueClass.of(score: 59, weights: w) == .wavering)
    #expect(RevenueClass.of(score: 60, weights: w) == .atRisk)
  }

  @Test func plainAccountsLandWhereTheDocsSay() {
    // Annual billed annually, nothing else: σ(−3) ≈ 4.7 → retained.
    // Month-to-month billed monthly: σ(−1.2) ≈ 23.1 → wavering.
    #expect(RiskWeights.score(logOdds: -3) < 15)
    let mtm = RiskWeights.score(logOdds: -3 + 1.5 + 0.3)
    #expect(mtm >= 15 && mtm < 40)
  }
}
