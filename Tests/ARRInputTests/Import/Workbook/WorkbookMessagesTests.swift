import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Messages about a workbook's sheets (review 13, F17 and F7).
@Suite struct WorkbookMessagesTests {
  static let header: [XLSXWriter.Cell] = ["Customer", "Jan-24", "Feb-24", "Mar-24"]

  static func file(_ sheets: [XLSXWriter.Sheet]) -> Importer.SourceFile {
    Importer.SourceFile(name: "book.xlsx", bytes: XLSXWriter.workbook(sheets))
  }

  static func error(_ body: () throws -> Void) -> ARRQualityError? {
    do {
      try body()
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      Issue.record("not a library error: \(error)")
      return nil
    }
  }

  /// F17: a summary tab's `=SUM(Revenue!B2:B3)` without a saved value refused the workbook,
  /// though its revenue tab is fine. Now the summary is left out with a finding; the revenue
  /// tab reads as it would alone: 100 + 200 = 300 in March. (Labelled `ARR`: a row labelled
  /// `Total` is a totals row, whose formula is only a note: H35-10 below.)
  @Test func anUnreadableUnusedSheetIsLeftOutWithAFinding() throws {
    let c = try Importer.read([
      Self.file([
        XLSXWriter.Sheet("Summary", rows: [["ARR", .unsavedFormula("SUM(Revenue!B2:B3)")]]),
        XLSXWriter.Sheet(
          "Revenue", rows: [Self.header, ["Acme", 100, 100, 100], ["Beta", 200, 200, 200]]),
      ])
    ])
    #expect(c.accounts.map(\.id) == ["Acme", "Beta"])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 30_000)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("book.xlsx, sheet Summary cannot be read")
          && $0.contains("Summary!B1: the formula has no saved value")
      }, "\(c.log.findings)")
    #expect(c.log.notes.contains { $0.contains("book.xlsx, sheet Summary (cannot be read)") })
  }

  /// Session 35, H35-10: a totals row's `=SUM(…)` without a saved value (as openpyxl or pandas
  /// write it) refused the workbook, `--lenient` too. Now the row is excluded and not checked,
  /// with a note; a summary tab's `Total` row too. March by hand 100 + 200 = 300.
  @Test func aTotalsRowsUnsavedFormulasAreANote() throws {
    let c = try Importer.read([
      Self.file([
        XLSXWriter.Sheet("Summary", rows: [["Total ARR", .unsavedFormula("SUM(Revenue!D5)")]]),
        XLSXWriter.Sheet(
          "Revenue",
          rows: [
            Self.header, ["Acme", 100, 100, 100], ["Beta", 200, 200, 200],
            [
              "Total", .unsavedFormula("SUM(B2:B3)"), .unsavedFormula("SUM(C2:C3)"),
              .unsavedFormula("SUM(D2:D3)"),
            ],
          ]),
      ])
    ])
    #expect(c.accounts.map(\.id) == ["Acme", "Beta"])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 30_000)
    #expect(
      c.log.notes.contains(
        "book.xlsx: the totals row of sheet \"Revenue\" (row 4) holds 3 formulas without a "
          + "saved value (first Revenue!B4): excluded and not checked (a spreadsheet program "
          + "saves their values when it saves the file)"), "\(c.log.notes)")
    #expect(c.log.notes.contains { $0.hasPrefix("book.xlsx: the totals row of sheet \"Summary\"") })
    #expect(c.log.findings.allSatisfy { !$0.contains("totals row") }, "\(c.log.findings)")
  }

  /// Formulas without a saved value on rows that are read stay the error; with nothing read,
  /// the sheet with the most such cells (the revenue tab) is named first, then the others.
  @Test func unsavedFormulasOnReadRowsNameTheRevenueTabFirst() throws {
    let error = try #require(
      Self.error {
        _ = try Importer.read([
          Self.file([
            XLSXWriter.Sheet("Summary", rows: [["ARR", .unsavedFormula("SUM(Revenue!D2:D3)")]]),
            XLSXWriter.Sheet(
              "Revenue",
              rows: [
                Self.header, ["Acme", .unsavedFormula("100"), .unsavedFormula("100"), 100],
                ["Beta", 200, 200, 200],
              ]),
          ])
        ])
      })
    #expect(
      error.message
        == "book.xlsx: 2 cells of sheet \"Revenue\" cannot be read; book.xlsx: 1 cell of sheet "
        + "\"Summary\" cannot be read")
    #expect(
      error.problems.map(\.file) == ["Revenue!B2", "Revenue!C2", "Summary!B1"])
  }

  /// With no other sheet reading as revenue, the unreadable sheet's error stands (it may be
  /// the revenue sheet).
  @Test func anUnreadableSheetBesideNoRevenueIsStillAnError() throws {
    let error = try #require(
      Self.error {
        _ = try Importer.read([
          Self.file([
            XLSXWriter.Sheet("Notes", rows: [["Prepared for the data room"]]),
            XLSXWriter.Sheet(
              "Revenue",
              rows: [Self.header, ["Acme", .unsavedFormula("1+1"), 100, 100]]),
          ])
        ])
      })
    #expect(error.kind == .invalidData)
    #expect(error.description.contains("Revenue!B2: the formula has no saved value"))
  }

  /// F7: a blank customer cell inside a merge the reader does not fill (here one spanning the
  /// customer and product columns, A2:B3) names the merge and what to do. A customer merged
  /// down its own column alone is read (session 42, T41-19: `MergedCustomerCellsTests`).
  @Test func aCellInsideAVerticalMergeIsNamedWithItsMerge() throws {
    let error = try #require(
      Self.error {
        _ = try Importer.read([
          Self.file([
            XLSXWriter.Sheet(
              "Revenue",
              rows: [
                ["Customer", "Product", "Jan-24", "Feb-24", "Mar-24"],
                ["Acme", "Core", 100, 100, 100], ["", "", 20, 20, 20],
                ["Beta", "Core", 200, 200, 200], ["", "", 50, 50, 50],
              ], merges: ["A2:B3", "A4:B5"])
          ])
        ])
      })
    #expect(
      error.problems.map(\.description).contains {
        $0.hasPrefix("book.xlsx: Revenue!A3: no customer id or name")
          && $0.contains(
            "(A3 is inside the merged range A2:B3, whose value \"Acme\" is in A2 only: unmerge "
              + "the cells and fill the value down)")
      }, "\(error.problems)")
  }

  /// F27: a monthly table whose month cells are day numbers (General format) was told to rename
  /// a start column; the hint now names the day numbers (45292 is 2024-01-01).
  @Test func aMonthlyTableOfDayNumbersIsToldSo() throws {
    let error = try #require(
      Self.error {
        _ = try Importer.read([
          Self.file([
            XLSXWriter.Sheet(
              "MRR",
              rows: [
                ["customer_id", "month", "mrr"], ["A", 45292, 100], ["A", 45323, 100],
                ["B", 45292, 200], ["B", 45323, 200],
              ])
          ])
        ])
      })
    #expect(
      error.message.contains(
        "line 1 is a monthly table's header (a customer, a month column \"month\" and an "
          + "amount), but its month cells are numbers such as \"45292\", spreadsheet day numbers "
          + "(45292 is 2024-01-01)"), "\(error.message)")
    #expect(!error.message.contains("rename that column"))
  }

  /// F29: years merged over month names (a two-row header) was refused with no hint; since
  /// session 29 (trial 28, T28-20) the two rows read as one header of months, calendar years:
  /// Acme 100 a month, 2024-01 to 2025-12 (``MonthGroupRow``).
  @Test func aTwoRowHeaderOfYearsOverMonthNamesIsRead() throws {
    let months: [XLSXWriter.Cell] = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let c = try Importer.read([
      Self.file([
        XLSXWriter.Sheet(
          "Revenue",
          rows: [
            ["", 2024, "", "", "", "", "", "", "", "", "", "", "", 2025],
            ["Customer"] + months + months,
            ["Acme"] + [XLSXWriter.Cell](repeating: 100, count: 24),
          ], merges: ["B1:M1", "N1:Y1"])
      ])
    ])
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 12))
    #expect(c.mrrRow("Acme") == [Int64](repeating: 10_000, count: 24))
    #expect(c.log.notes.contains { $0.contains("read as calendar years") }, "\(c.log.notes)")
  }
}
