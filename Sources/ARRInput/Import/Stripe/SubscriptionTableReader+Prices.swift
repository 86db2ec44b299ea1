import ARRCore

/// What a subscriptions table's price column holds: per unit, recurring revenue, a plan's price,
/// and the months of a billing cycle.
extension SubscriptionTableReader {
  /// Price headers naming a unit's price: multiplied by the quantity.
  static let perUnitPrices: Set<String> = [
    "plan unit price", "unit amount", "unit price",
    // Per seat, user or licence (session 28, t28c lane; trial 28, T28-1).
    "price per seat", "seat price", "per seat price", "price per user", "per user price",
    "price per unit", "per unit price", "price per license", "price per licence", "license price",
    "licence price", "monthly price per seat", "monthly price per user", "monthly price per unit",
    "monthly price per license", "monthly price per licence", "monthly seat price",
    "price per seat per month", "price per user per month", "annual price per seat",
    "annual price per user", "price per seat per year",
  ]
  /// Price headers naming an amount or a total, the quantity already in it: not multiplied by
  /// the quantity, whose per-unit reading is the high end of the range (review 13, F34).
  static let totalPrices: Set<String> = [
    "amount", "monthly amount", "annual amount", "plan amount", "monthly revenue",
    "monthly charges", "monthly charge", "contract mrr", "contracted mrr", "acv",
    "annual contract value", "total", "total price", "total amount", "monthly total",
  ]
  /// Price headers naming recurring revenue, the subscription's own amount: never per unit.
  static let recurringRevenueNames: Set<String> = [
    "mrr", "mrr amount", "mrr value", "monthly recurring revenue", "arr", "arr amount",
    "arr value", "annual recurring revenue",
  ]
  /// Price headers naming a plan's price: per unit beside the subscription's quantity.
  static let planPrices: Set<String> = ["plan amount", "plan price"]

  /// How a subscriptions table's quantity column (`quantity`, `seats`, `licenses`, `units`)
  /// bears on its price (`docs/import.md`, "Subscriptions table"; the one rule, session 28, t28c
  /// lane; trial 28, T28-1).
  enum QuantityReading: Sendable, Equatable {
    /// The price is per unit by its name (`unit price`, `price per seat`, a plan's price beside
    /// the subscription's quantity): multiplied, with a note; no range.
    case perUnit
    /// The price names recurring revenue (`mrr`, `arr`): the quantity is in it; not
    /// multiplied, no range, a note.
    case inRevenue
    /// The price names an amount or a total (`amount`, `monthly charges`, a total contract
    /// value): not multiplied; the per-unit reading is the range's high end (review 13, F34).
    case total
    /// Any other price (`price`, `monthly_price`, `monthly fee`): the name cannot tell.
    /// Multiplied, as Stripe's export multiplies its `Amount` by its `Quantity` and as a seats
    /// column beside a price usually means (trial 28, T28-1: 2,913 of 2,913 payments equal
    /// `monthly_price` × `seats`); the price as written is the range's low end, with a finding.
    case perUnitGuessed
  }

  /// How the quantity bears on a price headed `priceKey` (normalised, its unit stripped) beside
  /// a quantity headed `quantityKey`, of a table whose price is a `basis`.
  static func quantityReading(priceKey: String, quantityKey: String, basis: Basis)
    -> QuantityReading
  {
    if perUnitPrices.contains(priceKey)
      || (planPrices.contains(priceKey) && quantityKey == "subscription quantity")
    {
      return .perUnit
    }
    if recurringRevenueNames.contains(priceKey) { return .inRevenue }
    if basis == .total || totalPrices.contains(priceKey) { return .total }
    return .perUnitGuessed
  }

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
