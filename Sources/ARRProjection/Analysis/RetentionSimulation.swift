import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The seeded simulation behind the P10/P50/P90 of projected NDR, GRR and logo retention.
///
/// Most accounts are aggregated into buckets (the projection uses class × contract type × size
/// band); the few that would dominate a bucket or the total (``singles``: every account of a
/// small base, the large accounts of a big one) are drawn one by one. A path draws one common
/// shock to churn odds, one to expansion and one to contraction, then each single account's
/// stay/leave as a Bernoulli draw and each bucket's stayers and their MRR from a normal
/// approximation of the sum of its accounts' independent stay/leave outcomes. Work per path is
/// O(buckets + singles), not O(accounts). See `docs/projection.md`, "Simulation".
public struct RetentionSimulation: Sendable, Equatable {
  /// Sums over the accounts of one bucket.
  public struct Bucket: Sendable, Equatable {
    /// Number of accounts.
    public var accounts: Double = 0
    /// Σ MRR (currency units).
    public var mrr: Double = 0
    /// Σ MRR × end factor: what the bucket's MRR would be a year on if every account stayed
    /// (before expansion and contraction). Equals ``mrr`` unless a stress scenario moves it.
    public var endMRR: Double = 0
    /// Σ P(stay): expected stayers.
    public var stayers: Double = 0
    /// Σ MRR × P(stay): expected MRR of the stayers.
    public var stayingMRR: Double = 0
    /// Σ min(end MRR, MRR) × P(stay): what gross retention keeps of ``stayingMRR``, a stayer's
    /// MRR never above what it pays now (a stress scenario's price rise is expansion, not kept
    /// revenue: trial 37, T37-20, projected GRR 114% under +20%). Equal to ``stayingMRR`` when
    /// no end factor is above 1.
    public var grossStayingMRR: Double = 0
    /// Σ P(1 − P): variance of the number of stayers.
    public var countVariance: Double = 0
    /// Σ MRR² × P(1 − P): variance of the stayers' MRR.
    public var mrrVariance: Double = 0
    /// Σ MRR × P(1 − P): covariance of the two.
    public var covariance: Double = 0
    /// Expansion of the stayers over 12 months per retained dollar.
    public var expansionRate: Double
    /// Contraction of the stayers over 12 months per retained dollar.
    public var contractionRate: Double

    /// An empty bucket with its survivors' movement rates.
    public init(expansionRate: Double, contractionRate: Double) {
      self.expansionRate = expansionRate
      self.contractionRate = contractionRate
    }

    /// Adds one account.
    /// - Parameters:
    ///   - stayProbability: P(still paying in 12 months), 0–1.
    ///   - mrr: its MRR now, currency units.
    ///   - endFactor: what a stayer's MRR is multiplied by before expansion and contraction
    ///     (1 normally; a stress scenario's immediate usage or price change otherwise). The
    ///     account still counts at `mrr` in the base.
    public mutating func add(stayProbability p: Double, mrr m: Double, endFactor: Double = 1) {
      let v = p * (1 - p)
      let e = m * endFactor
      accounts += 1
      mrr += m
      endMRR += e
      stayers += p
      stayingMRR += e * p
      grossStayingMRR += min(e, m) * p
      countVariance += v
      mrrVariance += e * e * v
      covariance += e * v
    }
  }

  /// The buckets; empty ones are allowed and ignored.
  public var buckets: [Bucket]
  /// The accounts drawn one by one (session 19, ranges lane): a stay/leave of one account is a
  /// coin flip, not a normal spread, so a company of a few accounts gets outcomes that can
  /// happen (two accounts: all, half or none of the logos).
  public var singles: [Single]
  /// Standard deviation of the common shock to every account's churn log-odds.
  public var churnShock: Double
  /// Standard deviation of the common log-shocks to expansion and to contraction.
  public var movementShock: Double

  /// Creates the simulation.
  public init(
    buckets: [Bucket], singles: [Single] = [], churnShock: Double, movementShock: Double
  ) {
    self.buckets = buckets
    self.singles = singles
    self.churnShock = churnShock
    self.movementShock = movementShock
  }

