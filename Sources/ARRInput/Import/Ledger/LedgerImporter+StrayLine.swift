import ARRCore

/// A line dated months after every other line of a ledger (`docs/import.md`, "The as-of
/// month"; review 52, R52-18): a monthly customer's October invoice typed `2027-10-03` set the
/// as-of month a year ahead, every other customer read churned, headline −33%, no finding.
///
/// Decided: with no `--as-of`, when the file's last month holds lines of few accounts only (at
/// most one in four of those billed in the month B before the gap, one at least), nothing is
/// dated in the ``minimumGap`` months or more before it, and each of those accounts was billed
/// in at least two of the three months up to B (a monthly payer, not an annual renewal, whose
/// next invoice is due a year on) or each of its lines lands whole years past the month its
/// rhythm puts its next line in, at or before B (review 52b, R52b-11: an annual renewal typed a
/// year ahead), the as-of month is B. The line is left out as after it and
/// named: in a finding as a possible mistyped year, its account's ARR the stake, or in a note
/// when its words or period say it bills ahead (a future invoice).
extension LedgerImporter {
  /// Empty months before a line that make it stray.
  static let minimumGap = 3

  /// The month B the other lines end in and the lines after it, when they stray (see the type).
  /// - Complexity: O(lines).
  static func strayLines(_ entries: [LedgerEntry], last: Month) -> (
    asOf: Month, lines: [LedgerEntry]
  )? {
    var accountsIn = [Month: Set<Int>]()
    var dated = Set<Month>()
    for e in entries {
      dated.insert(e.date.month)
      if e.amount > 0 { accountsIn[e.date.month, default: []].insert(e.account) }
    }
    // Any line in the months before (a credit, a line written off) says the file runs on.
    guard let b = dated.filter({ $0 < last }).max(), last.months(since: b) > minimumGap
    else { return nil }
    let after = entries.filter { $0.date.month > b }
    let late = Set(after.map(\.account))
    let inB = accountsIn[b] ?? []
    guard !late.isEmpty, late.count <= max(1, inB.count / 4) else { return nil }
    // An account whose every late line lands whole years past its rhythm's next month.
    let due = dueMonths(entries, accounts: late, asOf: b)
    let offRhythm = Set(after.filter { yearsLate($0, due: due[$0.account]) == nil }.map(\.account))
    guard
      late.allSatisfy({ a in
        (0...2).count { (accountsIn[b.adding(months: -$0)] ?? []).contains(a) } >= 2
          || !offRhythm.contains(a)
      })
    else { return nil }
    return (b, after.sorted { ($0.date, $0.line) < ($1.date, $1.line) })
  }

  /// Re-dates each stray line of `lines` that lands whole years past the month its account's
  /// rhythm puts its next line in (``dueMonths(_:accounts:asOf:)``: an annual renewal typed a
  /// year on), or whose account, billed monthly, has no line in the month a whole number of
  /// years before it, at or before `asOf` and after the account's first line: the year was
  /// mistyped (`2027-10-03` for the October its invoices skip). The line keeps its day (the
  /// month's last when shorter).
  /// - Returns: The lines re-dated, by line number.
  /// - Complexity: O(entries).
  static func redateStrayLines(
    _ entries: inout [LedgerEntry], _ lines: [LedgerEntry], asOf: Month
  ) -> Set<Int> {
    var billed = [Int: Set<Month>]()
    for e in entries where e.amount > 0 && e.date.month <= asOf {
      billed[e.account, default: []].insert(e.date.month)
    }
    let due = dueMonths(entries, accounts: Set(lines.map(\.account)), asOf: asOf)
    var redated = Set<Int>()
    for o in lines {
      // A rhythm's next line due at or before the as-of month, typed whole years after it.
      if let years = yearsLate(o, due: due[o.account]), redate(&entries, o, years: years) {
        redated.insert(o.line)
        continue
      }
      guard let months = billed[o.account], let first = months.min() else { continue }
      let (year, month, _) = o.date.parts
      for k in 1...max(1, o.date.month.months(since: asOf) / 12) {
        let m = Month(year: year - k, month: month)
        guard m <= asOf, m > first, !months.contains(m), months.contains(m.adding(months: -1))
        else { continue }
        if redate(&entries, o, years: k) { redated.insert(o.line) }
        break
      }
    }
    return redated
  }

