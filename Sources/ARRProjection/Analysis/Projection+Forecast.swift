import ARRCore
import ARRScoring

extension Projection {
  /// Survivors a contract type needs for its own expansion and contraction rates.
  public static let minimumMovementSurvivors = 30
  /// Shortest history window (months) expansion and contraction are measured on.
  public static let minimumMovementWindow = 3
  /// Upper bounds of the size bands in MRR cents ($100, $1,000, $10,000); a fourth band holds
  /// the rest.
  public static let sizeBandLimits: [Int64] = [10_000, 100_000, 1_000_000]
  /// Year-to-year drift of churn odds (standard deviation of the log-odds shock).
  public static let churnDrift = 0.20
  /// The churn shock when the probabilities are documented defaults, not calibrated.
  public static let uncalibratedChurnShock = 0.50
  /// Standard deviation of the log-shocks to expansion and contraction.
  public static let movementShock = 0.25
  /// The least growth a year, as a multiple of a survivor's start MRR, that its expansion
  /// always counts up to (three times its MRR); beyond, the company's own fence decides
  /// (``GrowthFence``; session 34, lead; trial 34, T34-10).
  public static let minimumCountedYearGrowth = 2.0

  /// How the survivors of the last 12 months (or the longest window available) moved, overall
  /// and per contract type, each rate blended with its prior (``Shrinkage/priorExpansionRate``,
  /// ``Shrinkage/priorContractionRate``) by the survivors' effective number; the priors alone
  /// when the window is too short. A survivor's growth counts up to the
  /// company's own fence of its survivors' growth (``GrowthFence``).
  /// - Returns: the window in months (0 when shorter than ``minimumMovementWindow``), the
  ///   all-accounts movement, and the movement used per contract type (all cases, in order).
  /// - Parameter threshold: Accounts from which the passes are split into account ranges
  ///   (``Concurrent/ranges(_:parallelFrom:)``); tests pass 1 to split a small company.
  /// - Complexity: O(accounts).
  static func movements(
    _ company: Company, priors: MovementPriors = .documented,
    parallelFrom threshold: Int = Concurrent.minimumParallelCells
  ) -> (window: Int, overall: SurvivorMovement, byType: [SurvivorMovement]) {
    let last = company.monthCount - 1
    let window = min(12, last)
    let types = ContractType.allCases
    guard window >= minimumMovementWindow else {
      // No window to measure: the priors alone.
      let e0 = priors.expansionRate
      let c0 = priors.contractionRate
      let prior = SurvivorMovement(
        contractType: nil, survivors: 0, expansionRate: e0, contractionRate: c0)
      return (
        0, prior,
        types.map {
          SurvivorMovement(
            contractType: $0, survivors: 0, expansionRate: e0, contractionRate: c0,
            usesPooledRates: true)
        }
      )
    }
    // Account ranges on every core, twice: the survivors' growth for the fence beyond which one
    // account's growth stops counting (``GrowthFence``, merged exactly), then the sums of
    // whole cents, the same in any order. The sums of squares, in `Double`, are added in
    // account order afterwards from each range's survivors, so they are the one-thread pass's
    // to the bit (session 41: the two passes ran on one thread while the other core idled).
    let ranges = Concurrent.ranges(company.accountCount, parallelFrom: threshold)
    let fences = Concurrent.map(ranges) { _, range in
      var fence = GrowthFence()
      forEachSurvivor(company, in: range, last: last, window: window) { _, then, now in
        fence.add(then: then, now: now)
      }
      return fence
    }
    let ceiling = fences.reduce(into: GrowthFence()) { $0.merge($1) }.ceilingRatio(window: window)
    let parts = Concurrent.map(ranges) { _, range in
      var sums = MovementSums(groups: types.count + 1)
      var survivors: [(then: Int64, type: UInt8)] = []
      forEachSurvivor(company, in: range, last: last, window: window) { type, then, now in
        let limit = Double(then) * ceiling
        let counted = limit < Double(now) ? Int64(limit) : now
        // The account's type, then all accounts together.
        sums.add(then: then, now: counted, to: Int(type))
        sums.add(then: then, now: counted, to: types.count)
        survivors.append((then, type))
      }
      return (sums, survivors)
    }
    var sums = MovementSums(groups: types.count + 1)
    for (part, survivors) in parts {
      sums.merge(part)
      for s in survivors {
        sums.addSquare(of: s.then, to: Int(s.type))
        sums.addSquare(of: s.then, to: types.count)
      }
    }
    let (base, up, down, count, squares) = (
      sums.base, sums.up, sums.down, sums.count, sums.squares
    )
    let scale = 12 / Double(window)
    // The observed rate blended with the prior by the survivors' effective number (by MRR):
    // no contraction seen among a few accounts is not a certainty of none.
    func observed(_ x: Int64, _ k: Int) -> Double? {
      base[k] > 0 ? Double(x) / Double(base[k]) * scale : nil
    }
    func rate(_ x: Int64, _ k: Int, prior: Double) -> Double {
      let observed = observed(x, k)
      return Shrinkage.blend(
        observed: observed,
        evidence: Shrinkage.effectiveCount(sum: Double(base[k]), squares: squares[k]),
        prior: prior, priorAccounts: priors.accounts)
    }
    let e0 = priors.expansionRate
    let c0 = priors.contractionRate
    let all = types.count
    let evidence = Shrinkage.effectiveCount(sum: Double(base[all]), squares: squares[all])
    let overall = SurvivorMovement(
      contractType: nil, survivors: count[all], expansionRate: rate(up[all], all, prior: e0),
      contractionRate: min(rate(down[all], all, prior: c0), 1),
      ownWeight: evidence > 0 ? evidence / (evidence + priors.accounts) : 0,
      observedExpansionRate: observed(up[all], all),
      observedContractionRate: observed(down[all], all).map { min($0, 1) })
    let byType = types.indices.map { t in
      let pooled = count[t] < minimumMovementSurvivors
      return SurvivorMovement(
        contractType: types[t], survivors: count[t],
        // A type's rates borrow strength from the company's own pooled (already shrunk)
        // rates, not the external prior: a type with a few whales is first of all this
        // company's, so thin evidence pulls it toward the company, and the company toward 5%/2%.
        expansionRate: pooled
          ? overall.expansionRate : rate(up[t], t, prior: overall.expansionRate),
        contractionRate: pooled
          ? overall.contractionRate : min(rate(down[t], t, prior: overall.contractionRate), 1),
        usesPooledRates: pooled, observedExpansionRate: observed(up[t], t),
        observedContractionRate: observed(down[t], t).map { min($0, 1) })
    }
    return (window, overall, byType)
  }

