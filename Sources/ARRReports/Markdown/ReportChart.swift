import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring
import ARRStress

/// One chart of the board report: its file name under `charts/`, its title and its SVG.
public struct ReportChart: Sendable, Equatable {
  /// The charts the report can hold, in the order they appear.
  public enum Name: String, Sendable, CaseIterable {
    case arrWalk = "arr-walk"
    case committedRenewals = "committed-renewals"
    case classMix = "class-mix"
    case mrrBridge = "mrr-bridge"
    case trends = "trends"
    case retentionOutlook = "retention-outlook"
    case cohortRetention = "cohort-retention"
    case logoSurvival = "logo-survival"
    case lifetimeValue = "ltv-by-segment"
    case stress = "stress-scenarios"
    case stressRetention = "stress-retention"
    case calibration = "calibration"
    case retentionCurves = "retention-curves"

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
    var out: [ReportChart] = [walk(c)]
    if let chart = committedRenewals(c) { out.append(chart) }
    out.append(classMix(c))
    if let chart = bridge(c) { out.append(chart) }
    if let chart = trends(c) { out.append(chart) }
    if let chart = retentionOutlook(c) { out.append(chart) }
    if let chart = cohorts(c) { out.append(chart) }
    if let chart = survival(c) { out.append(chart) }
    if let chart = lifetimeValue(c) { out.append(chart) }
    if let chart = stressChart(c) { out.append(chart) }
    if let chart = stressRetentionChart(c) { out.append(chart) }
    if let chart = calibration(c) { out.append(chart) }
    if let chart = curves(c) { out.append(chart) }
    return out
  }

  static func walk(_ c: ReportContext) -> ReportChart {
    // The at-risk step no signal can reach is not measured, as in the walk table (R32-5).
    let outOfReach = Analysis.isAtRiskOutOfReach(c.scoring)
    let steps: [WaterfallChart.Step] = ARRWalk(c.analysis).steps.map {
      if outOfReach, $0.key == ARRWalk.atRiskLossKey, $0.arr == 0 { return .notMeasured($0.label) }
      return $0.isSubtotal ? .total($0.label, cents: $0.arr) : .change($0.label, cents: $0.arr)
    }
    // Page one shows the chart just above the "ARR walk" heading: the title says the two
    // figures instead of repeating the heading's words.
    let f = c.format
    var chart = WaterfallChart(
      title: "Headline ARR \(f.compactMoney(cents: c.metrics.ladder.headline)) to "
        + "quality-adjusted ARR \(f.compactMoney(cents: c.scoring.qualityAdjustedARR))"
        + (c.isQualityUnsupported ? " (unsupported)" : "") + ", step by step",
      steps: steps, format: f)
    chart.width = 1000
    // A headline the summary says to quote as a range says so on the chart too (session 15,
    // report: the walk drew the point alone).
    var subtitle: [String] = []
    // A headline measured in an incomplete month says so where a deck copies it (session 17).
    if let caveat = c.headlineIncompleteCaveat { subtitle.append("Headline ARR " + caveat) }
    if let range = MarkdownReport.ambiguousRangeWords(c) {
      subtitle.append(
        "Headline ARR is " + range + " under the other import readings"
          + MarkdownReport.ambiguousReason(c) + " (Data "
          + "quality); the walk starts from the point")
    }
    // The walk ends at quality-adjusted ARR: the summary row's caveat goes with it, since the
    // chart is what a deck copies from page one (session 16, report).
    if let caveat = c.qualityCaveatSentence { subtitle.append(caveat) }
    if !subtitle.isEmpty { chart.subtitle = subtitle.joined(separator: ". ") }
    return ReportChart(name: .arrWalk, title: chart.title, svg: chart.svg)
  }

