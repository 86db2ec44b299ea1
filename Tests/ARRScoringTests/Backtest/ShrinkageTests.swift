import Testing

@testable import ARRScoring

@Suite struct ShrinkageTests {
  /// n equal accounts count n; one whale among small ones counts about one.
  @Test func effectiveCountIsKish() {
    #expect(Shrinkage.effectiveCount(sum: 400, squares: 4 * 100 * 100) == 4)
    // 1,000 + 10 + 10: 1,020² ÷ 1,000,200 = 1.0402.
    let whale = Shrinkage.effectiveCount(sum: 1_020, squares: 1_000_200)
    #expect(abs(whale - 1_040_400.0 / 1_000_200) < 1e-12)
    #expect(Shrinkage.effectiveCount(sum: 0, squares: 0) == 0)
  }

  /// 40 accounts that all stayed at a 0.95 prior: (40 × 1 + 20 × 0.95) ÷ 60 = 0.98333.
  @Test func noChurnAmongFewIsNotCertainty() {
    let p = Shrinkage.blend(observed: 1, evidence: 40, prior: 0.95)
    #expect(abs(p - 59.0 / 60) < 1e-12)
    #expect(p < 1)
  }

  /// Thousands of accounts leave the estimate almost untouched; none leave the prior.
  @Test func evidenceOutweighsThePrior() {
    let p = Shrinkage.blend(observed: 0.9, evidence: 10_000, prior: 0.5)
    #expect(abs(p - 0.9) < 0.001)
    #expect(Shrinkage.blend(observed: nil, evidence: 0, prior: 0.75) == 0.75)
    #expect(Shrinkage.blend(observed: 0.3, evidence: 0, prior: 0.75) == 0.75)
  }

  /// A class's shrunk GRR uses its effective accounts; equal accounts count each.
  @Test func classRetentionIsShrunkByEffectiveAccounts() {
    var o = ClassOutcome.zero
    for _ in 0..<40 { o.merge(ClassOutcome(then: 100, now: 100)) }
    #expect(o.effectiveAccounts == 40)
    #expect(abs(o.shrunkGrossDollarRetention(prior: 0.95) - 59.0 / 60) < 1e-12)
    // One whale that stayed among 39 small accounts that left: the whale is ~1 account of
    // evidence, so GRR moves only part of the way from the prior toward its observed 71.9%.
    var whale = ClassOutcome(then: 10_000, now: 10_000)
    for _ in 0..<39 { whale.merge(ClassOutcome(then: 100, now: 0)) }
    let observed = 10_000.0 / 13_900
    #expect(abs((whale.grossDollarRetention ?? 0) - observed) < 1e-12)
    let n = 13_900.0 * 13_900 / (10_000.0 * 10_000 + 39 * 100 * 100)
    let expected = (n * observed + 20 * 0.4) / (n + 20)
    #expect(abs(whale.shrunkGrossDollarRetention(prior: 0.4) - expected) < 1e-12)
    // Survivors that kept every dollar: shrunk toward 1 − the prior contraction.
    let kept = (40 * 1 + 20 * (1 - Shrinkage.priorContractionRate)) / 60
    #expect(abs(o.shrunkSurvivorDollarRetention - kept) < 1e-12)
  }
}
