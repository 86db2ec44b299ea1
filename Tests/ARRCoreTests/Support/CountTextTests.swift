import Testing

@testable import ARRCore

/// Counts as prose writes them (session 20, wording lane; trial 18b, G18).
@Suite struct CountTextTests {
  @Test(arguments: [
    (0, "0"), (999, "999"), (1_000, "1,000"), (50_000, "50,000"), (-1_234, "-1,234"),
  ])
  func countsAreGroupedByThousands(n: Int, text: String) {
    #expect(CountText.grouped(n) == text)
  }

  @Test(arguments: [
    (0, "0 accounts", "churn"), (1, "1 account", "churns"), (2, "2 accounts", "churn"),
    (12_345, "12,345 accounts", "churn"),
  ])
  func aPhraseAgreesWithItsCount(n: Int, words: String, verb: String) {
    #expect(CountText.phrase(n, "account") == words)
    #expect(CountText.phrase(n, "account", verb: ("churns", "churn")) == "\(words) \(verb)")
  }
}
