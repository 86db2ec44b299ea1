import ARRCore
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

@Suite("Projected 12-month NDR, GRR and logo retention")
struct ProjectionForecastTests {
  /// 13 months (2024-01 … 2025-01), month-to-month, dollars → cents:
  /// A $100 for 12 months, then $150 at as-of (+$50); B $100, then $50 at as-of (−$50);
  /// C $100 for 6 months, then gone; D new in month 7, $100 to as-of.
  /// Survivors of the 12-month window: A and B, base $200 → e = 50/200 = c = 50/200 = 0.25.
  static let company = Fixture.company(
    ["A", "B", "C", "D"].map { Fixture.account($0) },
    mrr: [
      [Int64](repeating: 10_000, count: 12) + [15_000],
      [Int64](repeating: 10_000, count: 12) + [5_000],
      Fixture.row(10_000, from: 0, months: 6, total: 13),
      Fixture.row(10_000, from: 6, months: 7, total: 13),
    ])

  /// Scoring with the retention probabilities and the kept share they include replaced by
  /// hand-picked ones (kept share 1: each probability is the account's chance of staying).
  static func scoring(_ c: Company, probabilities: [Double], keptShare: Double = 1)
    -> ScoringResult
  {
    var s = Scoring.run(c)
    for i in probabilities.indices { s.scores[i].retentionProbability = probabilities[i] }
    s.keptShare = keptShare
    return s
  }

  /// ``company`` scored by hand: A 0.75, B 0.375, C 0.9, D 0.375, each including a kept share
  /// of 0.75.
  static let handScoring = scoring(
    company, probabilities: [0.75, 0.375, 0.9, 0.375], keptShare: 0.75)

  @Test func movementByHand() {
    let m = Projection.movements(Self.company, priors: .none)
    #expect(m.window == 12)
    #expect(m.overall.survivors == 2)
    #expect(m.overall.expansionRate == 0.25 && m.overall.contractionRate == 0.25)
    // Two monthly survivors < 30: every type uses the pooled rates.
    #expect(m.byType.allSatisfy { $0.usesPooledRates && $0.expansionRate == 0.25 })
    #expect(m.byType.map(\.contractType) == ContractType.allCases)
  }

