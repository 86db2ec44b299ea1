import ARRCore
import Testing

@testable import ARRWorkbook

@Suite struct CellValueTests {
  static let roundings: [(Double, Int64, Bool)] = [
    (1234.5, 123_450, false), (1.005, 101, true), (-1.005, -101, true), (2.675, 268, true),
    (0.125, 13, true), (-0.125, -13, true), (99.98999999999999, 9999, false),
    (0.1 + 0.2, 30, false), (1.0 / 3, 33, true), (12.3400005, 1234, false),
    (12.340002, 1234, true), (-0.004, 0, true),
  ]

  @Test(
    "numbers round to the cent, half away from zero, as the spreadsheet shows them",
    arguments: roundings)
  func roundsToTheCent(value: Double, cents: Int64, isOffCent: Bool) throws {
    let amount = try #require(CentAmount(value))
    #expect(amount.cents == cents)
    #expect(amount.isOffCent == isOffCent)
  }

  @Test func tooLargeOrNotFiniteIsNoAmount() {
    #expect(CentAmount(1e15) == nil)
    #expect(CentAmount(.nan) == nil)
    #expect(CentAmount(.infinity) == nil)
    #expect(CentAmount(90_071_992_547_409) != nil)
  }

  @Test func exportTextIsWhatACSVExportHolds() {
    #expect(CellValue.number(1001).exportText().text == "1001")
    #expect(CellValue.number(-3).exportText().text == "-3")
    #expect(CellValue.number(1250.5).exportText().text == "1250.50")
    #expect(CellValue.number(-0.05).exportText().text == "-0.05")
    #expect(CellValue.number(0.5).exportText().text == "0.50")
    #expect(CellValue.number(0).exportText().text == "0")
    #expect(CellValue.number(-1234.567).exportText().text == "-1234.57")
    #expect(CellValue.number(1.005).exportText().amount?.isOffCent == true)
    #expect(CellValue.number(1e300).exportText().text == nil)
    #expect(
      CellValue.date(CivilDate(year: 2024, month: 1, day: 31)!).exportText().text == "2024-01-31")
    #expect(CellValue.boolean(false).exportText().text == "FALSE")
    #expect(CellValue.error("#REF!").exportText().text == "#REF!")
    #expect(CellValue.text("Jan-24").exportText().text == "Jan-24")
  }

  static let serials: [(DateSystem, Double, String)] = [
    (.from1900, 1.0, "1900-01-01"), (.from1900, 59, "1900-02-28"),
    (.from1900, 61, "1900-03-01"), (.from1900, 45292, "2024-01-01"),
    // A time before midnight keeps its day, as Excel shows it (review 13, F30: a period's end
    // at 23:59:59.999, 45292.99999999, became the next month's first day); only a binary
    // fraction's noise, within half a millisecond, is midnight.
    (.from1900, 45292.99999, "2024-01-01"), (.from1900, 45292.999999, "2024-01-01"),
    (.from1900, 45292.99999999, "2024-01-01"), (.from1900, 45292.9999999999, "2024-01-02"),
    (.from1900, 45322.99999999, "2024-01-31"),
    (.from1900, 2_958_465, "9999-12-31"), (.from1904, 0, "1904-01-01"),
    (.from1904, 43830, "2024-01-01"),
  ]

  @Test(
    "the 1900 system counts the phantom 1900-02-29; the 1904 system starts at 0",
    arguments: serials)
  func datesFromSerials(system: DateSystem, serial: Double, expected: String) {
    #expect(system.date(serial: serial)?.description == expected)
  }

  @Test func serialsThatAreNoDate() {
    #expect(DateSystem.from1900.date(serial: 60) == nil)  // 1900-02-29 never existed
    #expect(DateSystem.from1900.date(serial: 0) == nil)
    #expect(DateSystem.from1900.date(serial: -1) == nil)
    #expect(DateSystem.from1900.date(serial: 2_958_466) == nil)
    #expect(DateSystem.from1904.date(serial: .nan) == nil)
  }

  static let formats: [(String, Bool)] = [
    ("yyyy-mm-dd", true), ("mmm-yy", true), ("mmmm", true), ("d/m/yy h:mm", true),
    ("[$-409]mmm\\-yy;@", true), ("dd\"th\" mmmm", true), ("General", false), ("0.00", false),
    ("#,##0", false), ("0.0E+00", false), ("h:mm", false), ("[h]:mm:ss", false),
    ("mm:ss", false), ("\"day\" 0", false), ("[Red]#,##0;[Blue](#,##0)", false),
    ("0\\d", false), ("#,##0_);(#,##0)", false),
  ]

  @Test("date formats are told from number formats", arguments: formats)
  func dateFormats(code: String, isDate: Bool) {
    #expect(NumberFormat.isDate(formatCode: code) == isDate)
  }

  @Test func builtInDateFormats() {
    #expect([14, 15, 16, 17, 22, 30].allSatisfy(NumberFormat.builtInDateIDs.contains))
    #expect(
      ![0, 1, 2, 4, 9, 18, 20, 21, 45, 46, 49].contains(where: NumberFormat.builtInDateIDs.contains)
    )
  }

  static let references: [(String, Int, Int)] = [
    ("A1", 1, 1), ("C14", 14, 3), ("Z9", 9, 26), ("AA10", 10, 27),
    ("XFD1048576", 1_048_576, 16_384),
    ("$B$2", 2, 2),
  ]

  @Test("cell references", arguments: references)
  func cellReferences(text: String, row: Int, column: Int) throws {
    let ref = try #require(CellReference(text))
    #expect(ref.row == row && ref.column == column)
    #expect(ref.description == text.replacing("$", with: ""))
  }

  @Test func invalidReferencesAndQuotedSheetNames() {
    #expect(
      ["", "A", "1", "A0", "XFE1", "A1048577", "1A", "A-1"].allSatisfy { CellReference($0) == nil })
    let c14 = CellReference(row: 14, column: 3)
    #expect(c14.named(inSheet: "Revenue") == "Revenue!C14")
    #expect(c14.named(inSheet: "Customer list") == "'Customer list'!C14")
    #expect(c14.named(inSheet: "Bob's") == "'Bob''s'!C14")
    #expect(c14.named(inSheet: "2024") == "'2024'!C14")
  }
}
