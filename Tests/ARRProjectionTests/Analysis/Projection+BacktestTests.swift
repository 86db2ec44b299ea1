import ARRCore
import ARRGenerator
import ARRMetrics
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

@Suite("Projection backtest")
struct ProjectionBacktestTests {
  static let first = Month(year: 2024, month: 1)

  /// 16 months, 2024-01 … 2025-04; the backtest's base month is column 3, 2024-04.
  /// A monthly $100 throughout, with today's snapshot facts; B monthly $200 to column 9, then gone; C annual $300 from
  /// column 2, $360 at as-of, its current term ending 2025-09-30; D monthly $100, $50 from
  /// column 10; E starts in column 8 out of a trial that ended 2024-09-01 (after the base);
  /// F monthly $100 in columns 1–11, cancelled 2024-12-31.
  static func accounts(cancelF: String? = "2024-12-31", snapshot: Bool = true) -> [Account] {
    var a = Fixture.account("A")
    if snapshot {
      // Today's snapshot: past due, 1 of 10 seats in use, no integrations. Unknown a year ago.
      a.isPastDue = true
      a.seatsPurchased = 10
      a.seatsActive = 1
      a.integrations = 0
    }
    var c = Fixture.account("C", .annual)
    c.contractEndDate = Fixture.date("2025-09-30")
    return [
      a, Fixture.account("B"), c, Fixture.account("D"),
      Fixture.account(
        "E", start: "2024-08-01", trial: .converted, trialEnd: "2024-09-01"),
      Fixture.account("F", cancel: cancelF),
    ]
  }

  static let rows: [[Int64]] = [
    Fixture.row(10_000, from: 0, months: 16, total: 16),
    Fixture.row(20_000, from: 0, months: 10, total: 16),
    Fixture.row(30_000, from: 2, months: 13, total: 15) + [36_000],
    Fixture.row(10_000, from: 0, months: 10, total: 10) + [Int64](repeating: 5_000, count: 6),
    Fixture.row(40_000, from: 8, months: 8, total: 16),
    Fixture.row(10_000, from: 1, months: 11, total: 16),
  ]

  static let company = Fixture.company(accounts(), mrr: rows, first: first)

  static func backtest(_ c: Company) -> ProjectionBacktestOutcome {
    Projection.backtest(
      c, metrics: CompanyMetrics.compute(c), scoring: Scoring.run(c), paths: 300, seed: 3)
  }

  /// Base at 2024-04: A 100, B 200, C 300, D 100, F 100 = $800 over 5 accounts. At as-of:
  /// A 100, C 360, D 50 → NDR = 510/800, GRR = (100 + 300 + 50)/800 = 450/800, logo = 3/5.
  @Test func realisedFiguresAreTheTrailingOnes() throws {
    let c = Self.company
    let b = try #require(Self.backtest(c).result)
    #expect(b.realisedNDR == 510.0 / 800)
    #expect(b.realisedGRR == 450.0 / 800)
    #expect(b.realisedLogoRetention == 3.0 / 5)
    let t = CompanyMetrics.compute(c).trailingRetention
    #expect(b.realisedNDR == t.ndr && b.realisedGRR == t.grr)
    #expect(b.realisedLogoRetention == t.logoRetention)
    // The projection's base is the same month and the same accounts.
    #expect(b.forecast.baseMonth == t.baseMonth)
    #expect(b.forecast.accounts == 5 && b.forecast.baseMRR == 80_000)
    // Four months of history at the base: scored with the class defaults.
    #expect(b.methodUsed == "class_defaults" && b.modelUsed == "default_weights")
    #expect(b.ndrErrorPoints == (b.forecast.ndr - b.realisedNDR) * 100)
    #expect(b.grrErrorPoints == (b.forecast.grr - b.realisedGRR) * 100)
    #expect(b.logoErrorPoints == (b.forecast.logoRetention - b.realisedLogoRetention) * 100)
  }

  /// The same company rebuilt by hand with only what was known at the end of 2024-04 (four
  /// columns; F not yet cancelled; E's trial still running; C's term then ending 2024-09-30;
  /// snapshot columns unknown) gives the very same projection.
  @Test func projectionUsesOnlyWhatWasKnownAtTheBase() throws {
    let b = try #require(Self.backtest(Self.company).result)
    var known = Self.accounts(cancelF: nil, snapshot: false)
    known[2].contractEndDate = Fixture.date("2024-09-30")
    known[4].trialStatus = .active
    let then = Fixture.company(
      known, mrr: Self.rows.map { Array($0[0..<4]) }, first: Self.first,
      columns: Set(AccountColumn.allCases).subtracting(AccountColumn.snapshotColumns))
    let direct = Projection.forecast(then, scoring: Scoring.run(then), paths: 300, seed: 3)
    #expect(b.forecast == direct)
  }

  /// Whatever happens after the base month (other revenue, no cancellation, E's trial expiring
  /// and E never paying) changes what was realised but not what was projected.
  @Test func laterDataDoesNotChangeTheProjection() throws {
    let b = try #require(Self.backtest(Self.company).result)
    let rewritten = Self.rows.enumerated().map { a, row in
      row.enumerated().map { col, v in col <= 3 ? v : (a == 4 ? 0 : 12_345 * Int64(a + 1)) }
    }
    var accounts = Self.accounts(cancelF: nil)
    accounts[4].trialStatus = .expired
    let other = Fixture.company(accounts, mrr: rewritten, first: Self.first)
    let o = try #require(Self.backtest(other).result)
    #expect(o.forecast == b.forecast)
    #expect(o.methodUsed == b.methodUsed && o.modelUsed == b.modelUsed)
    #expect(o.realisedNDR != b.realisedNDR)
  }

