import ARRCore

/// A price per billing cycle's period beside a subscriptions table's price (`docs/import.md`,
/// "Subscriptions table"; session 16, import lane): a billing cycle column's keyword, Chargebee's
/// `billing_period` × `billing_period_unit`, or the current term's dates.
extension SubscriptionTableReader {
  /// Whether `columns` say a price's billing period: a billing cycle column, Chargebee's period
  /// unit, or the current term's start and end.
  static func hasCycle(_ columns: [Role: Int]) -> Bool {
    columns[.billingCadence] != nil || columns[.periodUnit] != nil
      || (columns[.termStart] != nil && columns[.termEnd] != nil)
  }

  /// Months of a period given as a count and a unit (Chargebee's `billing_period` and
  /// `billing_period_unit`): `month` × count, `year` × 12 × count, 1 to 120 months; `nil` for
  /// another unit (weeks, days: no whole months) or a count that is not a whole number.
  static func periodMonths(count: String, unit: String) -> Int? {
    guard let k = Int(String(count.filter { $0 != " " })), k >= 1 else { return nil }
    let months: Int
    switch LedgerLayout.normalized(unit) {
    case "month", "months": months = k
    case "year", "years": months = k > 10 ? 121 : 12 * k
    default: return nil
    }
    return months <= 120 ? months : nil
  }
}
