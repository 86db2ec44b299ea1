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
  /// another unit (weeks, days: no whole months, read by ``periodShare(count:unit:)``) or a
  /// count that is not a whole number.
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

  /// Whether a period's count is one period (`1`, or blank): a cadence's word (`monthly`,
  /// `annual`) as the unit names the whole period only then.
  static func isSingleCount(_ count: String) -> Bool {
    let k = count.filter { $0 != " " }
    return k.isEmpty || k == "1"
  }

  /// Weeks in a month: a year of 52 weeks over 12 months (trial 25, T25-12: Baremetrics'
  /// weekly plans were refused).
  static let weeksPerYear: Int64 = 52
  /// Days in a month: a year of 365 days over 12 months.
  static let daysPerYear: Int64 = 365

  /// The monthly share of a price per period given as a count and a unit: the month's amount
  /// is the price × `part` ÷ `whole`, rounded to the nearest hundredth (halves away from zero,
  /// ``ServicePeriod/proportion(_:_:_:)``). Months and years as ``periodMonths(count:unit:)``
  /// (1 ÷ months); `week` × count is 52 ÷ (12 × count), `day` × count 365 ÷ (12 × count), a
  /// period of at most 10 years (520 weeks, 3,650 days); `nil` for another unit or a count
  /// that is not a whole number.
  static func periodShare(count: String, unit: String) -> (part: Int64, whole: Int64)? {
    if let months = periodMonths(count: count, unit: unit) { return (1, Int64(months)) }
    guard let k = Int64(String(count.filter { $0 != " " })), k >= 1 else { return nil }
    switch LedgerLayout.normalized(unit) {
    case "week", "weeks": return k <= 520 ? (weeksPerYear, 12 * k) : nil
    case "day", "days": return k <= 3_650 ? (daysPerYear, 12 * k) : nil
    default: return nil
    }
  }

  /// Weeks a billing cycle keyword names (`weekly`, `every week` 1; `fortnightly`, `every 2
  /// weeks`, `every two weeks` 2; `every N weeks` N, up to 520); `nil` for any other cell.
  /// `biweekly` is not read: it says twice a week as often as every two weeks.
  static func cycleWeeks(_ cycle: String) -> Int64? {
    let t = LedgerLayout.normalized(cycle)
    switch t {
    case "weekly", "every week", "week", "per week": return 1
    case "fortnightly", "every fortnight", "every two weeks", "every other week": return 2
    default: break
    }
    let words = t.split(separator: " ")
    guard words.count == 3, words[0] == "every", words[2] == "weeks",
      let k = Int64(words[1]), (1...520).contains(k)
    else { return nil }
    return k
  }

  /// The billing cadence of a period given as a count and a unit: ``periodMonths(count:unit:)``'s
  /// cadence, and monthly for weeks or days of a month or less (4 weeks, 31 days: billed at
  /// least monthly); `nil` otherwise.
  static func periodCadence(count: String, unit: String) -> BillingCadence? {
    if let months = periodMonths(count: count, unit: unit) {
      return LedgerTerms.cadence(months: months)
    }
    guard let share = periodShare(count: count, unit: unit) else { return nil }
    return share.whole <= 12 * (share.part == weeksPerYear ? 4 : 31) ? .monthly : nil
  }

  /// Units a billing period is counted in: a billing cycle column holding only these is the
  /// period's unit.
  static let periodUnitWords: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "year", "years",
  ]

  /// A billing cycle column named in words (``cycleWordKeys``) whose written cells are all
  /// units (``periodUnitWords``: Paddle's `Billing Cycle Interval` renamed `Billing Cycle`),
  /// beside a count column (``cycleCountKeys``: `Billing Cycle Frequency`), is the period's
  /// unit and the count its cadence: `month` × 3 is quarterly (session 54, crm lane; trial 51,
  /// T51-21: the count was unread, a quarterly price read as monthly, +36%).
  static func pairUnitWords(_ columns: inout [Role: Int], table: ImportTable, keys: [String]) {
    guard columns[.periodUnit] == nil,
      let w = keys.indices.first(where: { cycleWordKeys.contains(keys[$0]) }),
      let n = keys.indices.first(where: { cycleCountKeys.contains(keys[$0]) }), w != n,
      columns[.billingCadence] == w || columns[.billingCadence] == n
    else { return }
    let cells = table.records.dropFirst().compactMap { r in
      r.cells.indices.contains(w) ? LedgerLayout.normalized(r.cells[w]) : nil
    }.filter { !$0.isEmpty }
    guard !cells.isEmpty, cells.allSatisfy(periodUnitWords.contains) else { return }
    columns[.periodUnit] = w
    columns[.billingCadence] = n
  }
}
