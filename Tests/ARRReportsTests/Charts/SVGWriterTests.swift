import Testing

@testable import ARRReports

@Suite struct SVGWriterTests {
  @Test func escapesTheFiveSpecialCharacters() {
    #expect(
      SVGWriter.escape("a & b < c > d \"e\" 'f'")
        == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
    #expect(SVGWriter.escape("tab\there\u{0}\u{7}") == "tab here")
    #expect(SVGWriter.escape("€ ₪ ×") == "€ ₪ ×")
  }

  @Test(
    arguments: [
      (0.0, "0"), (12.34, "12.3"), (12.35, "12.4"), (-0.04, "0"), (-3.25, "-3.3"), (0.00001, "0"),
      (Double.nan, "0"), (Double.infinity, "0"), (5e9, "1000000"), (-5e9, "-1000000"),
    ] as [(Double, String)])
  func coordinatesHaveOneDecimalAndAreFinite(value: Double, expected: String) {
    #expect(SVGWriter.number(value) == expected)
  }

  @Test func slugsMakeValidIds() {
    #expect(SVGWriter.slug("ARR walk: Q3 <2026>") == "arr-walk-q3-2026")
    #expect(SVGWriter.slug("€€€") == "x")
    #expect(
      SVGWriter(width: 10, height: 10, title: "9 lives", description: "").idPrefix
        == "chart-9-lives")
  }

  @Test func documentIsAccessibleAndWellFormed() {
    var writer = SVGWriter(width: 200, height: 100, title: "A <b> & \"c\"", description: "d's")
    writer.rect(x: 1, y: 2, width: 3, height: 4, fill: "#fff", cssClass: "bar")
    writer.text("x < y", x: 10, y: 20, anchor: .middle, rotation: -90)
    writer.line(x1: 0, y1: 0, x2: 10, y2: 10, stroke: "#000", dash: "2 2")
    writer.polyline([(1, 1), (2, 2)], stroke: "#000")
    writer.polygon([(1, 1), (2, 2), (3, 1)], fill: "#000", opacity: 0.2)
    writer.circle(cx: 5, cy: 5, r: 2, fill: "#000", stroke: "#fff")
    let url = writer.horizontalGradient(name: "legend", stops: [(0, "#000"), (1, "#fff")])
    #expect(url == "url(#chart-a-b-c-legend)")
    let doc = SVGChecks.validate(writer.document, title: "A <b> & \"c\"")
    #expect(doc.count("rect", cssClass: "bar") == 1)
    #expect(
      writer.document.contains(
        "<title id=\"chart-a-b-c-title\">A &lt;b&gt; &amp; &quot;c&quot;</title>"))
    #expect(writer.document.contains(">x &lt; y</text>"))
    #expect(writer.document.contains("transform=\"rotate(-90 10 20)\""))
    #expect(writer.document.hasSuffix("</svg>\n"))
  }

  @Test func negativeSizesAreClampedToZero() {
    var writer = SVGWriter(width: 50, height: 50, title: "t", description: "d")
    writer.rect(x: 1, y: 1, width: -5, height: .nan, fill: "#000")
    #expect(writer.document.contains("width=\"0\" height=\"0\""))
  }
}
