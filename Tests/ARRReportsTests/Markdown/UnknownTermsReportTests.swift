import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A folder whose terms are unknown says how much ARR that is, and the JSON carries it.
@Suite struct UnknownTermsReportTests {
  static func company() throws -> Company {
    let accounts = Array("account_id,contract_type\nA1,annual\nA2,unknown\nA3,\n".utf8)
    let monthly = Array(
      "account_id,month,mrr\nA1,2024-01,100\nA2,2024-01,300\nA3,2024-01,600\n".utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  @Test func summaryShowsTheARRWithUnknownTerms() throws {
    let report = MarkdownReport.render(Analysis.run(try Self.company()))
    let row = try #require(MarkdownReportTests.row(report, "ARR with unknown terms"))
    // A2 and A3 (an empty cell is unknown), 12 × $900; A1's cadence is unknown too: 12 × $1,000.
    #expect(row[1] == "$12.0K")
    // A1 is annual, counted as committed, at an unknown cadence: the row does not say its ARR
    // is not committed (it said "not counted as committed" until session 17).
    #expect(
      row[2].hasSuffix(
        "of headline; contract type or billing cadence not given (see Findings)"))
    let findings = Analysis.run(try Self.company()).findings
    #expect(findings.contains { $0.code == .unknownTerms })
    let plain = MarkdownReport.render(try SampleCompanies.analysis("plg-smb"))
    #expect(MarkdownReportTests.row(plain, "ARR with unknown terms") == nil)
  }

  /// When the accounts with unknown terms hold revenue that is not recurring (here A2's trial),
  /// the finding's headline figure and the summary's ARR with unknown terms differ, and the
  /// finding gives both: A2 + A3 = 12 × $900 = $10.8K of the $12.0K headline (90.0%), of which
  /// A3's 12 × $600 = $7.20K is recurring (A2's trial revenue is taken out).
  @Test func theFindingTiesItsFigureToTheSummarys() throws {
    let company = try CompanyLoader.load(
      accountsCSV: Array(
        "account_id,contract_type,billing_cadence,trial_status\nA1,annual,annual,none\nA2,unknown,monthly,active\nA3,unknown,monthly,none\n"
          .utf8),
      monthlyCSV: Array(
        "account_id,month,mrr\nA1,2024-01,100\nA2,2024-01,300\nA3,2024-01,600\n".utf8),
      companyJSON: nil, options: LoadOptions())
    let analysis = Analysis.run(company)
    let finding = try #require(analysis.findings.first { $0.code == .unknownTerms })
    #expect(
      finding.message
        == "90.0% of headline ARR ($10.8K, 2 accounts; $7.20K of it recurring, the summary's ARR "
        + "with unknown terms) has terms the data does not give: the contract type is not given "
        + "for all of it, so it gets no contract signal in its score and counts as committed "
        + "only where billed a year ahead or under a committed minimum.")
    let row = try #require(
      MarkdownReportTests.row(MarkdownReport.render(analysis), "ARR with unknown terms"))
    #expect(row[1] == "$7.20K")
  }

  @Test func jsonCarriesUnknownTermsARR() throws {
    let json = JSONReport.render(Analysis.run(try Self.company()))
    guard case .object(let root) = json,
      case .object(let arr)? = root.first(where: { $0.0 == "arr" })?.1
    else {
      Issue.record("no arr object")
      return
    }
    #expect(
      arr.map(\.0) == [
        "headline", "recurring", "committed", "unknown_terms", "quality_adjusted",
        "committed_by_renewal", "committed_inferred_end", "committed_renewed_after_as_of",
        "one_time_revenue",
      ])
    #expect(arr.first { $0.0 == "unknown_terms" }?.1 == .money(1_200_000))
    #expect(arr.first { $0.0 == "committed" }?.1 == .money(120_000))
  }
}
