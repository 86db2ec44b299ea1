import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The Appendix's retention-curves table prints no figure from a degenerate fit (session 16,
/// report: ai-hypergrowth's pilot row gave a 12-month logo retention of 25.1% beside "the curve
/// is not a fitted model", a figure computed from the parameters the row leaves out).
@Suite struct RetentionCurvesTableTests {
  /// ai-hypergrowth's pilot curve ran to a bound (`degenerate_fit`): α, β and the 12-month
  /// retention are all "—" and the status says why; report.json keeps the figure beside its
  /// status. The mid-market curve, fitted, keeps all three.
  @Test func aDegenerateFitPrintsNoFigure() throws {
    let a = try SampleCompanies.analysis("ai-hypergrowth")
    let pilot = try #require(a.projection?.curves.first { $0.key == "pilot" })
    #expect(pilot.status == .degenerateFit)
    #expect(pilot.projectedLogoRetention12Months != nil)
    let report = MarkdownReport.render(a)
    let row = try #require(MarkdownReportTests.row(report, "contract pilot"))
    #expect(row[3] == "—")
    #expect(row[4] == "—")
    #expect(row[5] == "—")
    #expect(row[6].hasPrefix("degenerate fit: "))
    let fitted = try #require(MarkdownReportTests.row(report, "segment mid-market"))
    #expect(fitted[6] == "fitted")
    #expect(fitted[5].hasSuffix("%"))
    #expect(fitted[3] != "—")
  }
}
