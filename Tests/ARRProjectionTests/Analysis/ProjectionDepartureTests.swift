import ARRCore
import ARRMetrics
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

/// The projection's chance of staying is scoring's, from departures (session 20, stay lane;
/// trial 18b's all-usage: projected logo retention 98.1% against 88.6% realised). Scoring's
/// retention probability is staying × the share of dollars stayers keep; the projection divides
/// the kept share out (``Scoring/stayProbability(retention:keptShare:)``) and applies its
/// survivors' contraction once. Until then it divided by 1 − its own contraction of the
/// account's type, which a type contracting more than the company's kept share turned into
/// "never leaves".
@Suite struct ProjectionDepartureTests {
  /// Cents a month, repeating every 3 months: $140, $60, $100 (any 3 consecutive months
  /// average $100); half of it from month 17 on.
  static func swinging(_ m: Int) -> Int64 {
    let cents: Int64 = [14_000, 6_000, 10_000][m % 3]
    return m >= 17 ? cents / 2 : cents
  }

  /// 26 months, 2024-01 … 2026-02: the backtest's base is column 13 (2025-02), as-of column
  /// 25 (2026-02).
  static let months = 26

  /// A usage account billed in arrears, a customer since 2020.
  static func usage(_ id: String) -> Account {
    Account(
      id: id, contractType: .usage, billingCadence: .inArrears,
      startDate: Fixture.date("2020-01-01"))
  }

  /// 30 usage accounts paying ``swinging(_:)``: never $0, their 3-month means $100 at the base
  /// and $50 at as-of (the halving is in windows of its own, so no signal sees it: every
  /// account scores 24.3, wavering, at both months).
  static func stayers() -> ([Account], [[Int64]]) {
    let row = (0..<months).map(swinging)
    return ((0..<30).map { usage("S\($0)") }, Array(repeating: row, count: 30))
  }

  /// Weights that differ from the defaults only in the pilot weight (no pilot here): a
  /// configured intercept is kept, so no recalibration moves the hand scores.
  static var customWeights: RiskWeights {
    var w = RiskWeights.defaults
    w[.pilot] = 2.5
    return w
  }

  /// Survivor movement of the 30 stayers over the last 12 months, by hand: $100 → $50 on
  /// 3-month means, observed contraction 0.5, expansion 0, n_eff = 30. All accounts:
  /// c = (30 × 0.5 + 20 × 0.02) ÷ 50 = 0.308, e = (0 + 20 × 0.05) ÷ 50 = 0.02. Usage, 30
  /// survivors, its own rates shrunk toward the company's: c = (30 × 0.5 + 20 × 0.308) ÷ 50 =
  /// 0.4232, e = (0 + 20 × 0.02) ÷ 50 = 0.008.
  static let usageContraction = 0.4232
  static let usageExpansion = 0.008

  /// Scoring's kept share: the backtest's survivors kept 0.5 of their dollars, shrunk
  /// (30 × 0.5 + 20 × 0.98) ÷ 50 = 0.692, which is 1 − the all-accounts c: one measure. The
  /// usage type's own c is larger, so p ÷ (1 − c) put every stayer above 1.
  static let keptShare = 0.692

  static func forecast(_ c: Company, weights: RiskWeights = .defaults) throws -> (
    ScoringResult, RetentionForecast
  ) {
    let s = Scoring.run(c, weights: weights)
    let f = try #require(Projection.forecast(c, scoring: s, paths: 2_000, seed: 5))
    return (s, f)
  }

  /// The identities every forecast keeps.
  static func expectIdentities(_ f: RetentionForecast) {
    #expect(f.logoRetention >= 0 && f.logoRetention <= 1)
    #expect(f.grr <= f.ndr)
    #expect(f.grr <= f.logoRetention)
    for r in [f.ndrRange, f.grrRange, f.logoRetentionRange] {
      #expect(r.p10 <= r.p50 && r.p50 <= r.p90)
    }
    #expect(f.logoRetentionRange.p90 <= 1)
  }

