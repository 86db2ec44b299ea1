import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The summary's committed ARR row beside ARR with unknown terms (render review 28, R28-8 and
/// R28-10), on data-room-billings: committed $19,339,586 and unknown terms $11,739,706 (since
/// R33-13's co-termed first payments; before, $16,400,160 and $16,417,281, both "$16.4M" with
/// three figures, the case `CompactFourFiguresTests` pins); $9,179,613 of committed ARR has no
/// end date in the data.
@Suite struct CommittedRowTests {
  @Test func amountsThatPrintApartKeepThreeFigures() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    let unknown = try #require(MarkdownReportTests.row(md, "ARR with unknown terms"))
    #expect(committed[1] == "$19.3M" && unknown[1] == "$11.7M")
    // The ledger's differ with three figures ($18.5M, $10.7M): no fourth.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    #expect(MarkdownReportTests.row(ledger, "Committed ARR")?[1] == "$18.5M")
    #expect(MarkdownReportTests.row(ledger, "ARR with unknown terms")?[1] == "$10.7M")
  }

  /// Committed ARR with no end date in the data is said beside what renews within the year:
  /// annual terms among it renew within it too (billings: $9,179,613 → "$9.18M"; what renews by
  /// 2027-10 is the renewal table's quarters 2026-Q4 to 2027-Q3, 2027-Q4 holding none:
  /// 3,182,543 + 2,876,656 + 2,180,960 + 1,919,814 = $10,159,973 → "$10.2M").
  @Test func committedARRWithNoEndDateIsSaid() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    #expect(
      committed[2].hasSuffix(
        "; $10.2M renews by 2027-10; $9.18M has no end date in the data (annual terms among it "
          + "renew within the year too)"))
    // The ledger dates every committed term: no such clause.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    #expect(MarkdownReportTests.row(ledger, "Committed ARR")?[2].contains("no end date") == false)
  }
}
