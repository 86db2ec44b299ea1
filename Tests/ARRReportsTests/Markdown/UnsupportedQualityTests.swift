import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Quality-adjusted ARR that the report calls unsupported (risk score AUC under 0.5) is not the
/// bold key figure (render review 28, R28-12): data-room-movements, AUC 0.38.
@Suite struct UnsupportedQualityTests {
  @Test func movementsPrintsItPlainWithTheWord() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-movements")
    let weak = try #require(Analysis.weakRiskScore(analysis.scoring))
    #expect(weak.isWorseThanChance)
    let summary = try #require(MarkdownReportTests.tables(md).first)
    let row = try #require(summary.first { $0.first == "Quality-adjusted ARR" })
    #expect(row[1].hasSuffix(" (unsupported)") && !row[1].contains("**"))
    #expect(!summary.contains { $0.first == "**Quality-adjusted ARR**" })
    let (_, _, bundle) = try SampleCompanies.bundle("data-room-movements")
    let walk = try #require(SampleCompanies.text(bundle, "charts/arr-walk.svg"))
    #expect(walk.contains(" (unsupported), step by step"))
    // The ledger's is weakly supported, not unsupported: still the bold key figure.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    let first = try #require(MarkdownReportTests.tables(ledger).first)
    #expect(first.contains { $0.first == "**Quality-adjusted ARR**" })
  }
}
