import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// The charts a deck lifts carry the summary rows' caveats (render review 30, R30-12; render
/// review 28, R28-11): the retention outlook and stress retention charts the projected rows',
/// the class mix and stress ARR charts the quality-adjusted row's.
@Suite struct ChartCaveatTests {
  @Test(arguments: [
    ("plg-smb", "Projections weakly supported: the risk score barely ranks churners"),
    // Movements' score ranks worse than chance, so every class is priced at the company's
    // pooled retention (R33-1); its missing cancellation notice still overstates it.
    (
      "data-room-movements",
      "Projections at the company's pooled retention and likely overstated: the risk score "
        + "ranks churners worse than chance, and the data holds no cancellation notice"
    ),
  ])
  func projectedChartsSayIt(sample: String, sentence: String) throws {
    let (analysis, stress, _) = try SampleCompanies.bundle(sample)
    let c = ReportContext(analysis, stress: stress)
    #expect(c.projectionCaveatSentence == sentence)
    #expect(ReportChart.projectionSubtitle(c)?.hasSuffix(sentence) == true)
    let quality = try #require(c.qualityCaveatSentence)
    for chart in [ReportChart.stressChart(c), ReportChart.classMix(c)] {
      let chart = try #require(chart)
      // The subtitle wraps: its words are the chart's first muted lines, in order.
      let texts = SVGChecks.texts(SVGChecks.validate(chart.svg, title: chart.title))
      let words = texts.joined(separator: " ").replacingOccurrences(of: "&apos;", with: "'")
      #expect(words.contains(quality), "\(chart.title)")
    }
  }

  /// Billings' projection rests on the import's chosen readings too: both said, in the rows'
  /// order.
  @Test func theChosenReadingsFollow() throws {
    let (analysis, stress, _) = try SampleCompanies.bundle("data-room-billings")
    let c = ReportContext(analysis, stress: stress)
    let sentence = try #require(c.projectionCaveatSentence)
    #expect(sentence.hasPrefix("Projections weakly supported and likely overstated: "))
    #expect(sentence.hasSuffix("; fitted on the import's chosen readings only"))
  }

  /// A company whose score ranks churners on enough evidence: no such sentence, and a bare
  /// class-mix chart.
  @Test func aSupportedScoreAddsNothing() throws {
    let (analysis, stress, _) = try SampleCompanies.bundle("enterprise-saas")
    let c = ReportContext(analysis, stress: stress)
    #expect(c.projectionCaveatSentence == nil)
    #expect(ReportChart.projectionSubtitle(c) == nil)
    #expect(c.qualityCaveatSentence == nil)
  }

  /// The class-mix chart grows by its subtitle's lines: two rows are 80 + 2 × 32 + 36 = 180 px;
  /// a one-line subtitle adds 6 + 15 = 21 px.
  @Test func aSubtitleMakesRoom() {
    let rows = [
      ClassMixChart.Row(label: "All, by ARR", retained: 3, wavering: 1, atRisk: 0),
      ClassMixChart.Row(label: "All, by logos", retained: 5, wavering: 2, atRisk: 1),
    ]
    var chart = ClassMixChart(title: "Classes", rows: rows, format: NumberFormat(currency: "USD"))
    #expect(chart.height == 180)
    chart.subtitle = "Quality-adjusted ARR is weakly supported"
    #expect(chart.height == 201)
    SVGChecks.validate(chart.svg, title: "Classes")
  }
}
