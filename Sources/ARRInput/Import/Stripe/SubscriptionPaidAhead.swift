import ARRCore

/// A subscriptions table's rows billed a year or more ahead (`billing_frequency` annual): the
/// price pays for the year, so the subscription is committed until that paid year ends
/// (`docs/import.md`, "Subscriptions table"; `docs/definitions.md`, "Committed ARR"; session
/// 18, import5 lane). Trial 18a, R1 and W2: RavenStack's 49.7% of open MRR billed annually,
/// and Wave's annual plans, read "none of it carries a commitment beyond this month".
enum SubscriptionPaidAhead {
  /// The months a row's price pays ahead when a year or more: Stripe's interval, else 12 for
  /// an annual cadence; `nil` for shorter cycles or an unknown one (`upfront` says no length).
  static func months(_ s: StripeSubscription) -> Int? {
    if let m = s.intervalMonths { return m >= 12 ? m : nil }
    return s.billingCadence == .annual ? 12 : nil
  }

  /// The last day of the paid period holding the as-of month's last day (periods of
  /// ``months(_:)`` from the row's start: `2024-03-15` paid yearly serves 2024-03-15 through
  /// 2025-03-14), when the row bills in the as-of month and runs past it (no end, or an end
  /// after that month); `nil` otherwise. An end before the period's last day cuts it there.
  static func paidThrough(_ s: StripeSubscription, asOf: Month) -> CivilDate? {
    guard let months = months(s), s.isBilled(asOf), let start = s.paidFrom else { return nil }
    let monthEnd = CivilDate.lastDay(of: asOf)
    if let end = s.endedAt, end <= monthEnd { return nil }
    let last = periodEnd(from: start, months: months, holding: monthEnd)
    if let end = s.endedAt {
      return min(last, CivilDate(daysSinceEpoch: end.daysSinceEpoch - 1))
    }
    return last
  }

  /// The last day of the period of `months` from `start` that holds `day` (on or after
  /// `start`): `2024-03-15` yearly, holding `2024-12-31`, gives `2025-03-14`.
  static func periodEnd(from start: CivilDate, months: Int, holding day: CivilDate) -> CivilDate {
    // Whole periods elapsed by `day`, then that period's last day.
    var k = max(day.month.months(since: start.month) / months, 1)
    while k > 1, ServicePeriod.adding(months: (k - 1) * months, to: start) > day { k -= 1 }
    while ServicePeriod.adding(months: k * months, to: start) <= day { k += 1 }
    return CivilDate(
      daysSinceEpoch: ServicePeriod.adding(months: k * months, to: start).daysSinceEpoch - 1)
  }

  /// The last day of the paid period holding the last day `s` bills in `last` (the day before
  /// its end when it ends in that month, else that month's last day), not cut at its end: the
  /// year was paid ahead, and the leaving date is an event, not the term's end. `nil` for a row
  /// not paid a year or more ahead.
  static func paidThrough(_ s: StripeSubscription, leavingIn last: Month) -> CivilDate? {
    guard let months = months(s), let start = s.paidFrom else { return nil }
    var day = CivilDate.lastDay(of: last)
    let end = s.endedAt ?? (s.status == .canceled ? s.canceledAt ?? s.currentPeriodEnd : s.cancelAt)
    if let end, end <= day { day = CivilDate(daysSinceEpoch: end.daysSinceEpoch - 1) }
    return periodEnd(from: start, months: months, holding: max(day, start))
  }

  /// Gives `account` the commitment of its rows billed a year or more ahead, unless a column
  /// gave its contract type. Every row billing at as-of paid ahead: an annual (multi-year for
  /// longer periods) contract ending with the earliest such paid period, inferred from the
  /// first such row's start. Some: those rows' as-of MRR as its `committed_mrr`, ending there
  /// too, the contract type still unknown (the others may leave any month), inferred from
  /// those rows' first start too. An account with no row billing at as-of (it left) is typed
  /// from the rows billing in its last billed month (``applyLeft(_:to:asOf:)``).
  static func apply(
    _ group: [StripeSubscription], to account: inout ImportedAccount, asOf: Month
  ) {
    guard account.contractType == nil else { return }
    let billed = group.filter { $0.isBilled(asOf) }
    if billed.isEmpty {
      applyLeft(group, to: &account, asOf: asOf)
      return
    }
    let ahead = billed.compactMap { s in paidThrough(s, asOf: asOf).map { (s, $0) } }
    guard let earliest = ahead.map(\.1).min() else { return }
    let committed = ahead.reduce(Int64(0)) { sum, row in
      let (total, overflow) = sum.addingReportingOverflow(row.0.mrr ?? 0)
      return overflow ? .max : total
    }
    guard committed > 0 else { return }
    if account.contractEndDate == nil {
      account.contractEndDate = earliest
      account.inferred.insert(.contractEndDate)
    }
    if ahead.count == billed.count {
      let longest = ahead.map { Self.months($0.0) ?? 12 }.max() ?? 12
      account.contractType = longest > 12 ? .multiYear : .annual
      account.inferred.insert(.contractType)
      account.apply(BillingsSpreader.rule(forRhythm: longest > 12 ? 24 : 12))
      account.inferredFrom = ahead.compactMap(\.0.paidFrom).min()?.month
    } else {
      account.committedMRR = committed
      account.inferred.insert(.committedMRR)
      // Known from the paid-ahead rows' first start, as a whole annual typing is: a year-ago
      // view before it had no such commitment (trial 20, N1).
      account.inferredFrom = ahead.compactMap(\.0.paidFrom).min()?.month
    }
  }

  /// Types an account none of whose rows bill at as-of (it left) from the rows billing in its
  /// last billed month, as one still paying is typed from the as-of month's: every such row
  /// paid a year or more ahead, an annual (multi-year) contract inferred from the first such
  /// row's start, ending with the earliest of those rows' paid periods
  /// (``paidThrough(_:leavingIn:)``), inferred too, so a past as-of rolls it back as a
  /// stayer's; no `committed_mrr` (it has no current term). Without the type only accounts
  /// still paying could read annual, and a backtest a year back saw no annual account churn;
  /// without the end, a year back only stayers carried one (trial 20, N1; review, session 22).
  static func applyLeft(
    _ group: [StripeSubscription], to account: inout ImportedAccount, asOf: Month
  ) {
    guard let last = SubscriptionTermChange.lastBilledMonth(of: group, through: asOf) else {
      return
    }
    let rows = group.filter { $0.isBilled(last) }
    guard rows.allSatisfy({ months($0) != nil }), rows.contains(where: { ($0.mrr ?? 0) > 0 })
    else { return }
    let longest = rows.map { Self.months($0) ?? 12 }.max() ?? 12
    account.contractType = longest > 12 ? .multiYear : .annual
    account.inferred.insert(.contractType)
    account.apply(BillingsSpreader.rule(forRhythm: longest > 12 ? 24 : 12))
    account.inferredFrom = rows.compactMap(\.paidFrom).min()?.month
    if account.contractEndDate == nil,
      let end = rows.compactMap({ paidThrough($0, leavingIn: last) }).min()
    {
      account.contractEndDate = end
      account.inferred.insert(.contractEndDate)
    }
  }
}
