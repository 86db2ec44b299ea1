import ARRCore

/// What a Stripe subscription says about its customer (`docs/import.md`, "Stripe exports"):
/// facts given by the export, so they win over inference.
///
/// - `trialing` → trial `active` with its end; a trial end before a paid status → `converted`;
///   `paused` (Stripe pauses a subscription whose trial ended without a payment method) →
///   `expired`.
/// - `past_due`, `unpaid` → past due.
/// - `Cancel At Period End` on a live subscription → the period's end (notice given, a future
///   date; `Canceled At` is then when it was requested); else `Canceled At` → `cancel_date`.
/// - The interval → billing cadence (1 month monthly, 3 quarterly, 6 semiannual, 1 year annual,
///   2–3 years upfront); for a year or more the current period's end is the contract end.
/// - `Start Date` → start date; name and `segment (metadata)`.
enum StripeFacts {
  /// The subscription that speaks for a customer with several: a live paid one (active, past
  /// due, unpaid) with the largest price, else a trialing one with the largest price (a trial
  /// beside a paid subscription does not make a paying customer "in trial"), else the one that
  /// ended last.
  static func primary(_ subs: [StripeSubscription]) -> StripeSubscription {
    let paid = subs.filter { $0.status.isPaying }
    let live = paid.isEmpty ? subs.filter { $0.status == .trialing } : paid
    if let best = live.max(by: { ($0.mrr ?? 0, -$0.line) < ($1.mrr ?? 0, -$1.line) }) {
      return best
    }
    return subs.max {
      ($0.endedAt ?? $0.canceledAt ?? .init(daysSinceEpoch: 0), -$0.line)
        < ($1.endedAt ?? $1.canceledAt ?? .init(daysSinceEpoch: 0), -$1.line)
    }!
  }

  /// Writes the facts of `sub` into `account`; a differing fact the account already had from
  /// another file is reported in `conflicts`. `asOf`: the as-of month, when known, for a
  /// subscription set to cancel at its period's end whose export gives no period end
  /// (``periodEnd(of:after:)``).
  static func apply(
    _ sub: StripeSubscription, to account: inout ImportedAccount, conflicts: inout [String],
    asOf: Month? = nil
  ) {
    func set<T: Equatable>(
      _ path: WritableKeyPath<ImportedAccount, T?>, _ value: T?, _ label: String
    ) {
      guard let value else { return }
      if let have = account[keyPath: path], have != value {
        conflicts.append("\"\(account.id)\" \(label) \(have) vs \(value) (line \(sub.line))")
      }
      account[keyPath: path] = value
    }
    set(\.name, sub.name, "name")
    set(\.segment, sub.segment, "segment")
    set(\.startDate, sub.start, "start date")
    set(\.billingCadence, sub.billingCadence, "billing cadence")
    set(\.contractType, sub.contractType, "contract type")
    if let months = sub.intervalMonths, months >= 12 {
      // Stripe's period end is the next period's first instant (`2026-01-01 00:00` ends the
      // year served through 2025-12-31): the term's last day is the day before, as a ledger of
      // Stripe's invoice lines and a subscriptions table read it. The anniversary put a term
      // ending in December into January's renewals.
      set(
        \.contractEndDate,
        sub.currentPeriodEnd.map { CivilDate(daysSinceEpoch: $0.daysSinceEpoch - 1) },
        "contract end")
    }
    switch sub.status {
    case .trialing:
      account.trialStatus = .active
      account.trialEndDate = sub.trialEnd
    case .paused:
      if sub.trialEnd != nil {
        account.trialStatus = .expired
        account.trialEndDate = sub.trialEnd
      }
    case .active, .pastDue, .unpaid, .canceled:
      if let t = sub.trialEnd, let s = sub.start, t > s {
        // Canceled by its trial's end (ended, or asked to, on or before it): never paid, an
        // expired trial whatever the status word (trial 44, T44-3: `canceled` trials ended at
        // their trial's end read as converted, 100% conversion every month).
        let end = sub.status == .canceled ? sub.endedAt ?? sub.canceledAt : nil
        account.trialStatus = end.map { $0 <= t } == true ? .expired : .converted
        account.trialEndDate = t
      }
    case .incomplete, .incompleteExpired:
      break
    }
    if sub.status == .pastDue || sub.status == .unpaid { account.isPastDue = true }
    // A live subscription set to cancel at its period's end leaves then: `Canceled At` is the
    // time the cancellation was requested (Stripe's changelog, 2015-01-26), so the period's end
    // wins whichever columns were exported (review 13, F13: "cancelled 2024-10-03" on an
    // account paid through 2025-08-31).
    let isLive = [.active, .pastDue, .unpaid, .trialing].contains(sub.status)
    if sub.cancelAtPeriodEnd, isLive,
      let end = sub.currentPeriodEnd ?? asOf.map({ periodEnd(of: sub, after: $0) })
    {
      account.cancelDate = end
    } else if isLive, let end = sub.cancelAt {
      // Set to end on a date of its own (`cancel_at`; session 15, import lane): it leaves then,
      // not when the cancellation was asked for.
      account.cancelDate = end
    } else if let c = sub.canceledAt {
      // An ended subscription leaves when it ended, not when its cancellation was asked for
      // (trial 44, T44-4: Canceled At 2026-11-29, Ended At 2026-12-02 read "leaves 2026-11-29").
      account.cancelDate = sub.status == .canceled ? max(sub.endedAt ?? c, c) : c
    } else if sub.cancelAtPeriodEnd, let end = sub.currentPeriodEnd {
      account.cancelDate = end
    }
  }

  /// The end of the period a live subscription is in at the end of month `asOf`, when its
  /// export gives no period end: the first whole interval from its start on or after the next
  /// month's first day (Stripe's period end, the next period's first instant), else, for a
  /// day or week interval or no start, that first day (trial 44, T44-21: `Cancel At Period End
  /// = true` without a `Current Period End` column was dropped, the account wavering and the
  /// notice column said to be absent). A notice so given is never later than one interval
  /// after the as-of month.
  static func periodEnd(of sub: StripeSubscription, after asOf: Month) -> CivilDate {
    let next = CivilDate.firstDay(of: asOf.adding(months: 1))
    guard let months = sub.intervalMonths, months > 0, let start = sub.start, start < next else {
      return next
    }
    // Whole intervals from the start; the count is bounded by the months between.
    let k = max(1, (asOf.months(since: start.month) + months) / months)
    var end = ServicePeriod.adding(months: k * months, to: start)
    if end < next { end = ServicePeriod.adding(months: (k + 1) * months, to: start) }
    return end
  }

  /// Subscriptions by customer id, in first-row order, without those that never started
  /// (`incomplete`, `incomplete_expired`: skipped and reported on file `fileIndex`).
  static func byCustomer(
    _ subs: [StripeSubscription], fileIndex: Int, log: inout ImportLog
  ) -> [(customer: String, subs: [StripeSubscription])] {
    var order = [String]()
    var groups = [String: [StripeSubscription]]()
    for s in subs {
      if s.status == .incomplete || s.status == .incompleteExpired {
        log.skip(
          file: fileIndex, line: s.line, kind: .notStarted,
          reason: "\(s.status.rawValue): the first payment never succeeded, no revenue")
        continue
      }
      if groups[s.customer] == nil { order.append(s.customer) }
      groups[s.customer, default: []].append(s)
    }
    return order.map { ($0, groups[$0]!) }
  }
}