  /// (a) 30 swinging usage accounts, none ever at $0: no departure in the backtest, so the
  /// chance of staying is the prior shrunk by 30 accounts that all stayed,
  /// 1 − (0 + 20 × 0.25) ÷ (30 + 20) = 0.9, and projected logo retention is 90.0% (p ÷ (1 − c)
  /// gave 0.9 × 0.692 ÷ 0.5768 = 1.08, kept at 1: 100%). GRR = 0.9 × (1 − 0.4232) = 0.51912;
  /// NDR = 0.9 × (1 − 0.4232 + 0.008) = 0.52632. Logo retention is 1 − scoring's loss from
  /// leaving as a share of recurring ARR (equal accounts): 10%.
  @Test func swingingUsageWithoutDeparturesStaysAtThePrior() throws {
    let (accounts, rows) = Self.stayers()
    let (s, f) = try Self.forecast(Fixture.company(accounts, mrr: rows))
    let bt = try #require(s.backtest)
    #expect(bt.recalibration == nil)
    #expect(bt[.wavering].accounts == 30 && bt[.wavering].churned == 0)
    #expect(s.retentionSource == .backtestClassDepartures)
    #expect(abs(s.keptShare - Self.keptShare) < 1e-12)
    #expect(s.scores.allSatisfy { $0.revenueClass == .wavering })
    let usage = try #require(f.movements.first { $0.contractType == .usage })
    #expect(!usage.usesPooledRates)
    #expect(abs(usage.contractionRate - Self.usageContraction) < 1e-12)
    #expect(abs(usage.expansionRate - Self.usageExpansion) < 1e-12)
    #expect(abs(f.logoRetention - 0.9) < 1e-12)
    #expect(abs(f.grr - 0.9 * (1 - 0.4232)) < 1e-12)
    #expect(abs(f.ndr - 0.9 * (1 - 0.4232 + 0.008)) < 1e-12)
    #expect(s.recurringARR == 30 * 60_000)
    #expect(s.expectedLossFromLeaving == 30 * 6_000)
    Self.expectIdentities(f)
  }

  /// (b) The same 30 stayers beside 30 accounts that swung like them until the base month and
  /// paid $0 from the month after: 30 departures of 60. Staying
  /// 1 − (30 + 20 × 0.25) ÷ (60 + 20) = 0.5625: projected logo retention 56.25% (p ÷ (1 − c)
  /// gave 0.5625 × 0.692 ÷ 0.5768 = 67.5%). The leavers are not survivors, so the movement is
  /// (a)'s: GRR = 0.5625 × 0.5768 = 0.32445, NDR = 0.5625 × 0.5848 = 0.32895.
  @Test func realDeparturesReachTheProjectedLogoRetention() throws {
    var (accounts, rows) = Self.stayers()
    accounts += (0..<30).map { Self.usage("L\($0)") }
    rows += Array(
      repeating: (0..<Self.months).map { $0 <= 13 ? Self.swinging($0) : 0 }, count: 30)
    let (s, f) = try Self.forecast(
      Fixture.company(accounts, mrr: rows), weights: Self.customWeights)
    let bt = try #require(s.backtest)
    #expect(bt.recalibration == nil)
    #expect(bt[.wavering].accounts == 60 && bt[.wavering].churned == 30)
    #expect(abs(s.keptShare - Self.keptShare) < 1e-12)
    #expect(f.accounts == 30)
    #expect(abs(f.logoRetention - 0.5625) < 1e-12)
    #expect(abs(f.grr - 0.5625 * (1 - 0.4232)) < 1e-12)
    #expect(abs(f.ndr - 0.5625 * (1 - 0.4232 + 0.008)) < 1e-12)
    Self.expectIdentities(f)
  }

