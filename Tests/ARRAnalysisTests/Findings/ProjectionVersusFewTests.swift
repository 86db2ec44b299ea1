import ARRCore
import ARRInput
import Testing

@testable import ARRAnalysis

/// `projection_vs_trailing` on a trailing NDR of a few accounts (trial 37, T37-18): no "points
/// below the figure usually quoted", but what the trailing figure rests on.
@Suite struct ProjectionVersusFewTests {
  /// 2024-01 to 2025-01. A, the one account paying in 2024-01, grows from 100.00 to 1,000.00
  /// a month; B0–B9 join in 2024-07 at 100.00. Trailing NDR = 1,000 ÷ 100 = 1,000% on 1 account;
  /// today's MRR 1,000 + 10 × 100 = 2,000, of which the base's $100 is 5.0%.
  @Test func aTrailingNDROfOneAccountIsNoRateToCompare() throws {
    var a = "account_id,contract_type,billing_cadence,start_date\nA,monthly,monthly,2024-01-01\n"
    var m = "account_id,month,mrr\n"
    let first = Month(year: 2024, month: 1)
    for k in 0..<13 { m += "A,\(first.adding(months: k)),\(k == 12 ? "1000.00" : "100.00")\n" }
    for i in 0..<10 {
      a += "B\(i),monthly,monthly,2024-07-01\n"
      for k in 6..<13 { m += "B\(i),\(first.adding(months: k)),100.00\n" }
    }
    let analysis = Analysis.run(
      try CompanyLoader.load(
        accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil))
    #expect(analysis.metrics.trailingRetention.ndr == 10)
    let finding = try #require(analysis.findings.first { $0.code == .projectionVersusTrailing })
    #expect(
      finding.message.hasSuffix(
        "; the trailing NDR of 1,000% rests on 1 account that paid in 2024-01 ($100 of MRR, "
          + "5.0% of today's): too few to compare a projection with."))
    #expect(!finding.message.contains("usually quoted"))
  }
}
