import ARRCore
import Testing

@testable import ARRProjection

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Retention simulation")
struct RetentionSimulationTests {
  typealias Bucket = RetentionSimulation.Bucket

  /// A bucket of `n` accounts of MRR `mrr` and stay probability `p` each.
  static func bucket(
    _ n: Int, p: Double, mrr: Double = 100, endFactor: Double = 1, expansion: Double = 0,
    contraction: Double = 0
  ) -> Bucket {
    var b = Bucket(expansionRate: expansion, contractionRate: contraction)
    for _ in 0..<n { b.add(stayProbability: p, mrr: mrr, endFactor: endFactor) }
    return b
  }

  static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

  static func standardDeviation(_ x: [Double]) -> Double {
    let m = mean(x)
    return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
  }

  @Test func bucketSumsByHand() {
    // Two accounts: p = 0.5, $100, end factor 2; p = 1, $300.
    var b = Bucket(expansionRate: 0.1, contractionRate: 0.2)
    b.add(stayProbability: 0.5, mrr: 100, endFactor: 2)
    b.add(stayProbability: 1, mrr: 300)
    #expect(b.accounts == 2)
    #expect(b.mrr == 400)  // the base counts the as-of MRR, not the end factor
    #expect(b.endMRR == 500)  // 200 + 300
    #expect(b.stayers == 1.5)
    #expect(b.stayingMRR == 400)  // 200 × 0.5 + 300 × 1
    #expect(b.countVariance == 0.25)  // 0.5 × 0.5 + 1 × 0
    #expect(b.mrrVariance == 10_000)  // 200² × 0.25
    #expect(b.covariance == 50)  // 200 × 0.25
  }

  @Test func expectedValuesByHand() {
    // Bucket 1: 2 accounts × $100 at p = 0.5, e = 0.5, c = 0.25 → staying $100.
    // Bucket 2: 1 account × $200 at p = 1, no movement → staying $200.
    // GRR = (100 × 0.75 + 200) / 400 = 0.6875; NDR = (100 × 1.25 + 200) / 400 = 0.8125;
    // logo = (1 + 1) / 3.
    let sim = RetentionSimulation(
      buckets: [
        Self.bucket(2, p: 0.5, expansion: 0.5, contraction: 0.25), Self.bucket(1, p: 1, mrr: 200),
        Bucket(expansionRate: 9, contractionRate: 9),  // empty: ignored
      ], churnShock: 0.5, movementShock: 0.25)
    let e = sim.expected
    #expect(e.grr == 0.6875)
    #expect(e.ndr == 0.8125)
    #expect(e.logoRetention == 2.0 / 3)
  }

  @Test func noAccountsGiveNotANumber() {
    let e = RetentionSimulation(
      buckets: [Bucket(expansionRate: 0, contractionRate: 0)], churnShock: 0, movementShock: 0
    ).expected
    #expect(e.ndr.isNaN && e.grr.isNaN && e.logoRetention.isNaN)
  }

  /// Certain stayers and certain leavers: every path gives the same figure whatever the shocks
  /// (the churn shock leaves p = 0 and p = 1 alone, and their variances are 0).
  @Test(arguments: [(1.0, 1.0), (0.0, 0.0)])
  func certainOutcomesAreExact(p: Double, figure: Double) {
    let sim = RetentionSimulation(
      buckets: [Self.bucket(3, p: p), Self.bucket(2, p: p, mrr: 5_000)], churnShock: 0.5,
      movementShock: 0.25)
    let e = sim.expected
    #expect(e.ndr == figure && e.grr == figure && e.logoRetention == figure)
    let r = sim.simulate(paths: 200, seed: 1)
    for range in [r.ndr, r.grr, r.logoRetention] {
      #expect(range == PercentileRange(p10: figure, p50: figure, p90: figure))
    }
  }

  /// Every account stays for sure but its MRR is halved (a stress scenario's usage change):
  /// GRR is 0.5 on every path. The churn shock moves stay probabilities, not the end factor.
  @Test func certainStayersWithAnEndFactorKeepExactlyThatShare() {
    let sim = RetentionSimulation(
      buckets: [Self.bucket(10, p: 1, endFactor: 0.5)], churnShock: 0.5, movementShock: 0.25)
    #expect(sim.expected.grr == 0.5)
    let r = sim.simulate(paths: 500, seed: 3)
    #expect(r.grr == PercentileRange(p10: 0.5, p50: 0.5, p90: 0.5))
    #expect(r.logoRetention == PercentileRange(p10: 1, p50: 1, p90: 1))
  }

  @Test(arguments: [UInt64(1), 2007, 99])
  func percentilesAreOrdered(seed: UInt64) {
    let sim = RetentionSimulation(
      buckets: [
        Self.bucket(50, p: 0.8, expansion: 0.2, contraction: 0.1),
        Self.bucket(10, p: 0.3, mrr: 1_000),
      ], churnShock: 0.5, movementShock: 0.25)
    let r = sim.simulate(paths: 1_000, seed: seed)
    for range in [r.ndr, r.grr, r.logoRetention] {
      #expect(range.p10 <= range.p50 && range.p50 <= range.p90)
      #expect(range.p10 < range.p90)  // the shocks do spread the paths
    }
    // GRR ≤ NDR on every path when expansion ≥ 0, so also at each percentile.
    #expect(r.grr.p10 <= r.ndr.p10 && r.grr.p50 <= r.ndr.p50 && r.grr.p90 <= r.ndr.p90)
  }

