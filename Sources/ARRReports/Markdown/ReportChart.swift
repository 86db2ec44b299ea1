/// One chart of the board report: its file name under `charts/`, its title and its SVG.
public struct ReportChart: Sendable, Equatable {
  /// The charts the report can hold, in the order they appear.
  public enum Name: String, Sendable, CaseIterable {
    case arrWalk = "arr-walk"
    case classMix = "class-mix"
    case mrrBridge = "mrr-bridge"
    case retentionOutlook = "retention-outlook"
    case cohortRetention = "cohort-retention"
    case retentionCurves = "retention-curves"
    case logoSurvival = "logo-survival"
    case lifetimeValue = "ltv-by-segment"
    case stress = "stress-scenarios"
    case stressRetention = "stress-retention"

    /// `arr-walk.svg`.
    public var fileName: String { rawValue + ".svg" }
  }

  public var name: Name
  public var title: String
  /// The standalone SVG document.
  public var svg: String

  /// Every chart the analysis has data for, in report order. Charts without data (no fitted
  /// curve, no forecast, no stress run) are left out, and the report says why in words.
  /// - Parameters:
  ///   - analysis: The analysis.
  ///   - stress: Stress scenarios run on the same company, if any.
  /// - Returns: The charts.
  /// - Complexity: O(accounts + months²) (the cohort grid).
  public static func all(for analysis: Analysis, stress: StressResult? = nil) -> [ReportChart] {
    let c = ReportContext(analysis, stress: stress)
    var out: [ReportChart] = [walk(c), classMix(c), bridge(c)]
    if let chart = retentionOutlook(c) { out.append(chart) }
    if let chart = cohorts(c) { out.append(chart) }
    if let chart = curves(c) { out.append(chart) }
    if let chart = survival(c) { out.append(chart) }
    if let chart = lifetimeValue(c) { out.append(chart) }
    if let chart = stressChart(c) { out.append(chart) }
    if let chart = stressRetentionChart(c) { out.append(chart) }
    return out
  }

  static func walk(_ c: ReportContext) -> ReportChart {
    let steps: [WaterfallChart.Step] = ARRWalk(c.analysis).steps.map {
      $0.isSubtotal ? .total($0.label, cents: $0.arr) : .change($0.label, cents: $0.arr)
    }
    var chart = WaterfallChart(
      title: "ARR walk: headline to quality-adjusted", steps: steps, format: c.f)
    chart.width = 1000
    return ReportChart(name: .arrWalk, title: chart.title, svg: chart.svg)
  }

  static func classMix(_ c: ReportContext) -> ReportChart {
    let mix = c.scoring.classSummary
    func row(_ label: String, _ m: ClassMix, logos: Bool) -> ClassMixChart.Row {
      func v(_ k: RevenueClass) -> Double {
        logos ? Double(m[k].accounts) : Double(m[k].recurringARR)
      }
      return ClassMixChart.Row(
        label: label, retained: v(.retained), wavering: v(.wavering), atRisk: v(.atRisk))
    }
    var rows = [row("All, by ARR", mix, logos: false), row("All, by logos", mix, logos: true)]
    for g in c.scoring.bySegment.prefix(8) where g.mix.recurringARR > 0 {
      rows.append(row(g.key.isEmpty ? "(no segment)" : "\(g.key), by ARR", g.mix, logos: false))
    }
    for g in c.scoring.byContractType where g.mix.recurringARR > 0 {
      rows.append(row("\(g.key), by ARR", g.mix, logos: false))
    }
    let chart = ClassMixChart(title: "Revenue classes by ARR and logos", rows: rows, format: c.f)
    return ReportChart(name: .classMix, title: chart.title, svg: chart.svg)
  }

