/// Ended subscriptions priced 0 beside priced ones (`docs/import.md`, "Subscriptions table"):
/// some billing systems' exports keep a subscription's current MRR, which is 0 once it is
/// cancelled, so the revenue it billed before it ended, and its churn, are not in the table.
/// Read as written (nothing in the row says what it billed), with a finding: trailing churn
/// and retention may read better than they were (decided, fifteenth session's trial: a
/// Chargebee-style export's cancelled subscription at `mrr` 0 became an account that never paid,
/// silently).
enum SubscriptionZeroPrices {
  /// The finding for `subs` read from `file` (the price under `header`), or `nil` when no ended
  /// paid row is priced 0, or no row is priced above 0. A one-time charge (a charge type column
  /// saying `OneTime`, Zuora's setup fee at MRR 0) is no subscription priced 0: not counted
  /// (session 26, t26b lane; trial 25, T25-11), nor is a usage charge (charge type `Usage`,
  /// billed in arrears, its own finding; session 28, t28b lane).
  /// - Complexity: O(rows).
  static func finding(_ subs: [StripeSubscription], file: String, header: String) -> String? {
    let zero = subs.filter {
      $0.status == .canceled && $0.endedAt != nil && ($0.mrr ?? 0) == 0 && !$0.isOneTimeCharge
        && !$0.isUsageCharge
    }
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

  /// The finding for rows of `subs` whose status says they ended, priced 0 and with no end (a
  /// current-MRR export's cancelled customer: ChartMogul's customers list), or `nil` for none.
  /// They bill nothing, so the customer reads as never paying: when it left, and what it paid
  /// before, are not in the table (session 17, import2 lane, trial 16, C5: such a customer, the
  /// company's one churn, vanished from every figure).
  /// - Complexity: O(rows).
  static func endedWithoutEnd(_ subs: [StripeSubscription], file: String, header: String)
    -> String?
  {
    let gone = subs.filter { s in
      s.endedAt == nil && (s.mrr ?? 0) == 0 && !s.isUsageCharge
        && s.statusText.map {
          SubscriptionStatusCheck.ended.contains(CubeLayout.normalized($0))
        } == true
    }
    guard let first = gone.min(by: { $0.line < $1.line }) else { return nil }
    let n = gone.count
    return "\(file): \(Counted.phrase(n, "row", verb: ("says", "say"))) the subscription has "
      + "ended (\"\(first.statusText ?? "")\" for \"\(first.customer)\" on line \(first.line)) with "
      + "a price of 0 under \"\(header)\" and no end: when \(n == 1 ? "it" : "they") left is "
      + "unknown, so \(n == 1 ? "it reads" : "they read") as never paying, and \(n == 1 ? "its" : "their") "
      + "revenue before and \(n == 1 ? "its" : "their") churn are in no figure (churn and retention read "
      + "better than they were)"
  }
}
