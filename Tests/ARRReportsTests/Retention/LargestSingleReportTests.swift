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

  /// Whale Corp at $800 beside ten at $100: 800 ÷ 1,800 = 44.4% of the MRR, under half, so the
  /// sentence is the paths' one and GRR without it is at most 1,000 ÷ 1,800 = 55.6%.
  @Test func theWhaleIsNamedWithItsDownside() throws {
    let a = Analysis.run(try Self.company(whale: 800))
    let fc = try #require(a.projection?.forecast)
    #expect(fc.singleAccounts == 11)
    #expect(abs(try #require(fc.largestSingleShare) - 800.0 / 1_800) < 1e-12)
    #expect(fc.largestAccountTail == nil)
    let leaves = try #require(fc.largestSingleLeaves)
    #expect(leaves > 0 && leaves < 1)
    let f = ReportContext(a).format
    let report = MarkdownReport.render(a)
    #expect(
      report.contains(
        "**The largest account is drawn on its own**: Whale Corp holds 44.4% of the MRR paying "
          + "now and leaves on \(f.percent(leaves)) of the simulated paths; GRR is then at most "
          + "55.6%"))
    // Every percentile is one path's outcome: a whole number of the 11 logos.
    #expect(fc.logoRetentionRange.p50 * 11 == (fc.logoRetentionRange.p50 * 11).rounded())
  }

  /// Whale Corp at 90.0% of the MRR (session 27, t27b lane; trial 25, T25-3): half or more, so
  /// the summary's NDR and GRR rows give its chance of leaving and the figure then, and the
  /// Retention section weighs the mean by it, in place of the paths' sentence. The chance is
  /// 1 − its P(stay), the mean's own, and the mean is the two outcomes weighted by it.
  @Test func aMajorityAccountsTailIsOnPageOne() throws {
    let a = Analysis.run(try Self.company())
    let fc = try #require(a.projection?.forecast)
    let t = try #require(fc.largestAccountTail)
    #expect(abs(t.share - 0.9) < 1e-12)
    let q = t.leaveProbability
    #expect(abs(fc.ndr - ((1 - q) * t.ndrIfStays + q * t.ndrIfLeaves)) < 1e-12)
    #expect(abs(fc.grr - ((1 - q) * t.grrIfStays + q * t.grrIfLeaves)) < 1e-12)
    let c = ReportContext(a)
    let f = c.format
    let report = MarkdownReport.render(a)
    #expect(
      report.contains(
        "; a \(f.percent(q)) chance it falls to about \(f.percent(t.ndrIfLeaves)): Whale Corp, "
          + "90.0% of MRR, leaves; trailing"))
    #expect(
      report.contains(
        "; a \(f.percent(q)) chance it falls to about \(f.percent(t.grrIfLeaves)): Whale Corp "
          + "leaves; trailing"))
    #expect(
      report.contains(
        "**One account is most of the base**: Whale Corp holds 90.0% of the MRR paying now, and "
          + "its chance of leaving within the year is \(f.percent(q)), the probability the mean "
          + "counts"))
    #expect(!report.contains("The largest account is drawn on its own"))
    let tail = try #require(JSONReport.render(a)["retention"]?["largest_account_tail"])
    #expect(tail["account_id"]?.stringValue == "W")
    #expect(tail["share"] != nil && tail["leave_probability"] != nil)
  }

  /// Under 20% of the MRR the largest account gets no sentence: $200 of $1,200 is 16.7%.
  @Test func aSmallLargestAccountIsNotNamed() throws {
    let a = Analysis.run(try Self.company(whale: 200))
    #expect(try #require(a.projection?.forecast?.largestSingleShare) < 0.2)
    #expect(!MarkdownReport.render(a).contains("The largest account is drawn on its own"))
  }
}
