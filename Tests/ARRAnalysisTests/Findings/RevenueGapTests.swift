import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// `revenue_gap`: months in which no account has MRR, between months with revenue — a month
/// missing from an export makes every account churn and come back, which the report used to
/// show without a word.
@Suite struct RevenueGapTests {
  static func month(_ k: Int, closing: Int64) -> BridgeMonth {
    BridgeMonth(
      month: Month(year: 2024, month: 1).adding(months: k), opening: 0, new: 0, expansion: 0,
      contraction: 0, churn: 0, reactivation: 0, closing: closing)
  }

  @Test func monthsWithoutRevenueBetweenRevenueAreAGap() throws {
    let bridge = [100, 100, 0, 0, 100, 0, 100].enumerated().map {
      Self.month($0.offset, closing: Int64($0.element))
    }
    let gap = try #require(Analysis.revenueGap(bridge, f: .usd))
    #expect(gap.code == .revenueGap)
    #expect(gap.severity == .warning)
    #expect(
      gap.message
        == "No account has MRR in 2024-03 to 2024-04 (2 months), between months with revenue "
        + "(1 other gap as well): every account churns and comes back in the bridge. A month "
        + "missing from the data? Check the source before relying on the bridge, churn and "
        + "cohort figures.")
  }

  /// Zero before the first revenue (accounts not yet started) or after the last (everyone
  /// left) is no gap.
  @Test func leadingAndTrailingZerosAreNoGap() {
    let bridge = [0, 0, 100, 100, 0].enumerated().map {
      Self.month($0.offset, closing: Int64($0.element))
    }
    #expect(Analysis.revenueGap(bridge, f: .usd) == nil)
  }

  /// From the loaded folder: monthly.csv with no row at all for 2024-05 (every account has
  /// rows before and after).
  @Test func aMonthMissingFromMonthlyCSVIsAFinding() throws {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<5 {
      a += "A\(i),monthly,monthly,2024-01-01\n"
      for k in [1, 2, 3, 4, 6, 7] { m += "A\(i),2024-0\(k),100\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let analysis = Analysis.run(company)
    let gap = try #require(analysis.findings.first { $0.code == .revenueGap })
    #expect(gap.message.hasPrefix("No account has MRR in 2024-05, between months with revenue:"))
  }
}
