import ARRCore
import Testing

/// Money in messages a reader sees (import notes and findings) reads like the report's money:
/// currency symbol, thousands separators, two decimals.
@Suite struct MoneyTextTests {
  @Test(arguments: [
    (Int64(18_516_913), "USD", "$185,169.13"),
    (Int64(-5), "USD", "-$0.05"),
    (Int64(0), "USD", "$0.00"),
    (Int64(100_000_000), "eur", "€1,000,000.00"),
    (Int64(123_456_789), "CHF", "CHF 1,234,567.89"),
    (Int64(123_450), "JPY", "¥1,235"),
    (Int64(-40), "JPY", "¥0"),
    (Int64(99_999), "", "999.99"),
  ])
  func groupedWithSymbol(cents: Int64, currency: String, text: String) {
    #expect(Money.text(cents: cents, currency: currency) == text)
  }

  /// Whole units round half away from zero, as the report's money does; an amount under half
  /// a unit keeps its cents rather than print as a bare $0.
  @Test(arguments: [
    (Int64(18_516_913), "USD", "$185,169"), (Int64(18_516_950), "USD", "$185,170"),
    (Int64(-26_642_015), "USD", "-$266,420"), (Int64(-49), "USD", "-$0.49"),
    (Int64(30), "USD", "$0.30"), (Int64(50), "USD", "$1"), (Int64(0), "USD", "$0"),
    (Int64(123_456_789), "CHF", "CHF 1,234,568"), (Int64(123_450), "JPY", "¥1,235"),
  ])
  func wholeUnits(cents: Int64, currency: String, text: String) {
    #expect(Money.text(cents: cents, currency: currency, wholeUnits: true) == text)
  }

  @Test func noCurrencyIsTheDefaultUSD() {
    #expect(Money.text(cents: 18_516_913) == "$185,169.13")
  }

  @Test func groupingAndSymbols() {
    #expect(Money.grouped(0) == "0")
    #expect(Money.grouped(999) == "999")
    #expect(Money.grouped(1_000) == "1,000")
    #expect(Money.grouped(1_234_567) == "1,234,567")
    #expect(Money.currencySymbol(" cad ") == "CA$")
    #expect(Money.currencySymbol("") == "")
  }
}
