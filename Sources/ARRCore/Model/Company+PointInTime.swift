/// What was knowable about an account at an earlier month, for backtests that must not look ahead.
///
/// ``Company/pointInTime(_:)`` is the one way to see the company at an earlier month: it cuts the
/// revenue and activity after the month and rolls each account back by the rules of
/// ``Account/Terms`` (their one home, `Account+Terms.swift`): dated events (cancellations, trial
/// outcomes) and inferred terms after the cutoff are undone, and:
/// - **Snapshot columns** (`seats_purchased`, `seats_active`, `integrations`, `past_due`) describe
///   the account on the as-of date only. Their value a year earlier is unknown, and for accounts
///   that left since, the snapshot often records the leaving itself (seats at 0, an unpaid last
///   invoice), so using it in a backtest would leak the outcome. Before the as-of month they are
///   cleared and the columns treated as absent.
/// - **contract_end_date** is the *current* term's end. An annual term's end, a year earlier, was
///   the same date a whole number of years before; a month-to-month term's, a whole number of months
///   before. The date is stepped back by whole terms to the first one on or after the cutoff: a
///   term ending on the cutoff day is at its renewal then, as one ending on the as-of month's last
///   day is at the as-of month (an importer's paid-ahead or billed term ends so), not yet renewed
///   (session 22, review lane: stepped to the date after, a stayer whose paid year ended on a
///   year-ago cutoff read a year to run while a leaver leaving at that end read its renewal due,
///   a leak into the backtest). Other terms (multi-year, usage, pilot, and `unknown`, whose length
///   is not known either) have no known length, so the date is kept as it is: read as the end of
///   the term running at the cutoff, the reading every term of unknown length gets.
extension AccountColumn {
  /// Columns that describe the account only on the as-of date, unknown at any earlier month.
  public static let snapshotColumns: Set<AccountColumn> = [
    .seatsPurchased, .seatsActive, .integrations, .pastDue,
  ]
}

extension Account {
  /// The account as it was known at the end of `month`, when the data runs to `asOf`.
  ///
  /// Undoes dated events and inferred terms after the cutoff, steps `contract_end_date` back by
  /// whole terms and clears snapshot facts (see the file's notes).
  /// With `month == asOf` the account is returned unchanged.
  /// - Parameters:
  ///   - month: The month whose end is the cutoff.
  ///   - asOf: The last month of the data the account was read with.
  /// - Returns: The account with later facts removed.
  public func known(atEndOf month: Month, dataAsOf asOf: Month) -> Account {
    guard month < asOf else { return self }
    var a = self
    a.rollBack(to: CivilDate.lastDay(of: month))
    return a
  }

  /// Removes, in place, what was not known on `cutoff` (see ``known(atEndOf:dataAsOf:)``).
  package mutating func rollBack(to cutoff: CivilDate) {
    terms.rollBack(to: cutoff)
  }

  /// `end` stepped back by whole terms while the earlier date is still on or after `cutoff`.
  static func rolledBack(_ end: CivilDate, to cutoff: CivilDate, termMonths: Int?) -> CivilDate {
    guard let termMonths else { return end }
    let p = end.parts
    var stepped = end
    var k = 1
    while true {
      let m = Month(year: p.year, month: p.month).adding(months: -k * termMonths)
      let day = min(p.day, CivilDate.daysIn(month: m.month, year: m.year))
      guard let earlier = CivilDate(year: m.year, month: m.month, day: day), earlier >= cutoff
      else { return stepped }
      stepped = earlier
      k += 1
    }
  }
}

extension ContractType {
  /// Length of one term in months when the contract type fixes it: 12 for annual, 1 for
  /// month-to-month; `nil` for multi-year, usage and pilot terms, whose length varies, and for
  /// `unknown` terms, whose length is not known (never a 1-month term by default).
  public var termMonths: Int? {
    switch self {
    case .annual: return 12
    case .monthly: return 1
    case .multiYear, .usage, .pilot, .unknown: return nil
    }
  }
}

extension Company {
  /// The company as it was knowable at the end of `month`: revenue and activity after it
  /// removed, and each account as ``Account/known(atEndOf:dataAsOf:)`` (dated events, inferred
  /// terms, term ends and snapshot facts rolled back; snapshot columns removed from
  /// ``accountColumns``). At the data's own as-of month only the dated events after its last
  /// day are undone (a cancellation scheduled for next month has not happened yet). Used by
  /// backtests, which must not look ahead, and by tests of earlier views.
  ///
  /// Accounts that had not started by `month` are kept (so indices line up) with no revenue.
  /// - Parameter month: A month from ``firstMonth`` through ``asOf``.
  /// - Returns: The earlier company; account indices line up with this one.
  /// - Complexity: O(accounts × months).
  public func pointInTime(_ month: Month) -> Company {
    guard month < asOf else { return cut(to: month) { .events($0) } }
    var past = cut(to: month) { .all($0) }
    past.accountColumns.subtract(AccountColumn.snapshotColumns)
    return past
  }
}
