import Testing

@testable import ARRInput

@Suite struct CubeMoneyTests {
  @Test(
    arguments: [
      ("1234.5", 123_450), ("$1,234.50", 123_450), ("1,234", 123_400), ("(1,234.50)", -123_450),
      ("($1,234.50)", -123_450), ("-1,234", -123_400), ("", 0), ("-", 0), ("—", 0), ("–", 0),
      ("$ -", 0), ("$ 1,000", 100_000), ("1000 USD", 100_000), ("€12", 1_200), ("12 €", 1_200),
      ("0.07", 7), ("1,234.50-", -123_450), ("1'234.50", 123_450),
      ("CHF 1’234’567.05", 123_456_705),
      // Excel's Accounting format: the sign outside the parentheses (session 16's trial, N2).
      ("$ (108.00)", -10_800), ("$(1,234.50)", -123_450), ("€ (12)", -1_200),
      // Dollars with a sign of their own (session 16, lead).
      ("CA$100.00", 10_000), ("A$ 5", 500), ("NZ$1,000", 100_000),
    ] as [(String, Int64)])
  func readsSpreadsheetMoney(text: String, cents: Int64) throws {
    #expect(try CubeMoney.cents(text, isDecimalComma: false) == cents)
  }

  @Test(
    arguments: [
      ("1.234,50", 123_450), ("1 234,50", 123_450), ("12,5", 1_250), ("(1.234,50)", -123_450),
      ("1.234", 123_400), ("€ 1.234.567,89", 123_456_789), ("1'234,50", 123_450),
    ] as [(String, Int64)])
  func readsDecimalComma(text: String, cents: Int64) throws {
    #expect(try CubeMoney.cents(text, isDecimalComma: true) == cents)
  }

  @Test(arguments: [
    ("twenty", CubeMoney.Failure.notAnAmount), ("1.234", .tooManyDecimals), ("12,34", .notAnAmount),
    ("1e3", .notAnAmount), ("12345678901234567", .tooLarge), ("50%", .notAnAmount),
    ("'1234", .notAnAmount), ("12'34", .notAnAmount), ("$ (108.00", .notAnAmount),
    ("$ 108.00)", .notAnAmount),
    // Two signs are a typo, never a double negative read as positive (trial 25, T25-19).
    ("(−1,000)", .notAnAmount), ("(-1,000)", .notAnAmount), ("$ (-108.00)", .notAnAmount),
    ("-1,234.50-", .notAnAmount), ("(1,234.50-)", .notAnAmount),
  ])
  func rejects(text: String, failure: CubeMoney.Failure) {
    #expect(throws: failure) { try CubeMoney.cents(text, isDecimalComma: false) }
  }

  @Test(arguments: [
    ("1,234.50", CubeMoney.Evidence.decimalPoint), ("1.234,50", .decimalComma),
    ("12,5", .decimalComma),
    ("12.50", .decimalPoint), ("1,234", .none), ("1.234", .none), ("1.234.567", .decimalComma),
    ("1,234,567", .decimalPoint), ("100", .none),
  ])
  func decimalEvidence(text: String, evidence: CubeMoney.Evidence) {
    #expect(CubeMoney.evidence(text) == evidence)
  }
}
