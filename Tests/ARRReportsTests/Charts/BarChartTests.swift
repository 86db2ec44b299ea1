import Testing

@testable import ARRReports

@Suite struct BarChartTests {
  static let scenarios = [
    "Base", "Trial cliff", "Usage slump", "Top customer loss", "AI hype unwind",
  ]

  static func arrChart() -> BarChart {
    BarChart(
      title: "Quality-adjusted ARR by scenario", categories: scenarios,
      series: [
        .init(
          name: "Quality-adjusted ARR",
          values: [339_300_000, 301_000_000, 287_500_000, 250_000_000, 198_000_000])
      ], valueStyle: .money, format: .usd, axisTitle: "ARR")
  }

  @Test func drawsOneBarPerValueWithItsLabel() {
    let svg = Self.arrChart().svg
    SVGChecks.writeSample("bar-scenarios", svg)
    let doc = SVGChecks.validate(svg, title: "Quality-adjusted ARR by scenario")
    #expect(doc.count("rect", cssClass: "bar") == 5)
    let texts = SVGChecks.texts(doc)
    for label in ["$3.39M", "$3.01M", "$2.88M", "$2.50M", "$1.98M", "Base", "Trial cliff"] {
      #expect(texts.contains(label), "missing \(label)")
    }
  }

  @Test func groupedSeriesAndNegativeValues() {
    let chart = BarChart(
      title: "NDR vs GRR", categories: ["Base", "Stress"],
      series: [
        .init(name: "NDR", values: [1.08, 0.94]), .init(name: "Change", values: [0, -0.14]),
      ],
      valueStyle: .percent, format: .usd)
    let svg = chart.svg
    SVGChecks.writeSample("bar-grouped", svg)
    let doc = SVGChecks.validate(svg, title: "NDR vs GRR")
    #expect(doc.count("rect", cssClass: "bar") == 4)
    let bars = doc.elements.filter { $0.attribute("class") == "bar" }
    #expect(bars[0].attribute("fill") == ChartPalette.seriesColor(0))
    #expect(bars[1].attribute("fill") == ChartPalette.seriesColor(1))
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("108.0%") && texts.contains("-14.0%") && texts.contains("NDR"))
    // The negative bar starts at the zero line, where the positive ones end.
    let zeroY = Double(bars[0].attribute("y")!)! + Double(bars[0].attribute("height")!)!
    #expect(abs(Double(bars[3].attribute("y")!)! - zeroY) < 0.11)
  }

  @Test func missingValuesAndEmptyInput() {
    let partial = BarChart(
      title: "Partial", categories: ["a", "b", "c"], series: [.init(name: "s", values: [1, .nan])],
      valueStyle: .ratio, format: .usd)
    #expect(SVGChecks.validate(partial.svg, title: "Partial").count("rect", cssClass: "bar") == 1)
    let empty = BarChart(
      title: "Empty", categories: [], series: [], valueStyle: .money, format: .usd)
    #expect(SVGChecks.texts(SVGChecks.validate(empty.svg, title: "Empty")).contains("No data"))
    let zeros = BarChart(
      title: "Zeros", categories: ["a"], series: [.init(name: "s", values: [0])],
      valueStyle: .money,
      format: .usd)
    SVGChecks.validate(zeros.svg, title: "Zeros")
  }

  @Test func categoriesAreEscapedAndOutputIsDeterministic() {
    let chart = BarChart(
      title: "B", categories: ["M&A <risk>"], series: [.init(name: "s", values: [5])],
      valueStyle: .number(decimals: 0), format: .usd)
    #expect(
      SVGChecks.texts(SVGChecks.validate(chart.svg, title: "B")).contains("M&amp;A &lt;risk&gt;"))
    #expect(Self.arrChart().svg == Self.arrChart().svg)
  }
}
