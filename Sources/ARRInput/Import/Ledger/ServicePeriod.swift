import ARRCore

/// How an invoice line's service period spreads its amount over months (`docs/import.md`,
/// "Service periods").
///
/// - **Whole months**: a period from a day to the same day, or the day before it, of a later
///   month (2025-03-15 to 2025-04-15, 2025-03-01 to 2026-02-28; a day past a month's end reads
///   as its last day) covers k months and spreads evenly over the k months from the start's
///   month: every month the amount ÷ k rounded to the cent, half away from zero.
/// - **Any other period** is prorated by days: each calendar month it touches weighs the share
///   of that month's days it covers (a whole month weighs 1, 10 of March's 31 days 10/31), and
///   gets the amount × its weight ÷ the total weight, rounded to the cent. Whole months inside
///   such a period therefore get equal amounts (no February dip).
///
/// In both cases the rounding residual (under one cent per month) goes to the tie-out, never
/// into a month.
struct ServicePeriod: Sendable, Equatable {
  /// First month of service.
  var firstMonth: Month
  /// Cents per month from ``firstMonth``.
  var shares: [Int64]
  /// The amount minus the sum of ``shares``.
  var residual: Int64
  /// Whether the period was whole months (else prorated by days).
  var isWholeMonths: Bool

  /// A common multiple of every month length (28…31 days): weights stay integers.
  static let monthWeight: Int64 = 377_580

  /// The months of a period from `start` through `end` (both included), or `nil` when `end` is
  /// before `start`; `byDays`, prorated by days even when the period is whole months (a fixed
  /// cycle's 30 days from the 31st, to the 29th of the next month, are no month of October).
  static func spread(
    _ amount: Int64, from start: CivilDate, through end: CivilDate, byDays: Bool = false
  ) -> ServicePeriod? {
    guard end >= start else { return nil }
    if !byDays, let k = wholeMonths(from: start, through: end) {
      let q = Spreader.share(amount, k)
      return ServicePeriod(
        firstMonth: start.month, shares: Array(repeating: q, count: k),
        residual: amount &- q &* Int64(k), isWholeMonths: true)
    }
    let first = start.month
    let last = end.month
    var weights = [Int64]()
    var m = first
    while m <= last {
      let lo = max(start, CivilDate.firstDay(of: m))
      let hi = min(end, CivilDate.lastDay(of: m))
      let covered = Int64(hi.days(since: lo) + 1)
      let days = Int64(CivilDate.daysIn(month: m.month, year: m.year))
      weights.append(covered * (monthWeight / days))
      m = m.adding(months: 1)
    }
    let total = weights.reduce(0, +)
    var shares = [Int64]()
    var sum: Int64 = 0
    for w in weights {
      let s = proportion(amount, w, total)
      shares.append(s)
      sum &+= s
    }
    return ServicePeriod(
      firstMonth: first, shares: shares, residual: amount &- sum, isWholeMonths: false)
  }

  /// k when `end` is the same day k months after `start`, or the day before it (k ≥ 1); a day
  /// past the end of a shorter month is read as that month's last day (2025-01-31 + 1 month is
  /// 2025-02-28). A `start` on its month's last day may be such a day, a later day of the month
  /// cut short (Stripe anchors a period at the 31st: 2024-02-29 → 2024-08-31, 2024-04-30 →
  /// 2024-10-31), so an `end` k months on whose day is `start`'s or later (or the day before
  /// one) is k months too (session 56, crm lane; trial 54, T54-26: such 6-month periods were no
  /// whole months, their prices read as monthly).
  static func wholeMonths(from start: CivilDate, through end: CivilDate) -> Int? {
    let k = end.month.months(since: start.month)
    for candidate in [k, k + 1] where candidate >= 1 {
      let same = adding(months: candidate, to: start)
      if end == same || end.daysSinceEpoch + 1 == same.daysSinceEpoch { return candidate }
    }
    let s = start.parts
    guard s.day == CivilDate.daysIn(month: s.month, year: s.year) else { return nil }
    for e in [end, CivilDate(daysSinceEpoch: end.daysSinceEpoch + 1)] {
      let months = e.month.months(since: start.month)
      if months >= 1, e.parts.day >= s.day { return months }
    }
    return nil
  }

  /// `date` moved `months` later, the day clamped to the month's length.
  static func adding(months: Int, to date: CivilDate) -> CivilDate {
    let p = date.parts
    let m = Month(year: p.year, month: p.month).adding(months: months)
    return CivilDate(
      year: m.year, month: m.month, day: min(p.day, CivilDate.daysIn(month: m.month, year: m.year))
    )!
  }

  /// `amount × part ÷ whole` rounded half away from zero, without overflow (128-bit product).
  static func proportion(_ amount: Int64, _ part: Int64, _ whole: Int64) -> Int64 {
    let magnitude = amount.magnitude
    let product = magnitude.multipliedFullWidth(by: UInt64(part))
    let (q, r) = UInt64(whole).dividingFullWidth(product)
    let rounded = Int64(q) + (2 * r >= UInt64(whole) ? 1 : 0)
    return amount < 0 ? -rounded : rounded
  }
}
