import ARRInput
import Testing

@testable import ARRScoring

/// On every bundled sample company with history, the accounts classed at risk a year ago
/// churned more often over the next 12 months than those classed retained (the ordering, not
/// tuned numbers). Classes come from the model used today, each account scored by weights
/// that never saw its outcome (the defaults, or the fit cross-validated).
@Suite struct ScenarioBacktestTests {
  static let root: String = {
    var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/ARRScoringTests/<file>
    return parts.joined(separator: "/")
  }()

  @Test(arguments: ["ai-hypergrowth", "enterprise-saas", "plg-smb"])
  func atRiskChurnedMoreThanRetained(scenario: String) throws {
    let company = try CompanyLoader.load(directory: "\(Self.root)/Scenarios/\(scenario)")
    let result = Scoring.run(company)
    let bt = try #require(result.backtest)
    #expect(bt.modelUsed == result.modelUsed)
    let retained = try #require(bt[.retained].churnRate)
    let atRisk = try #require(bt[.atRisk].churnRate)
    #expect(atRisk > retained)
    #expect(try #require(bt.lift(.atRisk)) > 1)
    // The model used ranks churners better than chance out of sample.
    let auc = bt.modelUsed == .fittedModel ? bt.crossValidatedAUC : bt.auc
    #expect(try #require(auc) > 0.5)
    // Class ARR ties to recurring ARR on real-looking data too.
    #expect(result.classMix.recurringARR == result.recurringARR)
  }

  /// seed-example has no history before its as-of month: no backtest, class defaults.
  @Test func seedExampleHasNoBacktest() throws {
    let company = try CompanyLoader.load(directory: "\(Self.root)/Scenarios/seed-example")
    let result = Scoring.run(company)
    #expect(result.backtest == nil)
    #expect(result.retentionSource == .classDefaults)
  }
}
