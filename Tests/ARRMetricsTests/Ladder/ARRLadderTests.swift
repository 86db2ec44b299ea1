import ARRCore
import Testing

@testable import ARRMetrics

@Suite("ARR ladder")
struct ARRLadderTests {
  typealias T = TestCompanies

  @Test func rungsAndStepsOnTheHandMadeCompany() {
    let ladder = ARRLadder.compute(LadderCompany.make())
    #expect(ladder.headline == 12 * 122_601)
    #expect(ladder.recurring == 12 * 84_100)
    #expect(ladder.committed == 12 * 62_000)
    #expect(ladder.step(.trialRemoved) == .init(kind: .trialRemoved, arr: -12 * 3_500, accounts: 3))
    #expect(
      ladder.step(.pilotRemoved) == .init(kind: .pilotRemoved, arr: -12 * 30_000, accounts: 1))
    #expect(
      ladder.step(.usageAveraged) == .init(kind: .usageAveraged, arr: -12 * 5_001, accounts: 3))
    #expect(ladder.steps.map(\.kind) == [.trialRemoved, .pilotRemoved, .usageAveraged])
    #expect(ladder.headline + ladder.steps.map(\.arr).reduce(0, +) == ladder.recurring)
    #expect(ladder.payingAccounts == 10)
    #expect(ladder.arpa == 12_260)  // $1,226.01 / 10, rounded to the cent
  }

  @Test func arrIsTwelveTimesMRRAndOneTimeFeesNeverCount() {
    let withFees = ARRLadder.compute(LadderCompany.make(oneTime: [500_000, 0, 99_999]))
    let without = ARRLadder.compute(LadderCompany.make(oneTime: [0, 0, 0]))
    #expect(withFees == without)
    let c = LadderCompany.make()
    let asOfMRR = (0..<c.accounts.count).map { c.revenue.mrr(account: $0, month: 2) }
    #expect(without.headline == 12 * asOfMRR.reduce(0, +))
    #expect(without.recurring == 12 * RecurringRevenue.recurringMRR(of: c).reduce(0, +))
  }

  @Test func arpaTimesAccountsMatchesThePerAccountSum() throws {
    // $10 + $20 + $30 + $0 (not paying): ARPA $20 exactly over 3 paying accounts.
    let c = T.company([
      (T.account("A"), [1_000]), (T.account("B"), [2_000]), (T.account("C"), [3_000]),
      (T.account("D"), [0]),
    ])
    let ladder = ARRLadder.compute(c)
    let arpa = try #require(ladder.arpa)
    #expect(ladder.payingAccounts == 3)
    #expect(arpa * Int64(ladder.payingAccounts) * 12 == ladder.headline)
  }

  /// The ladder with its per-account MRR, from one pass of account facts, equals the ladder and
  /// the two per-account computations made apart.
  @Test(arguments: [11 as UInt64, 12, 13])
  func oneFactsPassGivesTheSameLadderAndAccountMRR(seed: UInt64) {
    let c = T.random(seed: seed, accounts: 301, months: 6)
    let joint = ARRLadder.computeWithAccountMRR(c)
    #expect(joint.recurringMRR == RecurringRevenue.recurringMRR(of: c))
    #expect(joint.committedMRR == RecurringRevenue.committedMRR(of: c))
    #expect(
      joint.ladder
        == ARRLadder.compute(
          c, recurringMRR: joint.recurringMRR, committedMRR: joint.committedMRR))
  }

  @Test(arguments: [11 as UInt64, 12, 13])
  func arpaAgreesWithinRoundingOnRandomCompanies(seed: UInt64) throws {
    let c = T.random(seed: seed, accounts: 301, months: 6)
    let ladder = ARRLadder.compute(c)
    let arpa = try #require(ladder.arpa)
    let n = Int64(ladder.payingAccounts)
    // |ARPA × n − MRR| ≤ n / 2: the rounding of one division, never more.
    #expect(2 * abs(arpa * n - ladder.headline / 12) <= n)
    #expect(ladder.headline + ladder.steps.map(\.arr).reduce(0, +) == ladder.recurring)
  }

  /// The usage step counts an account whose as-of MRR or three-month mean is not zero: U1 paid
  /// $0, $3, $3, $0 (mean $2 over its three paid-window months, nothing now), U2 $1, $0, $0, $6
  /// (it paid before the window, so mean $2), U3 nothing at all. Step ARR
  /// = 12 × ((200 − 0) + (200 − 600)) = −2,400 cents; 2 accounts; U1's 12 × 200 = 2,400 of it
  /// raises ARR (its mean above its $0 now), so 4,800 is lowered. Found by Scripts/mutate: the
  /// `||` of the rule could become `&&` with every test green.
  @Test func theUsageStepCountsAnAccountWithMRRNowOrAMeanAboveZero() {
    let ladder = ARRLadder.compute(
      T.company([
        (T.account("U1", .usage), [0, 300, 300, 0]),
        (T.account("U2", .usage), [100, 0, 0, 600]), (T.account("U3", .usage), [0, 0, 0, 0]),
      ]))
    #expect(
      ladder.step(.usageAveraged)
        == .init(kind: .usageAveraged, arr: -2_400, accounts: 2, raised: 2_400))
    #expect(ladder.step(.usageAveraged).lowered == -4_800)
    #expect(ladder.recurring == 12 * 400)
    #expect(ladder.payingAccounts == 1)
  }

  @Test func noPayingAccountsHasNoARPA() {
    let ladder = ARRLadder.compute(T.company([(T.account("A"), [500, 0])]))
    #expect(ladder.arpa == nil)
    #expect(ladder.headline == 0)
    #expect(ladder.payingAccounts == 0)
  }
}
