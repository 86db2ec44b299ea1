import ARRCore

/// The export's month that a subscriptions table's running rows give when their ends are each
/// one's next monthly renewal (`docs/import.md`, "Subscriptions table", the as-of month).
///
/// Billing databases export a running subscription's current period end (Stripe's
/// `current_period_end`, Chargebee's `current_term_end`) in the column a table calls its end.
/// For monthly plans these ends all fall within one month after the export's day, each on its
/// own start's day of the month; read against the latest start instead, they lie months ahead
/// and every running customer "gave notice" (trial 32, T32-29: an undated table whose 24 active
/// `Pro Monthly` rows end in 2025-07 was read as of 2025-04, the latest start: quality-adjusted
/// ARR 7.3% of headline and projected NDR 7.6% with a narrow range; as of 2025-06, 82.7% and
/// 85.6%). Such a bunch dates the export; a contract list's terms do not bunch so (a one-year
/// cohort signed in one month ends in one month too, but each end closes whole years, read as
/// terms' ends by ``SubscriptionTermEnd``; co-termed contracts end on one day, whatever their
/// starts' days).
enum SubscriptionRenewalBunch {
  /// Running rows with an end needed before their ends date the export.
  static let minimumRows = 3

  /// The bunch `subs` holds, if any: the running rows' ends (status says it runs) when there
  /// are at least ``minimumRows``, every one falls after every start of the table, all within
  /// one month (the latest at most a month after the earliest), at least 80% on their start's
  /// day of the month (or the day before it, or the month's end for a start on the 29th–31st:
  /// ``isOnStartsDay(_:start:)``), and not all closing whole years from their starts.
  /// - Returns: the as-of month (that of the latest end less a month: with a period a month
  ///   long, the export's day is no earlier, and a bunch of many ends brings it close; no
  ///   earlier than the latest start's), the
  ///   earliest and latest end, their count, and the line of the latest end.
  /// - Complexity: O(rows).
  static func find(_ subs: [StripeSubscription])
    -> (month: Month, first: CivilDate, last: CivilDate, count: Int, line: Int)?
  {
    guard let latestStart = subs.compactMap(\.start).max() else { return nil }
    let running = subs.filter { $0.statusSaysRunning == true && $0.endedAt != nil }
    guard running.count >= minimumRows else { return nil }
    let ends = running.map { $0.endedAt! }
    let first = ends.min()!
    let last = ends.max()!
    guard first > latestStart, last <= sameDay(monthAfter: first) else { return nil }
    let onDay = running.filter { s in s.start.map { isOnStartsDay(s.endedAt!, start: $0) } ?? false
    }
    guard onDay.count * 5 >= running.count * 4 else { return nil }
    let wholeYears = running.filter { s in
      s.start.map { SubscriptionTermEnd.wholeYears(from: $0, to: s.endedAt!) != nil } ?? false
    }
    guard wholeYears.count < running.count else { return nil }
    let line = running.filter { $0.endedAt == last }.map(\.line).min()!
    return (max(last.month.adding(months: -1), latestStart.month), first, last, running.count, line)
  }

  /// Whether `end` falls on `start`'s day of the month (a whole number of months on), on the
  /// day before it (an end written as the last day served), or, for a start on the 29th–31st,
  /// on or after the 28th (a month too short for the day bills on its last day, or on the 28th
  /// where a billing system anchors such starts there).
  static func isOnStartsDay(_ end: CivilDate, start: CivilDate) -> Bool {
    let s = start.parts
    func isAnchored(_ d: CivilDate) -> Bool {
      let p = d.parts
      return p.day == min(s.day, CivilDate.daysIn(month: p.month, year: p.year))
    }
    return isAnchored(end) || isAnchored(CivilDate(daysSinceEpoch: end.daysSinceEpoch + 1))
      || s.day > 28 && end.parts.day >= 28
  }

  /// The same day a month after `date` (the month's last day when it is shorter).
  static func sameDay(monthAfter date: CivilDate) -> CivilDate {
    ServicePeriod.adding(months: 1, to: date)
  }

  /// The note for `bunch`, read from `file`.
  static func note(
    _ bunch: (month: Month, first: CivilDate, last: CivilDate, count: Int, line: Int),
    file: String
  ) -> String {
    "\(file): the table gives no export date: the ends of its \(CountText.grouped(bunch.count)) "
      + "rows whose status says they run all fall within one month, \(bunch.first) to "
      + "\(bunch.last), after every start, nearly all on their start's day of the month: read as "
      + "each one's next monthly renewal (a current period's end, as billing systems export it), "
      + "not as notice given, so the export is from the month before the latest of them, "
      + "\(bunch.month) (line \(bunch.line)), the as-of month; pass --as-of to measure another "
      + "month"
  }
}
