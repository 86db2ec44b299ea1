import Testing

@testable import ARRAnalysis

/// Compact money with four significant figures, for two amounts that print alike with three
/// (render review 28, R28-8: billings' committed ARR $16,400,160 and ARR with unknown terms
/// $16,417,281 both read "$16.4M").
@Suite struct CompactFourFiguresTests {
  @Test(arguments: [
    (Int64(1_640_016_000), "$16.40M"), (1_641_728_100, "$16.42M"), (123_456, "$1.235K"),
    (99_995_000, "$1.000M"), (99_994_000, "$999.9K"), (95_000, "$950"), (-130_000, "-$1.300K"),
    (0, "$0"),
  ])
  func fourFigures(cents: Int64, text: String) {
    #expect(NumberFormat(currency: "USD").compactMoney(cents: cents, significantDigits: 4) == text)
  }

  /// Three figures are unchanged by the rule that stops "1000K": 99_950_000 cents (999.5K)
  /// still carries to "$1.00M".
  @Test func threeFiguresAreUnchanged() {
    let f = NumberFormat(currency: "USD")
    #expect(f.compactMoney(cents: 99_950_000) == "$1.00M")
    #expect(f.compactMoney(cents: 1_640_016_000) == "$16.4M")
    #expect(f.compactMoney(cents: 81_200_000) == "$812K")
  }
}
