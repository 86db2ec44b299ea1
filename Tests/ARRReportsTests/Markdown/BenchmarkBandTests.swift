import ARRQuality
import Testing

@testable import ARRReports

/// Issue #15 item 8: each segment is compared with the retention benchmark of its own ACV band
/// (SaaS Capital 2023), not one blended average.
@Suite struct BenchmarkBandTests {
  /// Each band's lower edge belongs to it, the cent below to the band beneath.
  @Test(arguments: [
    (Int64(0), "under $12K"), (1_199_999, "under $12K"), (1_200_000, "$12K–$25K"),
    (2_499_999, "$12K–$25K"), (2_500_000, "$25K–$50K"), (5_000_000, "$50K–$100K"),
    (9_999_999, "$50K–$100K"), (10_000_000, "$100K–$250K"), (24_999_999, "$100K–$250K"),
    (25_000_000, "over $250K"), (Int64.max, "over $250K"),
  ])
  func theBandHoldsItsLowerEdge(acvCents: Int64, band: String) {
    #expect(MarkdownReport.benchmark(forACV: acvCents).band == band)
  }

  @Test func bandsRiseWithContractSize() {
    let b = MarkdownReport.retentionBenchmarks
    #expect(zip(b, b.dropFirst()).allSatisfy { $0.medianNDR <= $1.medianNDR })
    #expect(b.last?.upperCents == nil)
  }

  /// Two SMB accounts at $200 and $400 of MRR (ACV $3,600) and one enterprise account at
  /// $15,000 (ACV $180,000), flat for 13 months: each segment gets its own band and its own
  /// trailing retention (100%), in whole percents and whole points: each rests on 1 or 2
  /// accounts (session 20, stay lane: the rule of the Retention table).
  @Test func eachSegmentIsComparedWithItsOwnBand() throws {
    let accounts = Array(
      """
      account_id,segment,contract_type,start_date
      S1,smb,monthly,2024-01-01
      S2,smb,monthly,2024-01-01
      E1,enterprise,annual,2024-01-01

      """.utf8)
    var monthly = "account_id,month,mrr\n"
    var month = Month(year: 2024, month: 1)
    for _ in 0..<13 {
      monthly += "S1,\(month),200\nS2,\(month),400\nE1,\(month),15000\n"
      month = month.adding(months: 1)
    }
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8), companyJSON: nil)
    let report = MarkdownReport.render(Analysis.run(company))
    let start = try #require(report.firstRange(of: "## Benchmarks\n"))
    let section = String(report[start.lowerBound...].split(separator: "\n## ").first ?? "")
    let smb = try #require(MarkdownReportTests.row(section, "smb"))
    let enterprise = try #require(MarkdownReportTests.row(section, "enterprise"))
    #expect(smb[1] == "$3.60K")
    #expect(smb[2] == "under $12K")
    #expect(smb[3] == "100.0%")
    #expect(smb[4] == "100% (0 pts)")
    #expect(enterprise[1] == "$180K")
    #expect(enterprise[2] == "$100K–$250K")
    #expect(enterprise[3] == "107.0%")
    #expect(enterprise[4] == "100% (-7 pts)")
    #expect(section.contains("SaaS Capital, *2023 B2B SaaS Retention Benchmarks*"))
  }

  /// Session 18, honesty lane (trial 18b, G3): the bands are US dollars of ACV; a company in
  /// another currency is not placed in one by its raw amount (¥1.78M is not "over $250K").
  /// Without an exchange rate (the tool never converts, and never invents a rate) no band is
  /// compared, and the section says why; each segment's own ACV and trailing retention stay.
  @Test func anotherCurrencyIsNotComparedWithDollarBands() throws {
    let accounts = Array(
      """
      account_id,segment,contract_type,start_date
      S1,smb,annual,2024-01-01

      """.utf8)
    var monthly = "account_id,month,mrr\n"
    var month = Month(year: 2024, month: 1)
    for _ in 0..<13 {
      monthly += "S1,\(month),150000\n"
      month = month.adding(months: 1)
    }
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8),
      companyJSON: Array(#"{"currency": "JPY"}"#.utf8))
    let report = MarkdownReport.render(Analysis.run(company))
    let start = try #require(report.firstRange(of: "## Benchmarks\n"))
    let section = String(report[start.lowerBound...].split(separator: "\n## ").first ?? "")
    let smb = try #require(MarkdownReportTests.row(section, "smb"))
    #expect(smb.count == 4)
    // One account: whole percents (session 20, stay lane).
    #expect(smb[2] == "100%" && smb[3] == "100%")
    for band in MarkdownReport.retentionBenchmarks.map(\.band) {
      #expect(!section.contains(band))
    }
    #expect(!section.contains("In brackets"))
    #expect(
      section.contains(
        "The bands are in US dollars and this company reports in JPY: with no exchange rate "
          + "given, no band is compared"))
  }
}
