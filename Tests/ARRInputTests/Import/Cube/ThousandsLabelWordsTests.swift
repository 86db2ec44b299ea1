import ARRCore
import Testing

@testable import ARRInput

/// A `000` or `k` says thousands only beside money (trial 25, T25-22: `Team 000`,
/// `Region 000 - MRR by customer`, `Special K Foods`, `K-12 districts MRR.csv` stopped the
/// import as "in thousands", and its first advice read $72.0M for $72K); a refusal whose cells
/// read as plausible units leads with `--amounts units`; a workbook of many revenue tabs is
/// refused in a message of bounded length (`docs/import.md`, "Amount units", "Thousands").
@Suite struct ThousandsLabelWordsTests {
  func read(_ name: String, _ text: String, amounts: AmountUnit? = nil) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(amounts: amounts))
  }

  @Test(arguments: [
    ("Team 000", false), ("Region 000 - MRR by customer", false),
    ("Special K Foods - MRR by customer", false), ("K-12 districts MRR", false),
    ("Rep 000 – O'Neil ✓", false), ("Store 000s", false), ("Plan K", false),
    ("$k", true), ("MRR in $K", true), ("USD K", true), ("Amounts in K", true),
    ("ARR (000)", true), ("Revenue 000s", true), ("k USD", true), ("MRR by customer (000s)", true),
  ])
  func aThousandsWordNeedsMoneyBesideIt(text: String, names: Bool) {
    #expect(ThousandsLabel.names(text) == names)
  }

  /// Trial 25's `region000.csv`, its title a region's code: read as written. At 2024-03: Cust 0
  /// 1,000 + Cust 1 1,100 = 2,100 a month.
  @Test func aRegionCodeIsNoLabel() throws {
    let text = """
      Region 000 - MRR by customer
      Customer,2024-01,2024-02,2024-03
      Cust 0,1000,1000,1000
      Cust 1,1100,1100,1100
      """
    let c = try read("region000.csv", text)
    #expect(c.mrrRow("Cust 0") == [100_000, 100_000, 100_000])
    #expect(c.mrrRow("Cust 1") == [110_000, 110_000, 110_000])
    #expect(!c.log.notes.contains { $0.contains("thousands") })
  }

  /// A grade in the file's name, a brand in the title: neither stops the import.
  @Test func aGradeOrANameIsNoLabel() throws {
    let plain = "Customer,2024-01,2024-02,2024-03\nCust 0,1200,1200,1200\n"
    let row: [Int64] = [120_000, 120_000, 120_000]
    #expect(try read("K-12 districts MRR.csv", plain).mrrRow("Cust 0") == row)
    let titled = "Special K Foods - MRR by customer\n" + plain
    #expect(try read("titlek.csv", titled).mrrRow("Cust 0") == row)
  }

  /// A true label over cells sized as units (the middle one 1,200: × 1,000 each customer
  /// would pay $1.2M a month) still stops, but leads with `--amounts units`.
  @Test func plausibleUnitsLeadTheRefusal() throws {
    let text = """
      MRR by customer (USD 000s)
      Customer,2024-01,2024-02,2024-03
      Cust 0,1000,1000,1000
      Cust 1,1200,1200,1200
      Cust 2,1400,1400,1400
      """
    let error = try #require(throws: ARRQualityError.self) { try read("cube.csv", text) }
    let m = error.message
    #expect(m.hasPrefix("cube.csv:1: \"MRR by customer (USD 000s)\" speaks of thousands"))
    #expect(m.contains("the middle cell, 1,200, is a plausible month's amount as written"))
    #expect(m.contains("× 1,000 it would be $1,200,000 a month"))
    let units = try #require(m.range(of: "--amounts units"))
    let thousands = try #require(m.range(of: "--amounts thousands"))
    #expect(units.lowerBound < thousands.lowerBound)
  }

  /// Small cells under a true label keep the thousands advice first.
  @Test func smallCellsKeepTheThousandsAdviceFirst() throws {
    let text =
      "MRR (USD 000s)\nCustomer,2024-01,2024-02,2024-03\nAcme,12.5,12.5,12.5\n"
      + "Beta,3.4,3.4,3.4\n"
    let error = try #require(throws: ARRQualityError.self) { try read("cube.csv", text) }
    let m = error.message
    let units = try #require(m.range(of: "--amounts units"))
    let thousands = try #require(m.range(of: "--amounts thousands"))
    #expect(thousands.lowerBound < units.lowerBound)
  }

  /// Twelve revenue tabs: ten listed, "and 2 more"; the slices' example names three tabs and
  /// counts the rest.
  @Test func manySheetsAreCountedNotListed() {
    let found = (0..<12).map { i in
      RevenueSheets.Found(
        file: "book.xlsx, sheet Rep \(i)", sheet: "Rep \(i)", what: "a customer cube")
    }
    let e = RevenueSheets.refusal(found)
    #expect(e.message.hasPrefix("12 sheets read as revenue files: book.xlsx, sheet Rep 0 ("))
    #expect(e.message.contains("book.xlsx, sheet Rep 9 (a customer cube); and 2 more."))
    #expect(!e.message.contains("sheet Rep 10 "))
    #expect(
      e.message.contains(
        "(--sheet 'Rep 0' --sheet 'Rep 1' --sheet 'Rep 2' …, one --sheet for each of the 12)")
    )
  }
}
