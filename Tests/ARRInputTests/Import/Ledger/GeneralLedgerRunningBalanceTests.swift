import ARRCore
import Testing

@testable import ARRInput

/// A ledger account's running balance checked against its lines: the opening balance plus each
/// line's credit less debit. A break means a line missing or repeated: an import finding naming
/// the file, the line and both figures, never a refusal (`docs/import.md`, "General ledger
/// account"; session 25, the t24b lane's leftover of T22-22).
@Suite struct GeneralLedgerRunningBalanceTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "gl.csv", bytes: Array(text.utf8))])
  }

  /// The lines of GeneralLedgerAccountTests' ledger (its balances agree: 100, 1,300, 100, 200,
  /// 300, 400) and Alpha's March invoice (500), `lines` replacing them; line 6 is the first (5
  /// without the opening balance).
  static func ledger(_ lines: [String], opening: String? = "0.00") -> String {
    ([
      "Acme Ltd", "Account Transactions",
      "Date,Source,Contact,Description,Reference,Debit,Credit,Running Balance",
    ]
      + ["200 - Sales,,,,,,,"] + (opening.map { ["Opening Balance,,,,,,,\($0)"] } ?? [])
      + lines).joined(separator: "\n")
  }

  static let lines = [
    "01 Jan 2024,Receivable Invoice,Alpha,Monthly subscription,INV-1,,100.00,100.00",
    "01 Jan 2024,Receivable Invoice,Beta,Annual subscription,INV-2,,\"1,200.00\",\"1,300.00\"",
    "01 Jan 2024,Manual Journal,,Defer annual invoice Beta,MJ,\"1,200.00\",,100.00",
    "31 Jan 2024,Manual Journal,,Release deferred revenue Beta,MJ,,100.00,200.00",
    "01 Feb 2024,Receivable Invoice,Alpha,Monthly subscription,INV-3,,100.00,300.00",
    "29 Feb 2024,Manual Journal,,Release deferred revenue Beta,MJ,,100.00,400.00",
    "01 Mar 2024,Receivable Invoice,Alpha,Monthly subscription,INV-4,,100.00,500.00",
  ]

  static func breaks(_ c: ImportedCompany) -> [String] {
    c.log.findings.filter { $0.contains("the running balance") }
  }

  @Test func aBalanceThatAgreesSaysNothing() throws {
    let c = try read(Self.ledger(Self.lines))
    #expect(Self.breaks(c).isEmpty)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
  }

  /// INV-3 repeated on line 11 (its balance still 300.00): 0 + 100 + 1,200 − 1,200 + 100 + 100
  /// + 100 = 400.00 expected there. The lines are read as they are: Alpha 200 in February.
  @Test func aRepeatedLineBreaksAtIt() throws {
    var lines = Self.lines
    lines.insert(lines[4], at: 5)
    let c = try read(Self.ledger(lines))
    #expect(
      Self.breaks(c) == [
        "gl.csv: the running balance (\"Running Balance\") breaks at line 11: it reads 300.00 "
          + "where the opening balance 0.00 and the lines' credit less debit give 400.00 "
          + "(-100.00 apart): a line above it is missing or repeated, or an amount differs; the "
          + "lines are read as they are"
      ])
    #expect(c.mrrRow("Alpha") == [10_000, 20_000, 10_000])
  }

  /// The deferral journal (line 8) missing: line 8 is then the January release, 200.00 in the
  /// file where 1,300.00 + 100.00 = 1,400.00 is expected.
  @Test func aMissingLineBreaksAtTheNext() throws {
    var lines = Self.lines
    lines.remove(at: 2)
    let c = try read(Self.ledger(lines))
    #expect(Self.breaks(c).count == 1)
    #expect(
      Self.breaks(c).first?.contains(
        "breaks at line 8: it reads 200.00 where the opening balance 0.00 and the lines' credit "
          + "less debit give 1400.00 (-1200.00 apart)") == true)
  }

  /// A ledger that shows a revenue account's balance as negative (credits down): the same lines
  /// agree under the opposite sign, and a break is still found (line 11 reads -300.00 where
  /// -400.00 is expected).
  @Test func aNegativeBalanceIsReadBySign() throws {
    func negated(_ line: String) -> String {
      var cells = line.components(separatedBy: ",")
      let last = cells.count - 1
      if cells[last].hasSuffix("\"") {
        cells[last - 1] = "\"-" + cells[last - 1].dropFirst()
      } else {
        cells[last] = "-" + cells[last]
      }
      return cells.joined(separator: ",")
    }
    let lines = Self.lines.map(negated)
    #expect(Self.breaks(try read(Self.ledger(lines))).isEmpty)
    var repeated = lines
    repeated.insert(repeated[4], at: 5)
    #expect(
      Self.breaks(try read(Self.ledger(repeated))).first?.contains(
        "breaks at line 11: it reads -300.00 where the opening balance 0.00 and the lines' "
          + "credit less debit give -400.00 (100.00 apart)") == true)
  }

  /// No opening balance row: the check starts from the first line's balance (so a break on the
  /// first line cannot be seen), and the finding says so; the repeated line is line 10.
  @Test func withoutAnOpeningBalanceTheFirstLineIsTheBase() throws {
    var lines = Self.lines
    lines.insert(lines[4], at: 5)
    let c = try read(Self.ledger(lines, opening: nil))
    #expect(
      Self.breaks(c).first?.contains(
        "breaks at line 10: it reads 300.00 where the first line's balance and the lines' "
          + "credit less debit give 400.00") == true)
  }
}
