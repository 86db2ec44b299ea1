import ARRCore

/// What a subscriptions table's price column holds: per unit, recurring revenue, a plan's price,
/// and the months of a billing cycle.
extension SubscriptionTableReader {
  /// Price headers naming a unit's price: multiplied by the quantity.
  static let perUnitPrices: Set<String> = ["plan unit price", "unit amount", "unit price"]
  /// Price headers naming recurring revenue, the subscription's own amount: never per unit.
  static let recurringRevenueNames: Set<String> = [
    "mrr", "mrr amount", "mrr value", "monthly recurring revenue", "arr", "arr amount",
    "arr value", "annual recurring revenue",
  ]
  /// Price headers naming a plan's price: per unit beside the subscription's quantity.
  static let planPrices: Set<String> = ["plan amount", "plan price"]

  /// What the price column holds.
  enum Basis: String {
    case monthly = "monthly prices"
    case annual = "annual prices ÷ 12"
    case perCycle = "prices per billing cycle"
    case total = "total contract values ÷ the months of each term"
  }

  /// Months a billing cycle covers: monthly 1, quarterly 3, semiannual 6, annual 12; `nil` for
  /// others (upfront, in arrears, unknown: no length).
  static func months(_ cadence: BillingCadence?) -> Int? {
    switch cadence {
    case .monthly: 1
    case .quarterly: 3
    case .semiannual: 6
    case .annual: 12
    default: nil
    }
  }
}
