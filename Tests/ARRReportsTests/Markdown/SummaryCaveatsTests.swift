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
        + "(Data quality): quote the range")
  }
}