  /// Committed ARR by renewal quarter (and the undated buckets), when anything is committed.
  static func committedRenewals(_ c: ReportContext) -> ReportChart? {
    guard c.metrics.ladder.committed > 0 else { return nil }
    let renewals = c.committedRenewals
    let buckets = chartedRenewalBuckets(renewals.buckets)
    var chart = BarChart(
      title: "Committed ARR by renewal date",
      categories: buckets.map { MarkdownReport.renewalLabel($0.period) },
      series: [
        .init(
          name: "Committed ARR", values: buckets.map { Double($0.arr) }, color: ChartPalette.blue)
      ], valueStyle: .money, format: c.format, axisTitle: "Committed ARR")
    chart.height = 300
    // Pasted alone, inferred ends read as contract dates (render review 40, R40-4).
    if renewals.inferredEndARR > 0 {
      chart.subtitle =
        renewals.inferredEndARR == c.metrics.ladder.committed
        ? "Every end date inferred by the import from billing, not read from a contract"
        : "\(c.format.compactMoney(cents: renewals.inferredEndARR)) of it dated by end dates "
          + "the import inferred, not read from a contract"
    }
    return ReportChart(name: .committedRenewals, title: chart.title, svg: chart.svg)
  }

  /// The renewal buckets the chart draws: the dated quarters up to the last that holds ARR (an
  /// empty quarter between two others is part of the calendar), then the undated buckets that
  /// hold any. The table keeps all eight (render review 40, R40-10: four of billings' eight
  /// bars were $0 and took half the chart's width).
  /// - Complexity: O(buckets).
  static func chartedRenewalBuckets(_ buckets: [CommittedRenewals.Bucket])
    -> [CommittedRenewals.Bucket]
  {
    let dated = buckets.prefix(CommittedRenewals.datedQuarters)
    let lastFull = dated.lastIndex { $0.arr != 0 }
    let kept = lastFull.map { Array(dated[...$0]) } ?? []
    return kept + buckets.dropFirst(CommittedRenewals.datedQuarters).filter { $0.arr != 0 }
  }

  /// Months the trends chart shows.
  static let trendChartMonths = 24

  /// Headline ARR per month.
  static func trends(_ c: ReportContext) -> ReportChart? {
    var points = MonthlyTrend.compute(c.company, bridge: c.metrics.bridge).map {
      (month: $0.month, arr: $0.headlineARR)
    }
    // The bridge starts a month after the data does; that first month's headline ARR is the
    // first bridge month's opening, so the chart covers every month the report says it rests on.
    if let first = c.metrics.bridge.first {
      let before = c.company.offset(of: first.month) - 1
      if before >= 0 { points.insert((c.company.month(at: before), 12 * first.opening), at: 0) }
    }
    let trends = points.suffix(trendChartMonths)
    guard trends.count >= 2 else { return nil }
    var chart = BarChart(
      title: "Headline ARR by month, last \(trends.count) months",
      categories: trends.map { c.format.monthAbbreviation($0.month) + " " + String($0.month.year) },
      series: [
        .init(name: "Headline ARR", values: trends.map { Double($0.arr) }, color: ChartPalette.blue)
      ], valueStyle: .money, format: c.format, axisTitle: "Headline ARR")
    chart.width = 1000
    // Months the import marks incomplete may miss longer terms invoiced before the data
    // began: the rise over them is partly accounts appearing at their renewal (session 17,
    // report: a 3-month export's chart drew $15.6M to $31.5M, a growth the data cannot show).
    if let span = c.incompleteSpan(among: trends.map(\.month)) {
      let next = c.firstCompleteMonth(among: trends.map(\.month))
      chart.subtitle =
        "\(span) incomplete in the import: accounts on longer terms appear only at their "
        + "renewal, so the rise" + (next.map { " through " + c.format.month($0) } ?? "")
        + " may be overstated"
    }
    return ReportChart(name: .trends, title: chart.title, svg: chart.svg)
  }

  /// A segment's class-mix bar label: "enterprise, by ARR", or "No segment, by ARR" for the
  /// accounts without one (the tables' words, not the placeholder name).
  static func classMixRowLabel(segment key: String) -> String {
    let isUnnamed = key.isEmpty || key == Account.noSegmentLabel
    return isUnnamed ? "No segment, by ARR" : "\(key), by ARR"
  }

