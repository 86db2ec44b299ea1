import ARRCore

/// A subscriptions table that is a snapshot of current amounts (`docs/import.md`,
/// "Subscriptions table"; session 17, import2 lane): one row per customer, each with a start and
/// its current price, and no row with an end (ChartMogul's customers list: `customer-since`,
/// `mrr`, `status`). Each customer is billed today's price back to its start, so an upgrade
/// reads as the new price all along and a customer that left reads as never paying: the
/// history is assumed flat, and retention cannot be measured from it (trial 16, C5: expansion
/// and the company's one churn vanished, trailing churn 0, with nothing said).
enum SubscriptionSnapshot {
  /// The import finding for `subs` read from `file`, or `nil` when some customer has several
  /// rows (a history), some row has an end, or there are fewer than 2 customers.
  /// - Complexity: O(rows).
  static func finding(_ subs: [StripeSubscription], file: String) -> String? {
    guard subs.count >= 2, subs.allSatisfy({ $0.endedAt == nil }) else { return nil }
    var customers = Set<String>()
    for s in subs where !customers.insert(s.customer).inserted { return nil }
    return "\(file): one row per customer, each with a start and its current price and none "
      + "with an end: a snapshot of current amounts, not a history. Each customer is billed "
      + "today's price back to its start, so upgrades, downgrades and churn before the snapshot "
      + "are not in the data: trailing retention, NDR and GRR, cohorts and the backtest rest on "
      + "an assumed flat history (a subscriptions export with every row's start and end, or "
      + "invoices, shows it)"
  }
}
