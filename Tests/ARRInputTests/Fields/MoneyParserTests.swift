import Testing

@testable import ARRInput

@Suite struct MoneyParserTests {
  @Test(
    arguments: [
      ("1234.5", 123_450), ("1234.50", 123_450), ("$1,234.50", 123_450), ("1,234", 123_400),
      ("€12", 1_200), ("£0.07", 7), ("  42 ", 4_200), ("0", 0), ("-3", -300), ("-$1.5", -150),
      ("$-1.5", -150), ("9999999999999999.99", 999_999_999_999_999_999),
      // Leading zeros are no digits of the value (hostile 56, H56-5: "too large").
      ("00000000000000000100.00", 10_000), ("0000000000000000000", 0),
      ("0009999999999999999.99", 999_999_999_999_999_999),
    ] as [(String, Int64)])
  func accepts(text: String, cents: Int64) throws {
    #expect(try MoneyParser.cents(text) == cents)
  }

  @Test(arguments: [
    ("twenty", MoneyError.notAnAmount), ("", .notAnAmount), ("1.234", .tooManyDecimals),
    ("12,34", .notAnAmount), ("1,2345", .notAnAmount), (",123", .notAnAmount),
    ("1234,567", .notAnAmount),
    ("1.", .notAnAmount), (".5", .notAnAmount), ("$", .notAnAmount), ("£", .notAnAmount),
    ("1e3", .notAnAmount),
    ("12345678901234567", .tooLarge), ("1 000", .notAnAmount), ("1.2.3", .notAnAmount),
    ("0012345678901234567", .tooLarge),
  ])
  func rejects(text: String, error: MoneyError) {
    #expect(throws: error) { try MoneyParser.cents(text) }
  }

  @Test func negativeIsRejectedWhereNotAllowed() {
    #expect(throws: MoneyError.negative) {
      try FieldText.withBytes("-5") { (b) throws(MoneyError) in try MoneyParser.nonNegativeCents(b)
      }
    }
  }
}