  /// Moves line `o` of `entries` (and its period) `years` years earlier, keeping its day (the
  /// month's last when shorter). - Returns: Whether it was found and moved.
  private static func redate(_ entries: inout [LedgerEntry], _ o: LedgerEntry, years: Int) -> Bool {
    func back(_ d: CivilDate) -> CivilDate? {
      let (year, month, day) = d.parts
      return CivilDate(
        year: year - years, month: month,
        day: min(day, CivilDate.daysIn(month: month, year: year - years)))
    }
    guard let date = back(o.date),
      let i = entries.firstIndex(where: { $0.line == o.line && $0.account == o.account })
    else { return false }
    entries[i].date = date
    if let p = entries[i].period, let s = back(p.start), let e = back(p.end) {
      entries[i].period = (s, e)
    }
    return true
  }

  /// The month each of `accounts`' rhythm puts its next line in after its last line at or
  /// before `asOf` (review 52b, R52b-11: an annual renewal due 2026-10 typed `2027-10-15`):
  /// that line's service period's next start, else the months between its last two months,
  /// else a year (one line: an annual payer). Only months after that line and at or before
  /// `asOf`.
  /// - Complexity: O(entries).
  static func dueMonths(_ entries: [LedgerEntry], accounts: Set<Int>, asOf: Month) -> [Int: Month] {
    nextMonths(entries, accounts: accounts, asOf: asOf).filter { $0.value <= asOf }
  }

  /// The month each of `accounts`' rhythm puts its next line in after its last line at or
  /// before `asOf`, as ``dueMonths(_:accounts:asOf:)`` reads it, whether or not after `asOf`;
  /// none for an account with no line at or before `asOf`.
  /// - Complexity: O(entries).
  static func nextMonths(_ entries: [LedgerEntry], accounts: Set<Int>, asOf: Month) -> [Int: Month]
  {
    var last = [Int: LedgerEntry]()
    var months = [Int: Set<Month>]()
    for e in entries where e.amount > 0 && e.date.month <= asOf && accounts.contains(e.account) {
      months[e.account, default: []].insert(e.date.month)
      if let l = last[e.account], (l.date, l.line) > (e.date, e.line) { continue }
      last[e.account] = e
    }
    var due = [Int: Month]()
    for (a, l) in last {
      let m = l.date.month
      if let p = l.period, p.end > p.start {
        let next =
          p.end.parts.day == p.start.parts.day
          ? p.end : CivilDate(daysSinceEpoch: p.end.daysSinceEpoch + 1)
        due[a] = next.month
      } else if let before = months[a]?.filter({ $0 < m }).max() {
        due[a] = m.adding(months: m.months(since: before))
      } else {
        due[a] = m.adding(months: 12)
      }
      if let d = due[a], d <= m { due[a] = nil }
    }
    return due
  }

  /// The first of `stray`'s lines (``strayLines(_:last:)``) dated more than a year past the
  /// month its account's rhythm puts its next line in (``nextMonths(_:accounts:asOf:)``; the
  /// month after the other lines' end when later): a typo of more than the year (trial 50,
  /// c28: `2206-10-01` for 2026-10), refused, not read as a stray line whole years late (a
  /// renewal typed a year on is one year late). Lines whose words say they bill ahead, within
  /// five years, are left to the stray rule's note. With the latest month it could be in.
  /// - Complexity: O(entries).
  static func strayLineTooFar(_ entries: [LedgerEntry], stray: (asOf: Month, lines: [LedgerEntry]))
    -> (line: LedgerEntry, latest: Month)?
  {
    let next = nextMonths(entries, accounts: Set(stray.lines.map(\.account)), asOf: stray.asOf)
    for o in stray.lines {
      // Within five years, one whose words say it bills ahead is a future invoice (review 51,
      // R51-20); not a period its own cadence gives it from its date (`Annual subscription`).
      if o.date.month.months(since: stray.asOf) / 12 < futureInvoiceYears,
        saysBillsAhead(o.description)
      {
        continue
      }
      let latest = max(next[o.account] ?? stray.asOf, stray.asOf.adding(months: 1))
        .adding(months: 12)
      if o.date.month > latest { return (o, latest) }
    }
    return nil
  }

