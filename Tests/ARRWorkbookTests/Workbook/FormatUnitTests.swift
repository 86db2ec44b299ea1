import ARRTestSupport
import Testing

@testable import ARRWorkbook

/// A number format's literal naming a unit (trial 41, T41-3): `$#,##0.0"K"` over 12.5 shows
/// $12.5K, the cell stores thousands; `$#,##0.0,"K"` over 12,500 shows the same, the cell
/// stores whole units (its comma scales for display).
@Suite struct FormatUnitTests {
  @Test(arguments: [
    // (code, the power of 1,000 the cell stores, scaling commas)
    ("$#,##0.0\"K\"", 1, 0), ("#,##0\\K", 1, 0), ("0.0\" k\"", 1, 0),
    ("[$€-407]#,##0.0\"k\"", 1, 0), ("#,##0\" 000s\"", 1, 0), ("0.0\" kUSD\"", 1, 0),
    ("$#,##0.0,\"K\"", 0, 1), ("#,##0,\"K\";(#,##0,\"K\")", 0, 1), ("0.0,,\"M\"", 0, 2),
    ("0.0,\"M\"", 1, 1), ("$0.0\"M\"", 2, 0), ("0.00\\M\\M", 2, 0), ("#,##0\" mn\"", 2, 0),
  ])
  func aLiteralUnitIsRead(code: String, storedPower: Int, commas: Int) throws {
    let unit = try #require(NumberFormat.unit(formatCode: code))
    #expect(unit.storedPower == storedPower)
    #expect(unit.scalingCommas == commas)
    #expect(unit.formatCode == code)
  }

  /// Thousands separators, other words, dates and percents name no unit.
  @Test(arguments: [
    "#,##0.00", "$#,##0.0", "\"Total\" 0", "0\" users\"", "0.0\" months\"", "mmm-yy",
    "0.0%\"K\"", "General", "\"K\"", "#,##0,", "[$-409]#,##0.00",
  ])
  func noUnitIsNamed(code: String) {
    #expect(NumberFormat.unit(formatCode: code) == nil)
  }

  /// The first number cell of each column shown through such a format, and how many there
  /// are; text cells under the format are not counted.
  @Test func aSheetListsItsUnitFormattedColumns() throws {
    let bytes = XLSXWriter.workbook(
      [
        XLSXWriter.Sheet(
          "MRR",
          rows: [
            ["Customer", "Jan-25", "Feb-25"],
            ["Acme", .number(12.5, style: 1), .number(12.5, style: 2)],
            ["Bolt", .number(9.6, style: 1), .number(9.6, style: 2)],
            [.text("Cato"), .number(3.2, style: 1), "n/a"],
          ])
      ],
      formats: [(164, "$#,##0.0\"K\""), (165, "$#,##0.0,\"K\"")], styles: [0, 164, 165])
    let book = try Workbook(bytes: bytes, fileName: "pack.xlsx")
    let sheet = try book.worksheet(book.sheets[0])
    #expect(
      sheet.unitFormattedColumns == [
        UnitFormattedColumn(
          column: 2, firstRow: 2,
          unit: FormatUnit(formatCode: "$#,##0.0\"K\"", shownPower: 1, scalingCommas: 0),
          count: 3),
        UnitFormattedColumn(
          column: 3, firstRow: 2,
          unit: FormatUnit(formatCode: "$#,##0.0,\"K\"", shownPower: 1, scalingCommas: 1),
          count: 2),
      ])
    #expect(try sheet.export().unitFormattedColumns == sheet.unitFormattedColumns)
  }
}
