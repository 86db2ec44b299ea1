import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-11 (case `c20`, made smaller): a Salesforce report export ends with its footer,
/// "Confidential Information - Do Not Distribute" and a copyright line, below its grand totals;
/// each was a row with "no customer", "no price", and the file was refused.
@Suite struct ReportFooterTests {
  static let rows = """
    Opportunity ID,Account Name,Opportunity Name,Stage,Close Date,Contract Start Date,Contract Term (Months),ACV
    0061,Atlas Insurance,Atlas - New,Closed Won,12/20/2025,1/1/2026,12,"60,000.00"
    0062,Comet Airlines,Comet - Renewal,Closed Won,9/26/2026,10/1/2026,12,"48,000.00"
    """

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "report.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10), dateOrder: .mdy))
  }

  /// By hand: Atlas 5,000 and Comet 4,000 a month; the two footer lines are footnotes.
  @Test func aReportsFooterIsFootnotes() throws {
    let c = try read(
      Self.rows + "\n\nGrand Totals (2 records),,,,,,,\"108,000.00\"\n\n"
        + "Confidential Information - Do Not Distribute\n"
        + "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n")
    #expect(c.mrrRow("Atlas Insurance").last == 500_000)
    #expect(c.mrrRow("Comet Airlines").last == 400_000)
    #expect(c.log.files[0].skipped[.footnote] == 2)
  }

  /// Twin: a row of one cell between rows of data is no footer: still a problem.
  @Test func aOneCellRowAmidTheDataIsAProblem() {
    let lines = Self.rows.split(separator: "\n").map(String.init)
    let text = ([lines[0], lines[1], "Orphan Corp"] + lines[2...]).joined(separator: "\n")
    #expect(throws: (any Error).self) { try read(text) }
  }
}