  @Test func sameSeedSameDrawsOtherSeedOtherDraws() {
    let sim = RetentionSimulation(
      buckets: [Self.bucket(20, p: 0.7, expansion: 0.1, contraction: 0.1)], churnShock: 0.3,
      movementShock: 0.25)
    let a = sim.draws(paths: 100, seed: 42)
    let b = sim.draws(paths: 100, seed: 42)
    let c = sim.draws(paths: 100, seed: 43)
    #expect(a.ndr == b.ndr && a.grr == b.grr && a.logoRetention == b.logoRetention)
    // Continuous draws: two seeds agreeing on even one path would be a broken generator.
    #expect(zip(a.ndr, c.ndr).allSatisfy { $0 != $1 })
    #expect(sim.simulate(paths: 100, seed: 42) == sim.simulate(paths: 100, seed: 42))
  }

  /// With no churn shock the paths are centred on the analytic expectation: the mean of n paths
  /// is within 4 standard errors (sample SD ÷ √n) of Σ p·m·(1 − c [+ e]) ÷ Σ m and Σ p ÷ n.
  /// Buckets are large enough that clipping at 0 and at the bucket's MRR never bites (the
  /// means sit over 7 SDs from either bound), and the movement factors have mean 1 by
  /// construction. End factors other than 1 (stress scenarios) must keep the centre.
  @Test(arguments: [1.0, 0.5, 2.0])
  func meanConvergesToTheExpectation(endFactor: Double) {
    let sim = RetentionSimulation(
      buckets: [
        Self.bucket(200, p: 0.8, endFactor: endFactor, expansion: 0.2, contraction: 0.1),
        Self.bucket(400, p: 0.6, mrr: 30, expansion: 0.05, contraction: 0.05),
      ], churnShock: 0, movementShock: 0.25)
    let e = sim.expected
    // By hand: staying MRR 200 × 100 × f × 0.8 = 16,000 f and 400 × 30 × 0.6 = 7,200 over a
    // base of 32,000; gross retention keeps a stayer's MRR at most at what it pays now, so f
    // counts up to 1 in GRR (trial 37, T37-20).
    let f = endFactor
    #expect(abs(e.grr - (16_000 * min(f, 1) * 0.9 + 7_200 * 0.95) / 32_000) < 1e-12)
    #expect(abs(e.ndr - (16_000 * f * 1.1 + 7_200 * 1.0) / 32_000) < 1e-12)
    #expect(abs(e.logoRetention - (160.0 + 240) / 600) < 1e-12)
    let n = 4_000
    let d = sim.draws(paths: n, seed: 2007)
    for (paths, target) in [(d.ndr, e.ndr), (d.grr, e.grr), (d.logoRetention, e.logoRetention)] {
      let se = Self.standardDeviation(paths) / Double(n).squareRoot()
      #expect(abs(Self.mean(paths) - target) <= 4 * se)
    }
  }

  /// The bucketed normal approximation against a naive simulation of every account's own
  /// stay/leave draw, on a small company: two buckets, each of equal probabilities (so moving
  /// the bucket's mean probability by the churn shock is exactly moving each account's).
  /// Without a churn shock the approximation matches the sum's mean and variance exactly, so
  /// the two means agree within 4 standard errors of their difference and the SDs within 10%
  /// (the SD of a 4,000-path SD estimate is about 1.1%). With the shock the means still agree.
  @Test(arguments: [0.0, 0.5])
  func bucketedAgreesWithANaivePerAccountSimulation(churnShock: Double) {
    let groups: [(n: Int, p: Double, mrr: Double)] = [(30, 0.8, 100), (15, 0.4, 250)]
    let sim = RetentionSimulation(
      buckets: groups.map { Self.bucket($0.n, p: $0.p, mrr: $0.mrr) }, churnShock: churnShock,
      movementShock: 0)
    let n = 4_000
    let bucketed = sim.draws(paths: n, seed: 11)
    var rng = SeededGenerator(seed: 12)
    func normal() -> Double {
      var u1 = rng.nextUnit()
      while u1 <= 0 { u1 = rng.nextUnit() }
      return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * rng.nextUnit())
    }
    let totalMRR = groups.reduce(0) { $0 + Double($1.n) * $1.mrr }
    let totalAccounts = Double(groups.reduce(0) { $0 + $1.n })
    var naiveGRR: [Double] = []
    var naiveLogo: [Double] = []
    for _ in 0..<n {
      let u = churnShock * normal()
      var kept = 0.0
      var stayers = 0.0
      for g in groups {
        let p = 1 / (1 + (1 - g.p) / g.p * exp(u))  // churn log-odds moved by u
        for _ in 0..<g.n where rng.nextUnit() < p {
          kept += g.mrr
          stayers += 1
        }
      }
      naiveGRR.append(kept / totalMRR)
      naiveLogo.append(stayers / totalAccounts)
    }
    for (a, b) in [(bucketed.grr, naiveGRR), (bucketed.logoRetention, naiveLogo)] {
      let sa = Self.standardDeviation(a)
      let sb = Self.standardDeviation(b)
      let se = ((sa * sa + sb * sb) / Double(n)).squareRoot()
      #expect(abs(Self.mean(a) - Self.mean(b)) <= 4 * se)
      if churnShock == 0 { #expect(abs(sa / sb - 1) < 0.1) }
    }
  }

  @Test func shiftedMovesChurnLogOdds() {
    let sim = RetentionSimulation(buckets: [], churnShock: 0, movementShock: 0)
    #expect(sim.shifted(0.8, by: 0) == 0.8)
    #expect(sim.shifted(0, by: 1) == 0 && sim.shifted(1, by: -1) == 1)
    // Churn odds 0.25 × e^(ln 3) = 0.75 → P(stay) = 1 / 1.75.
    #expect(abs(sim.shifted(0.8, by: log(3)) - 1 / 1.75) < 1e-15)
    #expect(sim.shifted(0.8, by: 0.3) < 0.8 && sim.shifted(0.8, by: -0.3) > 0.8)
  }
}
