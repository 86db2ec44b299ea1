import ARRCore

/// Reads the free text of contract and billing columns in data-room files ("Annual - auto
/// renew", "Billed quarterly", "Month-to-month"). The first matching word wins, in the order
/// below; text that matches nothing stays unknown and is reported (`docs/import.md`).
enum TermText {
  /// Contract type named by `text`, or `nil` when it names none.
  static func contractType(_ text: String) -> ContractType? {
    let t = text.lowercased()
    if t.isEmpty { return nil }
    if [
      "multi", "2 year", "3 year", "two year", "three year", "24 month", "36 month", "2-year",
      "3-year",
    ]
    .contains(where: t.contains) {
      return .multiYear
    }
    if ["usage", "pay as you go", "pay-as-you-go", "payg", "consumption", "metered"].contains(
      where: t.contains)
    {
      return .usage
    }
    if ["pilot", "poc", "proof of concept"].contains(where: t.contains) { return .pilot }
    if ["month-to-month", "month to month", "monthly", "mtm", "m2m"].contains(where: t.contains) {
      return .monthly
    }
    if ["annual", "yearly", "12 month", "1 year", "one year", "12-month", "1-year"].contains(
      where: t.contains)
    {
      return .annual
    }
    return nil
  }

  /// Billing cadence named by `text`, or `nil` when it names none.
  static func billingCadence(_ text: String) -> BillingCadence? {
    let t = text.lowercased()
    if t.isEmpty { return nil }
    if ["upfront", "up-front", "up front", "prepaid", "pre-paid", "multi"].contains(
      where: t.contains)
    {
      return .upfront
    }
    if ["arrears", "usage", "metered"].contains(where: t.contains) { return .inArrears }
    if ["semi", "half", "biannual", "bi-annual", "6 month", "6-month"].contains(where: t.contains) {
      return .semiannual
    }
    if ["quarter", "3 month", "3-month"].contains(where: t.contains) { return .quarterly }
    if ["annual", "yearly", "year", "12 month", "12-month"].contains(where: t.contains) {
      return .annual
    }
    if ["month"].contains(where: t.contains) { return .monthly }
    return nil
  }
}
