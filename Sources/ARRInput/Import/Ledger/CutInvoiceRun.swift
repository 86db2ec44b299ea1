import ARRCore

/// An export cut mid invoice run (`docs/import.md`, "An export cut mid invoice run"; session 34,
/// imp lane; trial 33, T33-15).
///
/// A billing system that invoices each customer on its own day of the month, exported on day N,
/// holds in its last month only the invoices of days 1 to N: read as the as-of month, every
/// customer invoiced later in the month looked churned (the trial's file: headline ARR −35%,
/// with no range or warning).
///
/// Decided: the last month is **cut** when the three months before it hold invoices, and of the
/// customers invoiced in both of the two months before it (at least ``minimumRegulars``), at
/// most two thirds have an invoice in it, its invoices end on an earlier day than the month
/// before's, and at least four fifths of those missing were invoiced in the month before only
/// after that day: they are missing by their day of the month, as a cut leaves them out, not as
/// customers leave. The default as-of month is then the month before, the last complete one,
/// and a finding says so; with `--as-of` the cut month, a finding says it is partial.
///
/// A company invoicing every customer on the same day of the month, exported that day while the
/// run was under way, holds in its last month some of that day's invoices: its last day is the
/// month before's, so the rule above never held (session 35, imp lane; trial 34, T34-5: 20
/// customers invoiced on the 1st, 8 of them in the last month, 12 read churned, headline $96,000
/// for $240,000). When the last month's invoices all fall on **one day**, no later than the
/// month before's last, a customer missing from it that was invoiced in the month before on that
/// day or later is missing by its day too. Since the day then tells nothing (every missing
/// customer is "late"), such a month reads as cut only when at least half the customers are
/// missing (review 35, finding 2: 2 of 6 churning read as a cut; fewer stays the analysis's
/// churn cliff, "a data cut-off or a real cliff?"). A line of any amount (a credit, a refund)
/// dated after the cut month's last invoice day shows the export ran later: no cut.
enum CutInvoiceRun {
  /// Fewest customers invoiced in both months before the last for a cut to be read.
  static let minimumRegulars = 5

  /// What a cut month shows.
  struct Cut: Equatable {
    /// The cut month (the last invoiced).
    var month: Month
    /// Its latest invoice day.
    var lastDay: Int
    /// The latest invoice day of the month before.
    var previousLastDay: Int
    /// Customers invoiced in both months before it.
    var regulars: Int
    /// Of them, those with an invoice in the cut month.
    var present: Int
    /// Of those missing, the ones invoiced in the month before only after ``lastDay`` (on it or
    /// after, when ``isOneDay``).
    var late: Int
    /// Whether the cut month's invoices all fall on ``lastDay``.
    var isOneDay = false
  }

  /// The cut `last` month shows, or `nil` when it is no cut.
  static func find(_ entries: [LedgerEntry], last: Month) -> Cut? {
    let previous = last.adding(months: -1)
    let before = last.adding(months: -2)
    let third = last.adding(months: -3)
    var inLast = Set<Int>()
    var firstDayInPrevious = [Int: Int]()
    var inBefore = Set<Int>()
    var hasThird = false
    var lastDay = 0
    var firstDay = Int.max
    var previousLastDay = 0
    var latestInLast = 0
    for e in entries {
      let month = e.date.month
      let day = e.date.parts.day
      if month == last { latestInLast = max(latestInLast, day) }
      guard e.amount > 0 else { continue }
      if month == last {
        inLast.insert(e.account)
        lastDay = max(lastDay, day)
        firstDay = min(firstDay, day)
      } else if month == previous {
        firstDayInPrevious[e.account] = min(firstDayInPrevious[e.account] ?? day, day)
        previousLastDay = max(previousLastDay, day)
      } else if month == before {
        inBefore.insert(e.account)
      } else if month == third {
        hasThird = true
      }
    }
    let isOneDay = firstDay == lastDay
    // A line of any amount (a credit, a refund) dated after the last invoice day shows the
    // export ran later than that day (review 35, finding 2).
    guard hasThird, lastDay > 0, latestInLast <= lastDay,
      lastDay < previousLastDay || (isOneDay && lastDay == previousLastDay)
    else { return nil }
    let regulars = firstDayInPrevious.keys.filter { inBefore.contains($0) }
    guard regulars.count >= minimumRegulars else { return nil }
    let missing = regulars.filter { !inLast.contains($0) }
    let present = regulars.count - missing.count
    guard present * 3 <= regulars.count * 2 else { return nil }
    // On one day every missing customer is "late": the day tells nothing, so only half or more
    // missing reads as a cut (review 35, finding 2: 2 of 6 customers billed on the 1st churning
    // read as a cut, headline $72,000 for $48,000 and no churn).
    guard !isOneDay || missing.count * 2 >= regulars.count else { return nil }
    let late = missing.filter {
      firstDayInPrevious[$0]! > lastDay || (isOneDay && firstDayInPrevious[$0]! == lastDay)
    }.count
    guard late * 5 >= missing.count * 4 else { return nil }
    return Cut(
      month: last, lastDay: lastDay, previousLastDay: previousLastDay, regulars: regulars.count,
      present: present, late: late, isOneDay: isOneDay)
  }

  /// The finding: `isAsOf` when the as-of month was moved to the month before.
  static func finding(_ cut: Cut, file: String, isMoved: Bool, linesAfter: Int) -> String {
    let previous = cut.month.adding(months: -1)
    let missing = cut.regulars - cut.present
    let days =
      cut.isOneDay
      ? "its invoices are all of day \(cut.lastDay) (\(previous)'s ran to day "
        + "\(cut.previousLastDay))"
      : "its invoices end on day \(cut.lastDay) (\(previous)'s ran to day \(cut.previousLastDay))"
    let after = cut.isOneDay ? "on day \(cut.lastDay) or later" : "only after day \(cut.lastDay)"
    let shown =
      "\(file): the last month, \(cut.month), looks cut mid invoice run: \(days), and "
      + "\(cut.present) of the \(cut.regulars) customers invoiced in both months before it have "
      + "an invoice in it; \(cut.late) of the \(missing) missing were invoiced in \(previous) "
      + "\(after), as an export made on day \(cut.lastDay)"
      + (cut.isOneDay
        ? " before that day's run finished leaves them out (or they left: half the customers "
          + "leaving at once reads the same)" : " leaves them out")
    return isMoved
      ? shown + ". The as-of month is \(previous), the last complete one; "
        + "\(Counted.phrase(linesAfter, "line")) of \(cut.month) \(linesAfter == 1 ? "is" : "are") "
        + "counted after it (--as-of \(cut.month) measures the partial month anyway, its ARR "
        + "without the customers not yet invoiced)"
      : shown + ". As of \(cut.month), ARR lacks the customers not yet invoiced; --as-of "
        + "\(previous) measures the last complete month"
  }
}
