import Testing

@testable import ARRAnalysis

@Suite struct NumberFormatTests {
  @Test(arguments: [
    ("USD", "$"), ("usd", "$"), ("EUR", "€"), ("GBP", "£"), ("ILS", "₪"), ("JPY", "¥"),
    ("CAD", "CA$"), ("AUD", "A$"), ("CHF", "CHF "), (" sek ", "SEK "), ("", ""),
  ])
  func symbolComesFromTheISOCode(code: String, symbol: String) {
    #expect(NumberFormat(currency: code).currencySymbol == symbol)
  }

  @Test func onlyJPYDropsDecimals() {
    #expect(NumberFormat(currency: "JPY").fractionDigits == 0)
    #expect(NumberFormat(currency: "USD").fractionDigits == 2)
    #expect(NumberFormat(currency: "chf").currencyCode == "CHF")
  }

  @Test(
    arguments: [
      (0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (12_345, "12,345"),
      (-1_234_567, "-1,234,567"), (Int64.min, "-9,223,372,036,854,775,808"),
    ] as [(Int64, String)])
  func integersGetThousandsSeparators(value: Int64, expected: String) {
    #expect(NumberFormat.usd.integer(value) == expected)
  }

  @Test func numbersHaveFixedDecimalsAndNoNaN() {
    let f = NumberFormat.usd
    #expect(f.number(1234.56, decimals: 1) == "1,234.6")
    #expect(f.number(-0.5) == "-1")
    #expect(f.number(2.25, decimals: 1) == "2.3")
    #expect(f.number(.nan) == "n/a")
    #expect(f.number(.infinity, decimals: 2) == "n/a")
    #expect(f.integer(42 as Int) == "42")
  }
}
