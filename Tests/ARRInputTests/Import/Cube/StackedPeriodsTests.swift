import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Year blocks stacked in one table are read as periods of one history, joined in time as two
/// files of them are (trial 50, T50-38; `docs/import.md`, "Year blocks stacked in one table").
@Suite struct StackedPeriodsTests {
  func read(_ text: String, name: String = "mrr.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// FY2025 (Jan–Mar) then FY2026 (Apr–May) under their headings, each with a total: Acme pays
  /// 100 a month throughout; Bolt 200, then 250 from April; Cole starts in May at 50. By hand:
  /// Acme 100 × 5, Bolt 200, 200, 200, 250, 250, Cole 0, 0, 0, 0, 50.
  static let twoYears = """
    FY2025
    Customer,Jan-25,Feb-25,Mar-25,Total
    Acme,100,100,100,300
    Bolt,200,200,200,600
    Total,300,300,300,900

    FY2026
    Customer,Apr-25,May-25,Total
    Acme,100,100,200
    Bolt,250,250,500
    Cole,,50,50
    Total,350,400,750
    """

  @Test func twoYearBlocksAreJoinedInTime() throws {
    let c = try read(Self.twoYears)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("Bolt") == [20_000, 20_000, 20_000, 25_000, 25_000])
    #expect(c.mrrRow("Cole") == [0, 0, 0, 0, 5_000])
    #expect(c.log.files.map(\.file) == ["mrr.csv (lines 1–5)", "mrr.csv (lines 7–12)"])
    let note = try #require(c.log.notes.first { $0.contains("stacked") })
    #expect(note.contains("line 2: 2025-01 to 2025-03; line 8: 2025-04 to 2025-05"))
    // Every line is counted once: read = used + skipped, over both blocks.
    let read = c.log.files.map(\.rowsRead).reduce(0, +)
    let used = c.log.files.map(\.rowsUsed).reduce(0, +)
    let skipped = c.log.files.map(\.rowsSkipped).reduce(0, +)
    #expect(read == used + skipped)
    #expect(used == 5)
  }

  /// Newest block first (FY2026 above FY2025): the same history.
  @Test func newestBlockFirstGivesTheSameHistory() throws {
    let blocks = Self.twoYears.split(separator: "\n\n").map(String.init)
    let c = try read(blocks[1] + "\n\n" + blocks[0] + "\n")
    #expect(c.mrrRow("Bolt") == [20_000, 20_000, 20_000, 25_000, 25_000])
    #expect(c.mrrRow("Cole") == [0, 0, 0, 0, 5_000])
  }

  /// Three blocks, no headings or blank lines between them: each header starts a block.
  @Test func threeBlocksWithoutHeadings() throws {
    let c = try read(
      """
      Customer,2024-11,2024-12,2025-01
      A,10,10,10
      B,20,20,20
      Customer,2025-02,2025-03,2025-04
      A,10,10,10
      B,20,20,0
      Customer,2025-05,2025-06,2025-07
      A,15,15,15
      B,,,
      """)
    #expect(c.mrrRow("A") == [1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_500, 1_500, 1_500])
    #expect(c.mrrRow("B") == [2_000, 2_000, 2_000, 2_000, 2_000, 0, 0, 0, 0])
  }

  /// Hostile twins, each still refused as two exports in one file: a month missing between the
  /// blocks (a year skipped), months held by both blocks, and blocks of other customers (two
  /// regions' cubes, not two periods).
  @Test(arguments: [
    "Customer,2024-01,2024-02,2024-03\nA,1,1,1\nB,2,2,2\nCustomer,2024-05,2024-06,2024-07\nA,1,1,1\nB,2,2,2\n",
    "Customer,2024-01,2024-02,2024-03\nA,1,1,1\nB,2,2,2\nCustomer,2024-03,2024-04,2024-05\nA,1,1,1\nB,2,2,2\n",
    "Customer,2024-01,2024-02,2024-03\nA,1,1,1\nB,2,2,2\nCustomer,2024-04,2024-05,2024-06\nC,1,1,1\nD,2,2,2\n",
  ])
  func blocksThatAreNoPeriodsStayRefused(text: String) throws {
    #expect(StackedPeriods.split(try ImportTable.read(Array(text.utf8), file: "mrr.csv")) == nil)
    #expect(throws: ARRQualityError.self) { try read(text) }
  }

  /// A table with no header of months among its first rows (a ledger) is no stack of blocks,
  /// whatever dates its rows hold further down.
  @Test func aLedgerIsNoStack() throws {
    var text = "customer,invoice date,amount\n"
    for k in 0..<60 { text += "C\(k),2026-01-15,100.00\n" }
    text += "Customer,2026-01,2026-02,2026-03\nCustomer,2026-04,2026-05,2026-06\n"
    #expect(StackedPeriods.split(try ImportTable.read(Array(text.utf8), file: "l.csv")) == nil)
  }

  /// A header repeated with the same months is a repeated header, not a block.
  @Test func theSameMonthsAgainIsNoBlock() throws {
    let text =
      "Customer,2024-01,2024-02,2024-03\nA,1,1,1\nCustomer,2024-01,2024-02,2024-03\nB,2,2,2\n"
    #expect(StackedPeriods.split(try ImportTable.read(Array(text.utf8), file: "mrr.csv")) == nil)
    #expect(try read(text).mrrRow("B") == [200, 200, 200])
  }

