import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// projection_vs_trailing says when last year's projection missed on the same side (render
/// review 28, R28-3).
@Suite struct SameSignTests {
  /// ai-hypergrowth: last year projected NDR 100.2% against 115.2% realised (15.0 points
  /// under); this year's projection sits below trailing too: the sentence is added.
  @Test func aiHypergrowthsGapHasLastYearsSign() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    let gap = try #require(analysis.findings.first { $0.code == .projectionVersusTrailing })
    #expect(gap.message.contains(" below the trailing "))
    #expect(
      gap.message.hasSuffix(
        " Last year's projection was below the NDR then realised too, by 15.0 points: part of "
          + "this gap may be the model's."))
  }

  /// The other side, a small miss or none: nothing (hand-set backtest figures).
  @Test func otherSignsSayNothing() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    var projection = try #require(analysis.projection)
    var b = try #require(projection.backtest)
    b.forecast.ndr = 1.20
    b.realisedNDR = 1.05
    projection.backtest = b
    #expect(Analysis.sameSignAsLastYear(projection, diff: -0.2, f: .usd) == "")
    #expect(
      Analysis.sameSignAsLastYear(projection, diff: 0.2, f: .usd)
        == " Last year's projection was above the NDR then realised too, by 15.0 points: part "
        + "of this gap may be the model's.")
    b.realisedNDR = 1.15
    projection.backtest = b
    #expect(Analysis.sameSignAsLastYear(projection, diff: 0.2, f: .usd) == "")
    projection.backtest = nil
    #expect(Analysis.sameSignAsLastYear(projection, diff: -0.2, f: .usd) == "")
  }
}
