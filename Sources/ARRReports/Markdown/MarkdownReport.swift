/// The Markdown report (`--format markdown`): headline against quality-adjusted ARR first, then
/// the walk, revenue quality, growth, retention, concentration and data quality.
public enum MarkdownReport {
  /// Renders the report.
  /// - Parameter analysis: The analysis.
  /// - Returns: Markdown text.
  /// - Complexity: O(accounts log accounts) (the most-at-risk list) + O(months).
  public static func render(_ analysis: Analysis) -> String {
    let company = analysis.company
    let f = NumberFormat(currency: company.profile.currency)
    let m = analysis.metrics
    let s = analysis.scoring
    var out = "# ARR quality report: \(company.profile.name ?? "company")\n\n"
    out += "As of \(f.longMonth(company.asOf)) · \(company.profile.currency) · "
    out += "\(f.integer(company.accounts.count)) accounts, \(company.monthCount) months of revenue "
    out += "(\(company.firstMonth) to \(company.asOf))\n\n"

    out += "## Summary\n\n"
    var summary = MarkdownTable(["Figure", "Value"])
    summary.append(["Headline ARR", f.compactMoney(cents: m.ladder.headline)])
    summary.append(["Recurring ARR", f.compactMoney(cents: m.ladder.recurring)])
    summary.append(["Committed ARR", f.compactMoney(cents: m.ladder.committed)])
    summary.append(["Quality-adjusted ARR", f.compactMoney(cents: s.qualityAdjustedARR)])
    summary.append(["ARR at risk (expected 12-month loss)", f.compactMoney(cents: s.arrAtRisk)])
    if let claim = m.reconciliation.reportedARR {
      summary.append(["Claimed ARR", f.compactMoney(cents: claim)])
    }
    summary.append([
      "Trailing 12-month NDR", m.trailingRetention.ndr.map { f.percent($0) } ?? "n/a",
    ])
    summary.append([
      "Trailing 12-month GRR", m.trailingRetention.grr.map { f.percent($0) } ?? "n/a",
    ])
    out += summary.markdown + "\n"
    if m.reconciliation.isOneTimeInClaim {
      out += "> **The claimed ARR counts one-time fees.** It matches 12 × (MRR + one-time revenue) "
      out += "of \(company.asOf) (\(f.compactMoney(cents: m.reconciliation.runRateWithOneTime))), "
      out += "not 12 × MRR (\(f.compactMoney(cents: m.ladder.headline))).\n\n"
    }

    out += "## ARR walk: headline to quality-adjusted\n\n"
    var walk = MarkdownTable(["Step", "ARR"])
    for step in ARRWalk(analysis).steps {
      walk.append([
        step.isSubtotal ? "**\(step.label)**" : step.label,
        step.isSubtotal ? "**\(f.money(cents: step.arr))**" : f.signedMoney(cents: step.arr),
      ])
    }
    out += walk.markdown + "\n"

    out += "## Revenue quality\n\n"
    var classes = MarkdownTable([
      "Class", "Accounts", "Share of logos", "Recurring ARR", "Share of ARR",
      "Quality-adjusted ARR",
    ])
    for c in RevenueClass.allCases {
      let x = s.classSummary[c]
      classes.append([
        c.label, f.integer(x.accounts), f.percent(x.logoShare), f.money(cents: x.recurringARR),
        f.percent(x.arrShare), f.money(cents: x.qualityAdjustedARR),
      ])
    }
    out += classes.markdown + "\n"
    let risky = s.scores.filter { $0.revenueClass != .retained && $0.arrAtRisk > 0 }
      .sorted { ($0.arrAtRisk, $1.account) > ($1.arrAtRisk, $0.account) }.prefix(10)
    if !risky.isEmpty {
      out += "Accounts most at risk (by expected ARR loss):\n\n"
      var t = MarkdownTable(
        ["Account", "Class", "Risk score", "Recurring ARR", "ARR at risk", "Reasons"],
        rightAligned: [false, false, true, true, true, false])
      for r in risky {
        t.append([
          company.accounts[r.account].id, r.revenueClass.label, f.number(r.riskScore),
          f.money(cents: r.recurringARR),
          f.money(cents: r.arrAtRisk), r.reasons.joined(separator: "; "),
        ])
      }
      out += t.markdown + "\n"
    }

    out += "## Growth: the MRR bridge (last 12 months)\n\n"
    var bridge = MarkdownTable([
      "Month", "Opening", "New", "Expansion", "Reactivation", "Contraction", "Churn", "Closing",
      "Net new", "Quick ratio",
    ])
    for b in m.bridge.suffix(12) {
      bridge.append([
        b.month.description, f.money(cents: b.opening), f.money(cents: b.new),
        f.money(cents: b.expansion),
        f.money(cents: b.reactivation), f.money(cents: -b.contraction), f.money(cents: -b.churn),
        f.money(cents: b.closing), f.signedMoney(cents: b.netNew),
        b.quickRatio.map { f.ratio($0) } ?? "n/a",
      ])
    }
    out += bridge.markdown + "\n"

    out += "## Concentration\n\n"
    var conc = MarkdownTable(["Measure", "Value"])
    conc.append(["Top 1 account, share of recurring ARR", f.percent(m.concentration.top1)])
    conc.append(["Top 5 accounts", f.percent(m.concentration.top5)])
    conc.append(["Top 10 accounts", f.percent(m.concentration.top10)])
    conc.append(["HHI (0–10,000)", f.number(m.concentration.hhi)])
    out += conc.markdown + "\n"

    out += "## Data quality\n\n"
    let dq = company.dataQuality
    for file in dq.files {
      out +=
        "- `\(file.file)`: \(f.integer(file.rowsRead)) rows read, \(f.integer(file.rowsAccepted)) used"
      if !file.ignoredColumns.isEmpty {
        out += "; columns ignored: \(file.ignoredColumns.joined(separator: ", "))"
      }
      out += "\n"
    }
    if dq.skippedCount > 0 {
      out +=
        "- \(f.integer(dq.skippedCount)) rows skipped (lenient), carrying \(f.moneyWithCents(cents: dq.skippedMRRCents)) of MRR\n"
    }
    if dq.rowsAfterAsOf > 0 {
      out += "- \(f.integer(dq.rowsAfterAsOf)) rows after the as-of month left out\n"
    }
    if !s.unavailableSignals.isEmpty {
      out += "- Signals unavailable: \(s.unavailableSignals.joined(separator: ", "))\n"
    }
    return out
  }
}
