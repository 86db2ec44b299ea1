extension MarkdownReport {
  static func growth(_ c: ReportContext) -> String {
    let f = c.f
    let months = Array(c.metrics.bridge.suffix(12))
    var out = "## Growth: the MRR bridge\n\n"
    guard let first = months.first, let last = months.last else {
      return out + "No month of revenue to bridge.\n\n"
    }
    let inflow = months.reduce(Int64(0)) { $0 + $1.new + $1.expansion + $1.reactivation }
    let outflow = months.reduce(Int64(0)) { $0 + $1.contraction + $1.churn }
    let netNew = last.closing - first.opening
    out += "Over the last \(MarkdownText.count(months.count, "month", format: f)) MRR went from "
    out += "\(f.money(cents: first.opening)) to \(f.money(cents: last.closing)) "
    out += "(net new \(f.signedMoney(cents: netNew)) MRR); quick ratio "
    out += outflow > 0 ? f.ratio(Double(inflow) / Double(outflow)) : "n/a (no MRR lost)"
    out += " (new + expansion + reactivation over contraction + churn; above 4× is strong, "
    out += "below 1× shrinks).\n\n"
    var bridge = MarkdownTable([
      "Month", "Opening", "New", "Expansion", "Reactivation", "Contraction", "Churn", "Closing",
      "Net new", "Quick ratio",
    ])
    for b in months {
      bridge.append([
        f.month(b.month), f.money(cents: b.opening), f.signedMoney(cents: b.new),
        f.signedMoney(cents: b.expansion), f.signedMoney(cents: b.reactivation),
        f.signedMoney(cents: -b.contraction), f.signedMoney(cents: -b.churn),
        f.money(cents: b.closing), f.signedMoney(cents: b.netNew),
        b.quickRatio.map { f.ratio($0) } ?? "n/a",
      ])
    }
    out += bridge.markdown + "\n"
    out += "Every row ties out: opening + new + expansion + reactivation − contraction − churn = "
    out += "closing, to the cent.\n\n"
    out += c.chartLink(
      .mrrBridge, alt: "Stacked bar chart of the monthly MRR bridge with net new MRR as a line")
    return out
  }

  /// Concentration thresholds the report states (and the methodology repeats).
  static let topAccountWarning = 0.10
  static let topTenWarning = 0.50

  static func concentration(_ c: ReportContext) -> String {
    let f = c.f
    let k = c.metrics.concentration
    var out = "## Concentration\n\n"
    var table = MarkdownTable(["Measure", "Value", "Reading"], rightAligned: [false, true, false])
    table.append([
      "Largest account, share of recurring ARR", f.percent(k.top1),
      k.top1 >= topAccountWarning ? "high (10% or more)" : "below 10%",
    ])
    table.append(["Top 5 accounts", f.percent(k.top5), ""])
    table.append([
      "Top 10 accounts", f.percent(k.top10),
      k.top10 >= topTenWarning ? "high (50% or more)" : "below 50%",
    ])
    let hhiReading: String
    switch k.hhi {
    case ..<1500: hhiReading = "unconcentrated (below 1,500)"
    case ..<2500: hhiReading = "moderately concentrated (1,500–2,500)"
    default: hhiReading = "highly concentrated (above 2,500)"
    }
    table.append(["HHI (0–10,000)", f.number(k.hhi), hhiReading])
    out += table.markdown + "\n"
    out += "HHI is the sum of squared percentage shares of recurring ARR; the bands are those of "
    out += "the U.S. merger guidelines, a common yardstick for customer concentration.\n\n"
    return out
  }
}
