import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of issue #15 (screenshots at laptop width): labels that run into each other, a legend
/// key for bars that are not drawn, a flat "100.0% 100.0%" legend, fractional month ticks, and
/// projected figures from priors alone without their label. Each rule on a hand-built chart,
/// then every chart of every bundled report.
@Suite struct ChartLayoutTests {
  /// No two labels of any chart of any bundled report overlap, as the report's own width
  /// estimate measures them.
  @Test(arguments: SampleCompanies.names)
  func noLabelsOverlap(name: String) throws {
    let (analysis, stress, _) = try SampleCompanies.bundle(name)
    for chart in ReportChart.all(for: analysis, stress: stress) {
      let doc = SVGChecks.validate(chart.svg, title: chart.title)
      let overlaps = TextOverlap.overlaps(doc)
      #expect(overlaps.isEmpty, "\(name) \(chart.name.fileName): \(overlaps.prefix(3))")
    }
  }

  @Test func heatmapCellLabelsShrinkToFitOrAreLeftOut() {
    // "100%" at 10 px is about 29 px wide (three digits of 0.64 em and a 0.99 em "%").
    #expect(HeatmapChart.cellTextSize(labels: ["100%"], cellWidth: 56, cellHeight: 22) == 10)
    #expect(HeatmapChart.cellTextSize(labels: ["100%"], cellWidth: 30.5, cellHeight: 22) == 9)
    #expect(HeatmapChart.cellTextSize(labels: ["100%"], cellWidth: 28, cellHeight: 22) == 8)
    #expect(HeatmapChart.cellTextSize(labels: ["100%"], cellWidth: 20, cellHeight: 22) == nil)
    // Cells 16 px tall take at most 10 px text; 12 px tall at most 6 px: none.
    #expect(HeatmapChart.cellTextSize(labels: ["9%"], cellWidth: 56, cellHeight: 12) == nil)
  }

  @Test func aHeatmapGridOfManyAgesHasNoTouchingCellLabels() {
    var rows: [HeatmapChart.Row] = []
    for r in 0..<30 {
      var values: [Double?] = []
      for age in 0..<(30 - r) {
        let step = Double((age * 7 + r) % 9)
        values.append(1 + 0.05 * step)
      }
      rows.append(HeatmapChart.Row(label: "Cohort \(r)", values: values))
    }
    var chart = HeatmapChart(title: "Grid", rows: rows, format: .usd)
    chart.width = 900
    let doc = SVGChecks.validate(chart.svg, title: "Grid")
    #expect(TextOverlap.overlaps(doc).isEmpty)
  }