  static func classMix(_ c: ReportContext) -> ReportChart {
    let mix = c.scoring.classMix
    func row(_ label: String, _ m: ClassMix, logos: Bool) -> ClassMixChart.Row {
      func v(_ k: RevenueClass) -> Double {
        logos ? Double(m[k].accounts) : Double(m[k].recurringARR)
      }
      return ClassMixChart.Row(
        label: label, retained: v(.retained), wavering: v(.wavering), atRisk: v(.atRisk))
    }
    var rows = [row("All, by ARR", mix, logos: false), row("All, by logos", mix, logos: true)]
    // The eight listed segments with the most recurring ARR, in the tables' order.
    let charted = Set(c.segments.ranked.prefix(8))
    // A split with one group holding recurring ARR repeats "All, by ARR" (render review 38,
    // R38-12: movements' "No segment, by ARR", every account in it): not drawn.
    let segmented = c.scoring.bySegment.filter { $0.mix.recurringARR > 0 }.count > 1
    for g in c.scoring.bySegment
    where segmented && charted.contains(ListedSegments.label(g.key)) && g.mix.recurringARR > 0 {
      // Accounts without a segment are grouped under a parenthesised placeholder name; as a
      // bar label it reads as words instead ("(no segment), by ARR" read oddly), the tables'
      // words (render review 30, R30-16: the chart said "No segment given").
      rows.append(row(classMixRowLabel(segment: g.key), g.mix, logos: false))
    }
    let isOneType = c.scoring.byContractType.filter { $0.mix.recurringARR > 0 }.count < 2
    for g in c.scoring.byContractType where !isOneType && g.mix.recurringARR > 0 {
      rows.append(row("\(ContractType.label(forKey: g.key)), by ARR", g.mix, logos: false))
    }
    var chart = ClassMixChart(
      title: "Revenue classes by ARR and logos", rows: rows, format: c.format)
    // The classes are the quality-adjusted row's: its caveat (render review 30, R30-12; render
    // review 28, R28-11: movements' "93% retained" by logos came from a score ranking churners
    // worse than chance, the chart bare).
    chart.subtitle = c.qualityCaveatSentence
    return ReportChart(name: .classMix, title: chart.title, svg: chart.svg)
  }

  /// The MRR bridge of the last 12 months; `nil` when the data holds no month to bridge (one
  /// month of data: the report says "No month of revenue to bridge", and a chart titled "last
  /// 0 months" drawing nothing was written beside it, linked from nowhere; session 20, wording
  /// lane; trial 18b, G9).
  static func bridge(_ c: ReportContext) -> ReportChart? {
    let months = Array(c.metrics.bridge.suffix(12))
    guard !months.isEmpty else { return nil }
    var chart = StackedBarChart.bridge(
      title: months.count == 1
        ? "MRR bridge, last month" : "MRR bridge, last \(months.count) months",
      months: months.map(\.month),
      new: months.map(\.new), expansion: months.map(\.expansion),
      reactivation: months.map(\.reactivation), contraction: months.map(\.contraction),
      churn: months.map(\.churn), format: c.format)
    // Without a price history expansion and contraction are read as zero, not measured: the
    // legend and a subtitle say so, as the bridge table's caveat does (session 15, report).
    if c.isPriceHistoryUnmeasured {
      for k in chart.series.indices
      where chart.series[k].name == "Expansion" || chart.series[k].name == "Contraction" {
        chart.series[k].name += " (not measured)"
      }
      chart.subtitle =
        "Expansion and contraction are not in this data (no price history): drawn as zero, "
        + "not measured"
    }
    // Months the import marks incomplete count a longer term's first renewal as new (session
    // 17, report: a 3-month export's bridge drew $1.1M of new MRR, most of it renewals).
    if let span = c.incompleteOpeningSpan(among: months.map(\.month)) {
      let note =
        "\(span) start from months incomplete in the import: an account on a longer term first "
        + "appears at its renewal, drawn as new"
      chart.subtitle = chart.subtitle.map { $0 + ". " + note } ?? note
    }
    return ReportChart(name: .mrrBridge, title: chart.title, svg: chart.svg)
  }

