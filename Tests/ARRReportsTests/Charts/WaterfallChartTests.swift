import Testing

@testable import ARRReports

@Suite struct WaterfallChartTests {
  static let walk: [WaterfallChart.Step] = [
    .total("Headline ARR", cents: 452_000_000),
    .change("Trials", cents: -31_000_000),
    .change("Pilots", cents: -12_500_000),
    .change("Usage normalised", cents: -8_000_000),
    .total("Recurring ARR", cents: 400_500_000),
    .change("Risk-weighting", cents: -61_200_000),
    .total("Quality-adjusted ARR", cents: 339_300_000),
  ]

  @Test func drawsOneBarPerStepWithFormattedValues() {
    let chart = WaterfallChart(title: "ARR walk", steps: Self.walk, format: .usd)
    let svg = chart.svg
    SVGChecks.writeSample("waterfall", svg)
    let doc = SVGChecks.validate(svg, title: "ARR walk")
    #expect(doc.count("rect", cssClass: "bar") == 7)
    let texts = SVGChecks.texts(doc)
    for value in ["$4.52M", "-$310K", "-$125K", "-$80.0K", "$4.01M", "-$612K", "$3.39M"] {
      #expect(texts.contains(value), "missing \(value)")
    }
    #expect(texts.contains("Headline ARR"))
    #expect(texts.contains("ARR"))  // the axis title
  }

  @Test func changesFloatFromTheRunningLevel() {
    let chart = WaterfallChart(title: "t", steps: Self.walk, format: .usd)
    let levels = chart.levels
    #expect(levels[0] == (0, 452_000_000))
    #expect(levels[1] == (452_000_000, 421_000_000))
    #expect(levels[3].to == 400_500_000)  // the recurring subtotal is where the changes land
    #expect(levels[4] == (0, 400_500_000))
    #expect(levels[6].to == levels[5].to)
  }

  @Test func barsAreColouredByDirection() {
    let doc = XMLChecker(WaterfallChart(title: "t", steps: Self.walk, format: .usd).svg)
    let fills = doc.elements.filter { $0.attribute("class") == "bar" }.map { $0.attribute("fill") }
    #expect(fills[0] == ChartPalette.total)
    #expect(fills[1] == ChartPalette.decrease)
    #expect(fills[4] == ChartPalette.total)
    let up = XMLChecker(
      WaterfallChart(
        title: "t", steps: [.total("a", cents: 100), .change("b", cents: 50)], format: .usd
      ).svg)
    #expect(
      up.elements.filter { $0.attribute("class") == "bar" }.last?.attribute("fill")
        == ChartPalette.increase)
  }

  /// A zero change ("Trials removed $0") draws no bar, so no hairline in the gain colour reads
  /// as a gain (session 35, render review 35, R35-16): six bars for seven steps, its "$0"
  /// printed, and the next change starts from the same level.
  @Test func aZeroChangeHasNoBar() {
    var steps = Self.walk
    steps[1] = .change("Trials removed", cents: 0)
    let chart = WaterfallChart(title: "ARR walk", steps: steps, format: .usd)
    let doc = SVGChecks.validate(chart.svg, title: "ARR walk")
    #expect(doc.count("rect", cssClass: "bar") == 6)
    #expect(SVGChecks.texts(doc).contains("$0"))
    #expect(chart.levels[1] == (452_000_000, 452_000_000))
    #expect(chart.levels[2] == (452_000_000, 439_500_000))
    let fills = doc.elements.filter { $0.attribute("class") == "bar" }.map { $0.attribute("fill") }
    #expect(
      fills == [ChartPalette.total] + Array(repeating: ChartPalette.decrease, count: 2)
        + [ChartPalette.total, ChartPalette.decrease, ChartPalette.total])
  }

  /// A step the data cannot measure (render review 32, R32-5) draws no bar, leaves the running
  /// level where it was ($4.01M − $0 = $4.01M for the next change to start from) and shows
  /// "n/a" in muted grey, never "$0": six bars for seven steps.
  @Test func anUnmeasuredStepHasNoBarAndReadsNotApplicable() {
    var steps = Self.walk
    steps.insert(.notMeasured("At-risk loss"), at: 5)
    let chart = WaterfallChart(title: "t", steps: steps, format: .usd)
    #expect(chart.levels[5] == (400_500_000, 400_500_000))
    #expect(chart.levels[6] == (400_500_000, 339_300_000))
    let doc = XMLChecker(chart.svg)
    #expect(doc.count("rect", cssClass: "bar") == 7)
    let na = doc.elements.filter { $0.name == "text" && $0.text == "n/a" }
    #expect(na.count == 1)
    #expect(na.first?.attribute("fill") == ChartPalette.mutedText)
    // The bold value labels (the axis keeps its own "$0" tick).
    let values = doc.elements.filter { $0.name == "text" && $0.attribute("font-weight") == "600" }
    #expect(!values.contains { $0.text == "$0" })
    #expect(chart.svg.contains("At-risk loss n/a;"))
  }

  @Test func emptyWalkSaysNoData() {
    let doc = SVGChecks.validate(
      WaterfallChart(title: "Empty", steps: [], format: .usd).svg, title: "Empty")
    #expect(SVGChecks.texts(doc).contains("No data"))
    #expect(doc.count("rect", cssClass: "bar") == 0)
  }

  @Test func degenerateWalksStayInsideTheViewBox() {
    let cases: [[WaterfallChart.Step]] = [
      [.total("Zero", cents: 0)],
      [.total("Negative", cents: -5_000_000), .change("Down", cents: -1_000_000)],
      [.total("Huge", cents: Int64.max), .change("More", cents: Int64.max)],
      Array(repeating: .change("step", cents: 1_000), count: 60),
    ]
    for steps in cases {
      let doc = SVGChecks.validate(
        WaterfallChart(title: "Edge", steps: steps, format: .usd).svg, title: "Edge")
      #expect(doc.count("rect", cssClass: "bar") == steps.count)
    }
  }

  @Test func labelsAreEscaped() {
    let svg = WaterfallChart(
      title: "R&D <walk>", steps: [.total("A & <B>", cents: 100_000)], format: .usd
    ).svg
    let doc = SVGChecks.validate(svg, title: "R&D <walk>")
    #expect(SVGChecks.texts(doc).contains("A &amp; &lt;B&gt;"))
    #expect(!svg.contains("<B>"))
  }

  @Test func sameInputSameBytes() {
    let a = WaterfallChart(title: "ARR walk", steps: Self.walk, format: .usd).svg
    let b = WaterfallChart(title: "ARR walk", steps: Self.walk, format: .usd).svg
    #expect(a == b)
    #expect(a.contains("Headline ARR $4.52M; Trials -$310K"))  // the generated description
  }
}
