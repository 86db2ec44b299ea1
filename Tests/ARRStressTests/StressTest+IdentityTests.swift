import ARRAnalysis
import ARRCore
import ARRGenerator
import ARRProjection
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRStress

/// The empty scenario equals the base to the cent, and a harsher value of any one shock never
/// raises quality-adjusted ARR (nor the trial and pilot outlooks it governs).
@Suite("Stress identities on generated companies")
struct StressTestIdentityTests {
  static let company = try! Fixture.generated(.aiHypergrowth)
  /// Monotonicity holds path by path (every column draws with the same seed), so 1,000 paths
  /// show it as well as the report's 10,000, in a tenth of the time (dozens of columns here).
  static let base = Analysis.run(company, paths: paths)
  static let paths = 1_000

  func expectEqual(_ f: StressFigures, _ b: StressFigures) {
    #expect(f.headlineARR == b.headlineARR)
    #expect(f.recurringARR == b.recurringARR)
    #expect(f.committedARR == b.committedARR)
    #expect(f.qualityAdjustedARR == b.qualityAdjustedARR)
    #expect(f.arrAtRisk == b.arrAtRisk)
    #expect(f.classes == b.classes)
    #expect(f.trailingRetention == b.trailingRetention)
    #expect(f.trials == b.trials)
    #expect(f.pilots == b.pilots)
    #expect(f.accounts == b.accounts)
    #expect(f.expansionMultiplier == b.expansionMultiplier)
    #expect(f.forecast == b.forecast)
  }

  @Test(arguments: GeneratorProfile.allCases)
  func emptyScenarioEqualsTheBaseToTheCent(profile: GeneratorProfile) throws {
    let company = try Fixture.generated(profile, accounts: 300)
    // Fewer paths than the report's: the columns must still be the analysis's to the last bit
    // (a stress run draws the paths and seed its base drew).
    let analysis = Analysis.run(company, paths: Self.paths)
    let neutral = StressScenario(
      name: "neutral", trialConversion: 1, usageChange: 0,
      churnMultiplier: StressScenario.ChurnMultiplier(), expansionMultiplier: 1,
      loseTopAccounts: 0, priceChange: 0)
    let r = try StressTest.run(analysis, scenarios: [StressScenario(name: "empty"), neutral])
    #expect(r.base.qualityAdjustedARR == analysis.scoring.qualityAdjustedARR)
    #expect(r.base.arrAtRisk == analysis.scoring.arrAtRisk)
    #expect(r.base.classes == analysis.scoring.classMix)
    #expect(r.base.headlineARR == analysis.metrics.ladder.headline)
    #expect(r.base.recurringARR == analysis.metrics.ladder.recurring)
    #expect(r.base.committedARR == analysis.metrics.ladder.committed)
    for o in r.scenarios { expectEqual(o.figures, r.base) }
    // The base column's projection is the analysis's own, to the last bit.
    #expect(r.base.forecast == analysis.projection?.forecast)
    #expect(r.base.forecast != nil)
  }

  /// Runs `values` (mildest first) and checks each figure never rises.
  func expectNonIncreasing(
    _ values: [Double], _ make: (Double) -> StressScenario,
    _ figure: (StressFigures) -> Int64 = \.qualityAdjustedARR
  ) throws {
    let r = try StressTest.run(Self.base, scenarios: values.map(make))
    let series = r.scenarios.map { figure($0.figures) }
    for k in 1..<series.count {
      #expect(series[k] <= series[k - 1], "value \(values[k]) after \(values[k - 1])")
    }
    // Projected NDR and GRR never rise either (a relative 1e-12 allows for summation order).
    for projected in [\RetentionForecast.ndr, \RetentionForecast.grr] {
      let p = r.scenarios.map { $0.figures.forecast.map { $0[keyPath: projected] } ?? .nan }
      for k in 1..<p.count {
        #expect(
          p[k] <= p[k - 1] * (1 + 1e-12),
          "projected \(projected): \(values[k]) after \(values[k - 1])")
      }
    }
  }

  @Test func usageChangeIsMonotone() throws {
    let values = [0.5, 0.2, 0, -0.1, -0.3, -0.5, -0.8, -1]
    try expectNonIncreasing(values) { StressScenario(name: "u", usageChange: $0) }
    try expectNonIncreasing(values, { StressScenario(name: "u", usageChange: $0) }, \.recurringARR)
  }

  @Test func loseTopAccountsIsMonotone() throws {
    let values = [0.0, 1, 2, 5, 20]
    try expectNonIncreasing(values) { StressScenario(name: "l", loseTopAccounts: Int($0)) }
    try expectNonIncreasing(
      values, { StressScenario(name: "l", loseTopAccounts: Int($0)) }, \.recurringARR)
  }

  @Test(arguments: StressScenario.churnKeys)
  func churnMultiplierIsMonotone(key: String) throws {
    try expectNonIncreasing([0, 0.5, 1, 1.5, 2, 4, 50]) { v in
      var m = StressScenario.ChurnMultiplier()
      if key == "all" {
        m.all = v
      } else if let t = ContractType(rawValue: key) {
        m.byContractType[ContractType.allCases.firstIndex(of: t)!] = v
      } else {
        m.byClass[RevenueClass(rawValue: key)!.index] = v
      }
      return StressScenario(name: key, churnMultiplier: m)
    }
  }

  @Test func trialConversionIsMonotone() throws {
    let values = [4, 2, 1, 0.5, 0.1, 0]
    try expectNonIncreasing(values) { StressScenario(name: "t", trialConversion: $0) }
    try expectNonIncreasing(
      values, { StressScenario(name: "t", trialConversion: $0) }, \.trials.expectedARR)
  }

  @Test func pilotsRenewIsMonotone() throws {
    let values = [1, 0.75, 0.5, 0.1, 0]
    try expectNonIncreasing(values) { StressScenario(name: "p", pilotsRenew: $0) }
    try expectNonIncreasing(
      values, { StressScenario(name: "p", pilotsRenew: $0) }, \.pilots.expectedARR)
  }

  @Test func priceChangeIsMonotone() throws {
    try expectNonIncreasing([0.3, 0.1, 0, -0.1, -0.5, -1]) {
      StressScenario(name: "x", priceChange: $0)
    }
  }

  @Test func expansionMultiplierNeverRaisesQualityAdjustedARR() throws {
    try expectNonIncreasing([2, 1, 0.5, 0]) { StressScenario(name: "e", expansionMultiplier: $0) }
  }

  @Test func expansionMultiplierLowersProjectedNDROnly() throws {
    let r = try StressTest.run(
      Self.base, scenarios: [StressScenario(name: "e", expansionMultiplier: 0.5)])
    let base = try #require(r.base.forecast)
    let stressed = try #require(r.scenarios.first?.figures.forecast)
    #expect(base.movements.contains { $0.expansionRate > 0 })
    #expect(stressed.ndr < base.ndr)
    #expect(stressed.grr == base.grr)
    #expect(stressed.logoRetention == base.logoRetention)
  }

  @Test func theGeneratedCompanyExercisesEveryShock() throws {
    let f = try StressTest.run(Self.base, scenarios: []).base
    #expect(f.trials.accounts > 0)
    #expect(f.pilots.accounts > 0)
    #expect(Self.company.accounts.contains { $0.contractType == .usage })
    #expect(Self.company.accounts.contains { $0.contractType == .monthly })
  }
}
