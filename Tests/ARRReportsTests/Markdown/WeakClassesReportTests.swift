import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of the rendered reports: when the risk score barely ranks churners, the summary
/// table's quality-adjusted row says the figure is weakly supported.
@Suite struct WeakClassesReportTests {
  /// When the risk score barely ranks churners (`poor_discrimination`, plg-smb's AUC 0.56),
  /// the summary row of quality-adjusted ARR, a sum over its classes, says it is weakly
  /// supported; enterprise-saas, whose score ranks, has no such caveat.
  @Test func qualityAdjustedRowIsCaveatedWhenTheScoreDoesNotRank() throws {
    let weak = try SampleCompanies.analysis("plg-smb")
    #expect(weak.findings.contains { $0.code == .poorDiscrimination })
    let row = try #require(
      MarkdownReportTests.row(MarkdownReport.render(weak), "**Quality-adjusted ARR**"))
    #expect(
      row[2].hasSuffix(
        "of headline; weakly supported and likely understated: the risk score barely ranks "
          + "churners (see Findings); last year's GRR projection was 4.6 points under realised"))
    let sound = try SampleCompanies.analysis("enterprise-saas")
    #expect(!sound.findings.contains { $0.code == .poorDiscrimination })
    let plain = try #require(
      MarkdownReportTests.row(MarkdownReport.render(sound), "**Quality-adjusted ARR**"))
    #expect(plain[2].hasSuffix("of headline"))
  }
}
