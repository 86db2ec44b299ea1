import ARRCore

/// A KPI sheet: the company's metrics as rows, months as columns (`docs/import.md`, "Files that
/// hold no recurring revenue"; trial 54, T54-29: a real Danish KPI sheet, `MRR (Monthly recurring
/// revenue) ultimo ex moms.`, `ARPS (average revenue per subscriber) …`, `Antal abonnenter
/// (ultimo)`, `CAC (customer acquisition cost)`, `Churn månedligt`, was refused for its `%`
/// cells and, with `--lenient`, read as 25 customers, ARR $18,196).
extension CompanyMetrics {
  /// Metric names beside ``names``: subscriber counts, revenue per subscriber and churn, in
  /// English, Danish, Swedish, Norwegian, German, French, Spanish, Dutch.
  static let otherNames: Set<String> = [
    "arps", "subscribers", "active subscribers", "paying subscribers", "number of subscribers",
    "subscriber count", "churn", "monthly churn", "churn monthly", "antal abonnenter",
    "antal kunder", "antal abonnenter ultimo", "churn månedligt", "antal prenumeranter",
    "antall abonnenter", "anzahl abonnenten", "anzahl kunden", "nombre d abonnés",
    "nombre de clients", "número de suscriptores", "aantal abonnees", "aantal klanten",
  ]

  /// Whether `label` names a metric first, then spells it out or qualifies it: its text before
  /// a bracket is a metric's name and the bracket holds two words or more (`MRR (Monthly
  /// recurring revenue) ultimo ex moms.`, `CAC (customer acquisition cost)`). `MRR Labs (UK)`
  /// names a company.
  static func namesMetricFirst(_ label: String) -> Bool {
    guard let open = label.firstIndex(of: "("), open != label.startIndex else { return false }
    let head = MonthlyTableLayout.key(String(label[..<open]))
    guard names.contains(head) || otherNames.contains(head) else { return false }
    let inner = label[label.index(after: open)...].prefix { $0 != ")" }
    return inner.split(whereSeparator: { !$0.isLetter }).count >= 2
  }

  /// The refusal of a sheet whose first labelled row, and two more at least, name company
  /// metrics (``isMetric(_:)``): a KPI sheet, company totals, whatever its other rows hold
  /// (member counts by plan, notes). `nil` otherwise. The header (the first row with a label
  /// and other cells) is not counted.
  static func kpiSheetRefusal(_ table: ImportTable) -> ARRQualityError? {
    let labelled = table.records.filter { r in
      guard let first = r.cells.first, !first.isEmpty else { return false }
      return r.cells.dropFirst().contains { !$0.isEmpty }
    }.dropFirst()
    guard let first = labelled.first, isMetric(first.cells[0]),
      !weakNames.contains(MonthlyTableLayout.key(first.cells[0]))
    else { return nil }
    let metrics = labelled.filter { isMetric($0.cells[0]) }
    guard metrics.count >= 3 else { return nil }
    let shown = metrics.prefix(3).map { "\"\($0.cells[0])\" (line \($0.line))" }
      .joined(separator: ", ")
    return .data(
      "\(table.file): its rows name company metrics, not customers (\(shown)"
        + (metrics.count > 3 ? ", …" : "")
        + "): a sheet of the company's totals by month (a KPI sheet); its MRR is a total that "
        + "cannot show which customers stay, grow or leave, so there is no churn, retention or "
        + "risk to measure; " + instead)
  }

  /// Headers of a column naming metrics in a long table of the company's totals (`metric,
  /// period, amount`).
  static let metricColumnNames: Set<String> = [
    "metric", "metrics", "metric name", "kpi", "kpi name", "measure", "line item", "kennzahl",
    "indicateur", "indicador", "indicatore", "kengetal",
  ]

  /// Why `table` holds the company's totals in long form, or `nil`: a header among the first
  /// rows with a metric column (``metricColumnNames``), a period column and no customer column
  /// (trial 54, T54-8: `metric,period,amount` of deferred revenue and billings was told to
  /// rename its columns; renamed, each metric was a customer, ARR $18.6M).
  static func longForm(in table: ImportTable) -> String? {
    for record in table.records.prefix(CubeLayout.headerSearchRows) {
      let keys = record.cells.map(MonthlyTableLayout.key)
      guard !keys.contains(where: customerHeaders.contains),
        let metric = keys.firstIndex(where: metricColumnNames.contains),
        let period = keys.firstIndex(where: {
          MonthlyTableLayout.periodNames.contains($0)
            || MonthlyTableLayout.weakPeriodNames.contains($0) || coarsePeriods[$0] != nil
        })
      else { continue }
      return "\(table.file):\(record.line): reads as the company's totals in long form "
        + "(\"\(record.cells[metric])\" names a metric, \"\(record.cells[period])\" its period; no "
        + "customer column): company totals cannot show which customers stay, grow or leave, so "
        + "there is no churn, retention or risk to measure, and renaming the metric column to a "
        + "customer would read each metric as a customer; " + instead
    }
    return nil
  }
}
