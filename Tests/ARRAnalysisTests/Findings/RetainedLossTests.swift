import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// quality_gap says where the retained class holds most of the expected loss (render review
/// 28, R28-23: "retained" reads as an outcome; enterprise-saas' largest loss step is it).
@Suite struct RetainedLossTests {
  /// enterprise-saas: at-risk $2,579,766, wavering $1,401,814, retained $4,037,696 of loss
  /// (the walk): the retained class's, $4.04M, is said.
  @Test func enterpriseSaaSSaysTheRetainedClassLoss() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("enterprise-saas")
    let gap = try #require(analysis.findings.first { $0.code == .qualityGap })
    #expect(
      gap.message.contains(
        "lost within 12 months. The largest part of that loss, $4.04M, is in the retained class: "
          + "the average attrition of accounts the score does not flag, not flagged accounts."))
  }

  /// ai-hypergrowth: wavering $3,339,838 is the largest: nothing said.
  @Test func aLargerWaveringLossSaysNothing() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    #expect(Analysis.retainedLossWords(analysis.scoring, f: .usd) == "")
  }
}
