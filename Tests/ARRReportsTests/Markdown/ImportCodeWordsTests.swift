import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Every code an importer can record reaches the Markdown as words (session 18, report: the
/// rules table printed `usage_by_recurrence`, a rule added in session 17 without words, and the
/// skipped-lines sentence fell silent on a test transaction, a kind it did not know).
@Suite struct ImportCodeWordsTests {
  /// The rule codes declared in `ImportRule.swift` (each `rawValue: "…"`), read from the
  /// source so a rule added without words fails here rather than in a reader's report.
  static func declaredRules() throws -> [String] {
    let path = Repository.path("Sources/ARRInput/Import/ImportRule.swift")
    let text = try #require(try? String(contentsOfFile: path, encoding: .utf8))
    return text.components(separatedBy: "rawValue: \"").dropFirst().compactMap {
      $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
    }
  }

  @Test func everyDeclaredRuleHasWords() throws {
    let rules = try Self.declaredRules()
    #expect(rules.count >= 27)  // the 27 of session 17: the file was read
    for rule in rules {
      let words = MarkdownReport.ruleWords(rule)
      #expect(words != rule, "no words for \(rule)")
      #expect(!words.contains("_"), "\(rule) reads \(words)")
    }
  }

  /// Charges that never repeat but are billed every month of a run of 3 or more at varying
  /// amounts (docs/import.md, `usage_by_recurrence`) are usage: said as the other usage rules
  /// are, in the rules table, in a note naming the code, and in the Appendix's codes table.
  @Test func usageByRecurrenceIsSaidInWords() {
    let words = "charge billed 3 or more months running at varying amounts: usage contract"
    #expect(MarkdownReport.ruleWords("usage_by_recurrence") == words)
    #expect(
      MarkdownReport.noteWords("2 accounts read by `usage_by_recurrence`")
        == "2 accounts read by “\(words)”")
    let table = MarkdownReport.importRules(
      [ImportSummary.RuleCount(rule: "usage_by_recurrence", accounts: 2, arrCents: 2_760_000)],
      accounts: 2, headline: 2_760_000, format: NumberFormat(currency: "USD"))
    #expect(table.contains("| \(words) | 2 | $27,600 |"))
    #expect(!table.contains("usage_by_recurrence"))
  }

  /// Each skip kind is counted by its words when every skipped line is listed: one line of a
  /// kind reads "1 <kind>", never a silent sentence.
  @Test(arguments: ImportLog.SkipKind.allCases)
  func everySkipKindIsCounted(kind: ImportLog.SkipKind) {
    var s = ImportSummary(
      shape: "ledger", values: "billings", rowsRead: 2, rowsUsed: 1, rowsSkipped: 1)
    s.skipped = [ImportSummary.Skip(file: "l.csv", line: 2, reason: kind.rawValue + ": x")]
    #expect(
      MarkdownReport.skippedWords(s, format: NumberFormat(currency: "USD")) == "1 " + kind.rawValue)
  }

  /// Two test transactions are counted in the plural.
  @Test func testTransactionsInThePlural() {
    var s = ImportSummary(
      shape: "ledger", values: "billings", rowsRead: 3, rowsUsed: 1, rowsSkipped: 2)
    s.skipped = [2, 3].map {
      ImportSummary.Skip(file: "l.csv", line: $0, reason: "test transaction: is_sandbox true")
    }
    #expect(
      MarkdownReport.skippedWords(s, format: NumberFormat(currency: "USD")) == "2 test transactions"
    )
  }
}
