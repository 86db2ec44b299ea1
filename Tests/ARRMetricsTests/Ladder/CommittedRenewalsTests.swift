import ARRCore
import Testing

@testable import ARRMetrics

@Suite struct CommittedRenewalsTests {
  /// An annual account ending on `end` (or never), paying `mrr` cents every month.
  static func annual(_ id: String, end: CivilDate?) -> Account {
    var a = TestCompanies.account(id, .annual)
    a.contractEndDate = end
    return a
  }

  /// As of 2025-03 (quarter 2025-Q1): terms ending in the as-of month and later quarters land in
  /// their calendar quarter, past the fifth quarter in `later`; an annual term with no end date
  /// and a usage minimum get their own buckets; a lapsed term and a monthly account are not
  /// committed at all. The buckets sum to committed ARR.
  @Test func bucketsByCalendarQuarterAndSumToCommitted() throws {
    let d = { (y: Int, m: Int) in CivilDate(year: y, month: m, day: 15)! }
    let rows: [(Account, [Int64])] = [
      (Self.annual("now", end: d(2025, 3)), [100, 100, 100]),  // at renewal: 2025-Q1
      (Self.annual("q2", end: d(2025, 6)), [200, 200, 200]),  // 2025-Q2
      (Self.annual("q1next", end: d(2026, 2)), [300, 300, 300]),  // 2026-Q1, the fifth
      (Self.annual("later", end: d(2026, 4)), [400, 400, 400]),  // 2026-Q2: later
      (Self.annual("lapsed", end: d(2025, 2)), [500, 500, 500]),  // over: not committed
      (Self.annual("open", end: nil), [600, 600, 600]),  // no end date
      (TestCompanies.account("use", .usage, committed: 70), [90, 90, 90]),  // minimum 70
      (TestCompanies.account("m", .monthly), [800, 800, 800]),  // not committed
    ]
    let company = TestCompanies.company(first: Month(year: 2025, month: 1), rows)
    let committed = RecurringRevenue.committedMRR(of: company)
    let calendar = CommittedRenewals.compute(company, committedMRR: committed)
    let byPeriod = Dictionary(uniqueKeysWithValues: calendar.buckets.map { ($0.period, $0.arr) })
    #expect(
      calendar.buckets.map(\.period) == [
        "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "later", "no_end_date",
        "usage_minimum",
      ])
    #expect(byPeriod["2025-Q1"] == 1_200)
    #expect(byPeriod["2025-Q2"] == 2_400)
    #expect(byPeriod["2025-Q3"] == 0)
    #expect(byPeriod["2026-Q1"] == 3_600)
    #expect(byPeriod["later"] == 4_800)
    #expect(byPeriod["no_end_date"] == 7_200)
    #expect(byPeriod["usage_minimum"] == 840)
    #expect(calendar.buckets.reduce(0) { $0 + $1.arr } == 12 * committed.reduce(0, +))
    // Ending within 12 months of 2025-03 (by 2026-03): now, q2 and q1next.
    #expect(calendar.renewingWithinYear == 1_200 + 2_400 + 3_600)
    #expect(calendar.buckets.first { $0.period == "later" }?.accounts == 1)
    // Every end here was given, none inferred.
    #expect(calendar.inferredEndARR == 0 && calendar.inferredEndAccounts == 0)
  }

  /// ``CompanyMetrics`` carries the same calendar, computed once for every report (session 40).
  @Test func companyMetricsCarriesTheCalendar() {
    let d = CivilDate(year: 2025, month: 6, day: 15)!
    let company = TestCompanies.company(
      first: Month(year: 2025, month: 1),
      [
        (Self.annual("q2", end: d), [200, 200, 200]),
        (TestCompanies.account("use", .usage, committed: 70), [90, 90, 90]),
      ])
    let metrics = CompanyMetrics.compute(company)
    #expect(metrics.committedRenewals.buckets.first { $0.period == "2025-Q2" }?.arr == 2_400)
    #expect(metrics.committedRenewals.buckets.first { $0.period == "usage_minimum" }?.arr == 840)
    #expect(
      metrics.committedRenewals
        == CommittedRenewals.compute(company, committedMRR: metrics.committedMRR))
  }

  /// Ends an import inferred are counted apart (render review 38, R38-3): of two annual terms
  /// ending 2025-06 at 200 and 300 a month, the one whose end is inferred puts 12 × 300 = 3,600
  /// in ``CommittedRenewals/inferredEndARR``; a lapsed inferred end is not committed, so not
  /// counted.
  @Test func inferredEndsAreCountedApart() throws {
    let d = CivilDate(year: 2025, month: 6, day: 30)!
    var inferred = Self.annual("inferred", end: d)
    inferred.inferred.insert(.contractEndDate)
    var lapsed = Self.annual("lapsed", end: CivilDate(year: 2025, month: 2, day: 28)!)
    lapsed.inferred.insert(.contractEndDate)
    let rows: [(Account, [Int64])] = [
      (Self.annual("given", end: d), [200, 200, 200]),
      (inferred, [300, 300, 300]),
      (lapsed, [400, 400, 400]),
    ]
    let company = TestCompanies.company(first: Month(year: 2025, month: 1), rows)
    let committed = RecurringRevenue.committedMRR(of: company)
    let calendar = CommittedRenewals.compute(company, committedMRR: committed)
    #expect(calendar.buckets.first { $0.period == "2025-Q2" }?.arr == 6_000)
    #expect(calendar.inferredEndARR == 3_600)
    #expect(calendar.inferredEndAccounts == 1)
  }
}