  static func bridge(_ c: ReportContext) -> ReportChart {
    let months = Array(c.metrics.bridge.suffix(12))
    let chart = StackedBarChart.bridge(
      title: "MRR bridge, last \(months.count) months", months: months.map(\.month),
      new: months.map(\.new), expansion: months.map(\.expansion),
      reactivation: months.map(\.reactivation), contraction: months.map(\.contraction),
      churn: months.map(\.churn), format: c.f)
    return ReportChart(name: .mrrBridge, title: chart.title, svg: chart.svg)
  }

  static func retentionOutlook(_ c: ReportContext) -> ReportChart? {
    let t = c.metrics.trailingRetention
    guard let f = c.forecast else { return nil }
    let nan = Double.nan
    let chart = BarChart(
      title: "Retention: trailing 12 months vs projected next 12",
      categories: ["Net dollar retention", "Gross dollar retention", "Logo retention"],
      series: [
        .init(
          name: "Trailing", values: [t.ndr ?? nan, t.grr ?? nan, t.logoRetention ?? nan],
          color: ChartPalette.axis),
        .init(
          name: "Projected P10",
          values: [f.ndrRange.p10, f.grrRange.p10, f.logoRetentionRange.p10],
          color: ChartPalette.skyBlue),
        .init(
          name: "Projected", values: [f.ndr, f.grr, f.logoRetention], color: ChartPalette.blue),
        .init(
          name: "Projected P90",
          values: [f.ndrRange.p90, f.grrRange.p90, f.logoRetentionRange.p90],
          color: ChartPalette.bluishGreen),
      ], valueStyle: .percent, format: c.f, axisTitle: "Retention")
    return ReportChart(name: .retentionOutlook, title: chart.title, svg: chart.svg)
  }

  /// Most recent cohorts and ages shown in the heatmap.
  static let heatmapCohorts = 18
  static let heatmapAges = 19

  static func cohorts(_ c: ReportContext) -> ReportChart? {
    let cohorts = c.metrics.cohorts.cohorts.filter { !$0.isLeftCensored && $0.startingMRR > 0 }
      .suffix(heatmapCohorts)
    guard !cohorts.isEmpty else { return nil }
    let rows = cohorts.map { cohort in
      HeatmapChart.Row(
        label: c.f.longMonth(cohort.startMonth) + " (\(cohort.accounts))",
        values: cohort.revenueRetention.prefix(heatmapAges).map { $0.isFinite ? $0 : nil })
    }
    var chart = HeatmapChart(
      title: "Cohort revenue retention (MRR vs the cohort's first month)", rows: rows,
      format: c.f)
    chart.width = 900
    chart.yAxisTitle = "Cohort (accounts)"
    return ReportChart(name: .cohortRetention, title: chart.title, svg: chart.svg)
  }

  /// The curves the report draws: fitted segments, else fitted contract types.
  static func drawnCurves(_ c: ReportContext) -> [RetentionCurve] {
    let fitted = (c.projection?.curves ?? []).filter { $0.status == .fitted && $0.fit != nil }
    let segments = fitted.filter { $0.grouping == .segment }
    return Array((segments.isEmpty ? fitted : segments).prefix(6))
  }

  static func curves(_ c: ReportContext) -> ReportChart? {
    let curves = drawnCurves(c)
    guard !curves.isEmpty else { return nil }
    let horizon = max(24, curves.map { $0.periods * $0.periodMonths }.max() ?? 0)
    var series: [LineChart.Series] = []
    for (k, curve) in curves.enumerated() {
      guard let fit = curve.fit else { continue }
      let p = curve.periodMonths
      let color = ChartPalette.seriesColor(k)
      let fitted = (0...(horizon / p)).map {
        LineChart.Point(x: Double($0 * p), y: fit.model.survival($0))
      }
      let observed = fit.observedSurvival.enumerated().map {
        LineChart.Point(x: Double($0.offset * p), y: $0.element)
      }
      series.append(
        .init(name: "\(curve.key) fitted", points: fitted, mark: .dashedLine, color: color))
      series.append(
        .init(name: "\(curve.key) observed", points: observed, mark: .markers, color: color))
    }
    let chart = LineChart(
      title: "Logo retention curves: fitted sBG vs observed", series: series, format: c.f,
      xAxisTitle: "Months since start", yAxisTitle: "Share of accounts still paying")
    return ReportChart(name: .retentionCurves, title: chart.title, svg: chart.svg)
  }

