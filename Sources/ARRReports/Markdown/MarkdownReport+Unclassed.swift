extension MarkdownReport {
  /// How many of the largest unclassed accounts the Markdown names (report.json names
  /// ``JSONReport/unclassedListed``; accounts.csv has every one).
  static let unclassedNamed = 10

  /// The live accounts without recurring ARR, apart from the class mix: by kind with their
  /// headline ARR, then the largest by name. Empty when there are none.
  static func unclassedAccounts(_ c: ReportContext) -> String {
    let list = c.scoring.unclassed
    guard !list.isEmpty else { return "" }
    let f = c.format
    var out = "**Live accounts without recurring ARR** (not classed). "
    out += "A class forecasts recurring revenue; these accounts have none in "
    out += "\(f.month(c.company.asOf)) (a pilot's or trial's revenue is not recurring, a usage "
    out += "account may have had no usage revenue in the last 3 months), so they are scored "
    out += "but sit outside the class mix and every class figure above. What they add to "
    out += "headline ARR:\n\n"
    let tally = list.tallyByKind.filter { $0.accounts > 0 }
    let total = list.reduce(0) { $0 + $1.headlineARR }
    let arr = Footing.money(tally.map(\.headlineARR), total: total)
    var table = MarkdownTable(
      ["Kind", "Accounts", "Headline ARR"], rightAligned: [false, true, true])
    for (k, t) in tally.enumerated() {
      table.append([t.kind.label, f.integer(t.accounts), f.money(units: arr[k])])
    }
    table.append(["**Total**", "**\(f.integer(list.count))**", "**\(f.money(cents: total))**"])
    out += table.markdown + "\n"
    let named = JSONReport.largestUnclassed(c.scoring).prefix(unclassedNamed)
      .filter { $0.headlineARR > 0 }
    if !named.isEmpty {
      out += "The largest by headline ARR: "
      out +=
        named.map { u in
          accountLabel(c.company.accounts[u.account], detail: u.kind.singular) + " "
            + f.compactMoney(cents: u.headlineARR)
        }
        .joined(separator: ", ")
      out +=
        list.count > named.count
        ? "; every one is in accounts.csv (status live, no class).\n\n" : ".\n\n"
    }
    return out
  }
}
