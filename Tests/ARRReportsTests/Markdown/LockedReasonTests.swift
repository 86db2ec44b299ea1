import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// An at-risk account whose term runs past the year says so first in its reasons (render
/// review 28, R28-17: "at-risk" beside a 97.5% retention, unexplained).
@Suite struct LockedReasonTests {
  /// ai-hypergrowth's A0682: multi-year to 2028-02-29, as of 2026-10. Every other wavering or
  /// at-risk account has the reason exactly when its term binds it past the year.
  @Test func theContractComesFirst() throws {
    let (analysis, stress, _) = try SampleCompanies.bundle("ai-hypergrowth")
    let c = ReportContext(analysis, stress: stress)
    let i = try #require(analysis.company.accounts.firstIndex { $0.id == "A0682" })
    let score = analysis.scoring.scores[i]
    #expect(score.revenueClass == .atRisk)
    let cell = MarkdownReport.reasons(analysis.scoring.reasons(for: score), score, c)
    #expect(cell.hasPrefix("under contract to 2028-02: cannot leave within 12 months; usage down"))
    for s in analysis.scoring.scores where s.isClassed && s.revenueClass != .retained {
      let terms = analysis.company.accounts[s.account].terms
      let cell = MarkdownReport.reasons(analysis.scoring.reasons(for: s), s, c)
      #expect(cell.hasPrefix("under contract to") == TermLock.holds(terms, asOf: c.company.asOf))
    }
  }
}
