import ARRCore
import ARRTestSupport
import Testing

@testable import ARRWorkbook

/// A cell or row the sheet's XML writes twice is a damaged part: refused, never a silent pick of
/// the later value (trial 25, T25-21: `M2` written as 1,000 then 999,999 made a $72K company
/// read $12.1M).
@Suite struct WrittenTwiceTests {
  static func error(_ sheetData: String) -> ARRQualityError? {
    Fixtures.error(
      opening: XLSXWriter.workbook([XLSXWriter.Sheet("MRR", rows: [], sheetData: sheetData)]))
  }

  @Test func aCellWrittenTwiceInItsRowIsNamedWithBothValues() throws {
    let error = try #require(
      Self.error(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Customer</t></is></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>5</v></c><c r=\"B2\"><v>1000</v></c>"
          + "<c r=\"B2\"><v>999999</v></c></row>"))
    #expect(error.kind == .invalidData)
    #expect(error.message == "book.xlsx: 1 cell of sheet \"MRR\" cannot be read")
    let problem = try #require(error.problems.first)
    #expect(problem.file == "MRR!B2")
    #expect(problem.message.hasPrefix("written twice in the sheet's XML (\"1000\" and \"999999\")"))
  }

  @Test func aRowWrittenTwiceIsADamagedSheet() throws {
    let error = try #require(
      Self.error(
        "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"))
    #expect(error.message.hasPrefix("book.xlsx: sheet \"MRR\" is damaged"))
    let problem = try #require(error.problems.first)
    #expect(problem.file == "MRR!2:2")
    #expect(problem.message.hasPrefix("row 2 is written twice in the sheet's XML"))
  }

  /// Cells out of column order but each written once are read, in column order: the reading
  /// is not in doubt.
  @Test func cellsOutOfOrderButOnceAreRead() throws {
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet(
        "MRR", rows: [],
        sheetData: "<row r=\"1\"><c r=\"B1\"><v>2</v></c><c r=\"A1\"><v>1</v></c></row>")
    ])
    let book = try Workbook(bytes: bytes, fileName: "book.xlsx")
    let sheet = try book.worksheet(try #require(book.sheets.first))
    #expect(sheet.rows.first?.cells.map(\.column) == [1, 2])
    #expect(sheet.rows.first?.cells.map(\.value) == [.number(1), .number(2)])
  }
}
