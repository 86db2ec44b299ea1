import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// "How last year's projection did" gives last year's own P10–P90 beside its mean, and says in
/// words when what was realised lay outside it (render review 28, R28-3: realised NDR was above
/// last year's P90 in four reports, and no report said so).
@Suite struct BacktestRangeReportTests {
  /// Ten monthly accounts that all stay: realised NDR = GRR = logo retention = 100.0% by hand
  /// (`FewAccountsReportTests.company`). Last year's ranges are set by hand: NDR 80.0%–95.0%
  /// (100.0% is above its P90), GRR 90.0%–100.0% (100.0% is its P90, inside).
  @Test func theTableGivesTheRangeAndSaysWhenItDidNotHold() throws {
    var a = Analysis.run(try FewAccountsReportTests.company(accounts: 10))
    var b = try #require(a.projection?.backtest)
    #expect(b.realisedNDR == 1 && b.realisedGRR == 1 && b.realisedLogoRetention == 1)
    b.forecast.ndr = 0.88
    b.forecast.ndrRange = PercentileRange(p10: 0.80, p50: 0.88, p90: 0.95)
    b.forecast.grr = 0.96
    b.forecast.grrRange = PercentileRange(p10: 0.90, p50: 0.96, p90: 1.0)
    b.forecast.logoRetention = 0.9
    b.forecast.logoRetentionRange = PercentileRange(p10: 0.80, p50: 0.90, p90: 1.0)
    a.projection?.backtest = b
    let section = MarkdownReport.projectionBacktest(ReportContext(a))
    let rows = MarkdownReportTests.tables(section).flatMap { $0 }
    #expect(
      rows.first == [
        "Measure", "Projected a year ago (mean)", "P10–P90 a year ago", "Realised", "Error",
      ])
    #expect(rows.contains(["NDR", "88.0%", "80.0%–95.0%", "100.0%", "-12.0 pts"]))
    #expect(rows.contains(["GRR", "96.0%", "90.0%–100.0%", "100.0%", "-4.0 pts"]))
    #expect(rows.contains(["Logo retention", "90.0%", "80.0%–100.0%", "100.0%", "-10.0 pts"]))
    #expect(
      section.contains(
        "in points of the figures as shown. Realised NDR 100.0% was above last year's P90 of "
          + "95.0%: the range did not hold.\n"))
    // Inside every range: no such sentence.
    b.forecast.ndrRange.p90 = 1.0
    a.projection?.backtest = b
    let inside = MarkdownReport.projectionBacktest(ReportContext(a))
    #expect(inside.contains("in points of the figures as shown.\n"))
    #expect(!inside.contains("did not hold"))
  }
}
