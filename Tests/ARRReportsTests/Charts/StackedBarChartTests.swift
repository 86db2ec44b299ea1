import ARRAnalysis
import ARRCore
import ARRMetrics
import Testing

@testable import ARRReports

@Suite struct StackedBarChartTests {
  static let months = (0..<12).map { Month(year: 2025, month: 1).adding(months: $0 + 6) }

  static func bridge(format: NumberFormat = .usd) -> StackedBarChart {
    let new: [Int64] = (0..<12).map { 2_000_000 + Int64($0) * 150_000 }
    let expansion: [Int64] = (0..<12).map { 800_000 + Int64($0 % 3) * 200_000 }
    let reactivation: [Int64] = (0..<12).map { $0 % 4 == 0 ? 120_000 : 0 }
    let contraction: [Int64] = (0..<12).map { 300_000 + Int64($0 % 2) * 100_000 }
    let churn: [Int64] = (0..<12).map { 900_000 + Int64($0) * 40_000 }
    return StackedBarChart.bridge(
      title: "MRR bridge", months: months, new: new, expansion: expansion,
      reactivation: reactivation, contraction: contraction, churn: churn, format: format)
  }

  @Test func bridgeStacksInflowsUpAndOutflowsDown() {
    let chart = Self.bridge()
    #expect(
      chart.series.map(\.name) == ["New", "Expansion", "Reactivation", "Contraction", "Churn"])
    #expect(chart.series[3].values[0] == -300_000)
    #expect(chart.series[4].values[0] == -900_000)
    // Net new = 2,000,000 + 800,000 + 120,000 − 300,000 − 900,000.
    #expect(chart.line?.values[0] == 1_720_000)
    #expect(chart.line?.values[1] == 1_810_000)  // 2,150,000 + 1,000,000 − 400,000 − 940,000
  }

  @Test func drawsOneRectPerNonZeroValueAndAMarkerPerMonth() {
    let svg = Self.bridge().svg
    SVGChecks.writeSample("stacked-bridge", svg)
    let doc = SVGChecks.validate(svg, title: "MRR bridge")
    // 12 months × 5 components, minus the 9 months without reactivation.
    #expect(doc.count("rect", cssClass: "bar") == 60 - 9)
    #expect(doc.count("circle", cssClass: "marker") == 12)
    #expect(doc.count("polyline", cssClass: "line") == 1)
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("Jul") && texts.contains("2025") && texts.contains("2026"))
    #expect(texts.contains("Net new MRR"))
  }

  @Test func outflowBarsSitBelowTheZeroLine() {
    let chart = StackedBarChart(
      title: "t", months: [Month(year: 2026, month: 1)],
      series: [.init(name: "In", values: [100]), .init(name: "Out", values: [-100])], format: .usd)
    let bars = XMLChecker(chart.svg).elements.filter { $0.attribute("class") == "bar" }
    let inTop = Double(bars[0].attribute("y")!)!
    let inHeight = Double(bars[0].attribute("height")!)!
    let outTop = Double(bars[1].attribute("y")!)!
    #expect(abs(inTop + inHeight - outTop) < 0.11)  // they meet at zero
    #expect(outTop > inTop)
  }

  @Test func emptyAndShortInputs() {
    let empty = StackedBarChart(title: "Bridge", months: [], series: [], format: .usd)
    #expect(SVGChecks.texts(SVGChecks.validate(empty.svg, title: "Bridge")).contains("No data"))
    let zeros = StackedBarChart.bridge(
      title: "Zeros", months: [Month(year: 2026, month: 3)], new: [], expansion: [],
      reactivation: [], contraction: [], churn: [], format: .usd)
    let doc = SVGChecks.validate(zeros.svg, title: "Zeros")
    #expect(doc.count("rect", cssClass: "bar") == 0)
    #expect(doc.count("circle", cssClass: "marker") == 1)
    let huge = StackedBarChart(
      title: "Huge", months: Self.months,
      series: [
        .init(name: "a", values: [Int64.max, Int64.max]), .init(name: "b", values: [Int64.min]),
      ],
      format: .usd)
    SVGChecks.validate(huge.svg, title: "Huge")
  }

  @Test func namesAreEscapedAndOutputIsDeterministic() {
    let chart = StackedBarChart(
      title: "A<B", months: Self.months, series: [.init(name: "R&D", values: [5])], format: .usd)
    let doc = SVGChecks.validate(chart.svg, title: "A<B")
    #expect(SVGChecks.texts(doc).contains("R&amp;D"))
    #expect(Self.bridge().svg == Self.bridge().svg)
  }
}
