import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Page one's rows resting on retention say which way they move when the data may list
/// survivors only (trial 37, T37-1).
@Suite struct SurvivorsCaveatTests {
  /// 40 accounts paying $100 a month for 24 months, none leaving: `survivors_only`. The
  /// quality-adjusted ARR and projected NDR and GRR rows are upper bounds, the loss a lower one.
  @Test func rowsOnRetentionSayTheirBound() throws {
    let analysis = Analysis.run(try FindingCodesReportTests.company(accounts: 40, months: 24))
    #expect(analysis.findings.contains { $0.code == .survivorsOnly })
    let md = MarkdownReport.render(analysis)
    let rows = try #require(MarkdownReportTests.tables(md).first)
    func row(_ label: String) throws -> [String] {
      try #require(rows.first { $0.first?.contains(label) == true })
    }
    let upper = "an upper bound if the data lists survivors only"
    #expect(try row("Quality-adjusted ARR")[2].hasSuffix("; " + upper))
    #expect(
      try row("Expected 12-month loss")[2].hasSuffix(
        "; a lower bound if the data lists survivors only"))
    #expect(try row("Projected NDR")[2].hasSuffix("; " + upper))
    #expect(try row("Projected GRR")[2].hasSuffix("; " + upper))
  }

  /// One account of 40 leaving: no `survivors_only`, no bound.
  @Test func withChurnNoBound() throws {
    let analysis = Analysis.run(
      try FindingCodesReportTests.company(accounts: 40, months: 24, churnAtEnd: 1))
    #expect(!analysis.findings.contains { $0.code == .survivorsOnly })
    #expect(!MarkdownReport.render(analysis).contains("if the data lists survivors only"))
  }
}