  /// The size band of an MRR in cents (0…3).
  static func sizeBand(_ mrr: Int64) -> Int {
    sizeBandLimits.firstIndex { mrr < $0 } ?? sizeBandLimits.count
  }

  /// Standard deviation of the churn log-odds shock: the year-to-year drift and the
  /// uncertainty of the backtest's churn rate as a beta-binomial posterior whose prior carries
  /// ``Shrinkage/priorAccounts`` pseudo-accounts at the classes' default churn,
  /// √(drift² + 1/((n + n₀)·q̄·(1−q̄))) with q̄ = (churned + n₀·q₀) ÷ (n + n₀). No churner among
  /// a few accounts therefore widens the range instead of closing it; thousands of accounts
  /// leave only the drift. The wider ``uncalibratedChurnShock`` when the probabilities are
  /// uncalibrated defaults.
  static func churnShock(_ scoring: ScoringResult) -> Double {
    churnShock(
      source: scoring.retentionSource, backtest: scoring.backtest,
      defaultRetention: scoring.configuredWeights.defaultRetention)
  }

  /// ``churnShock(_:)`` of a scoring with this retention source, backtest and configured
  /// default retention per class.
  static func churnShock(
    source: RetentionSource, backtest: Backtest?, defaultRetention defaults: [Double]
  ) -> Double {
    guard source != .classDefaults, let bt = backtest else {
      return uncalibratedChurnShock
    }
    let q = 1 - bt.pooledStayProbability(defaults: defaults)
    guard q > 0, q < 1 else { return churnDrift }
    let evidence = Double(bt.total.accounts) + Shrinkage.priorAccounts
    return (churnDrift * churnDrift + 1 / (evidence * q * (1 - q))).squareRoot()
  }

  /// Projects 12-month NDR, GRR and logo retention of the accounts paying at the company's
  /// as-of month, with P10/P50/P90 from ``RetentionSimulation``.
  /// - Parameters:
  ///   - company: The company.
  ///   - scoring: Its scoring (one score per account, in account order).
  ///   - adjustments: A stress scenario's changes to the accounts (`nil` for the plain
  ///     projection).
  ///   - paths: Simulation paths.
  ///   - seed: Simulation seed.
  ///   - movementPriors: What expansion and contraction are shrunk toward (the documented
  ///     priors; ``MovementPriors/none`` pins the unshrunk arithmetic in tests).
  /// - Returns: The forecast, or `nil` when no account pays at as-of.
  /// - Complexity: O(accounts + paths × buckets); ``ForecastPlan`` shares the O(accounts)
  ///   part between forecasts of one company.
  public static func forecast(
    _ company: Company, scoring: ScoringResult, adjustments: ForecastAdjustments? = nil,
    paths: Int = defaultPaths, seed: UInt64 = defaultSeed,
    movementPriors: MovementPriors = .documented
  ) -> RetentionForecast? {
    ForecastPlan(company, scoring: scoring, movementPriors: movementPriors).forecast(
      adjustments: adjustments, paths: paths, seed: seed)
  }
}

