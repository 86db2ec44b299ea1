import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// "Renews within 12 months" named by its last month, which the calendar's quarters need not
/// end on (render review 30, R30-11: enterprise-saas' $48.3M could not be added up from its
/// four quarters, $47.8M, because the window runs from the as-of month 2026-10 to 2027-10).
@Suite struct RenewalWindowWordsTests {
  @Test func theWindowIsNamedByItsMonths() throws {
    let (analysis, _, md) = try BoardReportTests.report("enterprise-saas")
    #expect(analysis.company.asOf == Month(year: 2026, month: 10))
    let row = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    #expect(row[2].hasSuffix("; $48.3M renews by 2027-10"))
    #expect(
      md.contains(
        "$48.3M of committed ARR renews by 2027-10 (terms ending in 2026-10 or the 12 months "
          + "after it)."))
    #expect(!md.contains("renews within 12 months"))
  }

  /// The figure is the calendar's first four quarters plus the terms ending in the 13th month,
  /// 2027-10: $47,790,509 + $496,182 (render review 30's hand sums from accounts.csv).
  @Test func theFigureIsTheQuartersAndOneMonth() throws {
    let (analysis, _, _) = try BoardReportTests.report("enterprise-saas")
    let renewals = CommittedRenewals.compute(
      analysis.company, committedMRR: analysis.metrics.committedMRR)
    let quarters = renewals.buckets.prefix(4).reduce(Int64(0)) { $0 + $1.arr }
    #expect(
      renewals.buckets.prefix(4).map(\.period) == ["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"])
    // In whole dollars, as the review summed them.
    #expect((quarters + 50) / 100 == 47_790_509)
    #expect((renewals.renewingWithinYear - quarters + 50) / 100 == 496_182)
  }
}
