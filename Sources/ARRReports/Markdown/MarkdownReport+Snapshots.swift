import ARRScoring

extension MarkdownReport {
  /// The `accounts.csv` snapshot columns by class: mean (or share true) among each class's
  /// accounts with a value. Empty when the company has none.
  static func snapshotColumns(_ c: ReportContext) -> String {
    let summaries = SnapshotSummary.compute(c.company, scoring: c.scoring)
    guard !summaries.isEmpty else { return "" }
    let f = c.format
    var out = "**Other account columns, by class** (snapshots: `accounts.csv` gives only "
    out += "today's value, unknown at the backtest's base month, so they are described here "
    out += "and never scored or fitted; mean over the classed accounts with a value, share "
    out += "true for a true/false column, accounts with a value in brackets)\n\n"
    var table = MarkdownTable(
      ["Column", "Retained", "Wavering", "At-risk", "All classed"],
      rightAligned: [false, true, true, true, true])
    for s in summaries {
      func cell(_ g: SnapshotSummary.Group) -> String {
        guard let mean = g.mean else { return "—" }
        let value =
          s.kind == .boolean
          ? f.percent(mean) + " true" : f.number(mean, decimals: abs(mean) >= 100 ? 0 : 2)
        return value + " (\(f.integer(g.accounts)))"
      }
      table.append(["`\(s.name)`"] + s.byClass.map(cell) + [cell(s.all)])
    }
    return out + table.markdown + "\n"
  }
}

extension MarkdownReport {
  /// The `monthly.csv` activity columns by class (the last 3 months' mean a month, from the 3
  /// before), and the accounts whose activity fell to 0 for 3 months or more while they paid
  /// (trial 37, T37-30: on a company too small to fit a column, the report never said one of
  /// two customers had stopped logging in). Information, not a score. Empty without columns.
  static func activityColumns(_ c: ReportContext) -> String {
    let summaries = ActivitySummary.compute(c.company, scoring: c.scoring)
    guard !summaries.isEmpty else { return "" }
    let f = c.format
    var out = "**Activity columns, by class** (`monthly.csv`: mean a month of each account's "
    out += "last 3 months, averaged over the class's accounts with a value, then the same of the "
    out += "3 months before, accounts in brackets; described here whether or not the score "
    out += "weighs them)\n\n"
    var table = MarkdownTable(
      ["Column", "Retained", "Wavering", "At-risk", "All classed"],
      rightAligned: [false, true, true, true, true])
    func number(_ v: Double) -> String { f.number(v, decimals: abs(v) >= 100 ? 0 : 2) }
    for s in summaries {
      func cell(_ g: ActivitySummary.Group) -> String {
        guard let recent = g.recent else { return "—" }
        let before = g.prior.map { " from \(number($0))" } ?? ""
        return number(recent) + before + " (\(f.integer(g.accounts)))"
      }
      table.append(["`\(s.name)`"] + s.byClass.map(cell) + [cell(s.all)])
    }
    out += table.markdown + "\n"
    var stops: [String] = []
    var count = 0
    for s in summaries where s.stopCount > 0 {
      count += s.stopCount
      for stop in s.stops {
        let n = stop.months
        stops.append(
          "\(accountLabel(c.company.accounts[stop.account])): `\(s.name)` 0 since "
            + "\(f.month(c.company.month(at: stop.since))), \(n) \(n == 1 ? "month" : "months")")
      }
    }
    guard count > 0 else { return out }
    let listed = stops.count
    out += "Activity at 0 for \(ActivitySummary.stopMonths) months or more while paying"
    out +=
      listed < count ? " (\(f.integer(listed)) of \(f.integer(count)), first in file order)" : ""
    out += ": " + stops.joined(separator: "; ") + ".\n\n"
    return out
  }
}
