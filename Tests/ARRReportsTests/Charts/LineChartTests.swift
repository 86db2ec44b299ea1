import Testing

@testable import ARRReports

@Suite struct LineChartTests {
  static let observed = LineChart.Series(
    name: "SMB observed",
    points: [(0, 1.0), (1, 0.82), (2, 0.71), (3, 0.65), (4, 0.6)].map {
      LineChart.Point(x: $0.0, y: $0.1)
    }, mark: .markers, color: ChartPalette.blue)
  static let fitted = LineChart.Series(
    name: "SMB fitted (sBG)",
    points: (0...12).map { LineChart.Point(x: Double($0), y: 1 / (1 + 0.25 * Double($0))) },
    mark: .line, color: ChartPalette.blue)
  static let band = LineChart.Band(
    name: "P10–P90",
    points: (0...12).map { t in
      let mid = 1 / (1 + 0.25 * Double(t))
      return (x: Double(t), lower: mid * 0.9, upper: min(mid * 1.1, 1.05))
    })

  static func chart() -> LineChart {
    LineChart(
      title: "Retention curves", series: [observed, fitted], bands: [band], format: .usd,
      xAxisTitle: "Months since start", yAxisTitle: "Accounts retained")
  }

  @Test func drawsMarkersLinesAndTheBand() {
    let svg = Self.chart().svg
    SVGChecks.writeSample("line-retention", svg)
    let doc = SVGChecks.validate(svg, title: "Retention curves")
    #expect(doc.count("circle", cssClass: "marker") == 5)
    #expect(doc.count("polyline", cssClass: "line") == 1)
    #expect(doc.count("polygon", cssClass: "band") == 1)
    let polygon = doc.elements.first { $0.attribute("class") == "band" }
    #expect(polygon?.attribute("points")?.split(separator: " ").count == 26)  // 13 up, 13 back
    let texts = SVGChecks.texts(doc)
    for label in ["P10–P90", "SMB observed", "0%", "100%", "Months since start", "12"] {
      #expect(texts.contains(label), "missing \(label)")
    }
    #expect(svg.contains("SMB observed from 100.0% at 0 to 60.0% at 4"))
  }

  @Test func dashedAndCombinedMarks() {
    let series = [
      LineChart.Series(
        name: "Base", points: [.init(x: 0, y: 1), .init(x: 12, y: 1.08)], mark: .lineAndMarkers),
      LineChart.Series(
        name: "Stress", points: [.init(x: 0, y: 1), .init(x: 12, y: 0.94)], mark: .dashedLine),
    ]
    let doc = SVGChecks.validate(
      LineChart(title: "NDR", series: series, format: .usd, yStyle: .percent).svg, title: "NDR")
    #expect(doc.count("circle", cssClass: "marker") == 2)
    let lines = doc.elements.filter { $0.attribute("class") == "line" }
    #expect(lines.count == 2)
    #expect(lines[1].attribute("stroke-dasharray") == "6 4")
    #expect(lines[0].attribute("stroke") == ChartPalette.seriesColor(0))
    #expect(lines[1].attribute("stroke") == ChartPalette.seriesColor(1))
  }

  @Test func degenerateInputs() {
    let empty = LineChart(title: "Empty", series: [], format: .usd)
    #expect(SVGChecks.texts(SVGChecks.validate(empty.svg, title: "Empty")).contains("No data"))
    let nanOnly = LineChart(
      title: "Non-finite",
      series: [.init(name: "s", points: [.init(x: .nan, y: 1), .init(x: 1, y: .infinity)])],
      format: .usd)
    #expect(
      SVGChecks.texts(SVGChecks.validate(nanOnly.svg, title: "Non-finite")).contains("No data"))
    let single = LineChart(
      title: "One", series: [.init(name: "s", points: [.init(x: 3, y: 0.5)])], format: .usd)
    let doc = SVGChecks.validate(single.svg, title: "One")
    #expect(doc.count("circle", cssClass: "marker") == 1)  // a lone point still shows
    let flat = LineChart(
      title: "Flat", series: [.init(name: "s", points: [.init(x: 0, y: 0), .init(x: 0, y: 0)])],
      bands: [.init(name: "b", points: [(x: 0, lower: 0, upper: 0)])], format: .usd)
    SVGChecks.validate(flat.svg, title: "Flat")
  }

  @Test func namesAreEscapedAndOutputIsDeterministic() {
    let chart = LineChart(
      title: "L", series: [.init(name: "\"A\" & <B>", points: [.init(x: 1, y: 1)])], format: .usd)
    #expect(
      SVGChecks.texts(SVGChecks.validate(chart.svg, title: "L")).contains(
        "&quot;A&quot; &amp; &lt;B&gt;"))
    #expect(Self.chart().svg == Self.chart().svg)
    #expect(Self.band == Self.band)
  }
}
