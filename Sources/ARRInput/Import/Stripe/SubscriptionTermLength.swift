import ARRCore

/// A subscriptions table's term in months beside its start (`DurationMonths`, `term_months`,
/// `contract length`, `duration`; `docs/import.md`, "Subscriptions table"; session 28, t28c
/// lane; trial 28, T28-2: AlanACanoSanchez/saas-revenue-analytics' `dim_subscription.csv` has
/// no end column, its `DurationMonths` was ignored and all 500 subscriptions billed for ever,
/// $118K for $45.5K; its payments number exactly `DurationMonths` for 500 of 500 users).
///
/// A row with no end (blank, `NULL`, an open end written far ahead) and a term of n whole months
/// runs n calendar months from its start's month: its end is the 1st of the month n months after
/// the start's, so a spell from 2022-08-25 for 3 months bills August, September and October, as
/// the payments do. An end column's date wins over the term. The column is read only when each
/// cell is blank or a whole number of months from 1 to 600 (`12`, `12.0`); any other cell and it
/// is not read, with a note naming it (as a quantity column is).
enum SubscriptionTermLength {
  /// The longest term read, 50 years.
  static let maximumMonths = 600

  /// The whole months `cell` gives, or `nil` (blank, not a whole number, 0, or above
  /// ``maximumMonths``).
  static func months(_ cell: String) -> Int? {
    let text = trimmed(cell)
    let whole = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    guard let n = Int(whole), (1...maximumMonths).contains(n) else { return nil }
    return n
  }

  /// Whether `cell` is blank, or a term of 0 months (read as no term, the row open).
  static func isNoTerm(_ cell: String) -> Bool {
    let text = trimmed(cell)
    return text.isEmpty || text == "0" || text == "0.0"
      || SubscriptionTableReader.nulls.contains(text.lowercased())
  }

  /// `cell` without leading and trailing spaces.
  static func trimmed(_ cell: String) -> String {
    String(cell.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  /// The end of a term of `months` from `start`: the 1st of the month `months` months after the
  /// start's, so the spell bills `months` calendar months.
  static func end(start: CivilDate, months: Int) -> CivilDate {
    let m = start.month.adding(months: months)
    return CivilDate(year: m.year, month: m.month, day: 1)!
  }

  /// The note for `count` rows whose end came from `header`'s term (`first`: its line,
  /// customer, term and end).
  static func note(
    file: String, header: String, count: Int,
    first: (line: Int, customer: String, months: Int, end: CivilDate)
  ) -> String {
    "\(file): \(Counted.phrase(count, "row", verb: ("has", "have"))) no end but a term under "
      + "\"\(header)\": each runs that many months from its start's month, its end the 1st of "
      + "the month after (line \(first.line), \"\(first.customer)\": \(first.months) "
      + "month\(first.months == 1 ? "" : "s"), ends \(first.end)); an end date, where given, wins"
  }
}
