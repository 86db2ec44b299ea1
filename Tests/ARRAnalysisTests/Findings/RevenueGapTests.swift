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

  /// A gap right after the data's first month (trial 30, T30-14): that month is the first
  /// bridge month's opening, which the walk used to skip, so one stray early row stretched the
  /// window by years without a word. Here the data's first month is 2023-12 (the opening of the
  /// first bridge month, 2024-01), and no account has MRR in 2024-01…2024-03.
  @Test func aGapRightAfterTheFirstMonthIsAGap() throws {
    var bridge = [0, 0, 0, 100, 100].enumerated().map {
      Self.month($0.offset, closing: Int64($0.element))
    }
    bridge[0].opening = 100
    let gap = try #require(Analysis.revenueGap(bridge, f: .usd))
    #expect(
      gap.message
        == "No account has MRR in 2024-01 to 2024-03 (3 months), between months with revenue: "
        + "every account churns and comes back in the bridge. Only 2023-12, the data's first "
        + "month, has revenue before it: a mistyped year? It adds 4 months to the window. Check "
        + "the source before relying on the bridge, churn and cohort figures.")
    // Without the opening, the same zeros lead the data: no gap.
    bridge[0].opening = 0
    #expect(Analysis.revenueGap(bridge, f: .usd) == nil)
  }

  /// From an imported monthly table: one stray row 2000-01 before five customers of 2024.
  @Test func aStrayEarlyRowInAnImportIsAFinding() throws {
    var text = "customer_id,month,mrr\nA,2000-01,10\n"
    for i in 0..<5 {
      for k in 1...9 { text += "C\(i),2024-0\(k),100\n" }
    }
    let imported = try Importer.read([
      Importer.SourceFile(name: "stray.csv", bytes: Array(text.utf8))
    ])
    let analysis = Analysis.run(try imported.company().company)
    let gap = try #require(analysis.findings.first { $0.code == .revenueGap })
    // 2000-02 … 2023-12: 23 × 12 + 11 = 287 months.
    #expect(gap.message.hasPrefix("No account has MRR in 2000-02 to 2023-12 (287 months)"))
    #expect(gap.message.contains("Only 2000-01, the data's first month"))
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
