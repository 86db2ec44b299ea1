import Testing

@testable import ARRReports

@Suite struct ClassMixChartTests {
  static let rows = [
    ClassMixChart.Row(
      label: "By ARR", retained: 300_000_000, wavering: 60_000_000, atRisk: 40_000_000),
    ClassMixChart.Row(label: "By logos", retained: 610, wavering: 250, atRisk: 140),
    ClassMixChart.Row(label: "Enterprise · ARR", retained: 200, wavering: 0, atRisk: 5),
  ]

  @Test func sharesAreFractionsOfTheRow() {
    #expect(Self.rows[0].shares == [0.75, 0.15, 0.10])
    #expect(Self.rows[1].shares == [0.61, 0.25, 0.14])
    #expect(
      ClassMixChart.Row(label: "x", retained: -5, wavering: .nan, atRisk: 0).shares == [0, 0, 0])
  }

  /// A bar's labels foot to 100% and the description's tenths to 100.0%, by largest
  /// remainder as the class table foots its shares (render review 32, R32-7: 44% + 26% + 31%
  /// on a bar; 17.2% in the description beside 17.3% in the table). By hand: 44.5%, 25.5%,
  /// 30.0% round to 45 + 26 + 30 = 101; floors 44 + 25 + 30 leave one point for the largest
  /// remainder, the first of the two halves: 45, 25, 30. And 17.25%, 41.37%, 41.38% round to
  /// 17.3 + 41.4 + 41.4 = 100.1; floors 17.2 + 41.3 + 41.3 leave two tenths for .8 and .7.
  @Test func labelsAndDescriptionFootTo100() {
    let bar = ClassMixChart.Row(label: "Multi-year", retained: 445, wavering: 255, atRisk: 300)
    #expect(bar.footedPercents == [45, 25, 30])
    let svg = ClassMixChart(title: "Class mix", rows: [bar], format: .usd).svg
    let texts = SVGChecks.texts(SVGChecks.validate(svg, title: "Class mix"))
    #expect(texts.contains("45%") && texts.contains("25%") && texts.contains("30%"))
    #expect(!texts.contains("26%"))
    let tenths = ClassMixChart.Row(label: "All", retained: 1725, wavering: 4137, atRisk: 4138)
    #expect(tenths.footedTenths == [172, 414, 414])
    #expect(
      ClassMixChart(title: "Class mix", rows: [tenths], format: .usd).defaultDescription
        == "Class mix. All: retained 17.2%, wavering 41.4%, at-risk 41.4%.")
  }

  @Test func drawsOneSegmentPerNonZeroClass() {
    let svg = ClassMixChart(title: "Class mix", rows: Self.rows, format: .usd).svg
    SVGChecks.writeSample("class-mix", svg)
    let doc = SVGChecks.validate(svg, title: "Class mix")
    #expect(doc.count("rect", cssClass: "segment") == 3 + 3 + 2)
    let texts = SVGChecks.texts(doc)
    for label in [
      "75%", "15%", "10%", "61%", "25%", "14%", "retained", "wavering", "at-risk", "By ARR",
    ] {
      #expect(texts.contains(label), "missing \(label)")
    }
    #expect(svg.contains("By ARR: retained 75.0%, wavering 15.0%, at-risk 10.0%"))
  }

  /// A class with no revenue and no logos in any row is not in the legend.
  @Test func legendOmitsAnEmptyClass() {
    let rows = [
      ClassMixChart.Row(label: "By ARR", retained: 300, wavering: 100, atRisk: 0),
      ClassMixChart.Row(label: "By logos", retained: 6, wavering: 2, atRisk: 0),
    ]
    let doc = SVGChecks.validate(
      ClassMixChart(title: "Class mix", rows: rows, format: .usd).svg, title: "Class mix")
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("retained") && texts.contains("wavering"))
    #expect(!texts.contains("at-risk"))
  }

  @Test func segmentsFillTheBarExactly() {
    let doc = XMLChecker(ClassMixChart(title: "t", rows: [Self.rows[0]], format: .usd).svg)
    let segments = doc.elements.filter { $0.attribute("class") == "segment" }
    let widths = segments.compactMap { $0.attribute("width").flatMap(Double.init) }
    let xs = segments.compactMap { $0.attribute("x").flatMap(Double.init) }
    #expect(abs(widths[0] / widths[1] - 5) < 0.02)  // 75% vs 15%
    #expect(abs(xs[0] + widths[0] - xs[1]) < 0.11)
  }

  @Test func emptyInputs() {
    let none = ClassMixChart(title: "Mix", rows: [], format: .usd)
    #expect(SVGChecks.texts(SVGChecks.validate(none.svg, title: "Mix")).contains("No data"))
    let zero = ClassMixChart(
      title: "Mix", rows: [.init(label: "Nothing", retained: 0, wavering: 0, atRisk: 0)],
      format: .usd)
    let doc = SVGChecks.validate(zero.svg, title: "Mix")
    #expect(doc.count("rect", cssClass: "segment") == 0)
    #expect(SVGChecks.texts(doc).contains("No data"))
  }

  @Test func heightGrowsWithRowsAndLabelsAreEscaped() {
    let many = (0..<20).map {
      ClassMixChart.Row(label: "Segment <\($0)> & co", retained: 1, wavering: 1, atRisk: 1)
    }
    let chart = ClassMixChart(title: "Many", rows: many, format: .usd)
    #expect(chart.height == 80 + 20 * 32 + 36)
    let doc = SVGChecks.validate(chart.svg, title: "Many")
    #expect(SVGChecks.texts(doc).contains("Segment &lt;0&gt; &amp; co"))
    #expect(chart.svg == ClassMixChart(title: "Many", rows: many, format: .usd).svg)
  }
}
