import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// An import's incomplete first months (it cannot show terms invoiced before it began) are
/// said wherever a figure measured in them is shown: the headline when the as-of month is one
/// of them, the MRR bridge and the trends (session 17, report: a 3-month Stripe export printed
/// a plain $31.5M headline, $47.6M in the full export, and a trend of $15.6M to $31.5M).
@Suite struct ReportContextIncompleteMonthsTests {
  /// ReportContextProjectionBasisTests' company (A $100 and B $300 a month, 2025-01 … 2025-04)
  /// with the import's incomplete months through `through`.
  static func analysis(through: Month?) throws -> Analysis {
    var company = try ReportContextProjectionBasisTests.company()
    company.dataQuality.incompleteThrough = through
    return Analysis.run(company)
  }

  static let caveat =
    "may be understated: 2025-04 is among the import's first months, which cannot show terms "
    + "invoiced before 2025-01 (Data quality)"

  /// Incomplete through the as-of month 2025-04: the headline row and the walk say so.
  @Test func anIncompleteAsOfMonthCaveatsTheHeadline() throws {
    let a = try Self.analysis(through: Month(year: 2025, month: 4))
    let report = MarkdownReport.render(a)
    let row = try #require(MarkdownReportTests.row(report, "Headline ARR (run-rate)"))
    #expect(row[2] == "12 × all MRR in 2025-04; " + Self.caveat)
    let walk = try #require(ReportChart.all(for: a).first { $0.name == .arrWalk }).svg
    #expect(walk.contains("Headline ARR may be understated"))
  }

  /// The walk's three caveats (the incomplete as-of month, the import's range of $3,000 to
  /// $5,000 against a $4,800 headline, priors only) fit its subtitle whole: none is cut with
  /// "…" (session 17, report: two lines cut the third mid-word).
  @Test func theWalkKeepsEveryCaveatWhole() throws {
    var company = try ReportContextProjectionBasisTests.company()
    company.dataQuality.incompleteThrough = Month(year: 2025, month: 4)
    company.dataQuality.imported = ImportSummary(
      shape: "ledger", values: "billings", ambiguousARRLow: 300_000, ambiguousARRHigh: 500_000)
    let a = Analysis.run(company)
    #expect(a.findings.contains { $0.code == .ambiguousImport })
    let walk = try #require(ReportChart.all(for: a).first { $0.name == .arrWalk }).svg
    #expect(walk.contains("Headline ARR may be understated"))
    #expect(walk.contains("under the other import readings"))
    #expect(walk.contains("rests on the documented default retention by class</text>"))
    #expect(!walk.contains("…"))
  }

  /// Incomplete through 2025-02: the headline is not caveated; the bridge (2025-02 … 2025-04)
  /// names the months whose opening is incomplete, 2025-02 (from 2025-01) and 2025-03 (from
  /// 2025-02: its new MRR may be a renewal first seen); the trends (2025-01 … 2025-04) name
  /// 2025-01 to 2025-02 and the rise into 2025-03, the first complete month (session 18).
  @Test func earlierIncompleteMonthsCaveatTheBridgeAndTheTrends() throws {
    let a = try Self.analysis(through: Month(year: 2025, month: 2))
    let report = MarkdownReport.render(a)
    let row = try #require(MarkdownReportTests.row(report, "Headline ARR (run-rate)"))
    #expect(row[2] == "12 × all MRR in 2025-04")
    #expect(
      report.contains(
        "**2025-02 to 2025-03 start from the import's incomplete first months** (Data quality): "
          + "an account on a longer term invoiced before 2025-01 first appears at its renewal"))
    #expect(
      report.contains(
        "**2025-01 to 2025-02 are among the import's incomplete first months** (Data quality): "
          + "their headline ARR may miss accounts on longer terms invoiced before 2025-01, "
          + "which appear only at their renewal, so the rise over those months and into 2025-03 "
          + "may be overstated."))
    let charts = ReportChart.all(for: a)
    let bridge = try #require(charts.first { $0.name == .mrrBridge }).svg
    #expect(bridge.contains("2025-02 to 2025-03 start from months incomplete in the import"))
    let trends = try #require(charts.first { $0.name == .trends }).svg
    #expect(trends.contains("2025-01 to 2025-02 are incomplete in the import"))
    #expect(trends.contains("so the rise through 2025-03 may be overstated"))
  }

  /// Incomplete through the as-of month 2025-04: the bridge's every month starts from an
  /// incomplete one (2025-02 to 2025-04), and the trends have no complete month to rise into.
  @Test func anIncompleteAsOfMonthHasNoCompleteMonthToRiseInto() throws {
    let report = MarkdownReport.render(try Self.analysis(through: Month(year: 2025, month: 4)))
    #expect(
      report.contains("**2025-02 to 2025-04 start from the import's incomplete first months**"))
    #expect(report.contains("so the rise over those months may be overstated."))
  }

  /// Complete data says nothing of the kind.
  @Test func completeDataSaysNothing() throws {
    let report = MarkdownReport.render(try Self.analysis(through: nil))
    #expect(!report.contains("incomplete"))
    #expect(!report.contains("may be understated"))
  }
}
