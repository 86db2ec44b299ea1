import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Only live accounts with recurring ARR are classed (`docs/scoring.md`, "Who is classed").
@Suite struct UnclassedAccountTests {
  @Test(arguments: [
    (TrialStatus.active, ContractType.pilot, UnclassedAccount.Kind.activeTrial),
    (.active, .monthly, .activeTrial),
    (.none, .pilot, .pilot),
    (.expired, .monthly, .expiredTrial),
    (.expired, .pilot, .expiredTrial),
    (.none, .usage, .other),
  ])
  func kind(trial: TrialStatus, contract: ContractType, expected: UnclassedAccount.Kind) {
    #expect(UnclassedAccount.kind(trialStatus: trial, contractType: contract) == expected)
  }

  /// A paying annual account, a pilot paying $300 and a usage account whose only revenue is
  /// in the as-of month ($30 of MRR; its first paid month, so its average runs over that month
  /// alone, $30; docs/metrics.md, session 18): the pilot is live
  /// and unclassed, the usage account classed; class figures reconcile.
  @Test func pilotIsUnclassedAndTalliesReconcile() {
    let company = Fixture.company(
      [
        Fixture.account("A"), Fixture.account("P", .pilot, .monthly),
        Fixture.account("U", .usage, .monthly),
      ],
      mrr: [[100_000, 100_000, 100_000], [30_000, 30_000, 30_000], [0, 0, 3_000]])
    let s = Scoring.run(company)
    #expect(s.unclassed == [UnclassedAccount(account: 1, kind: .pilot, headlineARR: 360_000)])
    #expect(s.scores.map(\.isClassed) == [true, false, true])
    #expect(s.scores[1].isLive)
    #expect(s.scores[1].reportedClass == nil)
    #expect(s.classMix.accounts == 2)
    #expect(s.classMix.recurringARR == 12 * (100_000 + 3_000))
    #expect(s.classMix.recurringARR == s.recurringARR)
    let byType = s.byContractType.reduce(0) { $0 + $1.mix.accounts }
    #expect(byType == 2)
  }
}
