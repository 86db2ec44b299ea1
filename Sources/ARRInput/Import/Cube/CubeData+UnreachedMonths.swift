import ARRCore

/// Months at a cube's or monthly table's end in which no customer has any amount: months not
/// reached yet (`docs/import.md`, "Months not reached yet"). An accounting system's report for
/// the year in progress prints its future months as `£0.00` or blank for every customer
/// (FreeAgent's Customer Sales, QuickBooks' and Xero's "this financial year"), and a warehouse
/// table run on a date spine pads them with `mrr` 0. Read as months, the as-of month was one
/// that had not happened: trial 21, Q1, a FreeAgent report measured at March when its last
/// real month was December, headline £108K for £463,800, and a padded monthly table's headline
/// $0 for $411,984.
extension CubeData {
  /// Drops the trailing months in which every account's cell and usage are 0, when an earlier
  /// month has an amount, so that the as-of month is the last month with revenue. One-time
  /// revenue alone does not reach a month (a setup fee invoiced before the month's subscriptions
  /// were billed: review 48L, RL-5, an $8,000 fee in a month no subscription reached made it the
  /// as-of month, headline $0): it is dropped with the month, as amounts after the as-of month
  /// are. Nothing is dropped from a table whose as-of reading has an alternative
  /// (``alternativeAsOf``: it prices that month's other reading).
  /// - Returns: The months dropped, oldest first (empty when none), and the one-time revenue
  ///   they held, for the tie-out.
  /// - Complexity: O(accounts × months).
  mutating func dropUnreachedMonths() -> (months: [Month], oneTimeCents: Int64) {
    let n = monthCount
    guard n > 1, !accounts.isEmpty, alternativeAsOf.isEmpty, cells.count == accounts.count * n
    else { return ([], 0) }
    func isEmpty(_ m: Int) -> Bool {
      for a in accounts.indices {
        let i = a * n + m
        if cells[i] != 0 || (usage?[i] ?? 0) != 0 { return false }
      }
      return true
    }
    var kept = n
    while kept > 0 && isEmpty(kept - 1) { kept -= 1 }
    guard kept > 0, kept < n else { return ([], 0) }
    var dropped: Int64 = 0
    if let oneTime {
      for a in accounts.indices {
        for m in kept..<n { dropped = Money.saturatingSum(dropped, oneTime[a * n + m]) }
      }
    }
    keepFirstMonths(kept)
    return ((kept..<n).map { firstMonth.adding(months: $0) }, dropped)
  }

  /// Whether the file says the `dropped` months (``dropUnreachedMonths()``) are to come: no
  /// customer row writes a cell in them (all blank: a `0.00` or `-` written for every customer
  /// is a sheet whose customers all left), its totals row leaves them blank or `0` (what a
  /// `=SUM` of blank cells shows), and it gives the as-of month's total (the last month kept).
  /// A year-in-progress sheet leaves its future months empty; a blank total in a month read is
  /// a total not given, not a sign (hostile trial 35, H35-15: a FY2025 sheet filled to June led
  /// page one with "quote the range, $0 to $65.8K", whose low end assumed every customer left
  /// on one day though the sheet's own totals row was left blank from July; retest 36, N5: the
  /// range came back when the February total was also left blank, or the future totals read
  /// `0.00`).
  /// - Complexity: O(months).
  func areUnreachedMonthsSaidByTotals(_ dropped: [Month]) -> Bool {
    guard let totals = totalsRowMonths, !dropped.isEmpty else { return false }
    let kept = monthCount
    let future = kept..<(kept + dropped.count)
    return totals.filled.contains(kept - 1) && !totals.zero.contains(kept - 1)
      && future.allSatisfy {
        !writtenMonths.contains($0) && (totals.blank.contains($0) || totals.zero.contains($0))
      }
  }

  /// The finding for `dropped` months of `file`, the as-of month now `asOf`; a note's text
  /// when `isSaidByTotals` (``areUnreachedMonthsSaidByTotals(_:)``).
  static func unreachedMonthsFinding(
    _ dropped: [Month], asOf: Month, file: String, isSaidByTotals: Bool = false
  ) -> String {
    let months =
      dropped.count == 1
      ? "the last month, \(dropped[0]), holds"
      : "the last \(dropped.count) months, \(dropped[0]) to \(dropped[dropped.count - 1]), hold"
    if isSaidByTotals {
      return
        "\(file): \(months) no amount for any customer (every cell blank) and the totals row "
        + "gives no amount in \(dropped.count == 1 ? "it" : "them") (blank or 0) though it gives "
        + "the month before: read as "
        + "\(dropped.count == 1 ? "a month" : "months") not reached yet (a report of a year in "
        + "progress), so the as-of month is \(asOf), the last with revenue; to read "
        + "\(dropped.count == 1 ? "it" : "them") as months without revenue, pass --as-of "
        + "\(dropped[dropped.count - 1])"
    }
    return
      "\(file): \(months) no amount for any customer: read as "
      + "\(dropped.count == 1 ? "a month" : "months") not reached yet (a report of a year in "
      + "progress, or a table padded to a period's end), so the as-of month is \(asOf), the "
      + "last with revenue; if the company truly earned nothing since, pass --as-of "
      + "\(dropped[dropped.count - 1])"
  }
}