  @Test func aHeatmapOfOneValueHasASingleSwatchAndOneLabel() {
    let chart = HeatmapChart(
      title: "Flat", rows: [.init(label: "Jun 2025", values: [1, 1])], format: .usd)
    let doc = SVGChecks.validate(chart.svg, title: "Flat")
    #expect(doc.count("linearGradient") == 0)
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("every cell 100.0%"))
    #expect(texts.filter { $0 == "100.0%" }.isEmpty)
  }

  @Test func legendEndLabelsNeverRunTogether() {
    // The fixed scale's ends and midpoint, and its caption, on a narrow card.
    var chart = HeatmapChart(
      title: "Ends", rows: [.init(label: "a", values: [0.568, 1, 2.515])], format: .usd)
    chart.width = 420
    let doc = SVGChecks.validate(chart.svg, title: "Ends")
    #expect(TextOverlap.overlaps(doc).isEmpty)
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("≤ 50.0%") && texts.contains("≥ 150.0%"))
  }

  @Test func aSeriesWithNoValueHasNoLegendEntry() {
    let nan = Double.nan
    let chart = BarChart(
      title: "Outlook", categories: ["NDR", "GRR"],
      series: [
        .init(name: "Trailing", values: [nan, nan]), .init(name: "Projected", values: [0.4, 0.38]),
        .init(name: "Other", values: [0.3, 0.2]),
      ], valueStyle: .percent, format: .usd)
    let texts = SVGChecks.texts(SVGChecks.validate(chart.svg, title: "Outlook"))
    #expect(!texts.contains("Trailing"))
    #expect(texts.contains("Projected") && texts.contains("Other"))
  }

  @Test func aValueLabelNeverMeetsItsCategoryLabel() {
    // −$9.93M on an axis that would end at −$10M left its label on the category label.
    let chart = BarChart(
      title: "Change", categories: ["AI hype unwind", "Usage slump"],
      series: [
        .init(name: "Recurring ARR", values: [-599_000_000, -449_000_000]),
        .init(name: "Quality-adjusted ARR", values: [-993_000_000, -296_000_000]),
      ], valueStyle: .money, format: .usd, axisTitle: "Change vs base")
    let doc = SVGChecks.validate(chart.svg, title: "Change")
    #expect(SVGChecks.texts(doc).contains("-$9.93M"))
    #expect(TextOverlap.overlaps(doc).isEmpty)
  }

  @Test func aNotedCategoryDrawsItsNoteInsteadOfBars() {
    var chart = BarChart(
      title: "Stress", categories: ["Moves", "Idle"],
      series: [.init(name: "Change", values: [-100_000, 0])], valueStyle: .money, format: .usd)
    chart.notes = [nil, "no accounts affected"]
    let doc = SVGChecks.validate(chart.svg, title: "Stress")
    #expect(doc.count("rect", cssClass: "bar") == 1)
    #expect(SVGChecks.texts(doc).contains("no accounts affected"))
    #expect(chart.svg.contains("Idle: no accounts affected"))
  }

  @Test func aLongTitleKeepsItsQualifierInASubtitle() {
    var chart = BarChart(
      title: "Retention: trailing 12 months vs projected next 12", categories: ["NDR"],
      series: [.init(name: "Projected", values: [0.42])], valueStyle: .percent, format: .usd)
    chart.subtitle = "Priors only — not enough history: read the ranges, not the points"
    let texts = SVGChecks.texts(SVGChecks.validate(chart.svg, title: chart.title))
    #expect(texts.contains("Retention: trailing 12 months vs projected next 12"))
    #expect(texts.contains { $0.hasPrefix("Priors only — not enough history") })
    #expect(!texts.contains { $0.hasSuffix("…") })
  }

  @Test func monthAxesHaveWholeTicks() {
    let scale = AxisScale(covering: [0, 1], includesZero: false, targetTicks: 8, minimumStep: 1)
    #expect(scale.step == 1)
    #expect(scale.ticks == [0, 1])
    #expect(AxisScale(covering: [0, 1], includesZero: false, targetTicks: 8).step < 1)
    #expect(AxisScale(covering: [0, 40], targetTicks: 8, minimumStep: 1).step == 10)
  }

  /// seed-example has two months of data: its projection charts carry the priors-only label
  /// the Retention table uses, and the stress charts say which scenarios affect no account.
  @Test func shortHistoryChartsSayPriorsOnly() throws {
    let (analysis, stress, _) = try SampleCompanies.bundle("seed-example")
    let charts = ReportChart.all(for: analysis, stress: stress)
    for name in [ReportChart.Name.retentionOutlook, .stressRetention, .stress] {
      let chart = try #require(charts.first { $0.name == name })
      #expect(chart.svg.contains("Priors only — not enough history"), "\(name)")
    }
    let outlook = try #require(charts.first { $0.name == .retentionOutlook })
    // No account paid a year ago: no trailing bars, so no "Trailing" key.
    #expect(
      !SVGChecks.texts(SVGChecks.validate(outlook.svg, title: outlook.title)).contains("Trailing"))
    let idle = stress.scenarios.filter { $0.hasNoEffect(against: stress.base) }.count
    let arr = try #require(charts.first { $0.name == .stress })
    #expect(
      SVGChecks.texts(SVGChecks.validate(arr.svg, title: arr.title)).filter {
        $0 == "no accounts affected"
      }.count == idle)
  }
}
