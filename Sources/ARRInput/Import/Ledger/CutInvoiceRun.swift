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
    /// Of those missing, the ones invoiced in the month before only after ``lastDay``.
    var late: Int
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
    var previousLastDay = 0
    for e in entries where e.amount > 0 {
      let month = e.date.month
      let day = e.date.parts.day
      if month == last {
        inLast.insert(e.account)
        lastDay = max(lastDay, day)
      } else if month == previous {
        firstDayInPrevious[e.account] = min(firstDayInPrevious[e.account] ?? day, day)
        previousLastDay = max(previousLastDay, day)
      } else if month == before {
        inBefore.insert(e.account)
      } else if month == third {
        hasThird = true
      }
    }
    guard hasThird, lastDay > 0, lastDay < previousLastDay else { return nil }
    let regulars = firstDayInPrevious.keys.filter { inBefore.contains($0) }
    guard regulars.count >= minimumRegulars else { return nil }
    let missing = regulars.filter { !inLast.contains($0) }
    let present = regulars.count - missing.count
    guard present * 3 <= regulars.count * 2 else { return nil }
    let late = missing.filter { firstDayInPrevious[$0]! > lastDay }.count
    guard late * 5 >= missing.count * 4 else { return nil }
    return Cut(
      month: last, lastDay: lastDay, previousLastDay: previousLastDay, regulars: regulars.count,
      present: present, late: late)
  }

  /// The finding: `isAsOf` when the as-of month was moved to the month before.
  static func finding(_ cut: Cut, file: String, isMoved: Bool, linesAfter: Int) -> String {
    let previous = cut.month.adding(months: -1)
    let missing = cut.regulars - cut.present
    let shown =
      "\(file): the last month, \(cut.month), looks cut mid invoice run: its invoices end on "
      + "day \(cut.lastDay) (\(previous)'s ran to day \(cut.previousLastDay)), and "
      + "\(cut.present) of the \(cut.regulars) customers invoiced in both months before it have "
      + "an invoice in it; \(cut.late) of the \(missing) missing were invoiced in \(previous) "
      + "only after day \(cut.lastDay), as an export made on day \(cut.lastDay) leaves them out"
    return isMoved
      ? shown + ". The as-of month is \(previous), the last complete one; "
        + "\(Counted.phrase(linesAfter, "line")) of \(cut.month) \(linesAfter == 1 ? "is" : "are") "
        + "counted after it (--as-of \(cut.month) measures the partial month anyway, its ARR "
        + "without the customers not yet invoiced)"
      : shown + ". As of \(cut.month), ARR lacks the customers not yet invoiced; --as-of "
        + "\(previous) measures the last complete month"
  }
}
