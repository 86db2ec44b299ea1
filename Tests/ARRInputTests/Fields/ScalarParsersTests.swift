import ARRCore
import Testing

@testable import ARRInput

@Suite struct ScalarParsersTests {
  @Test(
    arguments: [
      ("0", 0), ("12", 12), ("4,521", 4_521), (" 7 ", 7), ("1,000,000", 1_000_000),
      ("0000000000000000000000042", 42), ("000999999999999999999", 999_999_999_999_999_999),
    ] as [(String, Int64)])
  func countsAccepted(text: String, value: Int64) throws {
    #expect(try ScalarParsers.count(text) == value)
  }

  @Test(arguments: [
    ("-3", CountError.negative), ("x", .notANumber), ("1.5", .notANumber), ("", .notANumber),
    ("-", .notANumber), ("12,34", .notANumber), ("1234567890123456789", .tooLarge),
    ("001234567890123456789", .tooLarge),
  ])
  func countsRejected(text: String, error: CountError) {
    #expect(throws: error) { try ScalarParsers.count(text) }
  }

  @Test(arguments: [
    ("true", true), ("FALSE", false), ("1", true), ("0", false), ("Yes", true), (" no ", false),
  ])
  func booleans(text: String, value: Bool) {
    #expect(ScalarParsers.bool(text) == value)
  }

  @Test(arguments: ["maybe", "", "2", "t"])
  func notBooleans(text: String) {
    #expect(ScalarParsers.bool(text) == nil)
  }

  @Test func months() {
    #expect(ScalarParsers.month("2025-03") == Month(year: 2025, month: 3))
    #expect(ScalarParsers.month(" 1900-01 ") == Month(year: 1900, month: 1))
    #expect(ScalarParsers.month("2999-12") == Month(year: 2999, month: 12))
    for bad in [
      "2025-13", "2025-00", "2025-3", "2025/03", "", "2025-03-01", "abcd-ef", "0001-12", "1899-12",
      "3000-01",
    ] {
      #expect(ScalarParsers.month(bad) == nil)
    }
  }

  @Test func dates() {
    #expect(ScalarParsers.date("2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
    for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "", "01/02/2024"] {
      #expect(ScalarParsers.date(bad) == nil)
    }
  }
}
