import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A list cut through a tie says so (render review 40, R40-8), on seed-example: S01–S05 pay
/// $50 a month (12 × 50 = $600 of recurring ARR each, the largest, tied), and E01–E10 each
/// carry $240 × 0.6 = $144 of expected loss, the most-at-risk table's 6th to 15th.
@Suite struct TieAtTheCutTests {
  @Test func theMostAtRiskTableSaysItsCut() throws {
    let (_, _, md) = try BoardReportTests.report("seed-example")
    #expect(
      md.contains(
        "The last 5 rows are 5 of the 10 accounts tied at $144 of expected loss, in file "
          + "order; the other 5 are not listed."))
  }

  @Test func theTopCustomerLossSaysWhichOfTheTied() throws {
    let (_, _, md) = try BoardReportTests.report("seed-example")
    #expect(
      md.contains(
        "the account lost is Steady 1 (S01), $600 of recurring ARR. It is the first in file "
          + "order of the 5 accounts tied at $600 of recurring ARR. The ARR rows drop it now; "))
  }
}
