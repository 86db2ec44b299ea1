import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of the rendered reports: trailing NDR and GRR measured from a month the import marks
/// incomplete say so in the summary table and under Retention.
@Suite struct IncompleteTrailingReportTests {
  /// Two monthly accounts paying $100 and $200 a month from 2024-01 to 2025-01: trailing NDR
  /// and GRR are measured from 2024-01. When the import marks its first months incomplete
  /// through 2024-03, that base month is among them and the summary and Retention say so; when
  /// they end before it (2023-12), nothing is said.
  @Test func trailingFromAnIncompleteImportMonthIsFlagged() throws {
    var rows = "account_id,month,mrr\n"
    for m in 1...13 {
      let month = m <= 12 ? "2024-\(m < 10 ? "0" : "")\(m)" : "2025-01"
      rows += "A1,\(month),100\nA2,\(month),200\n"
    }
    var company = try CompanyLoader.load(
      accountsCSV: Array("account_id,contract_type\nA1,monthly\nA2,monthly\n".utf8),
      monthlyCSV: Array(rows.utf8), companyJSON: nil, options: LoadOptions())
    company.dataQuality.incompleteThrough = Month(year: 2023, month: 12)
    let complete = MarkdownReport.render(Analysis.run(company))
    #expect(!complete.contains("incomplete"))
    company.dataQuality.incompleteThrough = Month(year: 2024, month: 3)
    let report = MarkdownReport.render(Analysis.run(company))
    let flag = "; base month 2024-01 incomplete in the import (see Retention)"
    // Two monthly accounts with no notice, usage, seat or payment column: no account can
    // reach the at-risk class, which would lower the projection (R32-4); last year's projected
    // NDR came in under the 100% realised, so the row names both directions (R35-3).
    let backtest = try #require(Analysis.run(company).projection?.backtest)
    #expect(backtest.realisedNDR == 1)
    let then = Int((backtest.forecast.ndr * 100).rounded(.toNearestOrAwayFromZero))
    let reach =
      "; missing signals would lower it, but last year's was \(100 - then) points under realised"
    let ndr = try #require(
      MarkdownReportTests.tables(report).first?.first { $0.first?.contains("NDR") == true })
    // Two accounts in the base: whole percents and the count (session 19, ranges lane).
    #expect(
      ndr[2].contains("trailing 100% from 2 accounts" + flag + reach)
        || ndr[2].contains("available from 2 accounts" + flag + reach), "\(ndr)")
    #expect(
      report.contains(
        "**The trailing base month is incomplete**: 2024-01 falls in the import's first months, "
          + "2024-01 to 2024-03, which cannot show what was billed before the data began"))
    // Where the trailing figures are quoted again, the caveat goes with them (session 15,
    // report): Benchmarks, the projection backtest (made and realised from the same month) and
    // the retention chart.
    let benchmarks = try #require(report.components(separatedBy: "## Benchmarks").last)
    #expect(
      benchmarks.contains(
        "Trailing retention is the segment's own, over the last 12 months, measured from "
          + "2024-01, a month the import marks incomplete (see Retention)"))
    #expect(
      report.contains(
        "; it was made in 2024-01 and realised from it, a month the import marks incomplete"))
    let analysis = Analysis.run(company)
    let chart = try #require(
      ReportChart.all(for: analysis).first { $0.name == .retentionOutlook })
    // The subtitle wraps (R32-4's caveat comes first): its lines, joined, say it.
    let lines = SVGChecks.texts(SVGChecks.validate(chart.svg, title: chart.title))
    #expect(lines.joined(separator: " ").contains("Trailing measured from 2024-01"))
    company.dataQuality.incompleteThrough = Month(year: 2023, month: 12)
    let completeChart = try #require(
      ReportChart.all(for: Analysis.run(company)).first { $0.name == .retentionOutlook })
    #expect(!completeChart.svg.contains("incomplete"))
    company.dataQuality.incompleteThrough = Month(year: 2024, month: 3)
    // Incomplete through the base month itself: one month, said as one.
    company.dataQuality.incompleteThrough = Month(year: 2024, month: 1)
    let one = MarkdownReport.render(Analysis.run(company))
    #expect(
      one.contains(
        "2024-01 falls in the import's first months, 2024-01 only, which cannot show what was "
          + "billed"))
    #expect(!one.contains("through 2024-01"))
  }

  /// The same two accounts over 2024-01 to 2024-04 only, every month incomplete in the import:
  /// the trailing base month, 2023-04, precedes the data, so trailing NDR and GRR are n/a, not
  /// measured from an incomplete month. Nothing says they are (session 16, report: a 4-month
  /// Stripe import said "2025-09 falls in the import's first months, 2026-06 to 2026-09"), and
  /// the retention chart keeps the subtitle of what its projection rests on: with a 3-month
  /// movement window of A1 and A2 ($100 and $200 throughout), n_eff = 300² ÷ (100² + 200²) =
  /// 1.8, so 1.8 ÷ 21.8 = 8.3% of expansion and contraction is the company's own (session 17,
  /// report: it said "Priors only"). The trends may say the months are incomplete: they are
  /// measured in them (session 17, report); trailing retention is not.
  @Test func aBaseMonthBeforeTheDataIsNotCalledIncomplete() throws {
    var rows = "account_id,month,mrr\n"
    for m in 1...4 { rows += "A1,2024-0\(m),100\nA2,2024-0\(m),200\n" }
    var company = try CompanyLoader.load(
      accountsCSV: Array("account_id,contract_type\nA1,monthly\nA2,monthly\n".utf8),
      monthlyCSV: Array(rows.utf8), companyJSON: nil, options: LoadOptions())
    company.dataQuality.incompleteThrough = Month(year: 2024, month: 4)
    let analysis = Analysis.run(company)
    let report = MarkdownReport.render(analysis)
    let ndr = try #require(
      MarkdownReportTests.tables(report).first?.first { $0.first?.contains("NDR") == true })
    #expect(ndr[2].hasSuffix("; trailing n/a"))
    #expect(!ndr[2].contains("incomplete"))
    let retention = try #require(
      report.components(separatedBy: "## Retention").last?.components(separatedBy: "## ").first)
    #expect(!retention.contains("incomplete"))
    let chart = try #require(
      ReportChart.all(for: analysis).first { $0.name == .retentionOutlook })
    #expect(chart.svg.contains("Churn from the documented class defaults"))
    #expect(chart.svg.contains("weighted 8.3% on the last 3 months"))
    #expect(!chart.svg.contains("incomplete"))
    // Benchmarks has no bracket to explain: both trailing columns are n/a.
    let benchmarks = try #require(report.components(separatedBy: "## Benchmarks").last)
    #expect(!benchmarks.contains("In brackets"))
    #expect(
      benchmarks.contains(
        "No trailing figure to compare: no account paid 12 months before 2024-04."))
  }
}
