import ARRAnalysis
import ARRCore
import ARRInput
import Testing

@testable import ARRReports

/// A backtest of no account (trial 30, T30-7): every account paid through 2022 and again
/// through 2024, none in 2023, so none paid in the backtest's base month 2023-12. The finding
/// said "0 accounts paid in 2023-12 and every one of them paid in 2024-12 too", and the
/// projection's basis was `backtest_calibrated`.
@Suite struct NoBacktestWordingTests {
  static func company() throws -> Company {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<20 {
      a += "A\(i),monthly,monthly,2022-01-01\n"
      for year in [2022, 2024] {
        for k in 1...12 { m += "A\(i),\(year)-\(k < 10 ? "0" : "")\(k),100\n" }
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  @Test func noAccountInTheBaseMonthIsNoBacktest() throws {
    let analysis = Analysis.run(try Self.company())
    let thin = try #require(analysis.findings.first { $0.code == .thinBacktest })
    #expect(
      thin.message.hasPrefix(
        "Thin backtest: no account paid in 2023-12, so there is no backtest: no churn rate could "
          + "be observed over the year to 2024-12, and retention comes from the documented priors "
          + "alone (calibration needs at least"))
    #expect(!thin.message.contains("every one of them"))
    #expect(ProjectionBasis(analysis)?.code != "backtest_calibrated")
  }
}
