import ARRCore
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRProjection

/// Accounts drawn one by one (session 19, ranges lane; trial 18b G1): a company of two equal
/// accounts printed a median logo retention of 96% and a GRR P10 of 78%, outcomes a normal
/// approximation invents for what is one or two coin flips. Every figure below is worked by
/// hand from the binomial distribution.
@Suite("Accounts drawn one by one")
struct RetentionSimulationSingleTests {
  typealias Single = RetentionSimulation.Single

  static func single(
    _ p: Double, mrr: Double, expansion: Double = 0, contraction: Double = 0
  ) -> Single {
    Single(stayProbability: p, mrr: mrr, expansionRate: expansion, contractionRate: contraction)
  }

  /// Share of `values` equal to `x`.
  static func share(_ values: [Double], _ x: Double) -> Double {
    Double(values.count { $0 == x }) / Double(values.count)
  }

  /// Within 4 standard errors of a share `p` over `n` paths.
  static func near(_ observed: Double, _ p: Double, paths n: Int) -> Bool {
    abs(observed - p) <= 4 * (p * (1 - p) / Double(n)).squareRoot()
  }

  /// Two equal accounts, each staying with p = 0.9, no shocks: both stay 0.81, one leaves
  /// 2 × 0.9 × 0.1 = 0.18, both leave 0.01. GRR, NDR (no movement) and logo retention are
  /// 1, 0.5 or 0 on every path; their distribution puts 0.01 at or below 0 and 0.19 at or
  /// below 0.5, so P10 = 0.5 (the least value with at least 10% at or below it), P50 = P90 = 1.
  @Test func twoEqualAccountsGiveAllHalfOrNone() {
    let sim = RetentionSimulation(
      buckets: [], singles: [Self.single(0.9, mrr: 5_000), Self.single(0.9, mrr: 5_000)],
      churnShock: 0, movementShock: 0)
    #expect(sim.expected.grr == 0.9 && sim.expected.logoRetention == 0.9)
    let n = 10_000
    let d = sim.draws(paths: n, seed: 2007)
    for paths in [d.ndr, d.grr, d.logoRetention] {
      #expect(paths.allSatisfy { [0, 0.5, 1].contains($0) })
      #expect(Self.near(Self.share(paths, 0.5), 0.18, paths: n))
      #expect(Self.near(Self.share(paths, 0), 0.01, paths: n))
    }
    let r = sim.simulate(paths: n, seed: 2007)
    for range in [r.ndr, r.grr, r.logoRetention] {
      #expect(range == PercentileRange(p10: 0.5, p50: 1, p90: 1))
    }
  }

  /// p = 0.97: at least one of the two leaves with 1 − 0.97² = 0.0591 < 0.10, so even P10 is
  /// "both stay": 1. With contraction 10% a stayer keeps 0.9 of its MRR, so GRR is 0.9, 0.45
  /// or 0 and its P10–P90 is 0.9 throughout; logo retention stays a count.
  @Test func twoLikelyStayersAtP10KeepBoth() {
    let sim = RetentionSimulation(
      buckets: [],
      singles: [
        Self.single(0.97, mrr: 5_000, contraction: 0.1),
        Self.single(0.97, mrr: 5_000, contraction: 0.1),
      ], churnShock: 0, movementShock: 0)
    let r = sim.simulate(paths: 10_000, seed: 2007)
    #expect(r.grr == PercentileRange(p10: 0.9, p50: 0.9, p90: 0.9))
    #expect(r.logoRetention == PercentileRange(p10: 1, p50: 1, p90: 1))
    let d = sim.draws(paths: 2_000, seed: 1)
    #expect(d.grr.allSatisfy { [0, 0.45, 0.9].contains($0) })
  }

  /// A common churn shock moves both accounts' odds together but each is still a coin flip:
  /// the paths stay among all, half and none.
  @Test(arguments: [0.5, 1.0])
  func aChurnShockKeepsOutcomesWhole(shock: Double) {
    let sim = RetentionSimulation(
      buckets: [], singles: [Self.single(0.9, mrr: 5_000), Self.single(0.9, mrr: 5_000)],
      churnShock: shock, movementShock: 0)
    let d = sim.draws(paths: 4_000, seed: 5)
    #expect(d.grr.allSatisfy { [0, 0.5, 1].contains($0) })
    #expect(d.logoRetention.allSatisfy { [0, 0.5, 1].contains($0) })
  }

  /// A whale: $9,000 at p = 0.95 beside ten $100 accounts at p = 0.9 (base $10,000, 11
  /// accounts). GRR = (9,000 W + 100 K) ÷ 10,000 with W ~ Bernoulli(0.95), K ~ Bin(10, 0.9):
  /// P(GRR ≤ 0.10) = 0.05 (the whale leaves), P(≤ 0.96) = 0.05 + 0.95 × P(K ≤ 6) = 0.0622,
  /// P(≤ 0.97) = 0.05 + 0.95 × P(K ≤ 7) = 0.1167, P(≤ 0.98) = 0.3007, P(≤ 0.99) = 0.6688:
  /// P10 0.97, P50 0.99, P90 1. Logo (W + K) ÷ 11: P(≤ 8/11) = 0.0799, P(≤ 9/11) = 0.2833,
  /// P(≤ 10/11) = 0.6688: P10 9/11, P50 10/11, P90 1. The whale leaves on 5% of paths, a
  /// downside no percentile shows, so the simulation counts it.
  @Test func whaleByHand() throws {
    let sim = RetentionSimulation(
      buckets: [],
      singles: [Self.single(0.95, mrr: 9_000)]
        + Array(repeating: Self.single(0.9, mrr: 100), count: 10),
      churnShock: 0, movementShock: 0)
    #expect(abs(sim.expected.grr - (9_000 * 0.95 + 1_000 * 0.9) / 10_000) < 1e-15)
    let n = 10_000
    let r = sim.simulate(paths: n, seed: 2007)
    #expect(r.grr == PercentileRange(p10: 0.97, p50: 0.99, p90: 1))
    #expect(r.logoRetention == PercentileRange(p10: 9.0 / 11, p50: 10.0 / 11, p90: 1))
    let leaves = try #require(r.largestSingleLeaves)
    #expect(Self.near(leaves, 0.05, paths: n))
    #expect(sim.largestSingle == 0)
  }

