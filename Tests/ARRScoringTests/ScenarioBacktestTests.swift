import ARRInput
import Testing

@testable import ARRScoring

/// On every bundled sample company, the accounts classed at risk a year ago churned more often
/// over the next 12 months than those classed retained (the ordering, not tuned numbers).
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
    let retained = try #require(bt[.retained].churnRate)
    // Everyone not classed retained churned more often than the retained.
    var flagged = bt[.wavering]
    flagged.merge(bt[.atRisk])
    #expect(try #require(flagged.churnRate) > retained)
    // At risk alone: only where the class is big enough for its rate to mean anything
    // (enterprise-saas had 3 accounts at risk a year before its as-of month, none of whom left).
    if bt[.atRisk].accounts >= Scoring.minimumClassAccounts {
      #expect(try #require(bt[.atRisk].churnRate) > retained)
    }
    #expect(try #require(bt.auc) > 0.5)
    // Class ARR ties to recurring ARR on real-looking data too.
    #expect(result.classSummary.recurringARR == result.recurringARR)
  }
}
