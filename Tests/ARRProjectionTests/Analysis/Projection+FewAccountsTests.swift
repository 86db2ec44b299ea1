import Testing

@testable import ARRProjection

/// Which bases print whole percents (session 19, ranges lane): 1 to 9 accounts.
@Suite struct ProjectionFewAccountsTests {
  @Test(arguments: [
    (0, false, ""), (1, true, " from 1 account"), (3, true, " from 3 accounts"),
    (9, true, " from 9 accounts"), (10, false, ""), (11, false, ""),
  ])
  func fewAccounts(accounts: Int, isFew: Bool, words: String) {
    #expect(Projection.isFew(accounts) == isFew)
    #expect(Projection.fromAccounts(accounts) == words)
  }

  /// 0.799 from one account is 80%; from ten, 79.9%.
  @Test func retentionText() {
    #expect(Projection.retentionText(0.799, accounts: 1) == "80%")
    #expect(Projection.retentionText(0.799, accounts: 10) == "79.9%")
    #expect(Projection.retentionText(.nan, accounts: 1) == "n/a")
  }
}