/// The priors the survivors' expansion and contraction rates are blended with
/// (``Shrinkage``).
public struct MovementPriors: Sendable, Equatable {
  /// 12-month expansion per retained dollar.
  public var expansionRate: Double
  /// 12-month contraction per retained dollar.
  public var contractionRate: Double
  /// Pseudo-accounts the priors carry against the survivors' effective number.
  public var accounts: Double

  /// The documented priors: ``Shrinkage/priorExpansionRate``,
  /// ``Shrinkage/priorContractionRate``, ``Shrinkage/priorAccounts``.
  public static let documented = MovementPriors(
    expansionRate: Shrinkage.priorExpansionRate,
    contractionRate: Shrinkage.priorContractionRate, accounts: Shrinkage.priorAccounts)
  /// No prior: the observed rates as measured (0 where nothing was measured).
  public static let none = MovementPriors(expansionRate: 0, contractionRate: 0, accounts: 0)
}

/// A stress scenario's changes to the projection's inputs, per account in account order: the
/// calibration (movement rates, churn shock) stays the company's own.
public struct ForecastAdjustments: Sendable, Equatable {
  /// The retention probability after the scenario's probability shocks (0 for lost
  /// accounts), like scoring's: staying × the kept share, which the forecast divides out
  /// (``Scoring/stayProbability(retention:keptShare:)``).
  public var retentionProbability: [Double]
  /// The class after rescoring, which picks the simulation bucket.
  public var revenueClass: [RevenueClass]
  /// A stayer's MRR multiplier before expansion and contraction: the scenario's immediate
  /// change of as-of MRR (usage) times its price change on renewal.
  public var endFactor: [Double]
  /// Multiplier on the survivors' expansion rate.
  public var expansionMultiplier: Double

  /// Creates adjustments; the arrays hold one value per account of the company.
  public init(
    retentionProbability: [Double], revenueClass: [RevenueClass], endFactor: [Double],
    expansionMultiplier: Double
  ) {
    self.retentionProbability = retentionProbability
    self.revenueClass = revenueClass
    self.endFactor = endFactor
    self.expansionMultiplier = expansionMultiplier
  }
}

/// The survivors' MRR movements summed per group (``Projection/movements(_:priors:)``).
private struct MovementSums: Sendable {
  var base: [Int64]
  var up: [Int64]
  var down: [Int64]
  var count: [Int]
  var squares: [Double]

  init(groups: Int) {
    base = Array(repeating: 0, count: groups)
    up = base
    down = base
    count = Array(repeating: 0, count: groups)
    squares = Array(repeating: 0, count: groups)
  }

  /// Adds a survivor that paid `then` at the window's start and `now` at its end to group `k`;
  /// its square is added apart (``addSquare(of:to:)``), in account order.
  mutating func add(then: Int64, now: Int64, to k: Int) {
    base[k] += then
    up[k] += max(now - then, 0)
    down[k] += max(then - now, 0)
    count[k] += 1
  }

  /// Adds the square of a survivor's start MRR to group `k`.
  mutating func addSquare(of then: Int64, to k: Int) {
    squares[k] += Double(then) * Double(then)
  }

  /// Adds another range's whole-cent sums and counts (not its squares, added in account order).
  mutating func merge(_ other: MovementSums) {
    for k in base.indices {
      base[k] += other.base[k]
      up[k] += other.up[k]
      down[k] += other.down[k]
      count[k] += other.count[k]
    }
  }
}

extension Projection {
  /// Calls `body` with the contract type's code and both ends of every survivor of `range`:
  /// an account paying at the window's start (`last - window`) and at `last`, a usage account
  /// on its 3-month means, as recurring ARR and the backtest read it (its month-to-month
  /// swings are not movement; session 19, usage lane).
  @inline(__always)
  fileprivate static func forEachSurvivor(
    _ company: Company, in range: Range<Int>, last: Int, window: Int,
    _ body: (_ type: UInt8, _ then: Int64, _ now: Int64) -> Void
  ) {
    company.revenue.withStorage { storage in
      company.withAccountRows { accounts in
        let (cells, n) = (storage.mrr, storage.rowStride)
        for a in range {
          let type = accounts.contractType(a)
          let isUsage = type == .usage
          let then = RecurringBasis.mrr(isUsageAveraged: isUsage, column: last - window) {
            cells[a * n + $0]
          }
          guard then > 0 else { continue }
          let now = RecurringBasis.mrr(isUsageAveraged: isUsage, column: last) {
            cells[a * n + $0]
          }
          if now > 0 { body(type.code, then, now) }
        }
      }
    }
  }
}