  static func retentionOutlook(_ c: ReportContext) -> ReportChart? {
    let t = c.metrics.trailingRetention
    guard let f = c.forecast else { return nil }
    let nan = Double.nan
    let projected = BarChart.Series(
      name: "Projected (mean)", values: [f.ndr, f.grr, f.logoRetention],
      color: ChartPalette.blue,
      ranges: [f.ndrRange, f.grrRange, f.logoRetentionRange].map {
        BarChart.Range(low: $0.p10, high: $0.p90)
      })
    // Without any trailing figure (under 13 months of data) the chart shows the projection
    // alone and says so in its title (render review 28, R28-26: the title promised a trailing
    // bar that was not there).
    let hasTrailing = t.ndr != nil || t.grr != nil || t.logoRetention != nil
    var chart = BarChart(
      title: hasTrailing
        ? "Retention: trailing 12 months vs projected next 12"
        : "Retention: projected next 12 months (no trailing year in the data)",
      categories: ["Net dollar retention", "Gross dollar retention", "Logo retention"],
      series: hasTrailing
        ? [
          .init(
            name: "Trailing", values: [t.ndr ?? nan, t.grr ?? nan, t.logoRetention ?? nan],
            color: ChartPalette.axis),
          projected,
        ] : [projected], valueStyle: .percent, format: c.format, axisTitle: "Retention")
    chart.rangeName = "Projected P10–P90"
    // The trailing bars start from a month the import marks incomplete: said on the chart, as
    // beside the table (session 15, report), after the priors-only label, never in its place.
    let incomplete = c.incompleteTrailingBase.map { _ in
      "Trailing measured from \(c.format.month(t.baseMonth)), a month the import marks "
        + "incomplete: it may be off in either direction"
    }
    let subtitle = [projectionSubtitle(c), incomplete].compactMap { $0 }
    chart.subtitle = subtitle.isEmpty ? nil : subtitle.joined(separator: ". ")
    return ReportChart(name: .retentionOutlook, title: chart.title, svg: chart.svg)
  }

  /// The subtitle of every chart of projected figures when they rest on the priors alone
  /// (the label the Retention table and the summary use), else `nil`.
  /// - Parameters:
  ///   - c: The report context.
  ///   - detail: What rests on the defaults, after the label.
  static func priorsOnlySubtitle(
    _ c: ReportContext,
    detail: String = "projections rest on the documented defaults; read the ranges, not the points"
  ) -> String? {
    guard c.isPriorsOnly else { return nil }
    let label = c.priorsOnlyLabel
    return label.prefix(1).uppercased() + label.dropFirst() + ": " + detail
  }

