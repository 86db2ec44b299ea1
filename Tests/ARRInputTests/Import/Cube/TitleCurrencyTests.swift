import ARRCore
import Testing

@testable import ARRInput

/// A cube's title naming its currency (`docs/import.md`, "Customer cube"; ``TitleCurrency``;
/// trial 21, M3: "Northwind Analytics — MRR by customer (USD)" was read as "$" that might be
/// Canadian or Australian dollars).
@Suite struct TitleCurrencyTests {
  static let body = """
    Customer,2024-01,2024-02,2024-03
    Acme,"$1,000","$1,000","$1,200"
    Bolt,$500,$500,$500
    """

  /// A title naming USD: the company's currency is USD, named, and no finding about `$`.
  @Test func aTitleNamingUSDSettlesTheDollar() throws {
    let text = "Northwind Analytics — MRR by customer (USD)\n" + Self.body
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))])
    #expect(c.log.currency == "USD")
    #expect(!c.log.findings.contains { $0.contains("written only as \"$\"") })
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 120_000])
  }

  /// Without the title the same cells are US dollars by the `$` sign, with the finding that
  /// `$` is also other dollars' sign.
  @Test func withoutATitleTheBareDollarIsStillQuestioned() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array(Self.body.utf8))])
    #expect(c.log.currency == "USD")
    #expect(c.log.findings.contains { $0.contains("written only as \"$\"") })
  }

  /// A title naming Canadian dollars makes the `$` cells Canadian dollars.
  @Test func aTitleNamingCADMakesTheDollarCanadian() throws {
    let text = "Revenue by customer, CA$\n" + Self.body
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))])
    #expect(c.log.currency == "CAD")
    #expect(c.mrrRow("Bolt") == [50_000, 50_000, 50_000])
  }

  /// Plain cells under a title in euros are euros.
  @Test func plainCellsTakeTheTitlesCurrency() throws {
    let text = "MRR by customer (in euros)\nCustomer,2024-01,2024-02,2024-03\nAcme,100,120,120\n"
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))])
    #expect(c.log.currency == "EUR")
  }

  /// A title in euros over cells written in pounds is refused: which currency the amounts are
  /// in cannot be told.
  @Test func aTitleContradictedByTheCellsIsRefused() throws {
    let text = "Revenue (EUR)\nCustomer,2024-01,2024-02,2024-03\nAcme,£100,£120,£120\n"
    let error = #expect(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))])
    }
    #expect(error?.message.contains("names EUR") == true)
    #expect(error?.message.contains("GBP") == true)
  }

  /// What a title names, word by word.
  @Test(arguments: [
    ("Northwind Analytics — MRR by customer (USD)", ["USD"]),
    ("Revenue (€000)", ["EUR"]),
    ("Umsatz in Euro", ["EUR"]),
    ("Sales, US$", ["USD"]),
    ("Revenue in A$", ["AUD"]),
    ("MRR by customer ($)", []),
    ("Customers to try next quarter", []),
    ("ARR and MRR by customer", []),
    ("EUR converted to USD", ["EUR", "USD"]),
  ])
  func codesInATitle(title: String, expected: [String]) {
    #expect(TitleCurrency.codes(in: title) == expected)
  }

  /// A footnote naming the currency settles it as a title does (render review 38, R38-6: the
  /// billings cube's "Amounts in USD." was skipped as a footnote while a warning said the
  /// currency was written only as "$"): a note says which line named it, and no finding.
  @Test func aFootnoteNamingUSDSettlesTheDollar() throws {
    let text = Self.body + "\n\nAmounts in USD. Generated sample.\n"
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))])
    #expect(c.log.currency == "USD")
    #expect(!c.log.findings.contains { $0.contains("written only as \"$\"") })
    #expect(c.log.notes.contains("mrr.csv: the footnote on line 5 names the currency: USD"))
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 120_000])
    #expect(c.mrrRow("Bolt") == [50_000, 50_000, 50_000])
  }

  /// A footnote naming another dollar makes the bare `$` cells that dollar; one naming a
  /// currency the cells' signs contradict settles nothing (the cells decide, the `$` finding
  /// stays); over `--currency` it is not read.
  @Test func aFootnoteNamesTheDollarOrSettlesNothing() throws {
    let cad = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array((Self.body + "\nIn CAD\n").utf8))])
    #expect(cad.log.currency == "CAD")
    #expect(!cad.log.findings.contains { $0.contains("written only as \"$\"") })
    let euro = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array((Self.body + "\nIn EUR\n").utf8))])
    #expect(euro.log.currency == "USD")
    #expect(euro.log.findings.contains { $0.contains("written only as \"$\"") })
    #expect(!euro.log.notes.contains { $0.contains("footnote") && $0.contains("currency") })
    let given = try Importer.read(
      [Importer.SourceFile(name: "mrr.csv", bytes: Array((Self.body + "\nIn CAD\n").utf8))],
      options: ImportOptions(currency: "USD"))
    #expect(given.log.currency == "USD")
  }
}
