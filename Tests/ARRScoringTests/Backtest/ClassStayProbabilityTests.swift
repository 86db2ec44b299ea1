import ARRCore
import Testing

@testable import ARRScoring

/// Trial 30, T30-10: classes are priced apart only as far as last year's ranking supports it. Hand figures on the trial's company: retained 7 accounts, none
/// churned; wavering 45, 7 churned; at-risk none; defaults 0.95 / 0.75 / 0.40.
@Suite("Class stay probabilities follow the backtest's ranking")
struct ClassStayProbabilityTests {
  static let defaults = [0.95, 0.75, 0.40]

  static func backtest(auc: Double?) -> Backtest {
    Backtest(
      baseMonth: Month(year: 2023, month: 12), endMonth: Month(year: 2024, month: 12),
      classes: [
        ClassOutcome(accounts: 7, churned: 0, baseMRR: 7_000, endMRR: 7_000, retainedMRR: 7_000),
        ClassOutcome(
          accounts: 45, churned: 7, baseMRR: 45_000, endMRR: 38_000, retainedMRR: 38_000),
        ClassOutcome(accounts: 0, churned: 0, baseMRR: 0, endMRR: 0, retainedMRR: 0),
      ], modelUsed: .configuredWeights, auc: auc, unavailableSignals: [],
      survivorDollarRetention: 1)
  }

  /// Prior mix (7 × 0.95 + 45 × 0.75) ÷ 52 = 0.776923; pooled = 1 − (7 + 20 × 0.223077) ÷ 72
  /// = 1 − 11.461538 ÷ 72 = 0.840812.
  @Test func pooledStayIsTheCompanysDeparturesShrunkTowardTheDefaultMix() {
    let pooled = Self.backtest(auc: 0.45).pooledStayProbability(defaults: Self.defaults)
    #expect(abs(pooled - 0.840812) < 1e-6)
  }

  /// Edges: no account at all leaves the defaults' plain mean, (0.95 + 0.75 + 0.40) ÷ 3 = 0.7
  /// (1 − 20 × 0.3 ÷ 20); one retained account that stayed, 1 − 20 × 0.05 ÷ 21 = 0.952381.
  @Test func pooledStayWithNoneOrOneAccount() {
    let empty = ClassOutcome(accounts: 0, churned: 0, baseMRR: 0, endMRR: 0, retainedMRR: 0)
    let one = ClassOutcome(accounts: 1, churned: 0, baseMRR: 100, endMRR: 100, retainedMRR: 100)
    func backtest(_ classes: [ClassOutcome]) -> Backtest {
      Backtest(
        baseMonth: Month(year: 2023, month: 12), endMonth: Month(year: 2024, month: 12),
        classes: classes, modelUsed: .configuredWeights, auc: nil, unavailableSignals: [],
        survivorDollarRetention: 1)
    }
    let none = backtest([empty, empty, empty]).pooledStayProbability(defaults: Self.defaults)
    #expect(abs(none - 0.7) < 1e-12)
    let single = backtest([one, empty, empty]).pooledStayProbability(defaults: Self.defaults)
    #expect(abs(single - 0.952381) < 1e-6)
  }

  /// Trust (AUC − 0.5) ÷ 0.1, clamped: 0.45 → 0, 0.55 → 0.5, 0.6 and above → 1, no AUC → 1.
  @Test(arguments: [
    (0.45 as Double?, 0.0), (0.5, 0.0), (0.55, 0.5), (0.6, 1.0), (0.72, 1.0), (nil, 1.0),
  ])
  func trustRisesFromChanceToTheExpectedAUC(auc: Double?, trust: Double) {
    #expect(abs(Self.backtest(auc: auc).rankingTrust - trust) < 1e-12)
  }

  /// The pricing named from the trust: 0 pooled, between blended, 1 by class (no AUC too).
  @Test(arguments: [
    (0.45 as Double?, ClassPricing.pooled), (0.5, .pooled), (0.55, .blended), (0.599, .blended),
    (0.6, .byClass), (nil, .byClass),
  ])
  func pricingFollowsTheTrust(auc: Double?, pricing: ClassPricing) {
    #expect(Self.backtest(auc: auc).classPricing == pricing)
  }

  /// Retained's chance of staying: its own, 1 − 20 × 0.05 ÷ 27 = 0.962963, from AUC 0.6;
  /// the pooled 0.840812 at 0.45; halfway, 0.5 × 0.962963 + 0.5 × 0.840812 = 0.901887, at
  /// 0.55.
  @Test(arguments: [(0.45, 0.840812), (0.55, 0.901887), (0.6, 0.962963), (0.8, 0.962963)])
  func retainedSlidesFromPooledToItsOwn(auc: Double, stay: Double) {
    let bt = Self.backtest(auc: auc)
    #expect(abs(bt.classStayProbability(0, defaults: Self.defaults) - stay) < 1e-6)
  }

  /// Scoring prices each class at that chance times the survivors' dollar retention (divided
  /// out here): at AUC 0.45 all three classes at the pooled 0.840812, the empty at-risk class
  /// too; at 0.7 retained at its own 0.962963 and at-risk at its default 0.40.
  @Test func aScoreWorseThanChancePricesEveryClassAtThePooledRate() throws {
    let bt = Self.backtest(auc: 0.45)
    let kept = bt.total.shrunkSurvivorDollarRetention
    let weak = try #require(ScoringModel(configured: .defaults, backtest: bt).classRetention)
    #expect(weak.allSatisfy { abs($0 / kept - 0.840812) < 1e-6 })
    let trusted = try #require(
      ScoringModel(configured: .defaults, backtest: Self.backtest(auc: 0.7)).classRetention)
    #expect(abs(trusted[0] / kept - 0.962963) < 1e-6)
    #expect(abs(trusted[2] / kept - 0.40) < 1e-6)
  }
}
