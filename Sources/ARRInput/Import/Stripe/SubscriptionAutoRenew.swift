import ARRCore

/// A contracts list's auto-renew flag (`Auto-renew`, `Renewal type` `Automatic`, `Evergreen`):
/// a contract whose end passed with no later row may have renewed with nobody typing the new
/// term in (trial 32, T32-30; `docs/import.md`, "Subscriptions table").
enum SubscriptionAutoRenew {
  /// The headers of an auto-renew column (normalized).
  static let keys: Set = [
    "auto renew", "auto renewal", "autorenew", "auto renews", "renewal type", "evergreen",
    "auto renew enabled", "auto renewal enabled", "renews automatically",
  ]

  /// The cells that say a contract renews by itself (normalized).
  static let yes: Set = [
    "yes", "y", "true", "1", "automatic", "auto", "evergreen", "auto renew", "on",
  ]

  /// The most months since an auto-renewing contract's end for it to be priced as renewed: a
  /// year, one renewal term; an end older than that with no later row is read as churned with
  /// no range (a renewal nobody recorded for longer than a term is no longer likely).
  static let monthsPriced = 12

  /// Whether `cell`, under an auto-renew column, says the contract renews by itself.
  static func saysRenews(_ cell: String) -> Bool {
    yes.contains(LedgerLayout.normalized(cell))
  }

  /// The auto-renewing contract of `group` read as churned: every paid row ended before the
  /// as-of month's first day, within ``monthsPriced`` months of it, and the last to end is
  /// flagged auto-renew; `nil` otherwise.
  static func lapsed(_ group: [StripeSubscription], asOf: Month) -> StripeSubscription? {
    let paid = group.filter { $0.status == .active || $0.status == .canceled }
    guard !paid.isEmpty, paid.allSatisfy({ $0.endedAt != nil }),
      let last = paid.max(by: { ($0.endedAt!, -$0.line) < ($1.endedAt!, -$1.line) }),
      last.isAutoRenew, let end = last.endedAt, end.month < asOf,
      asOf.months(since: end.month) <= monthsPriced
    else { return nil }
    return last
  }

  /// The finding for `count` lapsed auto-renewing contracts (``lapsed(_:asOf:)``), the first
  /// `first` (customer, line, end), worth `arrCents` of ARR at as-of if they renewed.
  static func finding(
    count: Int, first: (customer: String, line: Int, end: CivilDate), arrCents: Int64,
    header: String, file: String, currency: String?
  ) -> String {
    let one = count == 1
    return
      "\(file): \(Counted.phrase(count, "contract")) flagged auto-renewing under \"\(header)\" "
      + "ended with no later row (\"\(first.customer)\" on line \(first.line), ended \(first.end)"
      + "\(one ? "" : " first")): read as churned; if \(one ? "it" : "they") renewed, ARR is "
      + "\(Money.text(cents: arrCents, currency: currency)) higher: headline ARR is given as "
      + "that range"
  }
}
