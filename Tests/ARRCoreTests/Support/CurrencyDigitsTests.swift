import Testing

@testable import ARRCore

/// ISO 4217's minor units as the product reads them (session 20, wording lane; trial 18b, G7).
@Suite struct CurrencyDigitsTests {
  @Test(arguments: [
    ("USD", 2), ("EUR", 2), ("JPY", 0), (" krw", 0), ("ISK", 0), ("KWD", 3), ("bhd", 3),
    ("OMR", 3), ("JOD", 3), ("TND", 3), ("LYD", 3), ("IQD", 3), ("MGA", 2), ("", 2),
  ])
  func decimalsFollowISO4217(code: String, digits: Int) {
    #expect(CurrencyDigits.of(code) == digits)
  }

  @Test func thousandthsAreNamed() {
    #expect(CurrencyDigits.thousandthName("KWD") == "fils")
    #expect(CurrencyDigits.thousandthName("OMR") == "baisa")
    #expect(CurrencyDigits.thousandthName("USD") == nil)
  }

  /// Every currency without decimals prints whole units in messages, not only the yen.
  @Test func moneyTextRoundsEveryZeroDecimalCurrency() {
    #expect(Money.text(cents: 123_450, currency: "JPY") == "¥1,235")
    #expect(Money.text(cents: 123_450, currency: "KRW") == "KRW 1,235")
    #expect(Money.text(cents: 123_450, currency: "KWD") == "KWD 1,234.50")
  }
}
