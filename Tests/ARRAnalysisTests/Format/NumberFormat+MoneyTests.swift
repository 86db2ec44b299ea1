import Testing

@testable import ARRAnalysis

@Suite struct NumberFormatMoneyTests {
  let usd = NumberFormat.usd

  @Test(
    arguments: [
      (0, "$0"), (95_000, "$950"), (99_949, "$999"), (99_950, "$1.00K"),  // $999.50 rounds up
      (130_000, "$1.30K"),
      (452_000_000, "$4.52M"), (81_200_000, "$812K"), (120_000_000_000, "$1.20B"),
      (99_949_999, "$999K"), (99_950_000, "$1.00M"),  // 999.5K carries to the next suffix
      (999_500, "$10.0K"),  // 9.995K is exact in cents: the half rounds up
      (999_499, "$9.99K"), (1_234_500, "$12.3K"), (1_235_000, "$12.4K"),
      (10_000_000_000_000, "$100B"), (100_000_000_000_000, "$1.00T"),
      (Int64.max, "$92,234T"),
    ] as [(Int64, String)])
  func compactHasThreeSignificantFigures(cents: Int64, expected: String) {
    #expect(usd.compactMoney(cents: cents) == expected)
  }

  @Test func compactNegativesUseAnASCIIMinus() {
    #expect(usd.compactMoney(cents: -130_000) == "-$1.30K")
    #expect(usd.compactMoney(cents: -452_000_000) == "-$4.52M")
    #expect(usd.compactMoney(cents: -49) == "$0")  // rounds to zero: no sign
    #expect(usd.compactMoney(cents: -50) == "-$1")
    #expect(usd.compactMoney(cents: Int64.min) == "-$92,234T")
  }

  @Test func compactUsesTheCompanyCurrency() {
    #expect(NumberFormat(currency: "CHF").compactMoney(cents: 123_000_000) == "CHF 1.23M")
    #expect(NumberFormat(currency: "EUR").compactMoney(cents: -81_200_000) == "-€812K")
    #expect(NumberFormat(currency: "JPY").compactMoney(cents: 45_200_000_000) == "¥452M")
    #expect(NumberFormat(currency: "").compactMoney(cents: 123_000_000) == "1.23M")
  }

  @Test func signedCompactShowsTheDirection() {
    #expect(usd.signedCompactMoney(cents: 12_000_000) == "+$120K")
    #expect(usd.signedCompactMoney(cents: -3_000_000) == "-$30.0K")
    #expect(usd.signedCompactMoney(cents: 0) == "$0")
    #expect(usd.signedCompactMoney(cents: 49) == "$0")
  }

  @Test(
    arguments: [
      (123_456_750, "$1,234,568"), (123_456_749, "$1,234,567"), (0, "$0"), (50, "$1"),
      (-50, "-$1"), (-49, "$0"), (-123_456_700, "-$1,234,567"),
    ] as [(Int64, String)])
  func moneyIsWholeUnitsWithSeparators(cents: Int64, expected: String) {
    #expect(usd.money(cents: cents) == expected)
  }

  @Test func signedMoneyShowsTheDirection() {
    #expect(usd.signedMoney(cents: 120_000) == "+$1,200")
    #expect(usd.signedMoney(cents: -3_000) == "-$30")
    #expect(usd.signedMoney(cents: 0) == "$0")
  }

  /// Units as a footed table's cells hold them, up to the largest ARR there is: Int64.max cents
  /// is 92,233,720,368,547,758 whole dollars (and 7 cents), which times 100 is beyond Int64.
  @Test func unitsAreWrittenFromTheUnits() {
    let largest = Int64.max / 100
    #expect(usd.money(units: 1_234) == "$1,234")
    #expect(usd.money(units: 0) == "$0")
    #expect(usd.money(units: -30) == "-$30")
    #expect(usd.money(units: largest + 1) == "$92,233,720,368,547,759")
    #expect(usd.signedMoney(units: 1_200) == "+$1,200")
    #expect(usd.signedMoney(units: -30) == "-$30")
    #expect(usd.signedMoney(units: 0) == "$0")
    #expect(usd.signedMoney(units: -largest - 1) == "-$92,233,720,368,547,759")
  }

  @Test func moneyWithCentsKeepsEveryCent() {
    #expect(usd.moneyWithCents(cents: 123_450) == "$1,234.50")
    #expect(usd.moneyWithCents(cents: -5) == "-$0.05")
    #expect(usd.moneyWithCents(cents: 0) == "$0.00")
    #expect(usd.moneyWithCents(cents: 100_000_000_001) == "$1,000,000,000.01")
    #expect(NumberFormat(currency: "GBP").moneyWithCents(cents: 99) == "£0.99")
    // JPY has no minor unit in use: whole yen, rounded half away from zero.
    #expect(NumberFormat(currency: "JPY").moneyWithCents(cents: 123_450) == "¥1,235")
  }
}
