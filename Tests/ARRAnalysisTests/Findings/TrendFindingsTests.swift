import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// `shrinking_mrr` and `renewal_concentration` (trial 18b, G12 and G11).
@Suite struct TrendFindingsTests {
  /// 12 bridge months from 2024-01: opening 1,200.00, each month 50.00 churned, no new account:
  /// 600.00 at the end, a 50% fall.
  static func shrinking(churn: Int64 = 5_000) -> [BridgeMonth] {
    var opening: Int64 = 120_000
    var out: [BridgeMonth] = []
    for k in 0..<12 {
      out.append(
        BridgeMonth(
          month: Month(year: 2024, month: 1).adding(months: k), opening: opening, new: 0,
          expansion: 0, contraction: 0, churn: churn, reactivation: 0, closing: opening - churn,
          churnedAccounts: 1))
      opening -= churn
    }
    return out
  }

  @Test func aYearOfShrinkingIsAFinding() throws {
    let f = try #require(Analysis.shrinkingMRR(Self.shrinking(), f: .usd))
    #expect(f.code == .shrinkingMRR)
    #expect(f.severity == .warning)
    #expect(f.message.hasPrefix("MRR fell 50.0% over the last 12 months, from "))
    #expect(f.message.contains("in 2023-12 to "))
    #expect(f.message.hasSuffix("No new account joined in the 12 months of the bridge."))
    #expect(abs(f.weight - 2.5) < 1e-12)
  }

  /// 12 × 5.00 of 1,200.00 is a 5% fall: under the 10% threshold.
  @Test func aSmallFallIsNoFinding() {
    #expect(Analysis.shrinkingMRR(Self.shrinking(churn: 500), f: .usd) == nil)
  }

  /// Six annual accounts at 1,000.00 a month, 2024-01 to 2024-12: A0–A2's terms end
  /// 2025-01-31, A3–A5's 2025-09-30. Committed 72,000.00; 2025-01 holds 36,000.00 (50% of
  /// committed and of headline; the earlier of two equal months).
  @Test func halfOfCommittedRenewingInOneMonthIsAFinding() throws {
    var a = "account_id,contract_type,billing_cadence,start_date,contract_end_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<6 {
      a += "A\(i),annual,annual,2024-01-01,\(i < 3 ? "2025-01-31" : "2025-09-30")\n"
      for k in 0..<12 { m += "A\(i),\(Month(year: 2024, month: 1).adding(months: k)),1000.00\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let analysis = Analysis.run(company)
    let f = try #require(
      Analysis.renewalConcentration(
        company, committedMRR: analysis.metrics.committedMRR,
        headline: analysis.metrics.ladder.headline, f: .usd))
    #expect(f.code == .renewalConcentration)
    #expect(f.severity == .warning)
    #expect(
      f.message.hasPrefix(
        "50.0% of committed ARR ($36.0K, 3 accounts; 50.0% of headline ARR) comes up for "
          + "renewal in 2025-01, 1 month after 2024-12"))
    #expect(analysis.findings.contains(f))
    #expect(abs(f.weight - 2.5) < 1e-12)
  }
}