  /// The subtitle of a chart of projected retention when no backtest calibrated its churn:
  /// the priors-only subtitle when none of it is the company's, else what it rests on
  /// (``ReportContext/projectionBasis``), else `nil`.
  /// The projected rows' other caveats follow (render review 30, R30-12: the rows said "weakly
  /// supported" and "fitted on the import's chosen readings only", the charts a deck lifts
  /// said nothing): ``ReportContext/projectionCaveatSentence``.
  static func projectionSubtitle(_ c: ReportContext) -> String? {
    let basis: String?
    if let b = c.projectionBasis, b != c.priorsOnlyLabel {
      basis = c.projectionBasisSentence.map { $0 + "; read the ranges, not the points" }
    } else {
      basis = priorsOnlySubtitle(c)
    }
    let parts = [basis, c.projectionCaveatSentence].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: ". ")
  }

  /// Per scenario, "no accounts affected" where the scenario moves nothing (its shocks match
  /// no account), else `nil`; `withBase` puts a `nil` first for the base column.
  static func noEffectNotes(_ s: StressResult, withBase: Bool) -> [String?] {
    (withBase ? [nil] : [])
      + s.scenarios.map { $0.hasNoEffect(against: s.base) ? noAccountsAffected : nil }
  }

  /// What a chart and the change table say for a scenario that moves nothing.
  static let noAccountsAffected = "no accounts affected"

  /// Most recent cohorts and ages shown in the heatmap.
  static let heatmapCohorts = 36
  static let heatmapAges = 25

  /// What the cohort heatmap draws, so the chart and its caption say the same thing.
  struct HeatmapLayout: Sendable {
    /// Cohorts with a known start and MRR in their first month, oldest first.
    var usable: [Cohorts.Cohort]
    /// The most recent ``heatmapCohorts`` of them: the rows drawn.
    var shown: [Cohorts.Cohort]
    /// Ages drawn: 0 to `drawnAges − 1`.
    var drawnAges: Int
    /// The oldest age any shown cohort is observed at (≥ `drawnAges − 1`).
    var oldestObservedAge: Int
    /// True when some shown cohort is observed beyond the last age drawn.
    var isAgeCut: Bool { oldestObservedAge >= drawnAges }
  }

  /// The heatmap's rows and ages: at most ``heatmapCohorts`` cohorts and ``heatmapAges`` ages.
  static func heatmapLayout(_ c: ReportContext) -> HeatmapLayout {
    let usable = c.metrics.cohorts.cohorts.filter { !$0.isLeftCensored && $0.startingMRR > 0 }
    let shown = Array(usable.suffix(heatmapCohorts))
    let observed = shown.map(\.revenueRetention.count).max() ?? 0
    return HeatmapLayout(
      usable: usable, shown: shown, drawnAges: min(observed, heatmapAges),
      oldestObservedAge: max(observed - 1, 0))
  }

  static func cohorts(_ c: ReportContext) -> ReportChart? {
    let layout = heatmapLayout(c)
    guard !layout.shown.isEmpty else { return nil }
    let rows = layout.shown.map { cohort in
      HeatmapChart.Row(
        label: c.format.longMonth(cohort.startMonth) + " (\(cohort.accounts))",
        values: cohort.revenueRetention.prefix(layout.drawnAges).map { $0.isFinite ? $0 : nil })
    }
    var chart = HeatmapChart(
      title: "Cohort revenue retention (MRR vs the cohort's first month)", rows: rows,
      format: c.format)
    chart.width = 900
    chart.yAxisTitle = "Cohort (accounts)"
    return ReportChart(name: .cohortRetention, title: chart.title, svg: chart.svg)
  }

  /// The curves the report draws: fitted segments, else fitted contract types.
  static func drawnCurves(_ c: ReportContext) -> [RetentionCurve] {
    let fitted = (c.projection?.curves ?? []).filter { $0.status == .fitted && $0.fit != nil }
    let listed = c.segments
    let segments = fitted.filter { $0.grouping == .segment && listed.isListed($0.key) }
    let types = fitted.filter { $0.grouping != .segment }
    return Array((segments.isEmpty ? types : segments).prefix(6))
  }

  /// The backtest's calibration: predicted against observed 12-month churn by score band, the
  /// bars of each band side by side (the table beside it gives the numbers).
  static func calibration(_ c: ReportContext) -> ReportChart? {
    guard let bt = c.scoring.backtest, let cal = bt.calibration, !cal.bands.isEmpty,
      !Projection.isFew(bt.total.accounts)
    else { return nil }
    var chart = BarChart(
      title: "Calibration: predicted vs observed 12-month churn by score band",
      // The table's half-open ranges ("11.0 to under 19.9"), so chart and table agree.
      categories: cal.bands.indices.map {
        "\(cal.bands[$0].band): "
          + MarkdownReport.bandRange(cal.bands, $0, format: c.format)
      },
      series: [
        .init(
          name: "Predicted churn", values: cal.bands.map(\.predictedChurn),
          color: ChartPalette.axis),
        .init(
          name: "Observed churn", values: cal.bands.map(\.observedChurn), color: ChartPalette.blue),
      ],
      // Whole percents as the table prints them (render review 38, R38-11).
      valueStyle: Projection.isWholeRate(cal.bands.map(\.accounts)) ? .wholePercent : .percent,
      format: c.format, axisTitle: "12-month churn",
      description:
        "Accounts scored a year ago, by band of rising risk score (band: score range): the mean "
        + "predicted churn beside the share that churned.")
    chart.width = 1000
    chart.height = 320
    return ReportChart(name: .calibration, title: chart.title, svg: chart.svg)
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
      let key = curve.grouping == .segment ? curve.key : ContractType.label(forKey: curve.key)
      series.append(.init(name: "\(key) fitted", points: fitted, mark: .dashedLine, color: color))
      series.append(
        .init(name: "\(key) observed", points: observed, mark: .markers, color: color))
    }
    var chart = LineChart(
      title: "Logo retention curves: fitted sBG vs observed", series: series, format: c.format,
      xAxisTitle: "Months since start", yAxisTitle: "Share of accounts still paying")
    chart.xMinimumStep = 1
    return ReportChart(name: .retentionCurves, title: chart.title, svg: chart.svg)
  }

  /// Kaplan–Meier logo survival as a step curve from 100% at month 0, with its 95% band held
  /// between event times and a tick where accounts were censored.
  /// `nil` when there is no curve, or when no account could yet have left
  /// (``isSurvivalUnobserved(_:)``).
  static func survival(_ c: ReportContext) -> ReportChart? {
    let km = (c.projection?.kaplanMeier ?? []).filter { $0.time > 0 }
    guard !km.isEmpty, !isSurvivalUnobserved(km) else { return nil }
    let start = LineChart.Point(x: 0, y: 1)
    let line = [start] + km.map { LineChart.Point(x: Double($0.time), y: $0.survival) }
    let band =
      [(x: 0.0, lower: 1.0, upper: 1.0)]
      + km.map { p in
        (
          x: Double(p.time), lower: max(0, p.survival - 1.96 * p.standardError),
          upper: min(1, p.survival + 1.96 * p.standardError)
        )
      }
    let censored = km.filter { $0.censored > 0 }.map {
      LineChart.Point(x: Double($0.time), y: $0.survival)
    }
    var series: [LineChart.Series] = [
      .init(name: "Still paying", points: line, mark: .step, color: ChartPalette.blue)
    ]
    if !censored.isEmpty {
      series.append(
        .init(
          name: "Censored (still paying)", points: censored, mark: .ticks,
          color: ChartPalette.text))
    }
    var chart = LineChart(
      title: "Logo survival, all accounts (Kaplan–Meier)", series: series,
      bands: [
        .init(name: "95% confidence band", points: band, color: ChartPalette.blue, isStep: true)
      ],
      format: c.format, xAxisTitle: "Months since first payment", yAxisTitle: "Still paying")
    chart.xMinimumStep = 1
    return ReportChart(name: .logoSurvival, title: chart.title, svg: chart.svg)
  }

  /// True when the Kaplan–Meier points (those after month 0) say nobody could yet have left:
  /// no account churned and none was seen past its first paid month, so every account is
  /// censored at 1. With one month of data the curve was a flat line at 100% whose 95% band
  /// had no width (Greenwood's error is 0 without events): a certainty drawn from nothing
  /// (session 20, wording lane; trial 18b, G9). The report says so in a sentence instead.
  static func isSurvivalUnobserved(_ km: [KMPoint]) -> Bool {
    km.allSatisfy { $0.events == 0 && $0.time <= 1 }
  }

  static func lifetimeValue(_ c: ReportContext) -> ReportChart? {
    // Every segment gets its place, a segment without a fitted curve marked "no LTV" rather
    // than dropped.
    let segments = c.segments
    let valued = (c.projection?.lifetimeValues ?? []).filter { segments.isListed($0.segment) }
    guard valued.contains(where: { $0.value != nil }) else { return nil }
    var chart = BarChart(
      title: "LTV of a new account by segment: DEL-based vs naive",
      categories: valued.map { $0.value == nil ? $0.segment + " (no LTV: no curve)" : $0.segment },
      series: [
        .init(
          name: "LTV (sBG DEL)", values: valued.map { ($0.value?.ltvNew ?? .nan) * 100 },
          color: ChartPalette.blue),
        .init(
          name: "Naive ARPA ÷ churn", values: valued.map { ($0.naive ?? .nan) * 100 },
          color: ChartPalette.axis),
      ], valueStyle: .money, format: c.format, axisTitle: "Lifetime value")
    // The text's margin caveat goes with the chart a deck copies (render review 30, R30-8).
    chart.subtitle = marginCaveat(valued)
    return ReportChart(name: .lifetimeValue, title: chart.title, svg: chart.svg)
  }

  /// The LTV chart's subtitle when a margin was assumed: "Revenue, not gross profit: no gross
  /// margin given (100% assumed)", or "… for the segments with no gross margin given …" when
  /// only some were; `nil` when every segment's margin was given.
  static func marginCaveat(_ values: [SegmentLifetimeValue]) -> String? {
    let assumed = values.filter(\.isGrossMarginDefault).count
    guard assumed > 0 else { return nil }
    return assumed == values.count
      ? "Revenue, not gross profit: no gross margin given (100% assumed)"
      : "Revenue, not gross profit, for the segments with no gross margin given (100% assumed)"
  }

  /// Series for one chart, merged into one when two measures have the same value in every
  /// category, so a chart never shows identical bars as if they were different measures.
  static func distinct(_ series: [BarChart.Series], equalName: String) -> [BarChart.Series] {
    guard series.count == 2 else { return series }
    let (a, b) = (series[0], series[1])
    let same = zip(a.values, b.values).allSatisfy { x, y in
      (x.isNaN && y.isNaN) || x == y
    }
    guard same else { return series }
    var merged = a
    merged.name = equalName
    return [merged]
  }

  /// Each scenario's change against the base in recurring and quality-adjusted ARR.
  static func stressChart(_ c: ReportContext) -> ReportChart? {
    guard let s = c.stress, !s.scenarios.isEmpty else { return nil }
    var chart = BarChart(
      title: "Change in ARR against the base, by stress scenario",
      categories: s.scenarios.map(\.scenario.name), series: stressARRSeries(s), valueStyle: .money,
      format: c.format, axisTitle: "Change vs base")
    chart.width = 900
    chart.notes = noEffectNotes(s, withBase: false)
    // Quality-adjusted ARR weighs each account by a retention probability that, on a short
    // history, is the documented class default: the same label as the projections.
    // The quality-adjusted row's caveat otherwise (render review 30, R30-12).
    chart.subtitle =
      priorsOnlySubtitle(
        c, detail: "quality-adjusted ARR " + ReportContext.priorsOnlyQualityDetail)
      ?? c.qualityCaveatSentence
    return ReportChart(name: .stress, title: chart.title, svg: chart.svg)
  }

  /// The stress ARR chart's series: each scenario's change in recurring and quality-adjusted
  /// ARR, one series when the two are equal everywhere.
  static func stressARRSeries(_ s: StressResult) -> [BarChart.Series] {
    let base = s.base
    return distinct(
      [
        .init(
          name: "Recurring ARR",
          values: s.scenarios.map { Double($0.figures.recurringARR - base.recurringARR) },
          color: ChartPalette.axis),
        .init(
          name: "Quality-adjusted ARR",
          values: s.scenarios.map {
            Double($0.figures.qualityAdjustedARR - base.qualityAdjustedARR)
          }, color: ChartPalette.blue),
      ], equalName: "Recurring and quality-adjusted ARR (same change)")
  }

  static func stressRetentionChart(_ c: ReportContext) -> ReportChart? {
    guard let s = c.stress, !s.scenarios.isEmpty else { return nil }
    let columns = [s.base] + s.scenarios.map(\.figures)
    guard columns.contains(where: { $0.forecast != nil }) else { return nil }
    var chart = BarChart(
      title: "Projected 12-month NDR and GRR by stress scenario",
      categories: ["Base"] + s.scenarios.map(\.scenario.name), series: stressRetentionSeries(s),
      valueStyle: .percent, format: c.format, axisTitle: "Retention")
    chart.rangeName = "P10–P90"
    chart.width = 900
    chart.subtitle = projectionSubtitle(c)
    chart.notes = noEffectNotes(s, withBase: true)
    return ReportChart(name: .stressRetention, title: chart.title, svg: chart.svg)
  }

  /// The stress retention chart's series: mean projected NDR and GRR with P10–P90 ranges for
  /// the base and each scenario, one series when the two are equal everywhere.
  static func stressRetentionSeries(_ s: StressResult) -> [BarChart.Series] {
    let columns = [s.base] + s.scenarios.map(\.figures)
    let nan = Double.nan
    func ranges(_ get: (RetentionForecast) -> PercentileRange) -> [BarChart.Range] {
      columns.map { x in
        x.forecast.map { BarChart.Range(low: get($0).p10, high: get($0).p90) }
          ?? BarChart.Range(low: nan, high: nan)
      }
    }
    return distinct(
      [
        .init(
          name: "Projected NDR (mean)", values: columns.map { $0.forecast?.ndr ?? nan },
          color: ChartPalette.blue, ranges: ranges(\.ndrRange)),
        .init(
          name: "Projected GRR (mean)", values: columns.map { $0.forecast?.grr ?? nan },
          color: ChartPalette.axis, ranges: ranges(\.grrRange)),
      ], equalName: "Projected NDR and GRR (mean; equal, no expansion projected)")
  }
}
