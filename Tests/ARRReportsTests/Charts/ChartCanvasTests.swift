import Testing

@testable import ARRReports

@Suite struct ChartCanvasTests {
  @Test func cardAndTitleComeFirst() {
    let canvas = ChartCanvas(width: 300, height: 200, title: "Hello", description: "d")
    let doc = SVGChecks.validate(canvas.document, title: "Hello")
    let rect = doc.elements.first { $0.name == "rect" }
    #expect(rect?.attribute("fill") == ChartPalette.card)
    #expect(rect?.attribute("rx") == "8")
    #expect(SVGChecks.texts(doc) == ["Hello"])
  }

  @Test func noDataWritesAMessage() {
    var canvas = ChartCanvas(width: 300, height: 200, title: "T", description: "d")
    canvas.noData()
    #expect(SVGChecks.texts(SVGChecks.validate(canvas.document, title: "T")).contains("No data"))
  }

  @Test func truncationFitsTheWidth() {
    let long = String(repeating: "w", count: 100)
    let cut = ChartCanvas.truncated(long, width: 66, size: 11)
    #expect(cut.hasSuffix("…"))
    #expect(ChartCanvas.textWidth(cut, size: 11) <= 66)
    #expect(ChartCanvas.truncated("short", width: 66, size: 11) == "short")
  }

  @Test func wrappingBreaksAtSpacesWithinTheLineLimit() {
    // 11 px text: 6.6 px a character, so 60 px holds 9 characters.
    #expect(
      ChartCanvas.wrapped("Usage normalised", width: 66, size: 11, maxLines: 2) == [
        "Usage", "normalised",
      ])
    #expect(ChartCanvas.wrapped("Trials", width: 66, size: 11, maxLines: 2) == ["Trials"])
    let three = ChartCanvas.wrapped("one two three four five", width: 40, size: 11, maxLines: 2)
    #expect(three.count == 2)
    #expect(three[1].hasSuffix("…"))
    #expect(ChartCanvas.wrapped("a b", width: 40, size: 11, maxLines: 1) == ["a b"])
    #expect(ChartCanvas.wrapped("", width: 40, size: 11, maxLines: 2) == [""])
  }

  /// A compound too wide for the line breaks after its hyphen instead of being cut; one that
  /// fits stays whole.
  @Test func wideCompoundsBreakAfterTheirHyphens() {
    #expect(
      ChartCanvas.wrapped("Quality-adjusted ARR", width: 66, size: 11, maxLines: 3) == [
        "Quality-", "adjusted", "ARR",
      ])
    #expect(
      ChartCanvas.wrapped("at-risk class", width: 66, size: 11, maxLines: 2) == [
        "at-risk", "class",
      ])
  }

  @Test func legendWrapsOntoANewRow() {
    var canvas = ChartCanvas(width: 200, height: 200, title: "T", description: "d")
    let oneRow = canvas.legend([("A", "#000", .swatch)])
    var wide = ChartCanvas(width: 200, height: 200, title: "T", description: "d")
    let items: [(name: String, color: String, mark: ChartCanvas.LegendMark)] = [
      ("Expansion", "#000", .swatch), ("Contraction", "#111", .line), ("Churned", "#222", .marker),
    ]
    let twoRows = wide.legend(items)
    #expect(twoRows > oneRow)
    SVGChecks.validate(wide.document, title: "T")
  }
}