  /// (c) Last year's projection reads the same rule. (b)'s company a year ago (as of column
  /// 13): all 60 paying since column 0, none left by then, so its own backtest (base column 1)
  /// saw no departure among 60 wavering accounts: staying 1 − (0 + 20 × 0.25) ÷ 80 = 0.9375.
  /// Their 3-month means were $100 at both ends (column 1: the data's two months,
  /// ($140 + $60) ÷ 2), kept share (60 × 1 + 20 × 0.98) ÷ 80 = 0.995, usage contraction
  /// (0 + 20 × 0.005) ÷ 80 = 0.00125 (all accounts: 0.4 ÷ 80 = 0.005), expansion
  /// (0 + 20 × 0.0125) ÷ 80 = 0.003125. Projected then: logo 0.9375 (p ÷ (1 − c) gave 0.9340),
  /// GRR 0.9375 × 0.99875, NDR 0.9375 × 1.001875; realised: 30 of 60 stayed, and each paid $30
  /// at as-of against $60 at the base (raw months): logo 0.5, GRR = NDR = 0.25.
  @Test func lastYearsProjectionUsesTheSameRule() throws {
    var (accounts, rows) = Self.stayers()
    accounts += (0..<30).map { Self.usage("L\($0)") }
    rows += Array(
      repeating: (0..<Self.months).map { $0 <= 13 ? Self.swinging($0) : 0 }, count: 30)
    let c = Fixture.company(accounts, mrr: rows)
    let scoring = Scoring.run(c, weights: Self.customWeights)
    let yearAgo = try #require(scoring.yearAgo)
    #expect(yearAgo.retentionSource == .backtestClassDepartures)
    #expect(abs(yearAgo.keptShare - 0.995) < 1e-12)
    let b = try #require(
      Projection.backtest(
        c, metrics: CompanyMetrics.compute(c), scoring: scoring, paths: 2_000, seed: 5
      ).result)
    #expect(b.methodUsed == "backtest_class_departures")
    #expect(b.forecast.accounts == 60)
    #expect(abs(b.forecast.logoRetention - 0.9375) < 1e-12)
    #expect(abs(b.forecast.grr - 0.9375 * (1 - 0.00125)) < 1e-12)
    #expect(abs(b.forecast.ndr - 0.9375 * (1 - 0.00125 + 0.003125)) < 1e-12)
    #expect(b.realisedLogoRetention == 0.5)
    #expect(b.realisedGRR == 0.25 && b.realisedNDR == 0.25)
    #expect(abs(b.logoErrorPoints - 43.75) < 1e-9)
    Self.expectIdentities(b.forecast)
  }

  /// Without a backtest (6 months) the chance of staying is the class default itself: the
  /// departure rule with no account observed, 1 − (0 + 20 × (1 − 0.75)) ÷ (0 + 20), and
  /// scoring's kept share is 1. 20 month-to-month accounts at a flat $100, wavering (23.1):
  /// logo retention 0.75 (p ÷ (1 − c) gave 0.7576); the survivors' contraction is applied once,
  /// c = (20 × 0 + 20 × 0.02) ÷ 40 = 0.01, e = (0 + 20 × 0.05) ÷ 40 = 0.025: GRR 0.7425,
  /// NDR 0.75 × 1.015 = 0.76125.
  @Test func withoutABacktestTheClassDefaultIsTheChanceOfStaying() throws {
    let accounts = (0..<20).map { Fixture.account("M\($0)") }
    let c = Fixture.company(
      accounts, mrr: Array(repeating: [10_000, 10_000, 10_000, 10_000, 10_000, 10_000], count: 20))
    let (s, f) = try Self.forecast(c)
    #expect(s.retentionSource == .classDefaults && s.keptShare == 1)
    #expect(s.scores.allSatisfy { $0.revenueClass == .wavering })
    #expect(f.movementWindowMonths == 5)
    #expect(abs(f.logoRetention - 0.75) < 1e-12)
    #expect(abs(f.grr - 0.75 * 0.99) < 1e-12)
    #expect(abs(f.ndr - 0.75 * 1.015) < 1e-12)
    Self.expectIdentities(f)
  }

  /// The one rule, by hand: p ÷ kept share within 0–1; a kept share of 0 is not divided by.
  @Test(arguments: [
    (0.75, 0.75, 1.0), (0.9, 1.0, 0.9), (0.5, 0.0, 0.5), (0.9, 0.5, 1.0), (-0.1, 1.0, 0.0),
    (Double.nan, 0.9, 0.0), (0.6228, 0.692, 0.9),
  ])
  func stayProbability(p: Double, kept: Double, expected: Double) {
    #expect(abs(Scoring.stayProbability(retention: p, keptShare: kept) - expected) < 1e-12)
  }
}
