/// A total amount column beside its parts (`total_revenue` = `subscription_revenue` +
/// `services_revenue`): the total is the MRR only when every part recurs.
///
/// Review 54, R54-4: trial 50's T50-31 made a total's name a monthly table's amount after the
/// plain names (`total_revenue` beside `platform_fee` and `usage_revenue`, both recurring); beside
/// a services part the total added one-off services to MRR (+200%), and beside a lone
/// `subscription_mrr` it added what the part left out (+17%).
extension MonthlyTableLayout {
  /// Amount names of a total (``amountNames``' last ones).
  static let totalNames: Set<String> = [
    "total mrr", "mrr total", "total revenue", "revenue total", "total net revenue",
    "total amount",
  ]
  /// Words of a part's header naming money (`subscription_revenue`, `platform_fee`).
  static let partWords: Set<String> = [
    "revenue", "mrr", "fee", "fees", "amount", "charges", "charge", "billing", "billings",
  ]
  /// Words of a part that recurs by its name.
  static let recurringPartWords: Set<String> = [
    "subscription", "subscriptions", "recurring", "platform", "license", "licence", "licenses",
    "licences", "saas", "seat", "seats",
  ]
  /// Words of a part that does not recur.
  static let oneTimePartWords: Set<String> = [
    "services", "service", "onetime", "one", "setup", "implementation", "hardware", "consulting",
    "training", "professional", "nonrecurring", "non", "onboarding",
  ]

  /// Words of a part that recurs by its own name whatever else it says (`managed_services_mrr`,
  /// `services_monthly_fee`), unless `non` says otherwise (`non_recurring_revenue`; review 55,
  /// R55-1: `managed_services_mrr` beside `platform_mrr` was read one-time, −18%).
  static let recurringNameWords: Set<String> = ["mrr", "arr", "monthly", "recurring"]

  /// The columns read beside the total in column `total`: the total as the amount when every
  /// part beside it may recur (or there is none); the one recurring part, with the one-time
  /// part as one-time revenue when there is exactly one, when the others do not recur or when
  /// it is the only part; `nil` (not a monthly table read by its names) when parts that do not
  /// recur stand beside more than one that may.
  /// - Parameters:
  ///   - total: The total's column.
  ///   - keys: The header's keys (``key(_:)``).
  ///   - taken: Columns with another role (period, customer).
  static func amount(besideTotal total: Int, keys: [String], taken: Set<Int>)
    -> (amount: Int, oneTime: Int?)?
  {
    func words(_ c: Int) -> Set<String> { Set(keys[c].split(separator: " ").map(String.init)) }
    let parts = keys.indices.filter { c in
      c != total && !taken.contains(c) && !totalNames.contains(keys[c])
        && !words(c).isDisjoint(with: partWords)
    }
    func isRecurringByName(_ c: Int) -> Bool {
      let w = words(c)
      return !w.isDisjoint(with: recurringNameWords) && !w.contains("non")
        && !w.contains("nonrecurring")
    }
    let oneTime = parts.filter {
      !words($0).isDisjoint(with: oneTimePartWords) && !isRecurringByName($0)
    }
    let recurring = parts.filter {
      !oneTime.contains($0) && !words($0).isDisjoint(with: recurringPartWords)
    }
    // An MRR total beside one-time parts alone is the recurring amount by its name (review 55,
    // R55-20: `total_mrr` beside `setup_fee` was refused).
    if !oneTime.isEmpty, parts.count == oneTime.count,
      keys[total].split(separator: " ").contains("mrr")
    {
      return (total, oneTime.count == 1 ? oneTime[0] : nil)
    }
    if !oneTime.isEmpty {
      guard recurring.count == 1, parts.count == oneTime.count + 1 else { return nil }
      return (recurring[0], oneTime.count == 1 ? oneTime[0] : nil)
    }
    if parts.count == 1, recurring.count == 1 { return (recurring[0], nil) }
    return (total, nil)
  }
}
