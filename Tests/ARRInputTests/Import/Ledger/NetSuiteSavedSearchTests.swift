import ARRCore
import Testing

@testable import ARRInput

/// NetSuite's transaction saved search (session 27, t27a lane; trial 25, T25-16): `Customer/
/// Project` is the customer, `Rev. Rec. Start Date` and `Rev. Rec. End Date` the service
/// period, and `Amount` (the subsidiary's base currency) beside `Amount (Foreign Currency)` is
/// read in one currency, whatever `Currency` (the foreign amount's) says. Before: refused three
/// times in a row (no customer; then two currencies), and the advised `--currency USD
/// --lenient` dropped the customers invoiced in euros, whose `Amount` was already in dollars.
@Suite struct NetSuiteSavedSearchTests {
  static let header =
    "Internal ID,Date,Type,Document Number,Customer/Project,Subsidiary,Item,Rev. Rec. Start Date,"
    + "Rev. Rec. End Date,Currency,Exchange Rate,Amount (Foreign Currency),Amount"

  /// Alpha invoiced in euros for the year (12,000.00 EUR at 1.1: 13,200.00 USD), Beta in
  /// dollars monthly, a credit memo without a period, and NetSuite's `Total` line.
  static let search = """
    \(header)
    1,1/1/2024,Invoice,INV1,C-1 Alpha,US Sub,SaaS,1/1/2024,12/31/2024,EUR,1.1,12000.00,13200.00
    2,11/1/2024,Invoice,INV2,C-2 Beta,US Sub,SaaS,11/1/2024,11/30/2024,USD,1.0,1000.00,1000.00
    3,12/1/2024,Invoice,INV3,C-2 Beta,US Sub,SaaS,12/1/2024,12/31/2024,USD,1.0,1000.00,1000.00
    4,12/5/2024,Credit Memo,CM4,C-2 Beta,US Sub,Service Credit,,,USD,1.0,-200.00,-200.00
    Total,,,,,,,,,,,,15000.00
    """

  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "ns.csv", bytes: Array(text.utf8))], options: options)
  }

  /// By hand, in US dollars: Alpha's 13,200.00 over its 12-month period is 1,100.00 a month;
  /// Beta 1,000.00 in November, and 1,000.00 less the 200.00 credit memo of its month, 800.00,
  /// in December. The `Total` line (15,000.00 = 13,200 + 1,000 + 1,000 − 200) is skipped and
  /// checked. Dates read month first: `12/31/2024` decides. 5 rows read, 4 used.
  @Test func readsTheBaseAmountInOneCurrency() throws {
    let c = try read(Self.search)
    #expect(c.log.currency == "USD")
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.accounts.map(\.id).sorted() == ["C-1 Alpha", "C-2 Beta"])
    #expect(c.mrrRow("C-1 Alpha") == [Int64](repeating: 110_000, count: 12))
    #expect(c.mrrRow("C-2 Beta").suffix(2) == [100_000, 80_000])
    #expect(c.log.files[0].rowsRead == 5)
    #expect(c.log.files[0].rowsUsed == 4)
    #expect(c.log.files[0].ignoredColumns.contains("Currency"))
    #expect(
      c.log.notes.contains(
        "ns.csv: amounts read from \"Amount\" in USD, the base currency (what \"Currency\" says "
          + "on every line whose \"Amount (Foreign Currency)\" equals its amount, the first on "
          + "line 3); \"Currency\" (1 line in EUR, 3 in USD) names the currency of \"Amount "
          + "(Foreign Currency)\", which is not read: each line's \"Amount\" is already "
          + "converted (at \"Exchange Rate\"), so every line is read, in one currency"))
    #expect(c.log.notes.contains("ns.csv: the totals row (line 6) equals the sum of the lines"))
  }

  /// `--currency USD --lenient`, as the old refusal advised: nothing is skipped now, Alpha's
  /// dollars included (the same 1,100.00 a month).
  @Test func theOldAdviceDropsNoCustomer() throws {
    let c = try read(Self.search, options: ImportOptions(isLenient: true, currency: "USD"))
    #expect(c.log.files[0].rowsUsed == 4)
    #expect(c.mrrRow("C-1 Alpha").last == 110_000)
  }

  /// No line converted at 1 (every line in euros): the base currency is named by no line, so
  /// the amounts are read with no currency of the file's (`--currency` names it), and the note
  /// says so. 24,000.00 EUR at 1.1 over 12 months is 2,200.00 a month.
  @Test func noLineNamingTheBaseLeavesItToTheCurrencyOption() throws {
    let c = try read(
      """
      \(Self.header)
      1,1/1/2024,Invoice,INV1,C-1 Alpha,US Sub,SaaS,1/1/2024,12/31/2024,EUR,1.1,24000.00,26400.00
      """, options: ImportOptions(currency: "USD"))
    #expect(c.mrrRow("C-1 Alpha").last == 220_000)
    #expect(
      c.log.notes.contains {
        $0.contains("in the base currency, which no line names") && $0.contains("--currency")
      })
  }

  /// Without the foreign amount column, `Currency` names the amount's currency, as before: two
  /// currencies are refused.
  @Test func withoutAForeignAmountTwoCurrenciesAreRefused() {
    #expect(throws: ARRQualityError.self) {
      try read(
        """
        Date,Customer/Project,Currency,Amount
        1/1/2024,Alpha,EUR,100.00
        2/1/2024,Beta,USD,100.00
        """)
    }
  }
}