  /// Expected values, with no randomness: NDR = Σ stayingMRR × (1 − c + e) ÷ Σ MRR,
  /// GRR = Σ stayingMRR × (1 − c) ÷ Σ MRR, logo = Σ stayers ÷ accounts.
  public var expected: (ndr: Double, grr: Double, logoRetention: Double) {
    var mrr = 0.0
    var accounts = 0.0
    var net = 0.0
    var gross = 0.0
    var stayers = 0.0
    for b in buckets {
      mrr += b.mrr
      accounts += b.accounts
      gross += b.grossStayingMRR * (1 - b.contractionRate)
      net += b.stayingMRR * (1 - b.contractionRate + b.expansionRate)
      stayers += b.stayers
    }
    for a in singles {
      mrr += a.mrr
      accounts += 1
      gross += min(a.endMRR, a.mrr) * a.stayProbability * (1 - a.contractionRate)
      net += a.endMRR * a.stayProbability * (1 - a.contractionRate + a.expansionRate)
      stayers += a.stayProbability
    }
    guard mrr > 0, accounts > 0 else { return (.nan, .nan, .nan) }
    return (net / mrr, gross / mrr, stayers / accounts)
  }

  /// Runs `paths` seeded paths and returns the percentiles of each figure.
  /// - Parameters:
  ///   - paths: number of paths, ≥ 1.
  ///   - seed: seed of the ``SeededGenerator``; the same seed gives the same numbers.
  /// - Returns: P10/P50/P90 of NDR, GRR and logo retention (order statistics, so each is a
  ///   path's own value: ``percentiles(_:)``), and the share of paths on which the largest
  ///   single account left (`nil` without singles).
  /// - Complexity: O(paths × (buckets + singles) + paths log paths).
  public func simulate(paths: Int, seed: UInt64) -> (
    ndr: PercentileRange, grr: PercentileRange, logoRetention: PercentileRange,
    largestSingleLeaves: Double?
  ) {
    let d = draws(paths: paths, seed: seed)
    return (
      Self.percentiles(d.ndr), Self.percentiles(d.grr), Self.percentiles(d.logoRetention),
      singles.isEmpty ? nil : Double(d.largestLeft) / Double(d.ndr.count)
    )
  }

  /// The index of the single account with the most MRR (the first of equals), if any.
  var largestSingle: Int? {
    singles.indices.max {
      singles[$0].mrr < singles[$1].mrr || (singles[$0].mrr == singles[$1].mrr && $0 > $1)
    }
  }

  /// Every path's NDR, GRR and logo retention, in path order (what ``simulate(paths:seed:)``
  /// takes the percentiles of), and on how many paths the largest single account left.
  /// - Complexity: O(paths × (buckets + singles)).
  func draws(paths: Int, seed: UInt64) -> (
    ndr: [Double], grr: [Double], logoRetention: [Double], largestLeft: Int
  ) {
    let live = buckets.filter { $0.accounts > 0 }
    let totalMRR = live.reduce(0) { $0 + $1.mrr } + singles.reduce(0) { $0 + $1.mrr }
    let totalAccounts = live.reduce(0) { $0 + $1.accounts } + Double(singles.count)
    let prepared = live.map(Prepared.init)
    let largest = largestSingle ?? -1
    var largestLeft = 0
    var rng = SeededGenerator(seed: seed)
    var normals = NormalSource()
    var ndr = [Double](repeating: 0, count: max(paths, 1))
    var grr = ndr
    var logo = ndr
    let mean = -movementShock * movementShock / 2  // so each factor's mean is 1
    for path in 0..<max(paths, 1) {
      let u = churnShock * normals.next(&rng)
      let expansionFactor = exp(mean + movementShock * normals.next(&rng))
      let contractionFactor = exp(mean + movementShock * normals.next(&rng))
      var net = 0.0
      var gross = 0.0
      var counted = 0.0
      for b in prepared {
        let z1 = normals.next(&rng)
        let z2 = normals.next(&rng)
        let count = b.accounts * shifted(b.countShare, by: u) + b.countSD * z1
        let money =
          b.endMRR * shifted(b.mrrShare, by: u) + b.mrrSD * (b.correlation * z1 + b.residual * z2)
        let kept = min(max(money, 0), b.endMRR)
        let contraction = min(b.contractionRate * contractionFactor, 1)
        gross += kept * b.grossShare * (1 - contraction)
        net += kept * (1 - contraction + b.expansionRate * expansionFactor)
        counted += min(max(count, 0), b.accounts)
      }
      // The buckets' stayers are a whole number of accounts, so logo retention is always a
      // count over the base.
      var stayers = counted.rounded()
      let churnOdds = exp(u)
      for (i, a) in singles.enumerated() {
        // One uniform draw per account and path, whether or not its outcome is certain, so
        // the stream does not depend on the probabilities.
        let draw = rng.nextUnit()
        let stays =
          a.stayProbability >= 1 || (a.stayProbability > 0 && draw < a.stay(churnOdds: churnOdds))
        guard stays else {
          if i == largest { largestLeft += 1 }
          continue
        }
        let contraction = min(a.contractionRate * contractionFactor, 1)
        gross += min(a.endMRR, a.mrr) * (1 - contraction)
        net += a.endMRR * (1 - contraction + a.expansionRate * expansionFactor)
        stayers += 1
      }
      ndr[path] = totalMRR > 0 ? net / totalMRR : .nan
      grr[path] = totalMRR > 0 ? gross / totalMRR : .nan
      logo[path] = totalAccounts > 0 ? stayers / totalAccounts : .nan
    }
    return (ndr, grr, logo, largestLeft)
  }

