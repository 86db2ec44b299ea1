import ARRCore
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

/// The outcome a P10–P90 hides when one account is half the base's MRR or more (session 27,
/// t27b lane; trial 25, T25-3: "mean 98%, P10–P90 101%–104%" for a company whose 99% account
/// could leave). Every figure is worked by hand from the point projection's formulas
/// (docs/projection.md, "Largest-account tail").
@Suite("Largest-account tail")
struct LargestAccountTailTests {
  static func single(
    _ p: Double, mrr: Double, expansion: Double = 0, contraction: Double = 0
  ) -> RetentionSimulation.Single {
    RetentionSimulation.Single(
      stayProbability: p, mrr: mrr, expansionRate: expansion, contractionRate: contraction)
  }

  static func simulation(_ singles: [RetentionSimulation.Single]) -> RetentionSimulation {
    RetentionSimulation(buckets: [], singles: singles, churnShock: 0.2, movementShock: 0.25)
  }

  /// Giant at $9,900 (P(stay) 0.95, expanding 10%, contracting 2%) beside Tiny at $100
  /// (P(stay) 0.8, no movement): base $10,000, Giant 99%.
  /// If Giant leaves: NDR = GRR = 0.8 × 100 ÷ 10,000 = 0.008.
  /// If it stays: NDR = (9,900 × 1.08 + 80) ÷ 10,000 = 1.0772, GRR = (9,900 × 0.98 + 80) ÷
  /// 10,000 = 0.9782. The mean, (9,900 × 0.95 × 1.08 + 80) ÷ 10,000 = 1.02374, is
  /// 0.95 × 1.0772 + 0.05 × 0.008: the tail's chance is the mean's own.
  @Test func handWorkedTail() throws {
    let sim = Self.simulation([
      Self.single(0.95, mrr: 9_900, expansion: 0.10, contraction: 0.02), Self.single(0.8, mrr: 100),
    ])
    let t = try #require(sim.tail(of: 0, account: 7))
    #expect(t.account == 7)
    #expect(abs(t.share - 0.99) < 1e-12)
    #expect(abs(t.leaveProbability - 0.05) < 1e-12)
    #expect(abs(t.ndrIfLeaves - 0.008) < 1e-12)
    #expect(abs(t.grrIfLeaves - 0.008) < 1e-12)
    #expect(abs(t.ndrIfStays - 1.0772) < 1e-12)
    #expect(abs(t.grrIfStays - 0.9782) < 1e-12)
    let mean = sim.expected
    #expect(abs(mean.ndr - 1.02374) < 1e-12)
    #expect(
      abs(mean.ndr - ((1 - t.leaveProbability) * t.ndrIfStays + t.leaveProbability * t.ndrIfLeaves))
        < 1e-12)
    #expect(
      abs(mean.grr - ((1 - t.leaveProbability) * t.grrIfStays + t.leaveProbability * t.grrIfLeaves))
        < 1e-12)
  }

  /// Half the MRR exactly qualifies ($5,000 of $10,000); $4,900 of $10,000 (49%) does not; an
  /// account that cannot leave (P(stay) 1: a term past the year) has no tail.
  @Test func thresholdAndLockedAccounts() {
    #expect(
      Self.simulation([Self.single(0.9, mrr: 5_000), Self.single(0.9, mrr: 5_000)]).tail(
        of: 0, account: 0) != nil)
    #expect(
      Self.simulation([
        Self.single(0.9, mrr: 4_900), Self.single(0.9, mrr: 4_800), Self.single(0.9, mrr: 300),
      ]).tail(of: 0, account: 0) == nil)
    #expect(
      Self.simulation([Self.single(1, mrr: 9_000), Self.single(0.9, mrr: 1_000)]).tail(
        of: 0, account: 0) == nil)
  }

  /// The share counts the bucketed accounts too: Giant at $6,000 (P(stay) 0.9) beside ten
  /// bucketed accounts of $4,000 in all (8 expected to stay, $3,200 of expected staying MRR, no
  /// movement) is 60% of a $10,000 base, so it has a tail: if it leaves, NDR = 3,200 ÷ 10,000 =
  /// 0.32; if it stays, (6,000 + 3,200) ÷ 10,000 = 0.92. At $4,000 beside $6,000 in the bucket it
  /// is 40% and has none (alone among the singles it would look like 100%).
  @Test func bucketedAccountsCountInTheShare() throws {
    func bucket(mrr: Double, stayingMRR: Double) -> RetentionSimulation.Bucket {
      var b = RetentionSimulation.Bucket(expansionRate: 0, contractionRate: 0)
      b.accounts = 10
      b.mrr = mrr
      b.endMRR = mrr
      b.stayers = 8
      b.stayingMRR = stayingMRR
      return b
    }
    let giant = RetentionSimulation(
      buckets: [bucket(mrr: 4_000, stayingMRR: 3_200)], singles: [Self.single(0.9, mrr: 6_000)],
      churnShock: 0.2, movementShock: 0.25)
    let t = try #require(giant.tail(of: 0, account: 3))
    #expect(abs(t.share - 0.6) < 1e-12)
    #expect(abs(t.ndrIfLeaves - 0.32) < 1e-12)
    #expect(abs(t.ndrIfStays - 0.92) < 1e-12)
    let minority = RetentionSimulation(
      buckets: [bucket(mrr: 6_000, stayingMRR: 4_800)], singles: [Self.single(0.9, mrr: 4_000)],
      churnShock: 0.2, movementShock: 0.25)
    #expect(minority.tail(of: 0, account: 3) == nil)
  }

  /// Through the projection: $9,900 and $100 a month for 3 months (no movement window, movement
  /// priors off), retention probabilities set to 0.95 and 0.8. The forecast names account 0,
  /// with the tail above and its mean the two outcomes weighted by the chance: 0.95 × 0.998 +
  /// 0.05 × 0.008 = 0.9485.
  @Test func forecastCarriesTheTail() throws {
    let c = Fixture.company(
      [Fixture.account("G"), Fixture.account("T")],
      mrr: [[990_000, 990_000, 990_000], [10_000, 10_000, 10_000]])
    var s = Scoring.run(c)
    s.scores[0].retentionProbability = 0.95 * s.keptShare
    s.scores[1].retentionProbability = 0.8 * s.keptShare
    let f = try #require(
      Projection.forecast(c, scoring: s, paths: 1_000, seed: 2007, movementPriors: .none))
    let t = try #require(f.largestAccountTail)
    #expect(t.account == 0)
    #expect(abs(t.leaveProbability - 0.05) < 1e-9)
    #expect(abs(t.ndrIfLeaves - 0.008) < 1e-9)
    #expect(abs(t.ndrIfStays - 0.998) < 1e-9)
    #expect(abs(f.ndr - 0.9485) < 1e-9)
    // The band: Giant leaves on few paths, so P10 is a year it stayed, above the mean.
    #expect(f.ndrRange.p10 > f.ndr && t.ndrIfLeaves < f.ndrRange.p10)
  }
}
