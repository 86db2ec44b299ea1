import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A currency named only by a sheet's or a CSV file's name (trial 48, T48-6: entity sheets `US
/// Inc (USD)` and `UK Ltd (GBP)` given as slices were added up as dollars, "assumed: the data
/// names none").
@Suite struct SheetNameCurrencyTests {
  static func sheet(_ name: String, _ amount: Double) -> XLSXWriter.Sheet {
    XLSXWriter.Sheet(
      name,
      rows: [
        ["Customer", "2026-01", "2026-02", "2026-03"],
        [
          .text("A"), .number(amount, style: 0), .number(amount, style: 0),
          .number(amount, style: 0),
        ],
      ])
  }

  static func book(_ sheets: [XLSXWriter.Sheet]) -> Importer.SourceFile {
    Importer.SourceFile(name: "group.xlsx", bytes: XLSXWriter.workbook(sheets))
  }

  /// Slices whose names state two currencies are refused as cell formats' are.
  @Test func slicesInTwoNamedCurrenciesAreRefused() throws {
    let file = Self.book([Self.sheet("US Inc (USD)", 100), Self.sheet("UK Ltd (GBP)", 50)])
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([file], options: ImportOptions(sheets: ["US Inc (USD)", "UK Ltd (GBP)"]))
    }
    #expect(
      error.message
        == "group.xlsx, sheet US Inc (USD) is in USD but group.xlsx, sheet UK Ltd (GBP) in GBP: "
        + "sheets read as slices of one company are added up, so they must be in one currency")
  }

  /// One sheet named with its currency is read in it, with a note saying where.
  @Test func aSheetNameGivesTheCurrency() throws {
    let file = Self.book([Self.sheet("US Inc (USD)", 100), Self.sheet("UK Ltd (GBP)", 50)])
    let c = try Importer.read([file], options: ImportOptions(sheet: "UK Ltd (GBP)"))
    #expect(c.log.currency == "GBP")
    #expect(
      c.log.notes.contains(
        "group.xlsx, sheet UK Ltd (GBP): the sheet name \"UK Ltd (GBP)\" names the currency: GBP"),
      "\(c.log.notes)")
  }

  /// A CSV file's name, `_` read as a space; twins: a name with no code or two codes names none.
  @Test(arguments: [
    ("mrr_by_customer_EUR.csv", "EUR"), ("ACME_MRR.csv", nil), ("EUR_USD_mrr.csv", nil),
  ])
  func aFileNameGivesTheCurrency(name: String, code: String?) throws {
    let c = try importCube(
      "Customer,2026-01,2026-02,2026-03\nA,5,5,5\n", options: ImportOptions(values: .mrr),
      name: name)
    #expect(c.log.notes.contains { $0.contains("names the currency") } == (code != nil))
    if let code { #expect(c.log.currency == code) }
  }
}
