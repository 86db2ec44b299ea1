import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A number format naming thousands is a thousands label (trial 41, T41-3; `docs/import.md`,
/// "Amount units"): a board pack's cells stored 12.5 under `$#,##0.0"K"` (shown $12.5K) and
/// were read as $12.50, the headline 1,000 times low, with the format's `$` read as the
/// currency and its `K` ignored.
@Suite struct WorkbookUnitFormatsTests {
  /// Styles: 0 General, 1 thousands stored (`$#,##0.0"K"`), 2 units shown scaled
  /// (`$#,##0.0,"K"`), 3 millions stored (`0.0"M"`).
  static let formats: [(id: Int, code: String)] = [
    (164, "$#,##0.0\"K\""), (165, "$#,##0.0,\"K\""), (166, "0.0\"M\""),
  ]

  static func file(_ rows: [[XLSXWriter.Cell]]) -> Importer.SourceFile {
    Importer.SourceFile(
      name: "pack.xlsx",
      bytes: XLSXWriter.workbook(
        [XLSXWriter.Sheet("MRR", rows: rows)], formats: formats, styles: [0, 164, 165, 166]))
  }

  /// A cube: Acme 12.5, Bolt 9.6 then 9.6 (thousands), by hand $22,100 a month at 2025-02
  /// once read × 1,000 ($265,200 ARR); as stored it read $22.10.
  static func cube(style: Int, _ a: Double = 12.5, _ b: Double = 9.6) -> Importer.SourceFile {
    let v = { (x: Double) in XLSXWriter.Cell.number(x, style: style) }
    return file([
      ["Customer", "Jan-25", "Feb-25"],
      ["Acme", v(a), v(a)],
      ["Bolt", v(b), v(b)],
    ])
  }

  @Test func aThousandsFormatStopsTheImportNamingTheCell() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Self.cube(style: 1)])
    }
    #expect(error.kind == .invalidData)
    #expect(error.message.contains("the number format of MRR!B2 \"$#,##0.0\"K\"\""))
    #expect(error.message.contains("says the amounts are in thousands"))
    #expect(error.message.contains("--amounts thousands"))
  }

  @Test func theOptionReadsTheCellsInThousands() throws {
    let c = try Importer.read(
      [Self.cube(style: 1)], options: ImportOptions(amounts: .thousands))
    #expect(c.mrrRow("Acme") == [1_250_000, 1_250_000])
    #expect(c.mrrRow("Bolt") == [960_000, 960_000])
    #expect(c.log.currency == "USD")
  }

  /// `--amounts units` overrules the format as it overrules a title, with a note.
  @Test func unitsOverrulesTheFormat() throws {
    let c = try Importer.read([Self.cube(style: 1)], options: ImportOptions(amounts: .units))
    #expect(c.mrrRow("Acme") == [1_250, 1_250])
    #expect(c.log.notes.contains { $0.contains("speaks of thousands, but --amounts units") })
  }

  /// The control: 12,500 under `$#,##0.0,"K"` shows $12.5K too, and is whole dollars.
  @Test func aScaledFormatReadsAsStoredWithANote() throws {
    let c = try Importer.read([Self.cube(style: 2, 12_500, 9_600)])
    #expect(c.mrrRow("Acme") == [1_250_000, 1_250_000])
    let note = try #require(c.log.notes.first { $0.contains("scaling comma") })
    #expect(note.contains("4 amount cells show through the number format `$#,##0.0,\"K\"`"))
    #expect(note.contains("(first MRR!B2)"))
    #expect(note.contains("read as stored, in whole currency units"))
  }

  /// Cells storing millions are refused: no option reads them.
  @Test func aMillionsFormatIsRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Self.cube(style: 3, 1.2, 0.4)])
    }
    #expect(error.message.contains("`0.0\"M\"` of MRR!B2 shows each amount in millions"))
  }

  /// A monthly table's amount column under the format stops too; a format on another column
  /// (a seats count shown `0"K"`) says nothing of the amounts.
  @Test func aMonthlyTablesAmountColumnIsALabelToo() throws {
    let k = { (x: Double) in XLSXWriter.Cell.number(x, style: 1) }
    let rows: [[XLSXWriter.Cell]] = [
      ["customer_id", "month", "mrr"],
      ["Acme", "2025-01", k(12.5)],
      ["Acme", "2025-02", k(12.5)],
    ]
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Self.file(rows)])
    }
    #expect(error.message.contains("the number format of MRR!C2"))
    let other: [[XLSXWriter.Cell]] = [
      ["customer_id", "month", "mrr", "seats"],
      ["Acme", "2025-01", 12_500, k(1.5)],
      ["Acme", "2025-02", 12_500, k(1.5)],
    ]
    let c = try Importer.read([Self.file(other)])
    #expect(c.mrrRow("Acme") == [1_250_000, 1_250_000])
  }

  /// The CSV sibling: `$12.5K` cells are refused, each naming the option that reads them.
  @Test func aKSuffixInTextNamesTheOption() throws {
    let text = "Customer,Jan-25,Feb-25\nAcme,$12.5K,$12.5K\n"
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([Importer.SourceFile(name: "k.csv", bytes: Array(text.utf8))])
    }
    let message = try #require(error.problems.first?.message)
    #expect(message.contains("a K suffix (thousands) is not read: write the number alone (12.5)"))
    #expect(message.contains("--amounts thousands"))
  }

  @Test(arguments: [
    ("$12.5K", "12.5", 1), ("12.5 k", "12.5", 1), ("€1.2M", "1.2", 2), ("3MM", "3", 2),
    ("-4.0k", "-4.0", 1), ("1,200K", "1,200", 1),
  ])
  func aUnitSuffixIsRead(text: String, number: String, power: Int) throws {
    let read = try #require(CubeReader.unitSuffix(text))
    #expect(read.number == number)
    #expect(read.power == power)
  }

  @Test(arguments: ["Bank", "OK", "12.5", "k", "$K", "5km", "Q1 MM"])
  func noUnitSuffix(text: String) {
    #expect(CubeReader.unitSuffix(text) == nil)
  }
}
