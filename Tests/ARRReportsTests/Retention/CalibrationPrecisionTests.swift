import ARRProjection
import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Calibration bands of under 100 accounts print their churn in whole percents (render review
/// 38, R38-11: "17.4%" for 4 of 23 accounts, where one account is 4.3 points).
@Suite struct CalibrationPrecisionTests {
  @Test(arguments: [([23, 22], true), ([100, 150], false), ([99, 400], true), ([], false)])
  func wholeRateByTheSmallestBand(accounts: [Int], isWhole: Bool) {
    #expect(Projection.isWholeRate(accounts) == isWhole)
  }

  /// data-room-billings' first band: 2 of 24 accounts churned, 8.33% by hand, 8% (was 8.3%);
  /// predicted 5%. Every band alike, and the sentence under the table says why. (Session 48:
  /// accounts whose first billed month was a one-off start with their first MRR, docs/input.md;
  /// the bands moved from 23 accounts, 1 churned.)
  @Test func billingsBandsAreWholePercents() throws {
    let a = try SampleCompanies.analysis("data-room-billings")
    let cal = try #require(a.scoring.backtest?.calibration)
    let first = try #require(cal.bands.first)
    #expect(first.accounts == 24 && abs(first.observedChurn - 2.0 / 24) < 1e-12)
    let report = MarkdownReport.render(a)
    let rows = MarkdownReportTests.tables(report).first { $0.first?.first == "Band" }
    let row = try #require(rows?.dropFirst(2).first)
    #expect(row[2] == "24" && row[3] == "5%" && row[4] == "8%", "\(row)")
    #expect(rows?.dropFirst(2).allSatisfy { FewAccountsReportTests.isWhole($0[3]) } == true)
    #expect(
      report.contains(
        "Churn in whole percents: a band of fewer than 100 accounts moves by more than a point "
          + "for each account that stays or leaves."))
  }
}
