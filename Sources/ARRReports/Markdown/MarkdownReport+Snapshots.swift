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
