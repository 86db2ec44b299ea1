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
    #expect(report.contains("\\<script\\>") && report.contains("\\<i\\>Acme"))
    let bytes = Array(report.utf8)
    for i in bytes.indices where bytes[i] == UInt8(ascii: "<") {
      #expect(i > 0 && bytes[i - 1] == UInt8(ascii: "\\"), "raw '<' at byte \(i)")
    }
  }
}

/// Text the input supplies is literal text in the report: no bold, no link, no code span, no
/// heading (trial 18b, G8; docs/report-style.md, "Data as literal text").
@Suite struct DataTextEscapeTests {
  @Test(arguments: [
    (
      "Acme | Holdings **Ltd** [x](http://e.vil) <b>bold</b>",
      "Acme \\| Holdings \\*\\*Ltd\\*\\* \\[x\\](http://e.vil) \\<b\\>bold\\</b\\>"
    ),
    ("cus_A0001", "cus_A0001"),
    ("_lead_ and snake_case_", "\\_lead\\_ and snake_case\\_"),
    ("# Big ~~co~~", "\\# Big \\~\\~co\\~\\~"),
    ("  #1 Co", "  \\#1 Co"),
    ("Blueline Inc #10", "Blueline Inc #10"),
    ("a `b` ![i](x)", "a \\`b\\` \\!\\[i\\](x)"),
    ("back\\slash", "back\\\\slash"),
    ("AT&T &amp;", "AT\\&T \\&amp;"),
    ("Line\nbreak\r\nthree", "Line break three"),
    ("日本_株式 Ωμέγα", "日本_株式 Ωμέγα"),
    ("Plain Name (2024)", "Plain Name (2024)"),
  ])
  func markupCharactersAreEscaped(text: String, expected: String) {
    #expect(MarkdownText.escaped(text) == expected)
  }

  /// An account whose name is its id is named once (trial 22, T22-L3: "Blueline Inc \\#10
  /// (Blueline Inc \\#10)").
  @Test func aNameEqualToTheIdIsNotRepeated() {
    let same = Account(
      id: "Blueline Inc #10", name: "Blueline Inc #10", segment: nil, contractType: .unknown,
      billingCadence: .unknown, startDate: CivilDate(year: 2024, month: 1, day: 1)!)
    #expect(MarkdownReport.accountLabel(same) == "Blueline Inc #10")
    var named = same
    named.name = "Blueline"
    #expect(MarkdownReport.accountLabel(named) == "Blueline (Blueline Inc #10)")
  }

  /// Escaped data in a table cell is not escaped a second time by the table.
  @Test func aTableKeepsEscapedDataAsItIs() {
    let cell = MarkdownText.escaped("a|b<c\\d")
    #expect(cell == "a\\|b\\<c\\\\d")
    #expect(MarkdownTable.escape(cell) == cell)
    #expect(MarkdownReport.escapingRawHTML(cell) == cell)
  }

  /// The tester's name, end to end: the at-risk table and every sentence print it as text.
  @Test func aHostileNameNeverFormatsTheReport() throws {
    let name = "Acme | Holdings **Ltd** [x](http://e.vil) `rm` <b>bold</b>"
    let accounts = Array(
      """
      account_id,name,segment,contract_type,start_date
      A1,\(name),**smb**,monthly,2024-01-01
      A2,Plain,[mid](http://x),monthly,2024-01-01

      """.utf8)
    var monthly = "account_id,month,mrr\n"
    for m in ["2024-01", "2024-02", "2024-03"] { monthly += "A1,\(m),1000\nA2,\(m),500\n" }
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8),
      companyJSON: Array(#"{"name": "**Big** [Co](http://y)"}"#.utf8), options: LoadOptions())
    let report = MarkdownReport.render(Analysis.run(company))
    #expect(report.contains(MarkdownText.escaped(name)))
    #expect(report.contains("# ARR quality report: \\*\\*Big\\*\\* \\[Co\\](http://y)"))
    for raw in ["**Ltd**", "[x](", "`rm`", "**smb**", "[mid](", "**Big**", "[Co]("] {
      #expect(!report.contains(raw), "unescaped \(raw)")
    }
  }

  /// A terminal escape, a NUL and a right-to-left override in data are written as their
  /// codes, never as themselves (trial 30, T30-11: an id's ESC[31m reached the terminal raw).
  @Test func controlCharactersAreWrittenAsTheirCodes() {
    #expect(MarkdownText.escaped("\u{1B}[31mRed") == "\\u{1B}\\[31mRed")
    #expect(MarkdownText.escaped("A\u{0}B") == "A\\u{0}B")
    #expect(MarkdownText.escaped("abc\u{202E}def") == "abc\\u{202E}def")
    #expect(MarkdownText.escaped("Café Zoë") == "Café Zoë")
  }
}
