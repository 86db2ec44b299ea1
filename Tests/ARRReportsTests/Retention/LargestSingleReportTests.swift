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
    let c = ReportContext(a)
    let f = c.format
    let report = MarkdownReport.render(a)
    // Four months: priors only, so GRR prints in whole percents (session 39, T37-4): 56%.
    #expect(fc.precision.calibrationAccounts == 0)
    #expect(
      report.contains(
        "**The largest account is drawn on its own**: Whale Corp holds 44.4% of the MRR paying "
          + "now and leaves on \(f.percent(leaves)) of the simulated paths; GRR is then at most "
          + "56%"))
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
        "; a \(f.percent(q)) chance it falls to about "
          + "\(c.retentionPercent(t.ndrIfLeaves, base: fc.precision)): Whale Corp, "
          + "90.0% of MRR, leaves; trailing"))
    #expect(
      report.contains(
        "; a \(f.percent(q)) chance it falls to about "
          + "\(c.retentionPercent(t.grrIfLeaves, base: fc.precision)): Whale Corp "
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

  /// Trial 37's f06 (session 39, T37-21): Alpha at $2,000 beside Beta at $1,000, monthly,
  /// 2024-11 … 2026-10. Alpha is 66.7% of the MRR and leaves on more than one path in ten, so
  /// the P10 is a year in which it left: Beta's $1,000 kept (at most 1,000 × 1.1 ÷ 3,000 = 36.7%
  /// with the most expansion a path gives it here, by hand below), not a year in which Alpha
  /// stayed (at least 2,000 × 0.9 ÷ 3,000 = 60%). The report said "holds only years in which it
  /// stayed: a downside the range does not show".
  @Test func aTailLeftOnOnePathInTenIsInTheRange() throws {
    var monthly = "account_id,month,mrr\n"
    for k in 0..<24 {
      let m = Month(year: 2024, month: 11).adding(months: k)
      monthly += "A,\(m),2000\nB,\(m),1000\n"
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array("account_id,name,contract_type\nA,Alpha,monthly\nB,Beta,monthly\n".utf8),
      monthlyCSV: Array(monthly.utf8), companyJSON: nil, options: LoadOptions())
    let a = Analysis.run(company)
    let fc = try #require(a.projection?.forecast)
    let leaves = try #require(fc.largestSingleLeaves)
    try #require(fc.largestAccountTail != nil && leaves >= 0.1 && leaves <= 0.9)
    #expect(fc.ndrRange.p10 < 1_100.0 / 3_000 && fc.ndrRange.p90 > 1_800.0 / 3_000)
    let report = MarkdownReport.render(a)
    let c = ReportContext(a)
    let p10 = c.retentionPercent(fc.ndrRange.p10, base: fc.precision)
    let p90 = c.retentionPercent(fc.ndrRange.p90, base: fc.precision)
    #expect(
      report.contains(
        "; the P10 of \(p10) is a year in which it left, the P90 of \(p90) one in which it "
          + "stayed."))
    #expect(!report.contains("a downside the range does not show"))
  }

  /// Under 20% of the MRR the largest account gets no sentence: $200 of $1,200 is 16.7%.
  @Test func aSmallLargestAccountIsNotNamed() throws {
    let a = Analysis.run(try Self.company(whale: 200))
    #expect(try #require(a.projection?.forecast?.largestSingleShare) < 0.2)
    #expect(!MarkdownReport.render(a).contains("The largest account is drawn on its own"))
  }
}
