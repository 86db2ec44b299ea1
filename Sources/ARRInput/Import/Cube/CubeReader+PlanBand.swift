import ARRCore

/// A band row above a cube's month headers naming each month's kind of figure, `Actual` over
/// the months that happened and `Budget`, `Forecast` or `Plan` over those to come (a finance
/// lead's "actuals + budget" sheet; the labels often merged across their months, so a label
/// holds for the months to its right until the next). Months under a plan label are not
/// revenue: they are left out, listed as ignored, and the as-of month is the last actual one
/// (`docs/import.md`, "Customer cube", plan months). Trial 21, F1: the band row was skipped as a
/// title line and six budget months were read as actuals, the headline +42% ($2.26M for
/// $1.59M) with six pipeline deals counted as customers. Month headers that carry the label
/// themselves (`Jul-25E`, `Jul-25 (Fcst)`) are not month-like and were already left out.
extension CubeReader {
  /// Words of a band cell over months that happened.
  static let actualWords: Set<String> = ["actual", "actuals", "act", "a"]
  /// Words of a band cell over months that did not (a plan, a forecast, an estimate).
  static let planWords: Set<String> = [
    "budget", "budgets", "forecast", "forecasts", "fcst", "fc", "plan", "planned", "projection",
    "projections", "projected", "outlook", "estimate", "estimates", "estimated", "est", "target",
    "targets", "pro forma", "proforma", "b", "f", "e", "p",
  ]

  /// Cuts the trailing months that the row above the header labels as planned, when that row
  /// labels months with actual and plan words alone (blank cells carry the label on their left).
  /// - Returns: A note naming the months left out and the label, or `nil` when nothing was cut.
  static func cutPlanMonths(_ table: ImportTable, layout: inout CubeLayout, file: String)
    -> String?
  {
    guard layout.headerIndex > 0, let lastActual = planBand(table, layout: layout) else {
      return nil
    }
    let cut = layout.months.filter { $0.month > lastActual.month }
    guard !cut.isEmpty else { return nil }
    let header = table.records[layout.headerIndex]
    layout.months.removeAll { $0.month > lastActual.month }
    layout.ignored += cut.map { header.cells[$0.column] }
    let band = table.records[layout.headerIndex - 1]
    let first = cut[0]
    let monthColumns = Set(header.cells.indices)
    let label = label(band.cells, atOrLeftOf: first.column, within: monthColumns) ?? ""
    let months =
      cut.count == 1
      ? "\"\(header.cells[first.column])\""
      : "\"\(header.cells[first.column])\" to \"\(header.cells[cut[cut.count - 1].column])\""
    return "\(file): line \(band.line) labels the months \(months) \"\(label)\": planned, not "
      + "revenue, so \(Counted.phrase(cut.count, "month")) \(cut.count == 1 ? "is" : "are") "
      + "left out (listed as ignored); the as-of month is \(lastActual.month), the last labelled "
      + "\"\(Self.label(band.cells, atOrLeftOf: lastActual.column, within: monthColumns) ?? "")\""
  }

  /// The last month under an actual label, when the band row labels every month by actual or
  /// plan words (at least one of each), the plan months all after the actual ones.
  private static func planBand(_ table: ImportTable, layout: CubeLayout) -> (
    column: Int, month: Month
  )? {
    let band = table.records[layout.headerIndex - 1].cells
    let monthColumns = Set(layout.months.map(\.column))
    // Cells off the month columns may hold a title; over them, band words alone.
    for c in band.indices where monthColumns.contains(c) && !band[c].isEmpty {
      let key = CubeLayout.normalized(band[c])
      guard actualWords.contains(key) || planWords.contains(key) else { return nil }
    }
    var lastActual: (column: Int, month: Month)?
    var isPlan = false
    for m in layout.months {
      guard let text = label(band, atOrLeftOf: m.column, within: monthColumns) else {
        return nil
      }
      let key = CubeLayout.normalized(text)
      if planWords.contains(key) {
        isPlan = true
      } else {
        // An actual month after a plan month: not a band of actuals then plans.
        guard !isPlan else { return nil }
        lastActual = m
      }
    }
    return isPlan ? lastActual : nil
  }

  /// The label over column `c`: its own band cell, else the nearest non-blank one on its left
  /// (among `columns`, when given).
  private static func label(
    _ band: [String], atOrLeftOf c: Int, within columns: Set<Int>? = nil
  ) -> String? {
    var k = min(c, band.count - 1)
    while k >= 0 {
      if columns?.contains(k) ?? true, !band[k].isEmpty { return band[k] }
      k -= 1
    }
    return nil
  }
}
