import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRScoring

/// A usage account's swings are contraction, not leaving (session 19, usage lane; trial 18b,
/// G16): the chance of staying comes from departures, dollars are compared on the 3-month means
/// recurring ARR uses, and a fall counts as risk only beyond the account's own swing.
@Suite struct UsageDepartureTests {
  /// Cents a month, repeating every 3 months: $140, $60, $100. Any 3 consecutive months average
  /// $100 exactly, and one month is ±40% off it.
  static func swinging(_ m: Int) -> Int64 { [14_000, 6_000, 10_000][m % 3] }

  /// 26 months (2024-01 … 2026-02): the as-of month (index 25) and the backtest's base (index
  /// 13) are both a $60 month, $140 and $100 before them.
  static let months = 26

  /// `count` usage accounts billed in arrears, all paying ``swinging(_:)`` every month.
  static func steady(_ count: Int, prefix: String = "S") -> ([Account], [[Int64]]) {
    let accounts = (0..<count).map { Fixture.account("\(prefix)\($0)", .usage, .inArrears) }
    let row = (0..<months).map(swinging)
    return (accounts, Array(repeating: row, count: count))
  }

  /// The score of a steady swinging account, by hand: usage contract +1.3, billed in arrears
  /// +0.3, volatility 0.8 × CV of the last 6 months ($100, $140, $60, twice: mean $100,
  /// population SD $40 × √(2/3), CV 0.4 × √(2/3) = 0.3266); the mean of the last 3 months
  /// equals the mean of the 3 before, so no contraction; tenure over a year. z = −1.1387.
  static let steadyScore: Double = {
    let cv: Double = 0.4 * (2.0 / 3).squareRoot()
    let z: Double = -3 + 1.3 + 0.3 + 0.8 * cv
    return 100 / (1 + exp(-z))
  }()

