import ARRCore
import ARRFileSystem
import ARRTestSupport
import Testing

@testable import ARRInput

/// Importing `.xlsx` workbooks (issue #16, items 1 and 3): which sheets are read, how cells are
/// named in errors, and what is refused.
@Suite struct WorkbookSourceTests {
  static let root = Repository.root
  /// The workbook reader's fixtures (`Scripts/make-workbook-fixtures.py`).
  static let fixtures = root + "/Tests/ARRWorkbookTests/Fixtures/"
  static let sample = root + "/Scenarios/workbook/data-room.xlsx"

  static func file(_ path: String, named name: String? = nil) throws -> Importer.SourceFile {
    Importer.SourceFile(
      name: name ?? String(path.split(separator: "/").last!), bytes: try InputFile.read(path))
  }

  /// The library error `body` throws, if any (any other error is recorded as a failure).
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

  @Test func theFirstSheetThatReadsAsACubeIsReadAndAListSheetJoins() throws {
    let imported = try Importer.read([try Self.file(Self.sample)])
    #expect(
      imported.log.files.map(\.file) == [
        "data-room.xlsx, sheet MRR by customer", "data-room.xlsx, sheet Customers",
      ])
    #expect(imported.log.files[1].valuesReason == "customer list (facts only)")
    #expect(
      imported.log.notes.contains(
        "Sheets not used: data-room.xlsx, sheet Cover (not a cube, ledger, Stripe export or customer list)."
      ))
    // The customer sheet's facts joined the cube's accounts.
    #expect(imported.accounts.allSatisfy { $0.segment != nil })
  }

  @Test(arguments: ["MRR by customer", "mrr BY customer", "2"])
  func sheetNamesTheRevenueSheetByNameOrIndex(selector: String) throws {
    let chosen = try Importer.read(
      [try Self.file(Self.sample)], options: ImportOptions(sheet: selector))
    let auto = try Importer.read([try Self.file(Self.sample)])
    #expect(chosen == auto)
  }

  @Test func aChosenSheetOfNoShapeIsAnError() throws {
    let error = try #require(
      Self.error {
        _ = try Importer.read([try Self.file(Self.sample)], options: ImportOptions(sheet: "Cover"))
      })
    #expect(error.kind == .invalidData)
    #expect(error.message.hasPrefix("data-room.xlsx, sheet Cover: shape not recognised"))
  }

  @Test func anUnknownSheetListsTheSheets() throws {
    let error = try #require(
      Self.error {
        _ = try Importer.read(
          [try Self.file(Self.sample)], options: ImportOptions(sheet: "Revenue"))
      })
    #expect(error.kind == .invalidArgument)
    #expect(error.message.contains("1 \"Cover\", 2 \"MRR by customer\", 3 \"Customers\""))
  }

  @Test func sheetWithoutAWorkbookIsAUsageError() throws {
    let csv = Importer.SourceFile(
      name: "cube.csv", bytes: Array("id,2024-01,2024-02,2024-03\nA,1,2,3\n".utf8))
    let error = try #require(
      Self.error { _ = try Importer.read([csv], options: ImportOptions(sheet: "1")) })
    #expect(error.kind == .invalidArgument)
    #expect(error.message.contains("no workbook"))
  }

  @Test func aBadCellIsNamedBySheetAndCell() throws {
    // The fixture's Revenue sheet has a "Renewal confirmed" row holding TRUE under a month.
    let error = try #require(
      Self.error { _ = try Importer.read([try Self.file(Self.fixtures + "data-room.xlsx")]) })
    #expect(error.kind == .invalidData)
    #expect(
      error.problems.map(\.description).contains { $0.hasPrefix("data-room.xlsx: Revenue!C11: ") })
  }

  @Test func hiddenAndOffCentCellsAreSaid() throws {
    let offer = try WorkbookSource.offer(
      try Self.file(Self.fixtures + "data-room.xlsx"), options: ImportOptions())
    #expect(offer.sheets.map(\.table.sheet?.sheet) == ["Cover", "Revenue", "Customer list"])
    #expect(offer.sheets.allSatisfy { !$0.isChosen })
    #expect(offer.notes.contains { $0.contains("\"Scratch\" is hidden") })
    // 1.005 (E6), its row total (F6), a column total (E8) and 1/3 (C10) are not whole cents:
    // rounded, counted, named.
    // A note, not a finding (review 37, R37-18).
    #expect(offer.findings.isEmpty)
    let rounded = try #require(offer.notes.first { $0.contains("not a whole number of cents") })
    #expect(rounded.contains("4 numbers are not a whole number of cents"))
    #expect(rounded.contains("Revenue!E6"))
    // A hidden sheet is read when --sheet names it.
    let chosen = try WorkbookSource.offer(
      try Self.file(Self.fixtures + "data-room.xlsx"), options: ImportOptions(sheet: "Scratch"))
    #expect(chosen.sheets.first?.table.sheet?.sheet == "Scratch")
    #expect(chosen.sheets.first?.isChosen == true)
  }

  @Test func aWorkbookIsKnownByItsBytesNotItsName() throws {
    let zipped = try Self.file(Self.sample, named: "export.csv")
    #expect(WorkbookSource.isWorkbook(zipped))
    let text = Importer.SourceFile(name: "cube.xlsx", bytes: Array("id,2024-01\n".utf8))
    #expect(WorkbookSource.isWorkbook(text))
    let error = try #require(Self.error { _ = try Importer.read([text]) })
    #expect(error.kind == .invalidData)
    #expect(
      !WorkbookSource.isWorkbook(Importer.SourceFile(name: "cube.csv", bytes: Array("id\n".utf8))))
  }

  @Test(arguments: [
    ("legacy.xls", "legacy Excel"), ("encrypted.xlsx", "password"), ("bomb.xlsx", "zip bomb"),
    ("traversal.xlsx", "outside"), ("formulas-unsaved.xlsx", "no saved value"),
  ])
  func hostileAndUnreadableWorkbooksAreDataErrors(name: String, expected: String) throws {
    let error = try #require(
      Self.error { _ = try Importer.read([try Self.file(Self.fixtures + name)]) })
    #expect(error.kind == .invalidData)
    #expect(error.description.contains(expected), "\(error.description)")
  }

  @Test func positionsReadAsASpreadsheetWritesThem() {
    var table = ImportTable(file: "book.xlsx, sheet Customer list", records: [])
    #expect(
      ImportTable(file: "cube.csv", records: []).position(line: 14, column: 3) == "cube.csv:14:3")
    table.sheet = ImportTable.SheetOrigin(workbook: "book.xlsx", sheet: "Customer list")
    #expect(table.position(line: 14, column: 3) == "book.xlsx: 'Customer list'!C14")
    #expect(table.position(line: 14, column: nil) == "book.xlsx: 'Customer list'!14:14")
    let located = table.locating(
      .data(
        "1 problem",
        problems: [InputProblem(file: table.file, line: 14, column: 28, message: "bad")]))
    #expect(located.problems.map(\.description) == ["book.xlsx: 'Customer list'!AB14: bad"])
  }
}
