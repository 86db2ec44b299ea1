import ARRCore

/// Paid rows of one customer running side by side at the as-of month, the later starting in a
/// later month (`docs/import.md`, "Subscriptions table"): an add-on, or an upgrade written as a
/// new row whose old row was never closed. The rows add up (an add-on); the other reading, the
/// latest row replacing the earlier ones, is the low end of the customer's as-of MRR range, and
/// a finding says how many customers and how much is at stake (decided, twelfth session:
/// hvikram-ai/oppspot's public sample `subscriptions.csv` upgrades CUST-001 from Enterprise at
/// 5,000 to Enterprise Plus at 7,500 without ending the first row, and read 12,500 silently).
enum SubscriptionStacking {
  /// What customer `group`'s earlier rows add at `asOf`: the MRR of its paid rows billed at
  /// `asOf` that started in a month before the latest such row's, with that row's line and the
  /// first earlier row's; `nil` when no row runs beside a later one.
  static func earlier(_ group: [StripeSubscription], asOf: Month)
    -> (cents: Int64, line: Int, later: Int)?
  {
    // A row handing the as-of month over to a later one (a plan change: it ends in that month
    // and the later row starts in it) is not billed there, so it runs beside nothing (session
    // 17, import lane: trial 16, V1, Baremetrics' delta, Basic to 2025-03-15 and Pro from
    // 2025-03-15, was both "added up as an add-on" with a range $240,000 lower and billed the
    // new price only, two notes contradicting each other).
    let running = group.filter {
      $0.isBilled(asOf) && $0.mrr != nil && !$0.isRepeat
        && StripeSubscriptionImporter.switchMonth($0, among: group) != asOf
    }
    guard running.count > 1,
      let latest = running.max(by: {
        ($0.paidFrom?.month ?? asOf, $1.line) < ($1.paidFrom?.month ?? asOf, $0.line)
      }),
      let latestMonth = latest.paidFrom?.month
    else { return nil }
    let earlier = running.filter { ($0.paidFrom?.month ?? latestMonth) < latestMonth }
    guard let first = earlier.min(by: { $0.line < $1.line }) else { return nil }
    var cents: Int64 = 0
    for s in earlier { cents = cents &+ s.mrr! }
    return (cents, first.line, latest.line)
  }

  /// The finding: `count` customers, the first `customer` (rows `line` and `later`), `total`
  /// as-of MRR at stake.
  static func finding(
    count: Int, customer: String, line: Int, later: Int, total: Int64, file: String,
    currency: String?
  ) -> String {
    "\(file): \(Counted.phrase(count, "customer", verb: ("has", "have"))) a paid row running beside a "
      + "later one at as-of (first \"\(customer)\", line \(line) beside line \(later)): added up "
      + "as an add-on; if the later row replaced the earlier (an upgrade whose old row was not "
      + "ended), MRR is \(Money.text(cents: total, currency: currency)) lower, ARR "
      + "\(Money.text(cents: total &* 12, currency: currency)): headline ARR is given as that range"
  }
}
