import ARRCore

/// Period columns that are no service periods (`docs/import.md`, "Service period"): a pair
/// holding each line's payment window (every range starting on the line's own date and of one
/// length in days under two months, whatever month it falls in: net 30 written as `Date From`/
/// `Date To`), or the export's report range (one range on every line of two accounts or more,
/// dated in several months, ending with the export, some account billed twice under it). Read as service periods, annuals were spread over 30 days and
/// "left" (review 49, R49-4: $40,800 for $76,800, silently), and every monthly account became a
/// 23-month instalment term (R49-5). Such periods are dropped before any rule reads them, with
/// a note.
enum WindowPeriods {
  /// Drops the periods of `entries` when they are a payment window or a report range.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    let dated = entries.indices.filter { entries[$0].period != nil }
    guard dated.count >= 3 else { return }
    let p0 = entries[dated[0]].period!
    let length = p0.end.daysSinceEpoch - p0.start.daysSinceEpoch
    // A window: each range from the line's own date, one length, under two months; lines in
    // months of different lengths (a month's service period would differ with them).
    let isWindow =
      length < 59
      && dated.allSatisfy { i in
        let p = entries[i].period!
        return p.start == entries[i].date && p.end.daysSinceEpoch - p.start.daysSinceEpoch == length
      }
      && Set(dated.map { CivilDate.lastDay(of: entries[$0].date.month).parts.day }).count > 1
    // A report range: one range on every line, of two accounts or more, in several months,
    // ending no later than the month after the last line (the export's own window), with some
    // account billed in two months or more under it. Licences co-termed to one year, each
    // account invoiced once for it, are terms (review 50, R50-19: four schools' 2026 licences,
    // invoiced January to March, were dropped as a report range: $72,000 for $60,000,
    // committed $0 for $60,000).
    let lastMonth = entries.map(\.date.month).max()!
    var monthsOf = [Int: Set<Month>]()
    for i in dated { monthsOf[entries[i].account, default: []].insert(entries[i].date.month) }
    let isRange =
      dated.count == entries.count
      && dated.allSatisfy { entries[$0].period! == p0 }
      && monthsOf.count >= 2
      && Set(dated.map { entries[$0].date.month }).count >= 2
      && p0.end.month <= lastMonth.adding(months: 1)
      && monthsOf.values.contains { $0.count >= 2 }
    guard isWindow || isRange else { return }
    for i in dated { entries[i].period = nil }
    log.notes.append(
      "\(file): the service-period columns "
        + (isWindow
          ? "start on each line's own date and run \(length) days whatever the month (e.g. line "
            + "\(entries[dated[0]].line)): a payment window, not what the line pays for"
          : "hold one range on every line (\(p0.start) to \(p0.end)): the export's report range, "
            + "not what each line pays for")
        + "; not read as service periods")
  }
}
