import ARRAnalysis
import ARRScoring
import ARRTestSupport
import Testing

/// The sample's reasons name an account's tenure once (render review 35, R35-5).
@Suite struct TenureReasonsSampleTests {
  /// ai-hypergrowth: no account's reasons name its tenure twice; long-tenured accounts still
  /// say "riskier with tenure here" where the fit gives tenure a positive weight.
  @Test func noAccountNamesItsTenureTwice() throws {
    let analysis = try SampleCompanies.analysis("ai-hypergrowth")
    let scoring = analysis.scoring
    var long = 0
    for s in scoring.scores {
      let reasons = scoring.reasons(for: s)
      let isNew = reasons.contains { $0.hasPrefix("new account (") }
      let isLong = reasons.contains { $0.hasSuffix("(riskier with tenure here)") }
      #expect(!(isNew && isLong), "\(reasons)")
      if isLong { long += 1 }
    }
    #expect(long > 0)
  }
}