  /// Header rows: three or more months side by side, one month apart, in either direction;
  /// rows of dates that are not consecutive months, or of fewer than three, are no headers.
  @Test func headerRows() {
    #expect(
      StackedPeriods.headerMonths(["Customer", "Jan-25", "Feb-25", "Mar-25", "Total"])
        == [Month(year: 2025, month: 1), Month(year: 2025, month: 2), Month(year: 2025, month: 3)])
    #expect(
      StackedPeriods.headerMonths(["Customer", "2025-03", "2025-02", "2025-01"])?.count == 3)
    #expect(StackedPeriods.headerMonths(["Acme", "2025-01-15", "2026-01-14", "1200"]) == nil)
    #expect(StackedPeriods.headerMonths(["Acme", "Jan-25", "Mar-25", "May-25"]) == nil)
    // Two months make a header only among text cells (a block of a year's first two months).
    #expect(StackedPeriods.headerMonths(["Customer", "Jan-25", "Feb-25", "Total"])?.count == 2)
    #expect(StackedPeriods.headerMonths(["Acme", "Jan-25", "Feb-25", "1200"]) == nil)
    #expect(StackedPeriods.headerMonths(["Customer", "Jan-25", "Total"]) == nil)
  }

  /// The first header of months must be among the first ``CubeLayout/headerSearchRows`` rows:
  /// the same blocks below that many lines of notes are let go unread (a ledger's rows are never
  /// all asked), and within them they are split.
  @Test(arguments: [
    (0, true), (CubeLayout.headerSearchRows - 2, true), (CubeLayout.headerSearchRows, false),
  ])
  func theFirstHeaderIsLookedForInTheFirstRows(notes: Int, isSplit: Bool) throws {
    let text = String(repeating: "note\n", count: notes) + Self.twoYears
    let table = try ImportTable.read(Array(text.utf8), file: "mrr.csv")
    #expect((StackedPeriods.split(table) != nil) == isSplit)
  }

  /// A block headed as a plan or an outlook is no period that happened, and blocks headed by
  /// two measures are two tables: no split (review 54, R54-3, R54-17). The same headings naming
  /// one measure, or years alone, split.
  @Test(arguments: [
    ("2026 Actuals", "Outlook (rest of year)", false), ("FY2025", "2026 Plan - H2", false),
    ("Actuals", "Forecast", false), ("MRR", "ARR", false), ("MRR 2025", "MRR 2026", true),
    ("2025", "2026", true), ("MRR by customer", "2026", true),
    // Review 55, R55-4: forecast headings in other languages, and a schedule signed, not live.
    ("Ist 2026 (Jan-Jun)", "Hochrechnung Jul-Dez 2026", false),
    ("Réel S1 2026", "Prévisionnel S2 2026", false), ("Real S1 2026", "Presupuesto S2 2026", false),
    ("Actuals H1 2026", "Contracted (signed) H2 2026", false), ("Ist 2025", "Ist 2026", true),
    // Review 55, R55-5: one measure named two ways, actuals beside a plan word, a breakdown's
    // `plan` (the product plan) in a heading.
    ("FY2025 H2 - recurring revenue (MRR)", "FY2026 H1 - MRR", true),
    ("FY2025 H2 actuals", "FY2026 H1 actuals (ahead of plan)", true),
    ("MRR by customer and plan", "2026", true), ("MRR per plan 2025", "MRR per plan 2026", true),
  ])
  func headingsDecideTheSplit(first: String, second: String, isSplit: Bool) throws {
    let blocks = Self.twoYears.split(separator: "\n\n").map(String.init)
    let text =
      blocks[0].replacing("FY2025", with: first) + "\n\n"
      + blocks[1].replacing("FY2026", with: second) + "\n"
    let table = try ImportTable.read(Array(text.utf8), file: "mrr.csv")
    #expect((StackedPeriods.split(table) != nil) == isSplit)
  }

  /// A `Plan` column in the blocks' headers (the product plan of each row) says nothing of the
  /// blocks: they split.
  @Test func aPlanColumnIsNoPlanBlock() throws {
    let text = Self.twoYears.replacing("Customer,", with: "Customer,Plan,")
      .replacing("Acme,", with: "Acme,Pro,").replacing("Bolt,", with: "Bolt,Pro,")
      .replacing("Cole,", with: "Cole,Starter,").replacing("Total,", with: "Total,,")
    let table = try ImportTable.read(Array(text.utf8), file: "mrr.csv")
    #expect(StackedPeriods.split(table) != nil)
  }

  /// A workbook sheet of stacked blocks: its parts are named by their sheet rows.
  @Test func aSheetOfStackedBlocks() throws {
    let rows: [[XLSXWriter.Cell]] = [
      ["FY2025"], ["Customer", "2025-01", "2025-02", "2025-03"], ["Acme", 100, 100, 100],
      ["Bolt", 200, 200, 200], ["FY2026"], ["Customer", "2025-04", "2025-05", "2025-06"],
      ["Acme", 100, 100, 100], ["Bolt", 200, 200, 0],
    ]
    let c = try Importer.read([
      Importer.SourceFile(
        name: "room.xlsx", bytes: XLSXWriter.workbook([XLSXWriter.Sheet("MRR", rows: rows)]))
    ])
    #expect(c.mrrRow("Bolt") == [20_000, 20_000, 20_000, 20_000, 20_000, 0])
    #expect(c.log.files.allSatisfy { $0.file.contains("(rows ") })
  }
}
