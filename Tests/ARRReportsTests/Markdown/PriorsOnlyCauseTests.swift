import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A projection from the priors alone names its cause (session 39, trial 37, T37-7).
@Suite struct PriorsOnlyCauseTests {
  /// Trial 37's f16: 24 months of 10 accounts at $100, no row for anyone in 2025-09 … 2025-11.
  /// No account paid in 2025-10, the backtest's base month: priors only, but not for want of
  /// history (was "priors only — not enough history" on 24 months).
  @Test func aBaseMonthInAGapIsNamed() throws {
    var a = "account_id,name,contract_type\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<10 { a += "A\(i),,monthly\n" }
    for j in 0..<24 where !(10...12).contains(j) {
      let month = Month(year: 2024, month: 11).adding(months: j)
      for i in 0..<10 { m += "A\(i),\(month),100\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil,
      options: LoadOptions())
    let analysis = Analysis.run(company, paths: 200)
    let c = ReportContext(analysis)
    let label = "priors only — no account paid in 2025-10, a year before the as-of month"
    #expect(c.priorsOnlyLabel == label)
    // 24 months: the projection is priors only for want of a base month, not of history.
    #expect(!c.isPriorsOnly && c.projectionBasis == label)
    let report = MarkdownReport.render(analysis)
    let ndr = try #require(MarkdownReportTests.row(report, "Projected NDR, next 12 months (mean)"))
    #expect(ndr[2].contains(label), "\(ndr)")
    #expect(!report.contains("not enough history"))
  }
}
