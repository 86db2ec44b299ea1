import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The Appendix's retention-curves table prints no figure from a degenerate fit (session 16,
/// report: ai-hypergrowth's pilot row gave a 12-month logo retention of 25.1% beside "the curve
/// is not a fitted model", a figure computed from the parameters the row leaves out).
@Suite struct RetentionCurvesTableTests {
  /// ai-hypergrowth's pilot curve ran to the geometric limit with α/(α+β) at the observed
  /// 10.87% a month (`constant_churn`, session 22, t21 lane): α and β are "—", its 12-month
  /// retention (1 − 0.1087)^12 = 25.1% is shown, and the status says constant churn. The same
  /// row marked `degenerate_fit` prints no figure at all. The mid-market curve, fitted, keeps
  /// all three.
  @Test func aCurveAtABoundPrintsNoParameters() throws {
    var a = try SampleCompanies.analysis("ai-hypergrowth")
    let k = try #require(a.projection?.curves.firstIndex { $0.key == "pilot" })
    let pilot = try #require(a.projection?.curves[k])
    #expect(pilot.status == .constantChurn)
    let report = MarkdownReport.render(a)
    let row = try #require(MarkdownReportTests.row(report, "contract pilot"))
    #expect(row[3] == "—")
    #expect(row[4] == "—")
    #expect(row[5] == "25.1%")
    #expect(row[6].hasPrefix("constant churn: "))
    let fitted = try #require(MarkdownReportTests.row(report, "segment mid-market"))
    #expect(fitted[6] == "fitted")
    #expect(fitted[5].hasSuffix("%"))
    #expect(fitted[3] != "—")
    a.projection?.curves[k].status = .degenerateFit
    a.projection?.curves[k].note = "degenerate fit: α or β ran to a bound"
    let degenerate = try #require(
      MarkdownReportTests.row(MarkdownReport.render(a), "contract pilot"))
    #expect(degenerate[3] == "—" && degenerate[4] == "—" && degenerate[5] == "—")
    #expect(degenerate[6].hasPrefix("degenerate fit: "))
  }
}
