import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A Brier score no better than the base rate's is said in words (render review 28, R28-5):
/// the ledger's scores, read as probabilities, did worse than one flat rate; ai-hypergrowth's
/// did better, and no such sentence is printed.
@Suite struct BrierWordsTests {
  @Test(arguments: ["data-room-ledger", "ai-hypergrowth"])
  func noBetterThanTheBaseRateIsSaid(sample: String) throws {
    let analysis = try SampleCompanies.analysis(sample)
    let cal = try #require(analysis.scoring.backtest?.calibration)
    let report = MarkdownReport.render(analysis)
    let sentence = "That is no better than giving every account the year's average churn"
    #expect(report.contains(sentence) == (cal.brier >= cal.baseRateBrier))
    if sample == "data-room-ledger" { #expect(cal.brier >= cal.baseRateBrier) }
    if sample == "ai-hypergrowth" { #expect(cal.brier < cal.baseRateBrier) }
  }
}
