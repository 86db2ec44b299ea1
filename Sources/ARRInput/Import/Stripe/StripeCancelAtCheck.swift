import ARRCore

/// Live subscriptions whose `Cancel At (UTC)` passed before the data's last month
/// (`docs/import.md`, "Stripe exports"): Stripe ends a subscription at its `cancel_at`, so a
/// row still `active` (or `past_due`, `unpaid`) with a `Cancel At` on or before the first day of
/// the export's last month contradicts itself. The row is read as ended at `Cancel At` (its
/// months billed through it, its churn counted), and the other reading, still running through
/// the as-of month, is the high end of its account's `ambiguous_arr` range, with a finding
/// naming the rows and the ARR at stake (session 16, import lane: such a row ended silently).
enum StripeCancelAtCheck {
  /// What the check found: the as-of MRR each account would add if its contradicted rows still
  /// ran (by the order of `groups`), how many rows, their total, and the first row.
  struct Result {
    var extra: [Int64]
    var count = 0
    var total: Int64 = 0
    var first: (customer: String, sub: StripeSubscription)?
  }

  /// The rows of `groups` (a subscriptions export read alone) that are live, have no `Ended
  /// At`, and a `Cancel At` on or before the first day of `cutoff` (the as-of month, or the
  /// export's own latest month when `--as-of` is later: a `Cancel At` after the export's date is
  /// a scheduled end, not a contradiction), paid from the as-of month or earlier.
  /// - Complexity: O(rows).
  static func check(
    _ groups: [(customer: String, subs: [StripeSubscription])], asOf: Month, cutoff: Month
  ) -> Result {
    var result = Result(extra: [Int64](repeating: 0, count: groups.count))
    let limit = CivilDate.firstDay(of: min(asOf, cutoff))
    for (a, group) in groups.enumerated() {
      for s in group.subs.sorted(by: { $0.line < $1.line }) {
        guard s.status.isPaying, s.endedAt == nil,
          let at = s.cancelAt, at <= limit, let from = s.paidFrom, from.month <= asOf
        else { continue }
        let mrr = s.mrr ?? 0
        result.extra[a] = Money.saturatingSum(result.extra[a], mrr)
        result.total = Money.saturatingSum(result.total, mrr)
        if result.first == nil || s.line < result.first!.sub.line {
          result.first = (group.customer, s)
        }
        result.count += 1
      }
    }
    return result
  }

  /// The finding for `result`, or `nil` when no row contradicts itself.
  static func finding(_ result: Result, file: String, asOf: Month, currency: String?) -> String? {
    guard let (customer, s) = result.first, let at = s.cancelAt else { return nil }
    let n = result.count
    let arr = Money.saturatingProduct(result.total, times: 12)
    return "\(file): \(Counted.phrase(n, "live subscription", verb: ("is", "are"))) set to end "
      + "before \(asOf) (\"\(customer)\" on line \(s.line): \(s.status.rawValue), Cancel At "
      + "\(at)): Stripe ends a subscription at its Cancel At, so the export contradicts itself; "
      + "read as ended then (\(n == 1 ? "its" : "their") churn counted); if "
      + "\(n == 1 ? "it still runs" : "they still run"), "
      + "\(Money.text(cents: arr, currency: currency)) of ARR more (priced in ambiguous_arr)"
  }
}
