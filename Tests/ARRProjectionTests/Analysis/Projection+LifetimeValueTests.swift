import ARRCore
import ARRTestSupport
import Testing

@testable import ARRProjection

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("LTV per segment")
struct ProjectionLifetimeValueTests {
  /// 7 months (2024-01 … 2024-07, as-of column 6). Segment "smb": 40 month-to-month accounts
  /// starting in column 1, so one cohort observed for 5 monthly periods, with spells of
  /// 1 month (12 accounts), 2 (7), 3 (4), 4 (2), 5 (1) and 6 (14, paying at as-of: 7 at $100,
  /// 7 at $200; the others $100). Survivors 40, 28, 21, 17, 15, 14: 26 lost over
  /// 40 + 28 + 21 + 17 + 15 = 121 at risk. Segment "ent": 3 annual accounts at $1,000 from
  /// the first month, too little for a yearly curve.
  static func company(profile: CompanyProfile) -> Company {
    var accounts: [Account] = []
    var rows: [[Int64]] = []
    for (spell, count) in [(1, 12), (2, 7), (3, 4), (4, 2), (5, 1), (6, 14)] {
      for i in 0..<count {
        accounts.append(Fixture.account("S\(spell)-\(i)", segment: "smb"))
        let cents: Int64 = spell == 6 && i >= 7 ? 20_000 : 10_000
        rows.append(Fixture.row(cents, from: 1, months: spell, total: 7))
      }
    }
    for i in 0..<3 {
      accounts.append(Fixture.account("E\(i)", .annual, segment: "ent"))
      rows.append(Fixture.row(100_000, from: 0, months: 7, total: 7))
    }
    return Fixture.company(accounts, mrr: rows, profile: profile)
  }

  static func values(_ c: Company) -> [SegmentLifetimeValue] {
    let table = LifetimeTable(lifetimes: AccountLifetimes(c))
    let groups = Projection.Groups(c)
    let curves = Projection.curves(c, lifetimes: table, groups: groups)
    return Projection.lifetimeValues(c, curves: curves, groups: groups, lifetimes: table)
  }

  @Test func fittedSegmentByHand() throws {
    let c = Self.company(
      profile: CompanyProfile(grossMargin: 0.8, discountRate: 0.1, cac: 50_000))
    let v = Self.values(c)
    #expect(v.map(\.segment) == ["ent", "smb"])
    let smb = v[1]
    #expect(smb.periodMonths == 1)
    #expect(smb.arpa == 150)  // (7 × 100 + 7 × 200) ÷ 14 × 1 month
    #expect(smb.grossMargin == 0.8 && !smb.isGrossMarginDefault)
    // (1 + r)¹² = 1.1.
    #expect(abs(pow(1 + smb.discountRatePerPeriod, 12) - 1.1) < 1e-14)
    let value = try #require(smb.value)
    #expect(value.marginAdjustedARPA == 120)
    // LTV of a new account = margin-adjusted ARPA × DEL of the segment's fitted model.
    let del = value.model.discountedExpectedLifetime(discountRate: smb.discountRatePerPeriod)
    #expect(value.ltvNew == 120 * del)
    // Naive = margin-adjusted ARPA ÷ the observed churn per period, 26 ÷ 121.
    #expect(abs(value.naive - 120 * 121 / 26) < 1e-9)
    // Every paying account has made (6 − 1) ÷ 1 = 5 renewals, so the existing accounts' LTV is
    // 120 × DERL(5).
    let derl5 = value.model.discountedExpectedResidualLifetime(
      discountRate: smb.discountRatePerPeriod, renewals: 5)
    #expect(abs(try #require(smb.ltvExisting) - 120 * derl5) < 1e-9)
    #expect(smb.derl.count == Projection.reportedDERLCount)
    #expect(smb.derl == (0..<8).map { value.derl(renewals: $0) })
    // CAC $500.
    #expect(smb.ltvToCAC == value.ltvNew / 500)
    // The segment's curve is monthly: its explanation names months, not periods.
    #expect(smb.explanation == value.explanation(periodMonths: smb.periodMonths))
    #expect(smb.periodMonths != 1 || smb.explanation.contains(" in month 1, "))
  }

