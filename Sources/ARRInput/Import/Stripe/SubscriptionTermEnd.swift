import ARRCore

/// A subscriptions table's end after the as-of month, read as the end of a contract's term
/// rather than as notice given (`docs/import.md`, "Subscriptions table").
///
/// A contracts table writes each contract's term end in its end column: `2024-04-01` to
/// `2026-03-31` is a two-year term, and its end is the renewal date. Read as a cancellation
/// (Stripe's `Canceled At` is one), every customer still under contract had "given notice": a
/// public contracts table's two running contracts were scored at-risk, 92 and 95, for a notice
/// no one gave. An end that closes a whole number of years from its spell's start, on a row whose
/// status does not say it ended, is therefore a term end; any other future end is still notice.
enum SubscriptionTermEnd {
  /// Whole years from `start` to `end` when `end` closes them: the day before an anniversary of
  /// `start` (an end written as the last day served) or the anniversary itself (an end written
  /// as the first day not served); `nil` otherwise, or under a year.
  /// At most ``maximumYears`` (a longer span is no term: ``isPlaceholder(_:start:)``).
  /// A leap day's anniversary in another year is 1 March (so 28 February is the day before it:
  /// 2024-02-29 to 2026-02-28 is 2 years).
  static func wholeYears(from start: CivilDate, to end: CivilDate) -> Int? {
    anniversary(from: start, to: end)?.years
  }

  /// The whole years `end` closes from `start` (as ``wholeYears(from:to:)``) and the last day
  /// they serve: `end`, or the day before it when it is the anniversary itself (`2026-04-01`
  /// from `2024-04-01` serves through `2026-03-31`, as the spell bills).
  static func anniversary(from start: CivilDate, to end: CivilDate)
    -> (years: Int, lastDay: CivilDate)?
  {
    let s = start.parts
    let dayBefore = CivilDate(daysSinceEpoch: end.daysSinceEpoch - 1)
    for (candidate, lastDay) in [
      (CivilDate(daysSinceEpoch: end.daysSinceEpoch + 1), end), (end, dayBefore),
    ] {
      let c = candidate.parts
      let isLeapDay = s.month == 2 && s.day == 29
      let isSameDay =
        c.month == s.month && c.day == s.day
        || isLeapDay && c.month == 3 && c.day == 1
          && CivilDate(year: c.year, month: 2, day: 29) == nil
      if isSameDay, c.year > s.year, c.year - s.year <= maximumYears {
        return (c.year - s.year, lastDay)
      }
    }
    return nil
  }

  /// The longest contract term read, in years: an end later than that after its start is a
  /// placeholder for "no end" (`9999-12-31`, `2099-12-31`, as billing systems and databases
  /// write an open end), read as blank with a finding.
  static let maximumYears = 10

  /// Whether `end` falls more than ``maximumYears`` after `start` (past that anniversary).
  static func isPlaceholder(_ end: CivilDate, start: CivilDate) -> Bool {
    let s = start.parts
    let e = end.parts
    return (e.year, e.month, e.day) > (s.year + maximumYears, s.month, s.day)
  }

  /// The finding for `count` ends read as placeholders, the first `example` on `line`.
  static func placeholderFinding(count: Int, example: String, line: Int, file: String) -> String {
    "\(file): \(Counted.phrase(count, "end", verb: ("falls", "fall"))) more than \(maximumYears) years "
      + "after \(count == 1 ? "its" : "their") start (\"\(example)\" on line \(line)): read as a "
      + "placeholder for no end, still running, as a blank end is (no contract term is read "
      + "longer than \(maximumYears) years; an end that is real is not kept)"
  }

  /// The start of the contract `last` (a spell of `spells`) ends, and its whole years, when its
  /// end closes whole years from its own start or from the start of the run of back-to-back
  /// spells it ends (each ending on or after the day before the next starts: a plan change
  /// mid-term, `2024-04-01` to `2025-01-14` then `2025-01-15` to `2026-03-31`, is one
  /// two-year contract); `nil` otherwise.
  /// - Complexity: O(spells²); a customer has few.
  static func term(ending last: StripeSubscription, among spells: [StripeSubscription])
    -> (start: CivilDate, years: Int, lastDay: CivilDate)?
  {
    guard let end = last.endedAt, var start = last.start else { return nil }
    if let a = anniversary(from: start, to: end) { return (start, a.years, a.lastDay) }
    // Walk back through spells that end on or after the day before the run's start.
    while let earlier = spells.compactMap({ o -> CivilDate? in
      guard let from = o.start, from < start, let to = o.endedAt,
        to.daysSinceEpoch + 1 >= start.daysSinceEpoch
      else { return nil }
      return from
    }).min() {
      start = earlier
      if let a = anniversary(from: start, to: end) { return (start, a.years, a.lastDay) }
    }
    return nil
  }

  /// A customer whose latest spell ends as a term does, for the finding.
  struct Term {
    var customer: String
    var line: Int
    var start: CivilDate
    var end: CivilDate
    var years: Int
  }

  /// The finding for `terms` (at least one) of `file`, read after `asOf`.
  static func finding(_ terms: [Term], file: String, asOf: Month) -> String {
    let first = terms.min { $0.line < $1.line }!
    let n = terms.count
    return
      "\(file): \(CountText.grouped(n)) customer\(n == 1 ? "'s" : "s'") subscriptions end in or after "
      + "\(asOf), each closing a whole number of years from its start (\"\(first.customer)\" on line "
      + "\(first.line), \(first.start) to \(first.end), \(first.years) year"
      + "\(first.years == 1 ? "" : "s")): read as the ends of contract terms (renewal dates), "
      + "not as notice given; a customer that has given notice is read so when its row's status "
      + "says the subscription ended (e.g. `cancelled`, `churned`)"
  }
}
