import ARRCore
import Testing

@testable import ARRReports

@Suite struct HeatmapChartTests {
  /// A cohort triangle: 12 cohorts, the oldest observed for 12 months, each newer one a month less.
  static let rows: [HeatmapChart.Row] = (0..<12).map { r in
    let cohort = Month(year: 2025, month: 1).adding(months: r)
    let ages = 12 - r
    return HeatmapChart.Row(
      label: cohort.description,
      values: (0..<ages).map { age in 1.0 - 0.04 * Double(age) + 0.012 * Double(age * (r % 3)) })
  }

  @Test func drawsOneCellPerObservedValue() {
    let chart = HeatmapChart(title: "Cohort revenue retention", rows: Self.rows, format: .usd)
    let svg = chart.svg
    SVGChecks.writeSample("heatmap", svg)
    let doc = SVGChecks.validate(svg, title: "Cohort revenue retention")
    #expect(doc.count("rect", cssClass: "cell") == (1...12).reduce(0, +))
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("100%"))
    #expect(texts.contains("2025-01"))
    #expect(texts.contains("Months since start"))
    #expect(doc.count("linearGradient") == 1)
  }

  @Test func coloursDivergeAroundTheMidpoint() {
    let chart = HeatmapChart(title: "t", rows: [], format: .usd)
    #expect(chart.color(1.0) == "#F2F2F2")
    #expect(chart.color(0.5) == "#B35806")
    #expect(chart.color(1.5) == "#2166AC")
    #expect(chart.color(0.75) == HeatmapChart.mix((0xF2, 0xF2, 0xF2), (0xB3, 0x58, 0x06), 0.5))
    // Beyond the scale's ends: the ends' full colours.
    #expect(chart.color(0.2) == "#B35806")
    #expect(chart.color(2.8) == "#2166AC")
    #expect(HeatmapChart.mix((0, 0, 0), (255, 255, 255), 0.5) == "#808080")
  }

  /// P10 (session 18): the scale is fixed, not the data's lowest to highest. A company retaining
  /// 95–100% everywhere draws its 95% cell a tenth of the way from grey to orange: (0xF2 +
  /// (0xB3 − 0xF2) × 0.1, 0xF2 + (0x58 − 0xF2) × 0.1, 0xF2 + (0x06 − 0xF2) × 0.1) = (235.7,
  /// 226.6, 218.4), rounded #ECE3DA; never the full orange #B35806 it drew as the data's low.
  /// The legend says the scale is fixed and writes its ends.
  @Test func aNarrowRangeIsPaleOnTheFixedScale() {
    let chart = HeatmapChart(
      title: "Steady", rows: [.init(label: "2025-01", values: [1, 0.98, 0.95])], format: .usd)
    let svg = chart.svg
    #expect(svg.contains("fill=\"#ECE3DA\""))
    #expect(!svg.contains("fill=\"#B35806\""))
    let texts = SVGChecks.texts(SVGChecks.validate(svg, title: "Steady"))
    #expect(texts.contains(HeatmapChart.fixedScaleCaption))
    #expect(texts.contains("≤ 50.0%") && texts.contains("≥ 150.0%"))
    #expect(svg.contains("colours on a fixed scale: 100.0% grey"))
  }

  @Test func textColourFollowsTheFill() {
    #expect(HeatmapChart.prefersLightText("#2166AC"))
    #expect(HeatmapChart.prefersLightText("#B35806"))
    #expect(!HeatmapChart.prefersLightText("#F2F2F2"))
  }

  @Test func missingValuesDrawNothingAndEmptySaysNoData() {
    let sparse = HeatmapChart(
      title: "Sparse", rows: [.init(label: "a", values: [1, nil, .nan, 0.8])], format: .usd)
    #expect(SVGChecks.validate(sparse.svg, title: "Sparse").count("rect", cssClass: "cell") == 2)
    let empty = HeatmapChart(title: "Empty", rows: [.init(label: "a", values: [nil])], format: .usd)
    let doc = SVGChecks.validate(empty.svg, title: "Empty")
    #expect(SVGChecks.texts(doc).contains("No data"))
    let single = HeatmapChart(title: "One", rows: [.init(label: "a", values: [1])], format: .usd)
    SVGChecks.validate(single.svg, title: "One")
  }

  @Test func wideGridsHideCellTextThatDoesNotFit() {
    let wide = HeatmapChart(
      title: "Wide", rows: [.init(label: "2024-01", values: Array(repeating: 1.234, count: 48))],
      format: .usd)
    let doc = SVGChecks.validate(wide.svg, title: "Wide")
    #expect(doc.count("rect", cssClass: "cell") == 48)
    #expect(!SVGChecks.texts(doc).contains("123%"))
  }

  @Test func labelsAreEscapedAndOutputIsDeterministic() {
    let chart = HeatmapChart(
      title: "H", rows: [.init(label: "<Q1 & Q2>", values: [1])], format: .usd)
    #expect(
      SVGChecks.texts(SVGChecks.validate(chart.svg, title: "H")).contains("&lt;Q1 &amp; Q2&gt;"))
    let a = HeatmapChart(title: "C", rows: Self.rows, format: .usd).svg
    #expect(a == HeatmapChart(title: "C", rows: Self.rows, format: .usd).svg)
  }
}