  /// The refusal of a stray line dated past the latest month it could be in
  /// (``strayLineTooFar(_:stray:)``): file, line, the date's column, the date found and the
  /// latest expected, and the two ways on.
  static func strayLineTooFarError(
    _ o: LedgerEntry, latest: Month, asOf: Month, file: String,
    column: (number: Int, header: String)?,
    name: String, currency: String?
  ) -> ARRQualityError {
    let years = o.date.month.months(since: asOf) / 12
    let place = "\(file):\(o.line)" + (column.map { ":\($0.number)" } ?? "")
    let what = column.map { "\($0.header) " } ?? "invoice date "
    return .data(
      "\(place): \(what)\"\(o.date)\" (\"\(name)\", "
        + "\(Money.text(cents: o.amount, currency: currency))) is "
        + (years < 1 ? "months" : years == 1 ? "over a year" : "\(CountText.grouped(years)) years")
        + " after every other line (they end in \(asOf)): is a year mistyped? Expected \(latest) "
        + "or earlier (a year past its account's next invoice at most); correct the date, or give "
        + "--as-of \(asOf) or earlier to read the file without it")
  }

  /// The whole years by which line `o` lands past `due`, its account's next month
  /// (``dueMonths(_:accounts:asOf:)``): `nil` when on it (a renewal a year after the last
  /// invoice) or off it by other than whole years.
  static func yearsLate(_ o: LedgerEntry, due: Month?) -> Int? {
    guard o.amount > 0, let due else { return nil }
    let gap = o.date.month.months(since: due)
    return gap >= 12 && gap % 12 == 0 ? gap / 12 : nil
  }

  /// The note or finding naming the stray lines; `redated`, the lines read a year or more
  /// earlier (``redateStrayLines(_:_:asOf:)``).
  static func strayLinesSaid(
    _ lines: [LedgerEntry], redated: Set<Int>, asOf: Month, file: String, name: (Int) -> String,
    id: (Int) -> String, currency: String?, log: inout ImportLog
  ) {
    guard let o = lines.first else { return }
    if redated.contains(o.line) {
      let years = o.date.month.months(since: asOf) / 12
      log.addFinding(
        "\(file): line \(o.line) is dated \(o.date) (\"\(name(o.account))\", "
          + "\(Money.text(cents: o.amount, currency: currency))), months after every other line "
          + "(the invoices end in \(asOf)): read \(years <= 1 ? "a year" : "\(years) years") "
          + "earlier, a mistyped year, in the month its account's invoices skip (the next one "
          + "its rhythm puts due); if the "
          + "date is right, the line is after the as-of month and the account's ARR is lower by "
          + "it",
        accounts: [id(o.account)])
      return
    }
    let months = o.date.month.months(since: asOf)
    let more =
      lines.count > 1 ? " (with \(CountText.grouped(lines.count - 1)) more after it)" : ""
    let head =
      "\(file): line \(o.line) is dated \(o.date) (\"\(name(o.account))\", "
      + "\(Money.text(cents: o.amount, currency: currency)))\(more), \(months) months after "
      + "every other line (the invoices end in \(asOf), none in the \(months - 1) months "
      + "between), so the as-of month is \(asOf)"
    if isFutureInvoice(o, asOf: asOf) {
      log.notes.append(
        head + "; its words or period say it bills ahead (\"\(o.description)\"): a future "
          + "invoice, left out as after the as-of month")
      return
    }
    log.addFinding(
      head + ": is a year mistyped? It is left out as after the as-of month; if it belongs in "
        + "\(asOf) or before, correct its date (the account's ARR would be higher by it)",
      accounts: Array(Set(lines.map { id($0.account) })).sorted())
  }
}
