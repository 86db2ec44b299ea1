import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of the rendered reports: the executive summary table carries the caveats page one
/// gives, on hand-built companies.
@Suite struct SummaryCaveatsTests {
  /// Three monthly accounts paying $100, $300 and $600 a month in 2024-01: headline ARR
  /// 12 × $1,000 = $12,000.
  static func company() throws -> Company {
    let accounts = Array(
      "account_id,contract_type\nA1,monthly\nA2,monthly\nA3,monthly\n".utf8)
    let monthly = Array(
      "account_id,month,mrr\nA1,2024-01,100\nA2,2024-01,300\nA3,2024-01,600\n".utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  /// An import whose headline would be $9,000 to $15,000 under the other reading of its
  /// ambiguous choices (−25% to +25%, an `ambiguous_import` finding) shows that range beside
  /// headline ARR; a company without the finding shows none.
  @Test func headlineRowCarriesTheAmbiguousImportRange() throws {
    var company = try Self.company()
    let plain = MarkdownReport.render(Analysis.run(company))
    let plainRow = try #require(MarkdownReportTests.row(plain, "Headline ARR (run-rate)"))
    #expect(plainRow[2] == "12 × all MRR in 2024-01")
    company.dataQuality.imported = ImportSummary(
      shape: "cube", values: "billings", ambiguousARRLow: 900_000, ambiguousARRHigh: 1_500_000)
    let analysis = Analysis.run(company)
    #expect(analysis.findings.contains { $0.code == .ambiguousImport })
    let report = MarkdownReport.render(analysis)
    let row = try #require(MarkdownReportTests.row(report, "Headline ARR (run-rate)"))
    #expect(row[1] == "$12.0K")
    #expect(
      row[2]
        == "12 × all MRR in 2024-01; $9.00K–$15.0K under the other import readings "
        + "(Data quality): quote the range; every figure below uses the chosen readings")
    // A headline at an end of its range says which: $12,000 is the top of $6,000–$12,000.
    company.dataQuality.imported = ImportSummary(
      shape: "cube", values: "mrr", ambiguousARRLow: 600_000, ambiguousARRHigh: 1_200_000)
    let top = MarkdownReport.render(Analysis.run(company))
    let topRow = try #require(MarkdownReportTests.row(top, "Headline ARR (run-rate)"))
    #expect(
      topRow[2]
        == "12 × all MRR in 2024-01; $6.00K–$12.0K under the other import readings "
        + "(Data quality): quote the range; the headline is its top, and every figure below "
        + "uses its reading")
  }
}

/// A company whose data cannot show a price change (`no_price_history`) says so beside trailing
/// NDR and GRR, under the bridge and in Retention (review 13, F40).
@Suite struct NoPriceHistoryReportTests {
  /// Three accounts at $100 a month for three months (two bridge months).
  @Test func theFiguresCarryTheCaveat() throws {
    var company = try FindingCodesReportTests.company(accounts: 3, months: 3)
    let plain = MarkdownReport.render(Analysis.run(company))
    #expect(!plain.contains("not in this data"))
    company.dataQuality.imported = ImportSummary(shape: "stripe-subscriptions", values: "mrr")
    let analysis = Analysis.run(company)
    #expect(analysis.findings.contains { $0.code == .noPriceHistory })
    let report = MarkdownReport.render(analysis)
    let ndr = try #require(
      MarkdownReportTests.row(report, "Trailing NDR")
        ?? MarkdownReportTests.row(report, "Projected NDR, next 12 months (mean)"))
    #expect(ndr[2].hasSuffix("; expansion and contraction not in this data: projected from priors"))
    let grr = try #require(
      MarkdownReportTests.row(report, "Trailing GRR")
        ?? MarkdownReportTests.row(report, "Projected GRR, next 12 months (mean)"))
    #expect(grr[2].hasSuffix("; contraction not in this data: counts churn only, an upper bound"))
    #expect(report.contains("**Expansion and contraction are not in this data** (see Findings)"))
    // The bridge's caveat comes before its table; Retention names the priors' rates.
    let growth = try #require(report.components(separatedBy: "## Growth").last)
    let caveat = try #require(growth.range(of: "the quick ratio counts churn only"))
    let table = try #require(growth.range(of: "| Month |"))
    #expect(caveat.lowerBound < table.lowerBound)
    #expect(report.contains("are the documented priors blended with this data's zeros"))
    #expect(!report.contains("expansion and contraction seen over the last year"))
    #expect(report.contains("**No price history** (see Findings): each month's headline ARR"))
    #expect(!plain.contains("**No price history**"))
  }
}
