import ARRQuality
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

/// Prose carries the input's text too: every `<` that could open HTML is escaped in the whole
/// report, outside code, and only once.
@Suite struct RawHTMLEscapeTests {
  @Test(arguments: [
    ("a <b>x</b> c", "a \\<b>x\\</b> c"),
    ("`<b>` and <b>", "`<b>` and \\<b>"),
    ("``a ` <b>`` <i>", "``a ` <b>`` \\<i>"),
    ("`<b>", "`\\<b>"),
    ("cell \\<img>", "cell \\<img>"),
    ("two \\\\<img>", "two \\\\\\<img>"),
    ("a > b, 1 < 2\n\n> quote", "a > b, 1 \\< 2\n\n> quote"),
    ("```\n<b>\n```\n<b>\n", "```\n<b>\n```\n\\<b>\n"),
    ("no markup at all\n", "no markup at all\n"),
  ])
  func lessThanIsEscapedOutsideCode(text: String, expected: String) {
    #expect(MarkdownReport.escapingRawHTML(text) == expected)
  }

  /// A company whose names are markup: nowhere in the report does a `<` open HTML.
  @Test func hostileNamesNeverBecomeHTML() throws {
    let accounts = Array(
      """
      account_id,name,segment,contract_type,start_date
      A1,<img src=x onerror=alert(1)>,<script>x</script>,annual,2024-01-01
      A2,Plain,<b>smb</b>,monthly,2024-01-01

      """.utf8)
    var monthly = "account_id,month,mrr\n"
    for m in ["2024-01", "2024-02", "2024-03"] { monthly += "A1,\(m),1000\nA2,\(m),500\n" }
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8),
      companyJSON: Array(#"{"name": "<i>Acme</i>"}"#.utf8), options: LoadOptions())
    let report = MarkdownReport.render(Analysis.run(company))
    #expect(report.contains("\\<script>") && report.contains("\\<i>Acme"))
    let bytes = Array(report.utf8)
    for i in bytes.indices where bytes[i] == UInt8(ascii: "<") {
      #expect(i > 0 && bytes[i - 1] == UInt8(ascii: "\\"), "raw '<' at byte \(i)")
    }
  }
}