  /// With `cac` by segment each segment's LTV:CAC uses its own CAC; a segment without one has
  /// no ratio, even when another segment has one.
  @Test func cacBySegmentUsesEachSegmentsOwn() throws {
    var profile = CompanyProfile(grossMargin: 0.8, discountRate: 0.1)
    profile.cacBySegment = ["smb": 20_000]
    let smb = Self.values(Self.company(profile: profile))[1]
    let value = try #require(smb.value)
    #expect(smb.ltvToCAC == value.ltvNew / 200)
    profile.cacBySegment = ["ent": 20_000]
    #expect(Self.values(Self.company(profile: profile))[1].ltvToCAC == nil)
  }

  @Test func unfittedSegmentHasNoLTV() {
    let ent = Self.values(Self.company(profile: CompanyProfile(grossMargin: 0.8)))[0]
    #expect(ent.segment == "ent")
    #expect(ent.periodMonths == 12)
    #expect(ent.arpa == 12_000)  // $1,000 a month × 12 months per period
    #expect(ent.discountRatePerPeriod == 0.1)  // the default annual rate, yearly periods
    #expect(ent.value == nil && ent.ltvExisting == nil && ent.ltvToCAC == nil && ent.derl.isEmpty)
    #expect(
      ent.explanation.hasPrefix(
        "No LTV: the segment's retention curve was not fitted (annual renewals need"))
  }

  @Test func missingGrossMarginMeansRevenue() throws {
    let smb = Self.values(Self.company(profile: CompanyProfile()))[1]
    #expect(smb.grossMargin == 1 && smb.isGrossMarginDefault)
    #expect(try #require(smb.value).marginAdjustedARPA == 150)
    #expect(smb.explanation.hasSuffix("these lifetime values are revenue, not gross profit."))
    #expect(smb.ltvToCAC == nil)
  }

  @Test(arguments: [(0.1, 12), (0.1, 1), (0.0, 1), (0.25, 1)])
  func discountRatePerPeriod(annual: Double, months: Int) {
    let r = Projection.discountRate(annual: annual, periodMonths: months)
    // Compounding the period rate over a year gives the annual rate back.
    #expect(abs(pow(1 + r, Double(12 / months)) - (1 + annual)) < 1e-14)
    if months == 12 { #expect(r == annual) }
  }
}

/// One account carrying a segment's mean ARPA (trial 22, T22-18).
@Suite struct DominantAccountTests {
  /// The rule by hand: 30 accounts, one at 1,000 and 29 at 17.5 (the trial's 67%): mean
  /// 1,507.5 ÷ 30 = 50.25, the others' 17.5, 2.9×; three equal accounts 1×; two accounts are too
  /// few; 3 accounts 400, 100, 100: mean 200, others 100, 2×; 4 accounts 250, 100, 100, 100:
  /// 137.5 vs 100, 1.375×, not; 160, 90, 90: 113.3 vs 90, not; 250, 100, 100: 150 vs 100,
  /// exactly 1.5×, qualifies.
  @Test(arguments: [
    (Int64(1_000), Int64(1_507), 30, true), (100, 300, 3, false), (900, 1_000, 2, false),
    (400, 600, 3, true), (250, 550, 4, false), (160, 340, 3, false), (250, 450, 3, true),
  ])
  func theRule(largest: Int64, total: Int64, count: Int, isDominant: Bool) {
    #expect(Projection.isDominant(largest: largest, total: total, count: count) == isDominant)
  }

  /// Segment "ent" of ``ProjectionLifetimeValueTests/company(profile:)``, three equal accounts,
  /// has none; with E0 at 8,000 a month instead of 1,000 the mean is (8,000 + 2,000) ÷ 3 = 3,333.33
  /// against 1,000 for the others: E0 dominates, 80% of the MRR, ARPA without it 1,000 × 12 (the
  /// segment's periods are years: annual accounts).
  @Test func aLargeAccountIsNamedWithTheMeanOfTheOthers() throws {
    let base = ProjectionLifetimeValueTests.values(
      ProjectionLifetimeValueTests.company(profile: CompanyProfile()))
    #expect(base.allSatisfy { $0.dominant == nil })
    var c = ProjectionLifetimeValueTests.company(profile: CompanyProfile())
    let e0 = try #require(c.accounts.firstIndex { $0.id == "E0" })
    for m in 0..<c.monthCount { c.revenue.setMRR(800_000, account: e0, month: m) }
    let ent = try #require(ProjectionLifetimeValueTests.values(c).first { $0.segment == "ent" })
    let d = try #require(ent.dominant)
    #expect(d.id == "E0")
    #expect(d.share == 0.8)
    #expect(d.arpaWithout == 1_000 * Double(ent.periodMonths))
    #expect(ent.arpa == 10_000.0 / 3 * Double(ent.periodMonths))
  }
}
