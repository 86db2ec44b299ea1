import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A backtest with no churner calibrates nothing: the default weights are kept, not
/// "recalibrated", and the report says why (session 15, report: the Appendix said
/// "recalibrated" on 11 accounts and 0 churners).
@Suite struct NoChurnCalibrationReportTests {
  /// 40 monthly accounts at $100 a month for 15 months: the backtest scores the 40 paying in
  /// 2024-03 and none churns by 2025-03, so the documented intercept (−3) is kept; with 5 of
  /// them at $0 in 2025-03 the defaults are recalibrated as before.
  @Test func noChurnerKeepsTheDefaults() throws {
    let none = Analysis.run(try FindingCodesReportTests.company(accounts: 40, months: 15))
    let bt = try #require(none.scoring.backtest)
    #expect(bt.total.accounts == 40 && bt.total.churned == 0)
    #expect(bt.recalibration == nil)
    #expect(none.scoring.weightsUsed.intercept == RiskWeights.defaults.intercept)
    let report = MarkdownReport.render(none)
    #expect(
      report.contains(
        "The default weights are kept as documented, not recalibrated: none of the 40 accounts "
          + "scored a year ago churned, and a level fitted on no churn would move every score "
          + "toward no churn on no evidence."))
    #expect(!report.contains("recalibrated to this company's own churn"))
    #expect(!report.contains("is calibrated on a backtest"))

    let five = Analysis.run(
      try FindingCodesReportTests.company(accounts: 40, months: 15, churnAtEnd: 5))
    let rec = try #require(five.scoring.backtest?.recalibration)
    #expect(rec.accounts == 40 && rec.churners == 5)
    let recalibrated = MarkdownReport.render(five)
    #expect(recalibrated.contains("The default weights are recalibrated to this company's own"))
    #expect(!recalibrated.contains("kept as documented"))
  }
}
