import ARRCore

/// A tiered line's count month by month decides whether it is bought or metered, whatever it
/// counts (`docs/import.md`, "Invoice ledger", "Metered lines"; session 53, crm lane; review 52b,
/// R52b-7 and R52b-15).
///
/// Stripe writes the same tier text for a licensed tiered price and a metered one, and a count of
/// 1,000 or more was read by its noun (``MeteredLines/licensedNouns``): `Infrastructure hosts`
/// billed by an hourly high-water mark (1,000, 1,100, 1,050 … 2,000) were bought, October's spike
/// twelve times in recurring ARR (+23%), while `Vehicles` and `Lizenzen` held for nine months
/// and stepped once were usage (−13%, −21%).
///
/// Decided: the lines of one customer and one description (its count dropped) that reach the
/// noun (tier text, a count of 1,000 or more, a unit price of $1 or more, no usage or meter word)
/// are read together over three months or more, by the count and the amount billed each month
/// (both must say the same): one that held in at least half of the months after the first
/// (seats bought, stepping now and then) is bought; one that moved in more than half of them and
/// fell at least once is metered; one that rose every month, or fewer than three months, is read
/// by its noun as before.
extension MeteredLines {
  /// What a tiered line's count says of it, by its series (see the type's notes).
  enum CountShape: Sendable {
    /// Held, stepping now and then: bought.
    case steps
    /// Moved most months and fell at least once: metered.
    case moves
  }

  /// Months a count series needs to decide.
  static let countMonths = 3

  /// The key of a line read by its count's series: its customer and its description without
  /// the count (`1200 × Vehicles (Tier 2 at $30.00 / month)` → `Vehicles (Tier 2 at $30.00 /
  /// month)`); `nil` when the line's words decide without the series (``isUsagePriced``). A
  /// month of fewer than 1,000 counts in the series, though only larger counts ask it.
  static func countKey(customer: String, description: String) -> String? {
    guard isTierText(description), leadingQuantity(description) != nil else { return nil }
    if let unit = unitPrice(description), unit < 1 { return nil }
    let words = UsageMonths.words(description)
    if words.contains(where: {
      usageWords.contains(String($0)) || meterWords.contains(String($0))
    }) {
      return nil
    }
    let rest = description.drop { $0 == " " }.drop { $0.isNumber || $0 == "," }
      .drop { $0 == " " }.dropFirst().drop { $0 == " " }
    return customer + "\u{1F}" + rest
  }

  /// The shape of a count series (each month's count), `nil` when it does not decide.
  static func shape(_ counts: [Month: Int64]) -> CountShape? {
    guard counts.count >= countMonths else { return nil }
    let q = counts.sorted { $0.key < $1.key }.map(\.value)
    let pairs = zip(q, q.dropFirst())
    let changes = pairs.count { $0 != $1 }
    if changes * 2 <= q.count - 1 { return .steps }
    return pairs.contains { $1 < $0 } ? .moves : nil
  }

  /// The shapes of the series in `lines` (customer, description, month and amount of each line
  /// typed `subscription` in Stripe's invoice line items), by
  /// ``countKey(customer:description:)``: each month's count and amount (the count priced by
  /// its tiers) must say the same; when they differ (a description keeping its first count
  /// while the amount moves) the noun decides.
  /// - Complexity: O(lines).
  static func shapes(
    _ lines: [(customer: String, description: String, month: Month, amount: Int64)]
  ) -> [String: CountShape] {
    var counts = [String: [Month: Int64]]()
    var amounts = [String: [Month: Int64]]()
    for l in lines {
      guard let key = countKey(customer: l.customer, description: l.description),
        let q = leadingQuantity(l.description)
      else { continue }
      counts[key, default: [:]][l.month, default: 0] &+= Int64(q)
      amounts[key, default: [:]][l.month, default: 0] &+= l.amount
    }
    var out = [String: CountShape]()
    for (key, series) in counts {
      guard let byCount = shape(series), let byAmount = amounts[key].flatMap(shape),
        byCount == byAmount
      else { continue }
      out[key] = byCount
    }
    return out
  }
}
