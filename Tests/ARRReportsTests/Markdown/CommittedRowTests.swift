import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The summary's committed ARR row beside ARR with unknown terms (render review 28, R28-8 and
/// R28-10), on data-room-billings: committed $16,400,160 and unknown terms $16,417,281, both
/// "$16.4M" with three figures; $8,566,025 of committed ARR has no end date in the data.
@Suite struct CommittedRowTests {
  @Test func twoAmountsThatPrintAlikeGetAFourthFigure() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    let unknown = try #require(MarkdownReportTests.row(md, "ARR with unknown terms"))
    #expect(committed[1] == "$16.40M" && unknown[1] == "$16.42M")
    // The ledger's differ with three figures ($18.5M, $10.7M): no fourth.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    #expect(MarkdownReportTests.row(ledger, "Committed ARR")?[1] == "$18.5M")
    #expect(MarkdownReportTests.row(ledger, "ARR with unknown terms")?[1] == "$10.7M")
  }

  /// Committed ARR with no end date in the data is said beside what renews within the year:
  /// annual terms among it renew within it too (billings: $8,566,025 → "$8.57M").
  @Test func committedARRWithNoEndDateIsSaid() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    #expect(
      committed[2].hasSuffix(
        "; $7.83M renews by 2027-10; $8.57M has no end date in the data (annual terms among it "
          + "renew within the year too)"))
    // The ledger dates every committed term: no such clause.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    #expect(MarkdownReportTests.row(ledger, "Committed ARR")?[2].contains("no end date") == false)
  }
}
