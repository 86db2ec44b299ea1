/// Ended subscriptions priced 0 beside priced ones (`docs/import.md`, "Subscriptions table"):
/// some billing systems' exports keep a subscription's current MRR, which is 0 once it is
/// cancelled, so the revenue it billed before it ended, and its churn, are not in the table.
/// Read as written (nothing in the row says what it billed), with a finding: trailing churn
/// and retention may read better than they were (decided, fifteenth session's trial: a
/// Chargebee-style export's cancelled subscription at `mrr` 0 became an account that never paid,
/// silently).
enum SubscriptionZeroPrices {
  /// The finding for `subs` read from `file` (the price under `header`), or `nil` when no ended
  /// paid row is priced 0, or no row is priced above 0.
  /// - Complexity: O(rows).
  static func finding(_ subs: [StripeSubscription], file: String, header: String) -> String? {
    let zero = subs.filter { $0.status == .canceled && $0.endedAt != nil && ($0.mrr ?? 0) == 0 }
    guard let first = zero.min(by: { $0.line < $1.line }),
      subs.contains(where: { ($0.mrr ?? 0) > 0 })
    else { return nil }
    let n = zero.count
    return "\(file): \(Counted.phrase(n, "subscription", verb: ("has", "have"))) an end and a "
      + "price of 0 under \"\(header)\" (\"\(first.customer)\" on line \(first.line), ended "
      + "\(first.endedAt!)) beside priced ones: read as never billing; if the export gives a "
      + "cancelled subscription's current MRR (0) rather than what it billed, "
      + (n == 1 ? "its revenue and its churn are" : "their revenue and their churn are")
      + " not in this data, and trailing churn and retention read better than they were"
  }
}
