import Testing

@testable import ARRReports

/// Table cells hold data (account names, segments): nothing in them may break the table or
/// become HTML where the report is rendered.
@Suite struct MarkdownEscapeTests {
  @Test func htmlInACellIsEscaped() {
    #expect(
      MarkdownTable.escape("<img src=x onerror=alert(1)> | a\nb")
        == "\\<img src=x onerror=alert(1)> \\| a b")
  }

  @Test func plainTextAndMarkupTheReportAddsAreKept() {
    #expect(MarkdownTable.escape("**Total** — $1,200 > $1,000") == "**Total** — $1,200 > $1,000")
  }
}
