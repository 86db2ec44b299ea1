import ARRQuality
import Testing

@testable import ARRReports

/// An expired trial still billed is not recurring (`docs/metrics.md`): the walk's trials step
/// and the table of live accounts without recurring ARR count it alike, under its own label.
@Suite struct ExpiredTrialReportTests {
  /// A: annual at $1,000 a month; T: an active trial paying $10; E: a trial expired unconverted
  /// that still pays $20 this month.
  static func company() throws -> Company {
    let accounts = Array(
      """
      account_id,contract_type,trial_status,start_date
      A,annual,none,2023-01-01
      T,monthly,active,2024-01-01
      E,monthly,expired,2023-12-01

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      A,2024-01,1000
      A,2024-02,1000
      T,2024-02,10
      E,2024-01,20
      E,2024-02,20

      """.utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  @Test func expiredTrialsStillBilledAreLabelledAndAgreeWithTheWalk() throws {
    let analysis = Analysis.run(try Self.company())
    let kinds = analysis.scoring.unclassed.map(\.kind)
    #expect(kinds == [.activeTrial, .expiredTrial])
    let walk = ARRWalk(analysis)
    let trials = try #require(walk.steps.first { $0.key == "trials_removed" })
    // 12 × ($10 + $20) = $360 off headline; the unclassed table holds the same $120 and $240.
    #expect(trials.arr == -36_000)
    #expect(trials.label == "Trials removed (active or expired)")
    let md = MarkdownReport.render(analysis)
    #expect(
      MarkdownReportTests.row(md, "expired trials still billed")
        == ["expired trials still billed", "1", "$240"])
    #expect(MarkdownReportTests.row(md, "active trials") == ["active trials", "1", "$120"])
    #expect(MarkdownReportTests.row(md, "other live accounts") == nil)
    #expect(
      MarkdownReportTests.row(md, "− expired trials still billed, no recurring ARR")
        == ["− expired trials still billed, no recurring ARR", "-1"])
  }
}
