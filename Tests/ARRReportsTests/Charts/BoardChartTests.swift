import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// The chart fixes of the board report: distinct class colours, ranges drawn as whiskers,
/// a Kaplan–Meier step curve from 100% at month 0, tiny waterfall steps that stay visible,
/// and stress charts that never repeat one measure's bars under two names.
@Suite struct BoardChartTests {
  /// Relative luminance (0 black … 1 white) of a `#RRGGBB` colour.
  static func luminance(_ hex: String) -> Double {
    let v = Int(hex.dropFirst(), radix: 16)!
    func channel(_ c: Int) -> Double {
      let x = Double(c) / 255
      return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(v >> 16) + 0.7152 * channel((v >> 8) & 255)
      + 0.0722 * channel(v & 255)
  }

  /// Wavering and at-risk differ in lightness, not only in hue, so they stay apart for any
  /// colour vision and in greyscale; the legend uses the tables' words.
  @Test func classColoursDifferInLightnessAndLegendMatchesTheText() {
    let (w, a) = (Self.luminance(ChartPalette.wavering), Self.luminance(ChartPalette.atRisk))
    #expect((max(w, a) + 0.05) / (min(w, a) + 0.05) >= 3)
    let chart = ClassMixChart(
      title: "t", rows: [.init(label: "All", retained: 1, wavering: 1, atRisk: 1)], format: .usd)
    let texts = SVGChecks.texts(SVGChecks.validate(chart.svg, title: "t"))
    for label in RevenueClass.allCases.map(\.label) { #expect(texts.contains(label)) }
  }

  @Test func rangesAreDrawnAsWhiskersAroundTheBar() {
    var chart = BarChart(
      title: "t", categories: ["NDR"],
      series: [
        .init(name: "Projected (mean)", values: [1.05], ranges: [.init(low: 0.9, high: 1.2)])
      ], valueStyle: .percent, format: .usd)
    chart.rangeName = "P10–P90"
    let svg = chart.svg
    let doc = SVGChecks.validate(svg, title: "t")
    #expect(doc.count("rect", cssClass: "bar") == 1)
    #expect(SVGChecks.texts(doc).contains("P10–P90"))
    #expect(svg.contains("Projected (mean) 105.0% (90.0% to 120.0%)"))
    // The whisker: a vertical line and two caps beyond the bar's top.
    #expect(doc.elements.filter { $0.name == "line" }.count >= 3)
  }

  @Test(arguments: ["enterprise-saas", "plg-smb"])
  func kaplanMeierIsAStepCurveFromOneHundredPercentAtMonthZero(name: String) throws {
    let (analysis, stress, _) = try SampleCompanies.bundle(name)
    let chart = try #require(
      ReportChart.all(for: analysis, stress: stress).first { $0.name == .logoSurvival })
    #expect(chart.svg.contains("Still paying from 100.0% at 0"))
    let km = try #require(analysis.projection?.kaplanMeier.filter { $0.time > 0 })
    if km.contains(where: { $0.censored > 0 }) { #expect(chart.svg.contains("Censored")) }
  }

  /// A −$23K step beside $28M levels is under a pixel tall at scale: it is drawn at least
  /// ``WaterfallChart/minimumBarHeight`` tall, its value printed, and its long label wrapped,
  /// not cut.
  @Test func tinyStepsStayVisibleAndLabelsWrap() {
    let chart = WaterfallChart(
      title: "t",
      steps: [
        .total("Headline ARR", cents: 2_800_000_000), .change("Trials removed", cents: -2_300_000),
        .change("Usage at 3-month average", cents: -83_900_000),
        .total("Recurring ARR", cents: 2_713_800_000),
      ], format: .usd)
    let doc = SVGChecks.validate(chart.svg, title: "t")
    let heights = doc.elements.filter { $0.attribute("class") == "bar" }.compactMap {
      $0.attribute("height").flatMap(Double.init)
    }
    #expect(heights.count == 4)
    #expect(heights.allSatisfy { $0 >= WaterfallChart.minimumBarHeight })
    let texts = SVGChecks.texts(doc)
    #expect(texts.contains("-$23.0K"))
    #expect(!texts.contains { $0.hasSuffix("…") })
  }

  @Test func equalMeasuresAreOneSeriesNotTwoIdenticalBars() {
    let a = BarChart.Series(name: "NDR", values: [0.4, 0.5])
    let b = BarChart.Series(name: "GRR", values: [0.4, 0.5])
    let merged = ReportChart.distinct([a, b], equalName: "NDR and GRR (equal)")
    #expect(merged.map(\.name) == ["NDR and GRR (equal)"])
    let c = BarChart.Series(name: "GRR", values: [0.4, 0.45])
    #expect(ReportChart.distinct([a, c], equalName: "x").count == 2)
  }

  /// Every bundled report's stress charts show different values for their two measures.
  @Test(arguments: SampleCompanies.names)
  func stressChartsNeverRepeatBarsUnderTwoNames(name: String) throws {
    let (_, stress, _) = try SampleCompanies.bundle(name)
    for series in [ReportChart.stressARRSeries(stress), ReportChart.stressRetentionSeries(stress)] {
      if series.count == 2 {
        let same = zip(series[0].values, series[1].values).allSatisfy { $0 == $1 }
        #expect(!same, "\(series.map(\.name))")
      } else {
        #expect(series.count == 1)
        #expect(series[0].name.contains(" and "))
      }
    }
  }
}
