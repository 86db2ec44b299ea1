import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A projection without a backtest says what it rests on: its churn is the class defaults',
/// its expansion and contraction blend the survivors' own movement with the documented
/// defaults by n_eff ÷ (n_eff + 20) (session 17, report: a thin import's projected NDR read
/// "priors only" though the blend was mostly its own movement).
@Suite struct ReportContextProjectionBasisTests {
  /// Two monthly accounts over four months (2025-01 … 2025-04), A at $100 and B at $300 from
  /// start to end: a 3-month movement window (min(12, 4 − 1)), both survivors, base MRR
  /// $100 and $300, so n_eff = 400² ÷ (100² + 300²) = 1.6 and the company's own weight is
  /// 1.6 ÷ (1.6 + 20) = 7.407…%, printed 7.4% (the defaults 92.6%).
  static func company(months: [String] = ["2025-01", "2025-02", "2025-03", "2025-04"]) throws
    -> Company
  {
    let accounts = Array("account_id,contract_type\nA,monthly\nB,monthly\n".utf8)
    var monthly = "account_id,month,mrr\n"
    for m in months { monthly += "A,\(m),100\nB,\(m),300\n" }
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  static let blended =
    "churn from the documented class defaults (too little history to calibrate it); expansion "
    + "and contraction weighted 7.4% on the last 3 months' own movement, 92.6% on the documented "
    + "defaults"

  @Test func theWeightIsTheSurvivorsEvidenceAgainstTwentyAccounts() throws {
    let a = Analysis.run(try Self.company())
    let fc = try #require(a.projection?.forecast)
    #expect(fc.movementWindowMonths == 3)
    let all = try #require(fc.movements.first { $0.contractType == nil })
    #expect(abs(all.ownWeight - 1.6 / 21.6) < 1e-12)
    #expect(ReportContext(a).projectionBasis == Self.blended)
  }

  @Test func theSummaryRowsAndTheRetentionSectionSayTheBlend() throws {
    let report = MarkdownReport.render(Analysis.run(try Self.company()))
    let ndr = try #require(MarkdownReportTests.row(report, "Projected NDR, next 12 months (mean)"))
    // Four months of history: short_history holds, so the figure is first said unproven
    // (session 27, t27b lane; trial 25, T25-4).
    #expect(
      ndr[2].hasPrefix(
        "unproven: 4 months of history, no year of outcomes to check it against; " + Self.blended
          + "; median "))
    #expect(!ndr[2].contains("priors only"))
    #expect(
      report.contains(
        "Expansion and contraction are 7.4% this company's own movement and 92.6% the documented "
          + "defaults"))
    let outlook = try #require(
      ReportChart.all(for: Analysis.run(try Self.company())).first {
        $0.name == .retentionOutlook
      }
    ).svg
    #expect(outlook.contains("Churn from the documented class defaults"))
  }

  /// Two months leave no window to measure (under 3): nothing is the company's, so the figures
  /// are "priors only", as before.
  @Test func noWindowIsPriorsOnly() throws {
    let a = Analysis.run(try Self.company(months: ["2025-01", "2025-02"]))
    #expect(a.projection?.forecast?.movementWindowMonths == 0)
    #expect(ReportContext(a).projectionBasis == ReportContext.priorsOnlyLabel)
  }

  /// A backtested company (enterprise-saas) has no label at all.
  @Test func aCalibratedProjectionHasNoLabel() throws {
    #expect(ReportContext(try SampleCompanies.analysis("enterprise-saas")).projectionBasis == nil)
  }
}
