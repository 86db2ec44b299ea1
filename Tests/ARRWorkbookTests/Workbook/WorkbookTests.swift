import ARRCore
import ARRTestSupport
import Testing

@testable import ARRWorkbook

/// Workbooks written by a spreadsheet library (openpyxl) and by hand, read end to end.
@Suite struct WorkbookTests {
  func date(_ y: Int, _ m: Int, _ d: Int) -> CellValue {
    .date(CivilDate(year: y, month: m, day: d)!)
  }

  @Test func listsSheetsInTabOrder() throws {
    let book = try Fixtures.workbook("data-room.xlsx")
    #expect(book.sheets.map(\.name) == ["Cover", "Revenue", "Customer list", "Scratch"])
    #expect(book.sheets.map(\.isHidden) == [false, false, false, true])
    #expect(book.dateSystem == .from1900)
    #expect(!book.hasMacros)
    #expect(try book.sheet(matching: "revenue").index == 2)
    #expect(try book.sheet(matching: "3").name == "Customer list")
    #expect(throws: ARRQualityError.self) { try book.sheet(matching: "Ledger") }
    #expect(throws: ARRQualityError.self) { try book.sheet(matching: "5") }
  }

  @Test func readsACubeWithMergedTitleDatesAndSavedFormulas() throws {
    let book = try Fixtures.workbook("data-room.xlsx")
    let sheet = try book.worksheet(try book.sheet(matching: "Revenue"))
    func at(_ ref: String) -> CellValue? { sheet.value(at: CellReference(ref)!) }
    #expect(at("A1") == .text("Customer revenue by month (USD)"))
    #expect(
      sheet.mergedRanges == [CellRange(first: CellReference("A1")!, last: CellReference("F1")!)])
    #expect(at("B1") == nil)  // inside the merged title: empty
    #expect(sheet.rows.map(\.number) == [1, 3, 4, 5, 6, 8, 10, 11])
    #expect(
      [at("C3"), at("D3"), at("E3")] == [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)])
    #expect(at("E4") == .number(1250.5))
    #expect(at("F4") == .number(3250.5))  // =SUM(C4:E4), its saved value
    #expect(at("D8") == .number(1300.25))
    #expect(at("B6") == .text("Umbrella & Co <EU>"))
    #expect(at("D6") == nil)
    #expect(at("C11") == .boolean(true))
  }

  @Test func readsDatesWithTheirTimeDropped() throws {
    let book = try Fixtures.workbook("data-room.xlsx")
    let list = try book.worksheet(try book.sheet(matching: "Customer list"))
    #expect(list.value(at: CellReference("D2")!) == date(2021, 3, 31))
    #expect(list.value(at: CellReference("D3")!) == date(2022, 2, 28))  // 18:30 dropped
    let cover = try book.worksheet(book.sheets[0])
    #expect(cover.value(at: CellReference("B3")!) == date(2024, 7, 15))
  }

  @Test func readsThe1904DateSystem() throws {
    let book = try Fixtures.workbook("dates-1904.xlsx")
    #expect(book.dateSystem == .from1904)
    let sheet = try book.worksheet(book.sheets[0])
    #expect(sheet.value(at: CellReference("A1")!) == date(2024, 1, 31))
    #expect(sheet.value(at: CellReference("A2")!) == date(1904, 1, 1))
  }

  @Test func readsWhatSpreadsheetProgramsWriteAndLibrariesDoNot() throws {
    let book = try Fixtures.workbook("hand-written.xlsx")
    #expect(book.sheets.map(\.name) == ["Odd & Ends"])
    let sheet = try book.worksheet(book.sheets[0])
    func at(_ ref: String) -> CellValue? { sheet.value(at: CellReference(ref)!) }
    #expect(at("B2") == .text("plain"))
    #expect(at("C2") == .text("rich text"))  // runs joined, phonetic guide left out
    #expect(at("D2") == .text("line\r\nbreak <&> é中"))  // _x000D_, entities, references
    // Row 3 has no `r`: it follows row 2; its first cells have no `r` either.
    #expect(at("A3") == .text("inline \"q\""))
    #expect(at("B3") == .text("formula text"))
    #expect(at("C3") == .boolean(true))
    #expect(at("D3") == .error("#DIV/0!"))
    #expect(at("E3") == date(2024, 2, 29))
    // Style 1 uses id 14 (a built-in date) redefined as General: a number.
    #expect(at("F3") == .number(45322))
    #expect(at("G3") == date(2024, 1, 31))  // [$-409]mmm\-yy, 18:00 dropped
    #expect(at("H3") == date(1900, 3, 1))  // serial 61, after the phantom 1900-02-29
    #expect(at("I3") == date(1900, 2, 28))  // serial 59
    #expect(at("J3") == .number(12.5))  // CDATA
    #expect(at("Z3") == .number(-1500))
    #expect(at("AA3") == nil)  // styled but empty
    #expect(sheet.mergedRanges.count == 1)
  }

  @Test func macroEnabledWorkbooksAreReadAsData() throws {
    let book = try Fixtures.workbook("macro.xlsm")
    #expect(book.hasMacros)
    #expect(try book.worksheet(book.sheets[0]).value(at: CellReference("A1")!) == .number(7))
  }

  @Test func formulasWithoutSavedValuesSayToSaveTheWorkbook() throws {
    let book = try Fixtures.workbook("formulas-unsaved.xlsx")
    let error = try #require(throws: ARRQualityError.self) {
      try book.worksheet(try book.sheet(matching: "Revenue"))
    }
    #expect(error.kind == .invalidData)
    #expect(
      error.problems.map(\.file) == [
        "Revenue!F4", "Revenue!F5", "Revenue!F6", "Revenue!C8", "Revenue!D8", "Revenue!E8",
      ])
    #expect(error.problems[0].description.hasPrefix("Revenue!F4: the formula has no saved value"))
    #expect(
      error.problems[0].message.contains("open the workbook in a spreadsheet program, save it"))
  }

  @Test func badCellsAreNamedBySheetAndCell() throws {
    let error = try #require(Fixtures.error(opening: try Fixtures.bytes("bad-cells.xlsx")))
    #expect(error.kind == .invalidData)
    #expect(
      error.problems.map(\.description) == [
        "Revenue!C14: refers to a shared string that does not exist",
        "Revenue!D14: \"twelve\" is not a number",
      ])
  }

  /// A cell's value is shown bounded, as every message shows a value (hostile 56, H56-25: a
  /// `<v>` of 10 million characters made a 10 MB error line).
  @Test func aLongBadValueIsShownBounded() throws {
    let long = String(repeating: "9", count: 100_000) + "x"
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet(
        "Revenue", rows: [], sheetData: "<row r=\"1\"><c r=\"A1\"><v>\(long)</v></c></row>")
    ])
    let error = try #require(Fixtures.error(opening: bytes))
    #expect(error.problems.map(\.file) == ["Revenue!A1"])
    #expect(error.problems[0].message.count < 100)
    #expect(error.problems[0].message.hasSuffix("9x\" is not a number"))
  }

  @Test func malformedSheetXMLNamesTheCell() throws {
    let error = try #require(Fixtures.error(opening: try Fixtures.bytes("bad-xml.xlsx")))
    #expect(error.kind == .invalidData)
    #expect(error.problems.first?.file == "Revenue!C14")
    #expect(error.description.contains("not well-formed"))
  }

  static let hostile: [(String, String)] = [
    ("bomb.xlsx", "sheet \"Revenue\" is refused as a possible zip bomb"),
    ("traversal.xlsx", "a path that points outside the archive"),
    ("traversal-relationship.xlsx", "a path outside the archive"),
    (
      "legacy.xls",
      "legacy Excel 97–2003 workbook (.xls): open it in a spreadsheet program and save it as Excel Workbook (.xlsx)"
    ),
    ("encrypted.xlsx", "password-protected (encrypted) workbook: open it, remove the password"),
  ]

  @Test(
    "hostile and foreign files get a message that says what they are and what to do",
    arguments: hostile)
  func hostileFiles(name: String, expected: String) throws {
    let error = try #require(Fixtures.error(opening: try Fixtures.bytes(name), named: name))
    #expect(error.kind == .invalidData)
    #expect(error.description.contains(expected), "\(error.description)")
    #expect(error.description.hasPrefix(name))
  }

  @Test func aFileThatIsNotAZipSaysSo() {
    let error = Fixtures.error(opening: Array("a,b\n1,2\n".utf8), named: "cube.xlsx")
    #expect(error?.kind == .invalidData)
    #expect(error?.message.hasPrefix("cube.xlsx is not an Excel workbook (.xlsx)") == true)
  }
}
