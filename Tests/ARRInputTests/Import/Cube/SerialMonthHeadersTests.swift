import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-15: a cube whose month headers are spreadsheet day numbers (`45962` …) and whose
/// amounts group thousands with a space (`3 200.00`) was refused.
@Suite struct SerialMonthHeadersTests {
  /// Kestrel 3,200 every month, Lynx 1,450 from March; the header's day numbers are the 1st
  /// of November 2025 to April 2026. By hand, April 2026: 3,200 + 1,450 = 4,650.
  @Test func dayNumbersOverTheMonthsAreMonths() throws {
    let c = try importCube(
      """
      Client,45962,45992,46023,46054,46082,46113
      Kestrel Aviation, 3 200.00 , 3 200.00 , 3 200.00 , 3 200.00 , 3 200.00 , 3 200.00
      Lynx Security,,,,, 1 450.00 , 1 450.00
      """)
    #expect(c.firstMonth == Month(year: 2025, month: 11))
    #expect(c.mrrRow("Kestrel Aviation") == Array(repeating: 320_000, count: 6))
    #expect(c.mrrRow("Lynx Security").last == 145_000)
    #expect(c.log.notes.contains { $0.contains("spreadsheet day numbers (45962 … 46113)") })
  }

  /// Twins: ids, consecutive days, a month skipped, too few cells.
  @Test(arguments: [
    ["Client", "1001", "1002", "1003"], ["Client", "45962", "45963", "45964"],
    ["Client", "45962", "46023", "46054"], ["Client", "45962", "45992"],
  ])
  func otherNumbersAreNoMonths(cells: [String]) {
    #expect(SerialMonthHeaders.months(cells) == nil)
  }

  /// Review 52, R52-6: day numbers written as floats (`45962.0`, `45992,0`, a time `46023.5`)
  /// are the same days; amounts with a fraction stay no months (`1001.5`).
  @Test func floatDayNumbersAreMonths() {
    let m = SerialMonthHeaders.months(["Client", "45962.0", "45992,0", "46023.5"])
    #expect(m?.map(\.month.description) == ["2025-11", "2025-12", "2026-01"])
    #expect(SerialMonthHeaders.months(["Client", "1001.5", "1002.5", "1003.5"]) == nil)
  }

  /// Month-end day numbers read too (2025-11-30, 2025-12-31, 2026-01-31).
  @Test func monthEndsAreMonths() {
    let m = SerialMonthHeaders.months(["Client", "45991", "46022", "46053"])
    #expect(m?.map(\.month.description) == ["2025-11", "2025-12", "2026-01"])
  }

  /// A space (or a no-break or thin space) groups thousands beside a decimal point too; a group
  /// that is not three digits is no amount.
  @Test(arguments: [
    ("3 200.00", Int64(320_000)), ("1 234 567.89", 123_456_789), ("3\u{A0}200.00", 320_000),
    ("3\u{202F}200", 320_000),
  ])
  func spacesGroupThousands(text: String, cents: Int64) throws {
    #expect(try CubeMoney.cents(text, isDecimalComma: false) == cents)
  }

  @Test(arguments: ["12 34.00", "1 2345.00"])
  func badGroupsAreNoAmount(text: String) {
    #expect(throws: CubeMoney.Failure.self) { try CubeMoney.cents(text, isDecimalComma: false) }
  }
}
