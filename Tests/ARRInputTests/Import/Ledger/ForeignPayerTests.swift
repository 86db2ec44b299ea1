import ARRCore
import Testing

@testable import ARRInput

/// A payments ledger with one payer in another currency (PayPal's activity download: the
/// payment in EUR and two `General Currency Conversion` rows; `docs/import.md`, "Invoice
/// ledger", currency; session 16's trial, PP1: refused whole, "amounts in 2 currencies", with
/// no way to read the rest). Amounts are never converted: the refusal names the lines in the
/// other currency and the options that read the main one's alone.
@Suite struct ForeignPayerTests {
  static let activity = """
    Date,Customer,Type,Status,Currency,Amount
    01/03/2025,Anna,Subscription Payment,Completed,USD,49.00
    01/20/2025,Dune GmbH,Subscription Payment,Completed,EUR,89.00
    01/20/2025,,General Currency Conversion,Completed,EUR,-85.90
    01/20/2025,,General Currency Conversion,Completed,USD,92.77
    02/03/2025,Anna,Subscription Payment,Completed,USD,49.00
    02/08/2025,Bolt,Subscription Payment,Completed,USD,99.00
    02/20/2025,Dune GmbH,Subscription Payment,Completed,EUR,89.00
    02/20/2025,,General Currency Conversion,Completed,EUR,-85.90
    02/20/2025,,General Currency Conversion,Completed,USD,92.77
    03/03/2025,Anna,Subscription Payment,Completed,USD,49.00
    03/08/2025,Bolt,Subscription Payment,Completed,USD,99.00
    """

  func read(_ options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "activity.csv", bytes: Array(Self.activity.utf8))],
      options: options)
  }

  /// Without options: refused, naming Dune's 2 EUR lines beside the 5 in USD (the conversions
  /// are own-money movements, skipped before) and the way on.
  @Test func theRefusalNamesTheLinesAndTheWayOn() throws {
    let error = try #require(throws: ARRQualityError.self) { try read() }
    #expect(
      error.message
        == "activity.csv: amounts in 2 currencies: USD (line 2), EUR (line 3); import one "
        + "currency at a time (rates files are not supported); 2 lines in EUR (the first on "
        + "line 3, \"Dune GmbH\") beside 5 in USD: to read the USD lines alone, pass --currency "
        + "USD --lenient (the lines in another currency are skipped and listed, their revenue in "
        + "no figure), or convert those lines to USD in the file")
  }

  /// Both counts grouped alike (trial 56, T56-11: "3,360 lines in USD … beside 4638 in EUR").
  @Test func bothCountsAreGrouped() throws {
    var text = "Date,Customer,Type,Status,Currency,Amount\n"
    for k in 0..<1_200 { text += "2025-01-03,C\(k),Subscription Payment,Completed,USD,49.00\n" }
    for k in 0..<1_100 { text += "2025-01-04,E\(k),Subscription Payment,Completed,EUR,59.00\n" }
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "activity.csv", bytes: Array(text.utf8))])
    }
    #expect(
      error.message.contains(
        "1,100 lines in EUR (the first on line 1202, \"E0\") beside 1,200 in USD"))
  }

  /// `--currency USD --lenient`: Dune's EUR payments are bad rows, never converted nor summed.
  /// By hand: Anna 49 in January–March, Bolt 99 in February and March; rows read 11 = used 5 + skipped 6 (4
  /// own-money movements, 2 bad rows).
  @Test func theMainCurrencysLinesReadAlone() throws {
    let c = try read(ImportOptions(isLenient: true, currency: "USD"))
    #expect(c.mrrRow("Anna") == [4_900, 4_900, 4_900])
    #expect(c.mrrRow("Bolt") == [0, 9_900, 9_900])
    #expect(c.account("Dune GmbH") == nil)
    let f = c.log.files[0]
    #expect(f.rowsRead == 11 && f.rowsUsed == 5)
    #expect(f.skipped[.ownMoney] == 4 && f.skipped[.badRow] == 2)
    #expect(
      c.log.skipped.contains {
        $0.line == 3
          && $0.reason.contains("activity.csv:3:5: an amount in EUR, not in USD (--currency)")
      })
  }
}
