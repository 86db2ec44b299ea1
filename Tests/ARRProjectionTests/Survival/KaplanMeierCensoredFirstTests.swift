import ARRCore
import ARRProjection
import Testing

/// Logo survival counts months paid, so an account still paying at as-of after d months has not
/// reached the month in which a d-month churn shows: it leaves the risk set before the churns
/// of its own duration (render review 35, R35-4; `docs/projection.md`, "Kaplan–Meier logo
/// survival").
@Suite struct KaplanMeierCensoredFirstTests {
  /// 38 accounts: 1 churned after 1 month, 20 paying their first month at as-of (censored at
  /// 1), 17 paying their second (censored at 2). The usual rule: 37 of 38 survive month 1
  /// (97.4%); censored first: 17 of 18 (94.4%), SE 17/18 × √(1 / (18 × 17)) = 0.05399.
  @Test func theCensoredLeaveBeforeTheChurnsOfTheirDuration() throws {
    let counts = [(censored: 0, events: 0), (20, 1), (17, 0)]
    let usual = KaplanMeier.estimate(counts: counts)
    let first = KaplanMeier.estimate(counts: counts, isCensoredFirst: true)
    let u1 = try #require(usual.first { $0.time == 1 })
    let f1 = try #require(first.first { $0.time == 1 })
    #expect(u1.atRisk == 38 && abs(u1.survival - 37.0 / 38) < 1e-12)
    #expect(f1.atRisk == 18 && f1.events == 1 && f1.censored == 20)
    #expect(abs(f1.survival - 17.0 / 18) < 1e-12)
    #expect(abs(f1.standardError - 17.0 / 18 * (1.0 / (18.0 * 17)).squareRoot()) < 1e-12)
    let f2 = try #require(first.first { $0.time == 2 })
    #expect(f2.atRisk == 0 && f2.censored == 17 && abs(f2.survival - 17.0 / 18) < 1e-12)
  }
}
