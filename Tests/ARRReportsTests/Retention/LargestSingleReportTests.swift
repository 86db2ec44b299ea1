import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The downside a percentile hides (session 19, ranges lane; trial 18b G1): a whale drawn on its
/// own is named under the projection with its share of the MRR and of the paths it left on.
@Suite struct LargestSingleReportTests {
  /// Whale Corp at $9,000 a month beside ten monthly accounts at $100, four months: base
  /// $10,000, the whale 90.0% of it, so GRR without it is at most 10.0%.
  static func company(whale: Int = 9_000) throws -> Company {
    var accounts = "account_id,name,contract_type\nW,Whale Corp,monthly\n"
    var monthly = "account_id,month,mrr\n"
    for k in 0..<10 { accounts += "S\(k),,monthly\n" }
    for m in ["2025-01", "2025-02", "2025-03", "2025-04"] {
      monthly += "W,\(m),\(whale)\n"
      for k in 0..<10 { monthly += "S\(k),\(m),100\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  @Test func theWhaleIsNamedWithItsDownside() throws {
    let a = Analysis.run(try Self.company())
    let fc = try #require(a.projection?.forecast)
    #expect(fc.singleAccounts == 11)
    #expect(fc.largestSingleShare == 0.9)
    let leaves = try #require(fc.largestSingleLeaves)
    #expect(leaves > 0 && leaves < 1)
    let f = ReportContext(a).format
    let report = MarkdownReport.render(a)
    #expect(
      report.contains(
        "**The largest account is drawn on its own**: Whale Corp holds 90.0% of the MRR paying "
          + "now and leaves on \(f.percent(leaves)) of the simulated paths; GRR is then at most "
          + "10.0%"))
    // Every percentile is one path's outcome: 90% + k × 1% (before contraction) or the whale
    // gone, never between.
    #expect(fc.logoRetentionRange.p50 * 11 == (fc.logoRetentionRange.p50 * 11).rounded())
  }

  /// Under 20% of the MRR the largest account gets no sentence: $200 of $1,200 is 16.7%.
  @Test func aSmallLargestAccountIsNotNamed() throws {
    let a = Analysis.run(try Self.company(whale: 200))
    #expect(try #require(a.projection?.forecast?.largestSingleShare) < 0.2)
    #expect(!MarkdownReport.render(a).contains("The largest account is drawn on its own"))
  }
}
