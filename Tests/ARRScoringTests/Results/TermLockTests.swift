import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Session 18, honesty lane (trial 18b, G2): a term that runs past the 12 months a retention
/// probability forecasts cannot churn in them; only the survivors' contraction applies.
@Suite("Terms running past the year")
struct TermLockTests {
  static func account(
    _ id: String, _ type: ContractType, end: String?, cancel: String? = nil,
    pastDue: Bool? = nil
  ) -> Account {
    var a = Fixture.account(id, type, type == .multiYear ? .upfront : .annual)
    a.contractEndDate = end.map(Fixture.date)
    a.cancelDate = cancel.map(Fixture.date)
    a.isPastDue = pastDue
    return a
  }

  /// As of 2024-03 the year runs to 2025-03-31. By hand: a multi-year term to 2026-05-31 and an
  /// annual one to 2025-04-01 run past it; a term ending 2025-03-31 ends within it; notice, a
  /// past-due flag, a month-to-month contract or no end date never lock.
  @Test(arguments: [
    ("2026-05-31", ContractType.multiYear, nil as String?, nil as Bool?, true),
    ("2025-04-01", .annual, nil, nil, true),
    ("2025-03-31", .multiYear, nil, nil, false),
    ("2026-05-31", .multiYear, "2024-12-31", nil, false),
    ("2026-05-31", .multiYear, nil, true, false),
    ("2026-05-31", .monthly, nil, nil, false),
  ])
  func whichTermsRunPastTheYear(
    end: String, type: ContractType, cancel: String?, pastDue: Bool?, holds: Bool
  ) {
    let a = Self.account("A", type, end: end, cancel: cancel, pastDue: pastDue)
    #expect(TermLock.holds(a.terms, asOf: Month(year: 2024, month: 3)) == holds)
    #expect(
      !TermLock.holds(Self.account("B", type, end: nil).terms, asOf: Month(year: 2024, month: 3)))
  }

  /// Three months of history (no backtest): a locked account's retention probability is
  /// 1 − the documented 2% contraction prior, 0.98, whatever its class; the renewing one keeps
  /// its class default, and the one with notice dated 2024-12-31, within the year, gets 0
  /// (``DatedNotice``). Quality-adjusted ARR of the locked one: 12 × $1,000 × 0.98 = $11,760.
  @Test func aLockedAccountKeepsAllButTheContractionPrior() {
    let c = Fixture.company(
      [
        Self.account("locked", .multiYear, end: "2026-05-31"),
        Self.account("renews", .annual, end: "2024-12-31"),
        Self.account("notice", .multiYear, end: "2026-05-31", cancel: "2024-12-31"),
      ],
      mrr: [[100_000, 100_000, 100_000], [100_000, 100_000, 100_000], [5_000, 5_000, 5_000]])
    let s = Scoring.run(c)
    #expect(s.scores[0].retentionProbability == 0.98)
    #expect(s.scores[0].qualityAdjustedARR == 1_176_000)
    let defaults = RiskWeights.defaults.defaultRetention
    #expect(s.scores[1].retentionProbability == defaults[s.scores[1].revenueClass.index])
    #expect(s.scores[2].retentionProbability == 0)
  }

  /// Fourteen months (2024-01 … 2025-02; backtest base 2024-02): L (multi-year to 2027-12-31)
  /// and A (annual to 2025-06-30) pay $100 throughout; C pays $100 and leaves in 2025-02.
  /// Survivors L and A kept all their base MRR: survivor dollar retention 1, shrunk toward
  /// 0.98 by 20 pseudo-accounts against n_eff = 2: (2 × 1 + 20 × 0.98) ÷ 22. L gets exactly
  /// that; A (renewing within the year) gets its class's retention.
  @Test func aLockedAccountGetsTheSurvivorsShrunkDollarRetention() {
    let full = [Int64](repeating: 10_000, count: 14)
    let c = Fixture.company(
      [
        Self.account("L", .multiYear, end: "2027-12-31"),
        Self.account("A", .annual, end: "2025-06-30"),
        Self.account("C", .annual, end: "2025-06-30"),
      ],
      mrr: [full, full, Array(full.prefix(13)) + [0]])
    let s = Scoring.run(c)
    let expected = (2 * 1 + 20 * 0.98) / 22
    #expect(abs(s.scores[0].retentionProbability - expected) < 1e-12)
    let classes = s.classRetention ?? []
    #expect(s.scores[1].retentionProbability == classes[s.scores[1].revenueClass.index])
  }
}
