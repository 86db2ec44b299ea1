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
    ("multi_year", .multiYear),
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

  /// A cell naming both a term and how it is billed (review 13, F3: "Annual contract, billed
  /// monthly" read as month-to-month, since `monthly` was tried before `annual`; "Annual
  /// (multi-product)" as multi-year, from `multi`): the clause with a billing word (billed,
  /// invoiced, paid, payment, charged) names the cadence, the rest the contract.
  @Test(arguments: [
    ("Annual contract, billed monthly", ContractType.annual, BillingCadence.monthly),
    ("1 year – monthly invoicing", .annual, .monthly),
    ("12-month term; paid quarterly", .annual, .quarterly),
    ("2-year contract, invoiced annually", .multiYear, .annual),
    ("Month-to-month, billed annually", .monthly, .annual),
    ("Annual (multi-product)", .annual, .annual),
  ])
  func aTermBilledAtAnotherCadence(
    _ text: String, _ contract: ContractType, _ cadence: BillingCadence
  ) {
    #expect(TermText.contractType(text) == contract)
    #expect(TermText.billingCadence(text) == cadence)
  }

  /// A word cut by the end of the text is no match ("annua" is not "annual").
  @Test func aWordMustBeWhole() {
    #expect(TermText.contractType("annua") == nil)
    #expect(TermText.billingCadence("quarte") == nil)
    #expect(TermText.contractType("x annual") == .annual)
  }
}
