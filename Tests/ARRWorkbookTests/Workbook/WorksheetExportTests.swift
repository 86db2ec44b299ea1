import ARRCore
import Testing

@testable import ARRWorkbook

@Suite struct WorksheetExportTests {
  @Test func aSheetBecomesTheRowsOfItsCSVExport() throws {
    let book = try Fixtures.workbook("data-room.xlsx")
    let export = try book.worksheet(try book.sheet(matching: "Revenue")).export()
    #expect(export.records.map(\.row) == [1, 3, 4, 5, 6, 8, 10, 11])
    #expect(export.blankRows == [2, 7, 9])
    #expect(export.records.allSatisfy { $0.cells.count == 6 })
    #expect(export.records[0].cells == ["Customer revenue by month (USD)", "", "", "", "", ""])
    #expect(
      export.records[1].cells == [
        "Customer ID", "Customer", "2024-01-01", "2024-02-01", "2024-03-01", "Total",
      ])
    #expect(export.records[2].cells == ["C-001", "Globex", "1000", "1000", "1250.50", "3250.50"])
    #expect(
      export.records[4].cells == ["C-003", "Umbrella & Co <EU>", "99.99", "", "1.01", "101.00"])
    #expect(export.records[7].cells == ["Renewal confirmed", "", "TRUE", "", "", ""])
  }

  /// A sheet of `rows` customer rows (A: id, B–D: months) each with one more cell in `far`.
  private func sheet(rows: Int, far: Int, farEveryRow: Bool = true) -> Worksheet {
    Worksheet(
      name: "Revenue", index: 1,
      rows: (1...rows).map { r in
        var cells = [
          WorksheetCell(column: 1, value: .text("C\(r)")),
          WorksheetCell(column: 2, value: .number(100)),
          WorksheetCell(column: 4, value: .number(7)),
        ]
        if farEveryRow || r == 2 {
          cells.append(WorksheetCell(column: far, value: .text("note \(r)")))
        }
        return WorksheetRow(number: r, cells: cells)
      }, mergedRanges: [])
  }

  /// A cell typed far right of the table (hostile 56, H56-2: one in column XFD on every row
  /// made each row 16,384 cells, 4.1 GB for a 582 KB workbook) is left out and counted; a
  /// gap of fewer empty columns keeps the cells in the table, as a CSV export keeps them.
  @Test(arguments: [
    (far: 16_384, width: 4, count: 3), (far: 4 + 128 + 1, width: 4, count: 3),
    (far: 4 + 127 + 1, width: 132, count: 0), (far: 6, width: 6, count: 0),
  ])
  func cellsBeyondAGapOfEmptyColumnsAreLeftOutAndCounted(far: Int, width: Int, count: Int) throws {
    let export = try sheet(rows: 3, far: far).export()
    #expect(export.records.allSatisfy { $0.cells.count == width })
    #expect(export.records[1].cells.prefix(4) == ["C2", "100", "", "7"])
    #expect(export.farCells?.count ?? 0 == count)
    if count > 0 {
      #expect(export.farCells?.first == "Revenue!\(CellReference.columnName(far))1")
      #expect(export.farCells?.firstText == "note 1")
      #expect(export.farCells?.lastColumnRead == 4)
    } else {
      #expect(export.records[1].cells[far - 1] == "note 2")
    }
  }

  /// Past ``SheetExport/maximumCells`` (rows × width) the sheet is refused, not read into
  /// memory: 2,100 rows × 16,384 columns is 34 million cells.
  @Test func aSheetOfTooManyCellsIsRefused() throws {
    var wide = sheet(rows: 2_100, far: 16_384, farEveryRow: false)
    // Filled columns every 100 up to XFD on one row: no gap ends the table.
    wide.rows[0].cells = stride(from: 1, through: 16_384, by: 100).map {
      WorksheetCell(column: $0, value: .number(1))
    }
    let error = #expect(throws: ARRQualityError.self) { try wide.export() }
    #expect(error?.message.contains("2100 rows by 16384 columns") == true)
    #expect(try sheet(rows: 2_100, far: 16_384, farEveryRow: false).export().farCells?.count == 1)
  }

  @Test func offCentNumbersAreRoundedAndReported() throws {
    let book = try Fixtures.workbook("data-room.xlsx")
    let export = try book.worksheet(try book.sheet(matching: "Revenue")).export()
    // 1.005 (a half cent, rounded away from zero), the saved SUM 100.99499999999999 and 1/3.
    #expect(export.offCentCount == 4)
    #expect(
      export.offCentCells.map(\.position) == [
        "Revenue!E6", "Revenue!F6", "Revenue!E8", "Revenue!C10",
      ])
    #expect(export.offCentCells.map(\.text) == ["1.01", "101.00", "1551.76", "0.33"])
  }

  @Test func textIsTrimmedAsTheCSVReaderTrimsFields() throws {
    let sheet = Worksheet(
      name: "S", index: 1,
      rows: [
        WorksheetRow(
          number: 2,
          cells: [
            WorksheetCell(column: 2, value: .text("  Acme\t")),
            WorksheetCell(column: 3, value: .text("   ")),
          ]),
        WorksheetRow(number: 3, cells: [WorksheetCell(column: 1, value: .number(1e300))]),
      ], mergedRanges: [])
    let error = #expect(throws: ARRQualityError.self) { try sheet.export() }
    #expect(error?.problems.map(\.file) == ["S!A3"])
    // The number as a spreadsheet shows it, not Swift's `number(1e+300)`.
    #expect(
      error?.problems.map(\.message) == [
        "the number 1e+300 is too large for an amount (expected at most 2^53 cents, about "
          + "90,071,992,547,409.92)"
      ])
    let fine = Worksheet(name: "S", index: 1, rows: Array(sheet.rows.prefix(1)), mergedRanges: [])
    let export = try fine.export()
    #expect(export.blankRows == [1])
    #expect(export.records == [SheetExport.Record(row: 2, cells: ["", "Acme", ""])])
  }
}
