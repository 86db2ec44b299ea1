import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// A usage contract with a committed minimum is committed up to it: `usage_contract` is the
/// share of its revenue above the minimum, and the reason says so (`docs/scoring.md`; trial 33,
/// T33-21: a $10,000-a-month minimum was scored +1.3 and worded "pay-as-you-go usage, no
/// commitment").
@Suite struct CommittedUsageReasonTests {
  static func account(_ id: String, committed: Int64?) -> Account {
    var a = Fixture.account(id, .usage, .monthly)
    a.committedMRR = committed
    return a
  }

  /// MRR 1,250 each month. With a 1,000 minimum, 1 − 1,000 ÷ 1,250 = 20% is above it; with a
  /// 2,000 minimum none is; with none, all of it (1).
  @Test(arguments: [(Int64?(100_000), 0.2), (200_000, 0.0), (nil, 1.0)])
  func theSignalIsTheShareAboveTheMinimum(committed: Int64?, value: Double) throws {
    let c = Fixture.company(
      [Self.account("U", committed: committed)], mrr: [Array(repeating: 125_000, count: 6)])
    let r = Scoring.run(c)
    let signal = try #require(r.signals(for: r.scores[0])[Signal.usageContract.rawValue].value)
    #expect(abs(signal - value) < 1e-12)
  }

  /// Both past due, so that their reasons are shown: U −3 + 1.3 × 0.2 + 0.3 + 1.2 = −1.24,
  /// wavering; P −3 + 1.3 + 0.3 + 1.2 = −0.2, at-risk.
  @Test func theReasonNamesTheMinimum() {
    var u = Self.account("U", committed: 100_000)
    var p = Self.account("P", committed: nil)
    u.isPastDue = true
    p.isPastDue = true
    let c = Fixture.company(
      [u, p],
      mrr: [Array(repeating: 125_000, count: 6), Array(repeating: 125_000, count: 6)])
    let r = Scoring.run(c)
    #expect(r.scores.map(\.revenueClass) == [.wavering, .atRisk])
    #expect(
      r.reasons(for: r.scores[0]).contains(
        "usage with a committed minimum, 20% of its revenue above the minimum, billed monthly"))
    #expect(
      r.reasons(for: r.scores[1]).contains("pay-as-you-go usage, no commitment, billed monthly"))
  }
}