  @Test func twelveMonthsAreTooFew() {
    let c = Fixture.company([Fixture.account("A")], mrr: [[Int64](repeating: 100, count: 12)])
    let r = Self.backtest(c)
    #expect(r.result == nil)
    #expect(
      r.note == "the data covers 12 months; a projection made 12 months ago needs at least 13")
    let one = Fixture.company([Fixture.account("A")], mrr: [[100]])
    #expect(Self.backtest(one).note?.hasPrefix("the data covers 1 month; ") == true)
    // Thirteen are enough.
    let d = Fixture.company([Fixture.account("A")], mrr: [[Int64](repeating: 100, count: 13)])
    #expect(Self.backtest(d).result != nil && Self.backtest(d).note == nil)
  }

  @Test func nobodyPayingAtTheBaseMonth() {
    let c = Fixture.company(
      [Fixture.account("A")], mrr: [Fixture.row(100, from: 1, months: 12, total: 13)])
    let r = Self.backtest(c)
    #expect(r.result == nil)
    #expect(r.note == "no account paid in 2024-01, so there was nothing to project")
  }

  /// The backtest made first, as `Analysis.run` makes it (before the rest of the projection,
  /// which then runs without the year-ago scores), gives the projection made all at once,
  /// backtest, note and all.
  @Test func projectionWithItsBacktestMadeFirstIsTheSame() {
    for c in [Self.company, Fixture.company([Fixture.account("A")], mrr: [[100, 100]])] {
      let metrics = CompanyMetrics.compute(c)
      var scoring = Scoring.run(c)
      let made = Projection.backtest(c, metrics: metrics, scoring: scoring, paths: 300, seed: 5)
      let whole = Projection.run(c, metrics: metrics, scoring: scoring, paths: 300, seed: 5)
      scoring.yearAgo = nil
      #expect(
        Projection.run(c, metrics: metrics, scoring: scoring, backtest: made, paths: 300, seed: 5)
          == whole)
      #expect(whole.backtest == made.result && whole.backtestNote == made.note)
    }
  }

  /// The reference the year-ago scores are checked against: the company as known at the base
  /// month (``Company/pointInTime(_:)``) scored on its own (``Scoring/run(_:recurringMRR:weights:)``,
  /// which measures every account again) and forecast. The backtest pass's year-ago scores of
  /// the accounts paying then must be that scoring's, to the bit, and the projection backtest
  /// made from them that forecast, for every way the year-old scoring chooses its model: class
  /// defaults (12 months of history then), a recalibrated or fitted model from its own backtest
  /// (18 and 24 months then; 20,000 accounts split into eight ranges, an activity column), and
  /// configured weights that are not the documented defaults (class GRR, no recalibration).
  @Test func yearAgoScoresAreThoseOfTheYearOldCompanyScoredOnItsOwn() throws {
    var custom = RiskWeights.defaults
    custom.intercept += 0.25
    let cases: [(GeneratorProfile, Int, Int, Bool, RiskWeights)] = [
      (.aiHypergrowth, 400, 24, false, .defaults), (.enterpriseSaaS, 400, 30, false, .defaults),
      (.plgSMB, 20_000, 36, true, .defaults), (.plgSMB, 2_000, 30, false, custom),
    ]
    var sources: Set<RetentionSource> = []
    var models: Set<ModelUsed> = []
    for (profile, accounts, months, hasLogins, weights) in cases {
      let c = try Fixture.generated(
        profile, accounts: accounts, months: months, hasLogins: hasLogins)
      let base = c.monthCount - 1 - Projection.backtestHorizon
      let past = c.pointInTime(c.month(at: base))
      let reference = Scoring.run(past, weights: weights)
      let scoring = Scoring.run(c, weights: weights)
      let yearAgo = try #require(scoring.yearAgo)
      let paying = reference.scores.filter {
        past.revenue.mrr(account: $0.account, month: base) > 0
      }
      #expect(!paying.isEmpty)
      #expect(yearAgo.month == past.asOf)
      #expect(yearAgo.retentionProbability == paying.map(\.retentionProbability))
      #expect(yearAgo.revenueClass == paying.map(\.revenueClass))
      #expect(yearAgo.retentionSource == reference.retentionSource)
      #expect(yearAgo.modelUsed == reference.modelUsed)
      let made = try #require(
        Projection.backtest(
          c, metrics: CompanyMetrics.compute(c), scoring: scoring, paths: 300, seed: 3
        ).result)
      #expect(made.forecast == Projection.forecast(past, scoring: reference, paths: 300, seed: 3))
      #expect(made.methodUsed == reference.retentionSource.rawValue)
      #expect(made.modelUsed == reference.modelUsed.rawValue)
      sources.insert(reference.retentionSource)
      models.insert(reference.modelUsed)
    }
    // Every source of retention the year-old scoring can choose was checked.
    #expect(sources == [.classDefaults, .backtestClassDepartures, .model])
    #expect(models == [.configuredWeights, .fittedModel])
  }
}