  static func survival(_ c: ReportContext) -> ReportChart? {
    let km = c.projection?.kaplanMeier ?? []
    guard km.count >= 2 else { return nil }
    let line = km.map { LineChart.Point(x: Double($0.time), y: $0.survival) }
    let band = km.map { p in
      (
        x: Double(p.time), lower: max(0, p.survival - 1.96 * p.standardError),
        upper: min(1, p.survival + 1.96 * p.standardError)
      )
    }
    let chart = LineChart(
      title: "Logo survival, all accounts (Kaplan–Meier)",
      series: [.init(name: "Survival", points: line, mark: .line, color: ChartPalette.blue)],
      bands: [.init(name: "95% confidence band", points: band, color: ChartPalette.blue)],
      format: c.f, xAxisTitle: "Months since first payment", yAxisTitle: "Still paying")
    return ReportChart(name: .logoSurvival, title: chart.title, svg: chart.svg)
  }

  static func lifetimeValue(_ c: ReportContext) -> ReportChart? {
    let valued = (c.projection?.lifetimeValues ?? []).filter { $0.value != nil }
    guard !valued.isEmpty else { return nil }
    let chart = BarChart(
      title: "LTV of a new account by segment: DEL-based vs naive",
      categories: valued.map(\.segment),
      series: [
        .init(
          name: "LTV (sBG DEL)", values: valued.map { ($0.value?.ltvNew ?? .nan) * 100 },
          color: ChartPalette.blue),
        .init(
          name: "Naive ARPA ÷ churn", values: valued.map { ($0.value?.naive ?? .nan) * 100 },
          color: ChartPalette.axis),
      ], valueStyle: .money, format: c.f, axisTitle: "Lifetime value")
    return ReportChart(name: .lifetimeValue, title: chart.title, svg: chart.svg)
  }

  static func stressChart(_ c: ReportContext) -> ReportChart? {
    guard let s = c.stress, !s.scenarios.isEmpty else { return nil }
    let columns = [s.base] + s.scenarios.map(\.figures)
    let chart = BarChart(
      title: "Quality-adjusted ARR by stress scenario",
      categories: ["Base"] + s.scenarios.map(\.scenario.name),
      series: [
        .init(
          name: "Recurring ARR", values: columns.map { Double($0.recurringARR) },
          color: ChartPalette.axis),
        .init(
          name: "Quality-adjusted ARR", values: columns.map { Double($0.qualityAdjustedARR) },
          color: ChartPalette.blue),
      ], valueStyle: .money, format: c.f, axisTitle: "ARR")
    return ReportChart(name: .stress, title: chart.title, svg: chart.svg)
  }

  static func stressRetentionChart(_ c: ReportContext) -> ReportChart? {
    guard let s = c.stress, !s.scenarios.isEmpty else { return nil }
    let columns = [s.base] + s.scenarios.map(\.figures)
    guard columns.contains(where: { $0.forecast != nil }) else { return nil }
    let chart = BarChart(
      title: "Projected 12-month NDR and GRR by stress scenario",
      categories: ["Base"] + s.scenarios.map(\.scenario.name),
      series: [
        .init(
          name: "Projected NDR", values: columns.map { $0.forecast?.ndr ?? .nan },
          color: ChartPalette.blue),
        .init(
          name: "Projected GRR", values: columns.map { $0.forecast?.grr ?? .nan },
          color: ChartPalette.axis),
      ], valueStyle: .percent, format: c.f, axisTitle: "Retention")
    return ReportChart(name: .stressRetention, title: chart.title, svg: chart.svg)
  }
}
