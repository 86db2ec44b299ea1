import ARRCore
import Testing

@testable import ARRInput

/// The words of contract and billing columns (`docs/import.md`, "Contract and billing text"):
/// the first matching word wins, case does not matter, and the byte search used for ASCII text
/// agrees with `String.contains` on every case.
@Suite struct TermTextTests {
  @Test(arguments: [
    ("Annual - auto renew", ContractType.annual),
    ("ANNUAL", .annual),
    ("Month-to-month", .monthly),
    ("monthly plan", .monthly),
    ("M2M", .monthly),
    ("3-Year commit", .multiYear),
    ("Multi-year (annual billing)", .multiYear),
    ("Pay As You Go", .usage),
    ("Metered usage", .usage),
    ("POC", .pilot),
    ("Pilot → annual", .pilot),
    ("ÉTÉ annual", .annual),
  ])
  func contractTypes(_ text: String, _ expected: ContractType) {
    #expect(TermText.contractType(text) == expected)
  }

  @Test(arguments: [
    ("Billed quarterly", BillingCadence.quarterly),
    ("Semi-annual", .semiannual),
    // Each period paid in advance is that period's cadence; upfront alone, or beside a term of
    // several years, is the whole term at signing (review 13, F2: "annual upfront" was upfront,
    // and forced a 24- or 36-month spread of invoices 12 months apart).
    ("annual upfront", .annual),
    ("Prepaid annually", .annual),
    ("Paid annually (prepaid)", .annual),
    ("Quarterly upfront", .quarterly),
    ("Monthly (prepaid)", .monthly),
    ("Prepaid", .upfront),
    ("Upfront", .upfront),
    ("3-year prepaid", .upfront),
    ("Multi-year upfront", .upfront),
    ("upfront (36 months)", .upfront),
    ("Yearly", .annual),
    ("in arrears", .inArrears),
    ("Monthly", .monthly),
    ("MONTH", .monthly),
    ("Half-yearly", .semiannual),
  ])
  func billingCadences(_ text: String, _ expected: BillingCadence) {
    #expect(TermText.billingCadence(text) == expected)
  }

  @Test(arguments: ["", "standard", "n/a", "año", "unknown", "  "])
  func textNamingNothingStaysUnknown(_ text: String) {
    #expect(TermText.contractType(text) == nil)
    #expect(TermText.billingCadence(text) == nil)
  }

  /// A word cut by the end of the text is no match ("annua" is not "annual").
  @Test func aWordMustBeWhole() {
    #expect(TermText.contractType("annua") == nil)
    #expect(TermText.billingCadence("quarte") == nil)
    #expect(TermText.contractType("x annual") == .annual)
  }
}