  /// Singles and buckets together: the expected values add both, and a bucket's stayers are
  /// rounded to whole accounts, so logo retention is a count over the base on every path.
  @Test func singlesBesideBucketsCountWholeAccounts() {
    var bucket = RetentionSimulation.Bucket(expansionRate: 0, contractionRate: 0)
    for _ in 0..<7 { bucket.add(stayProbability: 0.5, mrr: 10) }
    let sim = RetentionSimulation(
      buckets: [bucket], singles: [Self.single(1, mrr: 930)], churnShock: 0.3,
      movementShock: 0)
    // Staying MRR 7 × 10 × 0.5 + 930 = 965 of 1,000; stayers 3.5 + 1 of 8.
    #expect(abs(sim.expected.grr - 0.965) < 1e-15)
    #expect(sim.expected.logoRetention == 4.5 / 8)
    let d = sim.draws(paths: 1_000, seed: 3)
    #expect(d.logoRetention.allSatisfy { ($0 * 8).rounded() == $0 * 8 })
    #expect(d.grr.allSatisfy { $0 >= 0.93 })  // the sure single always keeps its $930
  }

  /// The rule: every account of a base of at most 200 accounts; in a larger base, an account
  /// holding at least 1% of its MRR (integers: 100 × MRR ≥ base MRR).
  @Test(arguments: [
    (Int64(1), 200, Int64(1_000_000), true), (1, 201, 1_000_000, false),
    (10_000, 201, 1_000_000, true), (9_999, 201, 1_000_000, false),
    (Int64.max / 2, 5_000, Int64.max, true),
  ])
  func whoIsDrawnAlone(mrr: Int64, accounts: Int, base: Int64, single: Bool) {
    #expect(RetentionSimulation.isSingle(mrr: mrr, accounts: accounts, baseMRR: base) == single)
  }

  /// Order statistics, never a blend of two paths: of 0 and 10, P10 and P50 are 0 (half the
  /// paths at or below it), P90 10; of 1…11, the 2nd, 6th and 10th values.
  @Test func percentilesArePathValues() {
    #expect(
      RetentionSimulation.percentiles([10, 0]) == PercentileRange(p10: 0, p50: 0, p90: 10))
    #expect(
      RetentionSimulation.percentiles((1...11).reversed().map(Double.init))
        == PercentileRange(p10: 2, p50: 6, p90: 10))
    #expect(RetentionSimulation.percentiles([7]) == PercentileRange(p10: 7, p50: 7, p90: 7))
    // 10,000 paths: ranks 1,000, 5,000 and 9,000.
    let values = (1...10_000).map(Double.init)
    #expect(
      RetentionSimulation.percentiles(values)
        == PercentileRange(p10: 1_000, p50: 5_000, p90: 9_000))
  }

  /// Through the projection: a company of two equal monthly accounts at $5,000 whose
  /// retention probabilities are set to 0.9 (no movement priors, 3 months: no window) draws
  /// both alone, and its logo retention range is among 0, ½ and 1.
  @Test func twoAccountCompanyForecast() throws {
    let c = Fixture.company(
      [Fixture.account("A"), Fixture.account("B")],
      mrr: [[500_000, 500_000, 500_000], [500_000, 500_000, 500_000]])
    var s = Scoring.run(c)
    for i in s.scores.indices { s.scores[i].retentionProbability = 0.9 }
    let f = try #require(
      Projection.forecast(c, scoring: s, paths: 10_000, seed: 2007, movementPriors: .none))
    #expect(f.singleAccounts == 2)
    #expect(f.largestSingleShare == 0.5)
    for r in [f.grrRange, f.logoRetentionRange, f.ndrRange] {
      #expect([r.p10, r.p50, r.p90].allSatisfy { [0, 0.5, 1].contains($0) })
    }
    #expect(f.logoRetentionRange.p50 == 1)
  }

  /// A base of 201 accounts: only the one holding 1% or more of the MRR is drawn alone.
  @Test func largeBaseDrawsOnlyItsLargeAccountsAlone() throws {
    let small = (0..<200).map { Fixture.account("S\($0)") }
    let c = Fixture.company(
      small + [Fixture.account("W")],
      mrr: Array(repeating: [1_000, 1_000, 1_000], count: 200) + [[500_000, 500_000, 500_000]])
    let f = try #require(
      Projection.forecast(c, scoring: Scoring.run(c), paths: 200, seed: 1, movementPriors: .none))
    #expect(f.accounts == 201 && f.singleAccounts == 1)
    #expect(f.largestSingleShare == 500_000.0 / 700_000)
  }
}
