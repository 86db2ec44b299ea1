import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis
@testable import ARRReports

/// Render review 40's findings R40-1 to R40-3 on the bundled reports: last year's GRR miss
/// gives quality-adjusted ARR and the loss a direction, said first, in the rows, the charts and
/// the finding alike. The misses are the reports' own (report.json `grr_error_points`).
@Suite struct RenderReview40Tests {
  /// R40-1: ai-hypergrowth's GRR was projected 83.8% against 75.0% realised, 8.8 points high:
  /// quality-adjusted ARR is likely overstated, said as a sentence on the walk chart, and the
  /// retention chart states the GRR miss beside NDR's.
  @Test func anOverProjectionOpensWithItsVerdict() throws {
    let (analysis, _, bundle) = try SampleCompanies.bundle("ai-hypergrowth")
    let c = ReportContext(analysis, stress: nil)
    #expect(
      c.qualityCaveatSentence
        == "Quality-adjusted ARR is likely overstated: last year's GRR projection was 8.8 "
        + "points over realised")
    let sentence = try #require(c.projectionCaveatSentence)
    #expect(sentence.hasSuffix("read the range as too narrow; GRR was 8.8 points over"))
    let md = try #require(SampleCompanies.text(bundle, "report.md"))
    let loss = try #require(MarkdownReportTests.row(md, "Expected 12-month loss"))
    #expect(loss[2] == "26.2% of recurring ARR; likely understated, for the reasons above")
  }

  /// R40-3: stripe's GRR was projected 5.2 points under realised (5.4 before session 50) with no
  /// signal missing: the quality-adjusted row says likely understated beside its weak score, the
  /// loss row likely overstated.
  @Test func anUnderProjectionWithoutMissingSignalsLeansUnder() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-stripe")
    let qa = try #require(MarkdownReportTests.row(md, "**Quality-adjusted ARR**"))
    #expect(qa[2].contains("; weakly supported and likely understated: "))
    #expect(
      qa[2].hasSuffix("(see Findings); last year's GRR projection was 5.2 points under realised"))
    let loss = try #require(MarkdownReportTests.row(md, "Expected 12-month loss"))
    #expect(
      loss[2].hasSuffix("; weakly supported and likely overstated, for the reasons above"))
  }

  /// R40-2: billings' GRR ran 3.0 points low beside missing signals: the row says either way,
  /// and the finding gives the missing signals' effect, not a verdict of its own.
  @Test func theFindingGivesItsCountsEffectNotAVerdict() throws {
    let (analysis, _, _) = try BoardReportTests.report("data-room-billings")
    let finding = try #require(analysis.findings.first { $0.code == .riskSignalsMissing })
    #expect(
      finding.message.hasSuffix(
        "not by it, which alone overstates quality-adjusted ARR ($38.8M)."))
    #expect(!finding.message.contains("likely overstated"))
    // The rule is the miss's direction: without a miss, or with one that ran high, the
    // missing signals' verdict stands.
    let f = NumberFormat(currency: "USD")
    let high = LastYearsProjection(
      name: "GRR", points: "3.0", isUnder: false, isOutside: false, tenths: 30)
    for miss in [nil, high] {
      let plain = try #require(Analysis.riskSignalsMissing(analysis.scoring, f: f, grrMiss: miss))
      #expect(plain.message.hasSuffix(", so quality-adjusted ARR ($38.8M) is likely overstated."))
    }
  }
}