  /// A bucket's figures in the form a path needs.
  struct Prepared: Sendable {
    /// `mrrShare` is the stay probability weighted by end MRR (Σ e·p ÷ Σ e), so the churn shock
    /// moves a probability, and `endMRR` is what the stayers' MRR is clipped to.
    var accounts, endMRR, countShare, mrrShare, countSD, mrrSD, correlation, residual: Double
    var expansionRate, contractionRate: Double
    /// The share of the stayers' kept MRR gross retention counts (``Bucket/grossStayingMRR``
    /// ÷ ``Bucket/stayingMRR``): exactly 1 unless an end factor is above 1.
    var grossShare: Double

    init(_ b: Bucket) {
      grossShare = b.stayingMRR > 0 ? b.grossStayingMRR / b.stayingMRR : 1
      accounts = b.accounts
      endMRR = b.endMRR
      countShare = b.accounts > 0 ? b.stayers / b.accounts : 0
      mrrShare = b.endMRR > 0 ? b.stayingMRR / b.endMRR : countShare
      countSD = b.countVariance.squareRoot()
      mrrSD = b.mrrVariance.squareRoot()
      let denominator = countSD * mrrSD
      correlation = denominator > 0 ? min(max(b.covariance / denominator, -1), 1) : 0
      residual = (1 - correlation * correlation).squareRoot()
      expansionRate = b.expansionRate
      contractionRate = b.contractionRate
    }
  }

  /// P(stay) with its churn log-odds moved by `u`: 1 − logistic(logit(1 − p) + u); 0 and 1
  /// stay where they are.
  @inline(__always)
  func shifted(_ p: Double, by u: Double) -> Double {
    guard p > 0 && p < 1 else { return p }
    let odds = (1 - p) / p * exp(u)
    return 1 / (1 + odds)
  }

  /// P10, P50, P90 as order statistics of the paths (the inverse of their empirical
  /// distribution): P_q is the ⌈q × paths⌉-th smallest value, the least value with at least a
  /// share q of the paths at or below it. Every percentile is thus one path's own outcome: with
  /// two accounts it is all, half or none of them, never a blend of two paths (session 19,
  /// ranges lane; linear interpolation printed a median logo retention of 96% for two accounts).
  static func percentiles(_ values: [Double]) -> PercentileRange {
    let sorted = values.sorted()
    func at(_ percent: Int) -> Double {
      let rank = (sorted.count * percent + 99) / 100  // ⌈n × q⌉, in integers
      return sorted[max(rank, 1) - 1]
    }
    return PercentileRange(p10: at(10), p50: at(50), p90: at(90))
  }
}

/// Standard normal draws by the Box–Muller transform, using both values of each pair.
struct NormalSource: Sendable {
  private var spare: Double?

  mutating func next(_ rng: inout SeededGenerator) -> Double {
    if let s = spare {
      spare = nil
      return s
    }
    var u1 = rng.nextUnit()
    while u1 <= 0 { u1 = rng.nextUnit() }
    let u2 = rng.nextUnit()
    let r = (-2 * log(u1)).squareRoot()
    let theta = 2 * Double.pi * u2
    spare = r * sin(theta)
    return r * cos(theta)
  }
}
