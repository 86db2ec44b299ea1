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
    // Last year's misses inside their ranges, as the rows state them (render review 40, R40-3).
    (
      "plg-smb",
      "Projections weakly supported: the risk score barely ranks churners. Last year's "
        + "projected NDR was 6.6 points under realised; GRR was 4.6 points under"
    ),
    // Movements' score ranks worse than chance, so every class is priced at the company's
    // pooled retention (R33-1); its missing cancellation notice would lower the projections,
    // but last year's came in under what was realised, NDR 94.9% against 142.3% (above its P90
    // of 105.9%) and GRR 85.3% against 89.1% (R35-2, R35-3).
    (
      "data-room-movements",
      // Its range, 0.20–0.56, stops short of 0.6: the churners show the score does not rank
      // them (trial 37, T37-23).
      "Projections at the company's pooled retention: 11 churners show the risk score does not "
        + "rank them; missing notices would lower them, but last "
        + "year's were under realised "
        + "(NDR by 47.4 points, outside its P10–P90; GRR by 3.8)"
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
    // Last year's NDR 91.0% and GRR 83.7% came in under the 120.2% and 86.7% realised (since
    // R33-13's co-termed first payments; 106.3% and 81.7% under 115.1% and 84.0% before): both
    // directions, not "likely overstated" (R35-3), and NDR outside last year's P10–P90.
    #expect(
      sentence.hasPrefix(
        "Projections weakly supported: 14 churners are too few to show the risk score ranks "
          + "them; missing signals would lower them, but last year's were under realised (NDR by "
          + "29.2 points, outside its P10–P90; GRR by 3.0)"))
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
