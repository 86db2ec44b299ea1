import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The retention outlook chart promises a trailing bar only when there is one (render review
/// 28, R28-26: seed-example, two months of data, was titled "trailing 12 months vs projected
/// next 12" with no trailing bar or legend entry).
@Suite struct RetentionOutlookChartTests {
  @Test func withoutATrailingYearTheChartIsTheProjectionAlone() throws {
    let short = try SampleCompanies.analysis("seed-example")
    #expect(short.metrics.trailingRetention.ndr == nil)
    let chart = try #require(ReportChart.retentionOutlook(ReportContext(short)))
    #expect(chart.title == "Retention: projected next 12 months (no trailing year in the data)")
    #expect(!chart.svg.contains(">Trailing<"))
    #expect(chart.svg.contains(">Projected (mean)<"))
  }

  @Test func withATrailingYearBothAreDrawn() throws {
    let long = try SampleCompanies.analysis("ai-hypergrowth")
    let chart = try #require(ReportChart.retentionOutlook(ReportContext(long)))
    #expect(chart.title == "Retention: trailing 12 months vs projected next 12")
    #expect(chart.svg.contains(">Trailing<"))
  }
}
