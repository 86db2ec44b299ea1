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
