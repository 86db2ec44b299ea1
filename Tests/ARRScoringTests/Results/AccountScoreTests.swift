import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

@Suite struct AccountScoreTests {
  /// A million scores are kept until the report is written: 32 bytes each (48 when the fields
  /// were declared in reading order), the account's index read back as it was given.
  @Test func scoresAreNarrowAndKeepTheAccountIndex() {
    #expect(MemoryLayout<AccountScore>.stride == 32)
    let c = Fixture.company(
      [
        Fixture.account("A", .monthly, .monthly, start: "2024-01-01"),
        Fixture.account("B", .annual, .annual, start: "2024-01-01"),
      ], mrr: [[100, 100], [0, 0]])
    let r = Scoring.run(c)
    #expect(r.scores.map(\.account) == [0, 1])
    var s = r.scores[1]
    s.account = 7
    #expect(s.account == 7)
  }

  @Test func statusOfAccountsThatAreNotLive() {
    func status(_ trial: TrialStatus, _ row: [Int64]) -> AccountStatus {
      row.withUnsafeBufferPointer { AccountStatus.notLive(trialStatus: trial, mrr: $0) }
    }
    #expect(status(.none, [100, 0]) == .churned)
    #expect(status(.converted, [0, 50, 0]) == .churned)
    #expect(status(.expired, [20, 0]) == .trialExpired)
    #expect(status(.none, [0, 0]) == .neverPaid)
    #expect(status(.none, []) == .neverPaid)
    let notYet = [Int64(0), 0].withUnsafeBufferPointer {
      AccountStatus.notLive(trialStatus: .active, mrr: $0, hasStarted: false)
    }
    #expect(notYet == .notStarted)
  }

  /// A trial converted in the as-of month or the month before, unpaid yet, awaits its first
  /// bill; one converted earlier that never paid is "never paid" (render review 32, R32-6).
  @Test func aRecentlyConvertedTrialAwaitsItsFirstBill() {
    let asOf = Month(year: 2026, month: 10)
    func recent(_ end: String?) -> Bool {
      AccountStatus.isRecentConversion(trialEnd: end.flatMap { CivilDate($0) }, asOf: asOf)
    }
    #expect(recent("2026-10-07") && recent("2026-09-01"))
    #expect(!recent("2026-08-31") && !recent("2026-11-01") && !recent(nil))
    func status(_ trial: TrialStatus, _ row: [Int64], isRecent: Bool) -> AccountStatus {
      row.withUnsafeBufferPointer {
        AccountStatus.notLive(trialStatus: trial, mrr: $0, isRecentConversion: isRecent)
      }
    }
    #expect(status(.converted, [0, 0], isRecent: true) == .convertedNotBilled)
    #expect(status(.converted, [0, 0], isRecent: false) == .neverPaid)
    #expect(status(.converted, [40, 0], isRecent: true) == .churned)
    #expect(status(.none, [0, 0], isRecent: true) == .neverPaid)
  }

  /// Scored: the company's as-of 2024-02; C converted on 2024-02-10 (no bill yet), O on
  /// 2023-12-20 (two months before: never paid).
  @Test func scoringNamesConvertedTrialsNotYetBilled() {
    var recent = Fixture.account("C", .monthly, .monthly, start: "2024-01-15")
    recent.trialStatus = .converted
    recent.trialEndDate = CivilDate("2024-02-10")
    var old = Fixture.account("O", .monthly, .monthly, start: "2023-12-01")
    old.trialStatus = .converted
    old.trialEndDate = CivilDate("2023-12-20")
    let c = Fixture.company(
      [recent, old, Fixture.account("L")], mrr: [[0, 0], [0, 0], [50, 50]])
    let r = Scoring.run(c)
    #expect(r.scores.map(\.status) == [.convertedNotBilled, .neverPaid, .live])
    #expect(r.scores[0].reportedClass == nil && r.scores[0].recurringARR == 0)
  }

  /// In an earlier view an account signed later (start date after the as-of month) is not live,
  /// even as an active trial; one that starts within the as-of month is.
  @Test func anAccountThatStartsLaterIsNotLiveYet() {
    var later = Fixture.account("L", .monthly, .monthly, start: "2024-03-01")
    later.trialStatus = .active
    var now = Fixture.account("N", .monthly, .monthly, start: "2024-02-29")
    now.trialStatus = .active
    let c = Fixture.company([later, now], mrr: [[0, 0], [0, 0]])  // as-of 2024-02
    let r = Scoring.run(c)
    #expect(r.scores.map(\.status) == [.notStarted, .live])
    #expect(r.scores[0].reportedClass == nil)
    // The trial that has started is live, but with no recurring ARR it is not classed.
    #expect(r.classMix.accounts == 0)
    #expect(r.unclassed.map(\.account) == [1])
  }

  /// Only the live account with recurring ARR is classed; the others keep their score
  /// internally but report no class, and add no logos or ARR to any class.
  @Test func onlyLiveAccountsAreClassed() {
    var expired = Fixture.account("T", .monthly, .monthly)
    expired.trialStatus = .expired
    var trial = Fixture.account("N", .monthly, .monthly)
    trial.trialStatus = .active
    let c = Fixture.company(
      [Fixture.account("L"), Fixture.account("C"), expired, Fixture.account("P"), trial],
      mrr: [[100, 100], [100, 0], [0, 0], [0, 0], [0, 0]])
    let r = Scoring.run(c)
    #expect(r.scores.map(\.status) == [.live, .churned, .trialExpired, .neverPaid, .live])
    #expect(r.scores[0].reportedClass == .retained)
    // A free trial is live and scored (σ(−3 + 1.5 + 0.3 + 2) = 69 → at risk) but, with no
    // recurring ARR, listed apart instead of classed.
    #expect(r.scores[4].revenueClass == .atRisk && r.scores[4].recurringARR == 0)
    #expect(r.scores[4].isLive && r.scores[4].reportedClass == nil)
    #expect(r.unclassed == [UnclassedAccount(account: 4, kind: .activeTrial, headlineARR: 0)])
    for s in r.scores[1...3] {
      #expect(s.reportedClass == nil && !s.isLive && s.recurringARR == 0)
    }
    #expect(r.classMix.accounts == 1)
    #expect(r.classMix.recurringARR == 1200)
  }
}