  /// (a) 20 swinging accounts, none ever paid $0. Old reading: MRR $60 now against a $140
  /// 6-month high is "down 57%", score 43, at risk, 20 of 20. Now: no contraction on 3-month
  /// means, every account wavering at 24.3; staying 1 − (0 + 20 × 0.25) ÷ (20 + 20) = 0.875,
  /// the prior alone shrunk by 20 accounts that all stayed; the stayers kept every dollar of
  /// their $100 means, shrunk to (20 × 1 + 20 × 0.98) ÷ 40 = 0.99. Each account's $1,200 of
  /// recurring ARR: quality-adjusted round(1,200 × 0.875 × 0.99) = $1,039.50, of which $150
  /// (12.5%) is expected to leave and $10.50 to contract.
  @Test func steadySwingingUsageIsNeitherAtRiskNorLeaving() throws {
    let (accounts, rows) = Self.steady(20)
    let r = Scoring.run(Fixture.company(accounts, mrr: rows))
    for s in r.scores {
      #expect(s.revenueClass == .wavering)
      #expect(abs(s.riskScore - Self.steadyScore) < 1e-9)
      #expect(s.recurringMRR == 10_000)
    }
    #expect(abs(Self.steadyScore - 24.256) < 0.001)
    #expect(r.classMix[.atRisk].accounts == 0)
    let bt = try #require(r.backtest)
    // Dollars on 3-month means: $100 at the base and at the end, not $60 and $60.
    #expect(
      bt[.wavering]
        == ClassOutcome(
          accounts: 20, churned: 0, baseMRR: 200_000, endMRR: 200_000, retainedMRR: 200_000))
    #expect(bt.survivorDollarRetention == 1)
    #expect(r.retentionSource == .backtestClassDepartures)
    #expect(abs(r.keptShare - 0.99) < 1e-12)
    let p = try #require(r.classRetention)[RevenueClass.wavering.index]
    #expect(abs(p - 0.875 * 0.99) < 1e-12)
    #expect(r.recurringARR == 2_400_000)
    #expect(r.qualityAdjustedARR == 20 * 103_950)
    #expect(r.arrAtRisk == 20 * 16_050)
    #expect(r.expectedLossFromLeaving == 20 * 15_000)
  }

  /// (b) A usage account falling steadily toward $0 is still at risk: $70 a month, then $60,
  /// $50, $40, $30, $20, $10 in the last 6 months. No swing (every second difference inside a
  /// 3-month window is 0), so the fall of the 3-month mean, 1 − $20/$50 = 60%, counts in full:
  /// z = −3 + 1.3 + 0.3 + 0.8 × CV (mean $35, SD √2,916,666.67 cents = $17.08, CV 0.48795) + 1.5 × 0.6
  /// = −0.1096, score 47.3, at risk.
  @Test func usageFallingTowardZeroIsStillAtRisk() throws {
    var (accounts, rows) = Self.steady(20)
    accounts.append(Fixture.account("F", .usage, .inArrears))
    let falling: [Int64] = (0..<Self.months).map { (m: Int) -> Int64 in
      m < 20 ? 7_000 : Int64(7_000 - 1_000 * (m - 19))
    }
    rows.append(falling)
    let r = Scoring.run(Fixture.company(accounts, mrr: rows))
    let f = r.scores[20]
    #expect(f.revenueClass == .atRisk)
    let cv: Double = (2_916_666.0 + 2.0 / 3).squareRoot() / 3_500
    let z: Double = -3 + 1.3 + 0.3 + 0.8 * cv + 1.5 * 0.6
    #expect(abs(f.riskScore - 100 / (1 + exp(-z))) < 1e-6)
    #expect(abs(f.riskScore - 47.26) < 0.01)
    let contraction = try #require(r.signals(for: f)[Signal.mrrContraction.rawValue].value)
    #expect(abs(contraction - 0.6) < 1e-12)
    #expect(
      r.reasons(for: f).contains(
        "MRR down 60% beyond its usual swing (mean of the last 3 months vs prior 3)"))
    // The swinging accounts around it stay wavering.
    #expect(r.scores.prefix(20).allSatisfy { $0.revenueClass == .wavering })
  }

  /// (c) Real departures still count: 20 more accounts swing like the others until the base
  /// month, then pay $0 through the as-of month. Weights differing from the defaults only in
  /// the pilot weight (no pilot here) keep the intercept as given, so the classes are those of
  /// the hand scores: at the base all 40 are wavering and 20 left. Staying
  /// 1 − (20 + 20 × 0.25) ÷ (40 + 20) = 7/12; kept share 0.99 as in (a). Each remaining
  /// account's $1,200: quality-adjusted round(1,200 × 7/12 × 0.99) = $693, $500 of it (41.7%)
  /// expected to leave.
  @Test func realUsageDeparturesStillCount() throws {
    var (accounts, rows) = Self.steady(20)
    let (leavers, leaverRows) = Self.steady(20, prefix: "L")
    accounts += leavers
    rows += leaverRows.map { row in row.indices.map { $0 <= 13 ? row[$0] : 0 } }
    var weights = RiskWeights.defaults
    weights[.pilot] = 2.5
    let r = Scoring.run(Fixture.company(accounts, mrr: rows), weights: weights)
    let bt = try #require(r.backtest)
    #expect(bt.recalibration == nil)
    #expect(bt[.wavering].accounts == 40 && bt[.wavering].churned == 20)
    let p = try #require(r.classRetention)[RevenueClass.wavering.index]
    #expect(abs(p - 7.0 / 12 * 0.99) < 1e-12)
    #expect(r.recurringARR == 2_400_000)
    #expect(r.qualityAdjustedARR == 20 * 69_300)
    #expect(r.expectedLossFromLeaving == 20 * 50_000)
    #expect(r.arrAtRisk - r.expectedLossFromLeaving == 20 * 700)
  }

  /// The swing allowance, by hand. A fall of 13.3% ($100 → $86.67 on 3-month means) in a row
  /// swinging ±40% is within 2 standard errors of its swing: 0. A steady fall keeps all of its
  /// 60%; a drop that stays (a step between the two windows) keeps all of its 50%; a fall of
  /// 40% with some swing after it keeps 0.4 − 2 × (√75 ÷ 80) × √(2/3) = 0.4 − √50 ÷ 40.
  @Test func fallCountsOnlyBeyondTheAccountsOwnSwing() {
    func beyond(_ row: [Int64]) -> Double {
      row.withUnsafeBufferPointer {
        RevenueSignals.beyondSwing(RevenueSignals.meanDecline($0), row: $0)
      }
    }
    #expect(beyond([140, 60, 100, 60, 140, 60]) == 0)
    #expect(abs(beyond([60, 50, 40, 30, 20, 10]) - 0.6) < 1e-12)
    #expect(abs(beyond([100, 100, 100, 50, 50, 50]) - 0.5) < 1e-12)
    #expect(abs(beyond([100, 100, 100, 70, 50, 60]) - (0.4 - 50.0.squareRoot() / 40)) < 1e-12)
    // Second differences inside [140, 60, 100] and [60, 140, 60]: 120 and −160; the six months
    // average 93.33: σ̂ = √((120² + 160²) ÷ 12) ÷ 93.33.
    let swing = [Int64]([140, 60, 100, 60, 140, 60]).withUnsafeBufferPointer {
      RevenueSignals.swing($0)
    }
    #expect(abs(swing - (40_000.0 / 12).squareRoot() / (560.0 / 6)) < 1e-12)
  }
}
