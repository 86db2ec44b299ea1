import ARRInput
import ARRTestSupport
import Testing

@testable import ARRScoring

/// On every bundled sample company with history, the accounts classed at risk a year ago
/// churned more often over the next 12 months than those of the safest class that holds
/// accounts (retained, else wavering: the ordering, not tuned numbers). Classes come from the model used today, each account scored by weights
/// that never saw its outcome (the defaults, or the fit cross-validated).
@Suite struct ScenarioBacktestTests {
  @Test(arguments: ["ai-hypergrowth", "enterprise-saas", "plg-smb"])
  func atRiskChurnedMoreThanRetained(scenario: String) throws {
    let company = try SampleCompanies.company(scenario)
    let result = Scoring.run(company)
    let bt = try #require(result.backtest)
    #expect(bt.modelUsed == result.modelUsed)
    // The safest class that holds accounts: a model calibrated to plg-smb's 36% churn puts
    // nobody under 15% (docs/scoring.md, "What the bundled companies show").
    let safest = try #require(
      [RevenueClass.retained, .wavering].first { bt[$0].accounts > 0 }.flatMap {
        bt[$0].churnRate
      })
    let atRisk = try #require(bt[.atRisk].churnRate)
    #expect(atRisk > safest)
    #expect(try #require(bt.lift(.atRisk)) > 1)
    // The model used ranks churners better than chance out of sample.
    let auc = bt.modelUsed == .fittedModel ? bt.crossValidatedAUC : bt.auc
    #expect(try #require(auc) > 0.5)
    // Class ARR ties to recurring ARR on real-looking data too.
    #expect(result.classMix.recurringARR == result.recurringARR)
  }

  /// seed-example has no history before its as-of month: no backtest, class defaults.
  @Test func seedExampleHasNoBacktest() throws {
    let company = try SampleCompanies.company("seed-example")
    let result = Scoring.run(company)
    #expect(result.backtest == nil)
    #expect(result.retentionSource == .classDefaults)
  }
}