  /// P(stay) = p ÷ scoring's kept share (session 20, stay lane): A 0.75 → 1, B 0.375 → 0.5,
  /// D 0.375 → 0.5 (C is not paying at as-of). Base Σ m = 150 + 50 + 100 = 300;
  /// Σ m·P(stay) = 150 + 25 + 50 = 225. logo = 2 ÷ 3; GRR = 225 × (1 − c) ÷ 300 with the
  /// survivors' c = 0.25: 0.5625; NDR = 225 × (1 − 0.25 + 0.25) ÷ 300 = 0.75.
  @Test func pointProjectionByHand() throws {
    let s = Self.handScoring
    let f = try #require(
      Projection.forecast(Self.company, scoring: s, paths: 500, seed: 1, movementPriors: .none))
    #expect(f.accounts == 3 && f.baseMRR == 30_000)
    #expect(f.baseMonth == Month(year: 2025, month: 1))
    #expect(f.logoRetention == 2.0 / 3)
    #expect(f.grr == 0.5625)
    #expect(f.ndr == 0.75)
    #expect(f.movementWindowMonths == 12)
    // All accounts, then the one contract type present.
    #expect(f.movements.map(\.contractType) == [nil, .monthly])
    for r in [f.ndrRange, f.grrRange, f.logoRetentionRange] {
      #expect(r.p10 <= r.p50 && r.p50 <= r.p90)
    }
    #expect(f.retentionSource == s.retentionSource.rawValue)
    #expect(f.paths == 500 && f.seed == 1)
  }

  /// With every probability 1 and no movement (3 months: a window under 3 months gives both
  /// rates 0) all three figures are 1 exactly, on every path; with every probability 0 they
  /// are 0.
  @Test(arguments: [1.0, 0.0])
  func certainProbabilitiesAreExact(p: Double) throws {
    let c = Fixture.company(
      [Fixture.account("A"), Fixture.account("B", .annual), Fixture.account("C", .usage)],
      mrr: [[5_000, 5_000, 5_000], [0, 200_000, 300_000], [90_000, 0, 2_000_000]])
    let s = Self.scoring(c, probabilities: [p, p, p])
    let f = try #require(
      Projection.forecast(c, scoring: s, paths: 300, seed: 9, movementPriors: .none))
    #expect(f.movementWindowMonths == 0)
    #expect(f.ndr == p && f.grr == p && f.logoRetention == p)
    for r in [f.ndrRange, f.grrRange, f.logoRetentionRange] {
      #expect(r == PercentileRange(p10: p, p50: p, p90: p))
    }
  }

  /// Session 18, honesty lane (trial 18b, G2): a term that runs past the year (multi-year to
  /// 2027-12-31, as of 2024-02) stays on every path, whatever probability scoring gave it (0.5
  /// here, by hand). With no movement: a company of such accounts keeps exactly 100% at every
  /// percentile; beside a month-to-month account at p = 0.5 of the same $1,000, logo retention
  /// and GRR are (1 + 0.5) ÷ 2 = 0.75 and no path keeps less than the locked half.
  @Test func aTermRunningPastTheYearStaysOnEveryPath() throws {
    var locked = Fixture.account("L", .multiYear)
    locked.contractEndDate = Fixture.date("2027-12-31")
    let alone = Fixture.company([locked], mrr: [[100_000, 100_000]])
    let f = try #require(
      Projection.forecast(
        alone, scoring: Self.scoring(alone, probabilities: [0.5]), paths: 300, seed: 9,
        movementPriors: .none))
    #expect(f.grr == 1 && f.logoRetention == 1 && f.ndr == 1)
    for r in [f.ndrRange, f.grrRange, f.logoRetentionRange] {
      #expect(r == PercentileRange(p10: 1, p50: 1, p90: 1))
    }
    let mixed = Fixture.company(
      [locked, Fixture.account("M")], mrr: [[100_000, 100_000], [100_000, 100_000]])
    let g = try #require(
      Projection.forecast(
        mixed, scoring: Self.scoring(mixed, probabilities: [0.5, 0.5]), paths: 300, seed: 9,
        movementPriors: .none))
    #expect(g.logoRetention == 0.75 && g.grr == 0.75)
    #expect(g.grrRange.p10 >= 0.5 && g.logoRetentionRange.p10 >= 0.5)
  }

  @Test func nobodyPayingAtAsOfGivesNoForecast() {
    let c = Fixture.company([Fixture.account("A")], mrr: [[100, 100, 0]])
    #expect(Projection.forecast(c, scoring: Scoring.run(c), paths: 10) == nil)
  }

  /// 7 months: 30 annual accounts $100 → $110 in the last month, 30 monthly $100 → $80, one
  /// usage $100 → $200.
  static func thirtySurvivorsEach() -> Company {
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for i in 0..<30 {
      accounts.append(Fixture.account("N\(i)", .annual))
      rows.append([Int64](repeating: 10_000, count: 6) + [11_000])
      accounts.append(Fixture.account("M\(i)", .monthly))
      rows.append([Int64](repeating: 10_000, count: 6) + [8_000])
    }
    accounts.append(Fixture.account("U", .usage))
    rows.append([Int64](repeating: 10_000, count: 6) + [20_000])
    return Fixture.company(accounts, mrr: rows)
  }

  /// 7 months (window 6, rates × 2). 30 annual survivors $100 → $110, 30 monthly $100 → $80, one
  /// usage $100 → $200 in its last month, read on its 3-month means (session 19, usage lane):
  /// $100 (the data's first month alone) → ($100 + $100 + $200) ÷ 3 = $133.33. Annual:
  /// e = 2 × 300/3,000 = 0.2, c = 0; monthly: e = 0, c = 2 × 600/3,000 = 0.4; all:
  /// e = 2 × 333.33/6,100, c = 2 × 600/6,100; usage (1 survivor) and the absent types use the
  /// pooled rates.
  @Test func movementPerContractTypeFromThirtySurvivors() {
    let m = Projection.movements(Self.thirtySurvivorsEach(), priors: .none)
    #expect(m.window == 6)
    #expect(m.overall.survivors == 61)
    #expect(abs(m.overall.expansionRate - 2 * 33_333.0 / 610_000) < 1e-15)
    #expect(abs(m.overall.contractionRate - 1_200.0 / 6_100) < 1e-15)
    let byType = Dictionary(uniqueKeysWithValues: m.byType.map { ($0.contractType!, $0) })
    #expect(byType[.annual]!.survivors == 30 && !byType[.annual]!.usesPooledRates)
    #expect(abs(byType[.annual]!.expansionRate - 0.2) < 1e-15)
    #expect(byType[.annual]!.contractionRate == 0)
    #expect(byType[.monthly]!.expansionRate == 0)
    #expect(abs(byType[.monthly]!.contractionRate - 0.4) < 1e-15)
    for t in [ContractType.usage, .multiYear, .pilot] {
      #expect(byType[t]!.usesPooledRates)
      #expect(byType[t]!.expansionRate == m.overall.expansionRate)
      #expect(byType[t]!.contractionRate == m.overall.contractionRate)
    }
    #expect(byType[.usage]!.survivors == 1 && byType[.multiYear]!.survivors == 0)
  }

  /// The rates before the blend are kept beside it (render review 38, R38-1): with the
  /// documented priors the observed rates are those measured with none, and the blended
  /// all-accounts expansion is (61 × observed + 20 × 5%) ÷ 81 (61 equal survivors at the
  /// window's start: n_eff = 61).
  @Test func observedRatesAreKeptBesideTheBlend() {
    let m = Projection.movements(Self.thirtySurvivorsEach(), priors: .documented)
    let observed = 2 * 33_333.0 / 610_000
    #expect(abs(m.overall.observedExpansionRate! - observed) < 1e-15)
    #expect(abs(m.overall.observedContractionRate! - 1_200.0 / 6_100) < 1e-15)
    #expect(abs(m.overall.ownWeight - 61.0 / 81) < 1e-12)
    #expect(abs(m.overall.expansionRate - (61 * observed + 20 * 0.05) / 81) < 1e-12)
    let annual = m.byType.first { $0.contractType == .annual }!
    #expect(abs(annual.observedExpansionRate! - 0.2) < 1e-15)
  }

  /// 4 months (window 3, rates × 4): $100 → $50 is c = 4 × 0.5 = 2, capped at 1.
  @Test func contractionIsCappedAtOne() {
    let c = Fixture.company([Fixture.account("A")], mrr: [[10_000, 10_000, 10_000, 5_000]])
    let m = Projection.movements(c, priors: .none)
    #expect(m.window == 3 && m.overall.contractionRate == 1)
  }

  @Test(arguments: [
    (Int64(1), 0), (9_999, 0), (10_000, 1), (99_999, 1), (100_000, 2), (999_999, 2),
    (1_000_000, 3), (50_000_000, 3),
  ])
  func sizeBand(cents: Int64, band: Int) {
    #expect(Projection.sizeBand(cents) == band)
  }

  @Test func churnShock() throws {
    // Under 13 months: class defaults, the documented uncalibrated shock.
    let short = Fixture.company([Fixture.account("A")], mrr: [[100, 100]])
    #expect(Projection.churnShock(Scoring.run(short)) == Projection.uncalibratedChurnShock)
    // 13 months: the backtest's base is A, B, C at 2024-01 and C left, so n = 3, 1 churned.
    // The prior: 20 pseudo-accounts at the classes' default churn q₀ (1 − the mean default
    // retention of the three accounts' classes); q̄ = (1 + 20·q₀) ÷ 23 and
    // σ = √(0.2² + 1 / (23 · q̄ · (1 − q̄))).
    let s = Scoring.run(Self.company)
    let bt = try #require(s.backtest)
    let total = bt.total
    #expect(total.accounts == 3 && total.churned == 1)
    #expect(s.retentionSource != .classDefaults)
    let d = RiskWeights.defaults.defaultRetention
    let q0 = 1 - (0..<3).reduce(0.0) { $0 + Double(bt.classes[$1].accounts) * d[$1] } / 3
    let q = (1 + 20 * q0) / 23
    #expect(abs(Projection.churnShock(s) - (0.04 + 1 / (23 * q * (1 - q))).squareRoot()) < 1e-12)
    // No churner among 3 accounts: still a wide shock, never the drift alone.
    #expect(q > 0.1)
  }

  /// Adjustments that repeat the scoring change nothing; an end factor of 2 on A and an
  /// expansion multiplier move the point projection as computed by hand.
  @Test func adjustments() throws {
    let s = Self.handScoring
    let plain = Projection.forecast(
      Self.company, scoring: s, paths: 300, seed: 4, movementPriors: .none)
    let same = ForecastAdjustments(
      retentionProbability: s.scores.map(\.retentionProbability),
      revenueClass: s.scores.map(\.revenueClass), endFactor: [1, 1, 1, 1],
      expansionMultiplier: 1)
    #expect(
      Projection.forecast(
        Self.company, scoring: s, adjustments: same, paths: 300, seed: 4, movementPriors: .none)
        == plain)
    // A's MRR doubles: Σ m·f·P(stay) = 300 + 25 + 50 = 375 over the same $300 base; NDR =
    // 375 × 1 ÷ 300 = 1.25. Gross retention keeps A at what it pays now (trial 37, T37-20):
    // Σ min(m·f, m)·P = 150 + 25 + 50 = 225, GRR = 225 × 0.75 ÷ 300 = 0.5625, as without the
    // factor; logo unchanged.
    var doubled = same
    doubled.endFactor = [2, 1, 1, 1]
    let d = try #require(
      Projection.forecast(
        Self.company, scoring: s, adjustments: doubled, paths: 300, seed: 4, movementPriors: .none))
    #expect(d.grr == 0.5625 && d.ndr == 1.25 && d.logoRetention == 2.0 / 3)
    #expect(d.baseMRR == 30_000)
    // Expansion × 2: e = 0.5, NDR = 225 × (1 − 0.25 + 0.5) ÷ 300 = 0.9375; GRR unchanged.
    var expanding = same
    expanding.expansionMultiplier = 2
    let e = try #require(
      Projection.forecast(
        Self.company, scoring: s, adjustments: expanding, paths: 300, seed: 4, movementPriors: .none
      ))
    #expect(e.ndr == 0.9375 && e.grr == 0.5625)
    // Every account lost.
    var lost = same
    lost.retentionProbability = [0, 0, 0, 0]
    let l = try #require(
      Projection.forecast(
        Self.company, scoring: s, adjustments: lost, paths: 300, seed: 4, movementPriors: .none))
    #expect(l.ndr == 0 && l.grr == 0 && l.logoRetention == 0)
  }

  @Test func sameSeedSameRanges() {
    let s = Self.handScoring
    let a = Projection.forecast(
      Self.company, scoring: s, paths: 400, seed: 8, movementPriors: .none)
    #expect(
      a == Projection.forecast(Self.company, scoring: s, paths: 400, seed: 8, movementPriors: .none)
    )
    #expect(
      a?.ndrRange
        != Projection.forecast(
          Self.company, scoring: s, paths: 400, seed: 9, movementPriors: .none)?.ndrRange)
  }

  /// One plan serves many forecasts: each equals the one-off forecast with the same
  /// adjustments, paths and seed, in any order (the plan holds no state between uses).
  @Test func onePlanGivesEachOneOffForecast() throws {
    let s = Self.handScoring
    let plan = ForecastPlan(Self.company, scoring: s, movementPriors: .none)
    let same = ForecastAdjustments(
      retentionProbability: s.scores.map(\.retentionProbability),
      revenueClass: s.scores.map(\.revenueClass), endFactor: [2, 1, 1, 1],
      expansionMultiplier: 1.5)
    let cases: [(ForecastAdjustments?, UInt64)] = [(nil, 4), (same, 4), (nil, 9), (same, 2)]
    for (adjustments, seed) in cases.reversed() + cases {
      let oneOff = Projection.forecast(
        Self.company, scoring: s, adjustments: adjustments, paths: 300, seed: seed,
        movementPriors: .none)
      #expect(plan.forecast(adjustments: adjustments, paths: 300, seed: seed) == oneOff)
      #expect(oneOff != nil)
    }
  }

  /// The plan's paying accounts are gathered in account ranges on every core, each range's
  /// written at its place: eight ranges give the plan one range gives, and both list exactly
  /// the accounts paying at as-of, in account order, with their own MRR, type and score (the
  /// reference is a plain filter over the company).
  @Test(arguments: ["ai-hypergrowth", "plg-smb"])
  func planIsTheSameInEightRangesAsInOne(name: String) throws {
    let analysis = try SampleCompanies.analysis(name)
    let company = try SampleCompanies.company(name)
    let one = ForecastPlan(
      company, scoring: analysis.scoring, movementPriors: .documented, parallelFrom: .max)
    let eight = ForecastPlan(
      company, scoring: analysis.scoring, movementPriors: .documented, parallelFrom: 1)
    let last = company.monthCount - 1
    let paying = analysis.scoring.scores.filter {
      company.revenue.mrr(account: $0.account, month: last) > 0
    }
    #expect(paying.count > 8)
    for plan in [one, eight] {
      let j = plan.accounts.indices
      #expect(plan.accounts.map(Int.init) == paying.map(\.account))
      #expect(
        j.map(plan.mrr) == paying.map { company.revenue.mrr(account: $0.account, month: last) })
      #expect(plan.typeIndex == paying.map { company.accounts[$0.account].contractType.code })
      #expect(j.map { plan.score($0).retentionProbability } == paying.map(\.retentionProbability))
      #expect(j.map { plan.score($0).revenueClass } == paying.map(\.revenueClass))
      #expect(plan.presentTypes == Set(company.accounts.map(\.contractType)))
    }
    #expect(one.accounts.indices.map(one.sizeBand) == eight.accounts.indices.map(eight.sizeBand))
    #expect(one.forecast(paths: 500, seed: 3) == eight.forecast(paths: 500, seed: 3))
  }

  /// The survivors' movements measured in eight account ranges are those of one range, to the
  /// bit: the fence merged, the sums of whole cents in any order, the sums of squares added in
  /// account order (sample companies, one with fast growers).
  @Test(arguments: ["ai-hypergrowth", "plg-smb", "enterprise-saas"])
  func movementsAreTheSameInEightRangesAsInOne(name: String) throws {
    let company = try SampleCompanies.company(name)
    for priors in [MovementPriors.none, .documented] {
      let one = Projection.movements(company, priors: priors, parallelFrom: .max)
      let eight = Projection.movements(company, priors: priors, parallelFrom: 1)
      #expect(one.window == eight.window)
      #expect(one.overall == eight.overall)
      #expect(one.byType == eight.byType)
      #expect(one.overall.survivors > 8)
    }
  }
}
