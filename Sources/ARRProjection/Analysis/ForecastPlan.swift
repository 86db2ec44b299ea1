import ARRCore
import ARRScoring

/// What every forecast of one company shares, computed once: the survivors' movement rates, the
/// churn shock, and the accounts paying at the as-of month with their contract type (their size
/// band, MRR, retention probability and class are read from the company and the scores it
/// shares). A stress run forecasts the base and every scenario
/// from one plan, so a scenario costs O(paying accounts + paths × buckets) instead of a pass
/// over the company.
///
/// ``Projection/forecast(_:scoring:adjustments:paths:seed:movementPriors:)`` is this plan made
/// and used once; both give the same forecast to the bit.
public struct ForecastPlan: Sendable {
  let baseMonth: Month
  let movement: (window: Int, overall: SurvivorMovement, byType: [SurvivorMovement])
  let churnShock: Double
  let retentionSource: String
  /// The share of its dollars a staying account keeps, which scoring's retention
  /// probabilities include (``ScoringResult/keptShare``): dividing it out gives each
  /// account's chance of staying (``Scoring/stayProbability(retention:keptShare:)``).
  let keptShare: Double
  /// Contract types present in the company, for the movements the forecast lists.
  let presentTypes: Set<ContractType>
  /// Paying accounts at the as-of month, in account order: their index (four bytes: a company
  /// holds fewer than 2³¹ accounts) and contract type (index into `ContractType.allCases`).
  /// Their MRR, size band, retention probability and class are read where they are kept
  /// (``mrr(_:)``, ``score(_:)``), not copied: 5 bytes a paying account rather than 27
  /// (13.5 MB at a million accounts, held beside the survival curves' lists at the
  /// projection's peak memory).
  let accounts: [Int32]
  let typeIndex: [UInt8]
  /// Σ MRR of the paying accounts at the as-of month, cents: what the 1% rule of the accounts
  /// drawn one by one compares with, summed once for every forecast of the plan.
  let baseMRR: Int64
  /// The paying accounts' effective number by MRR at the as-of month (``RetentionForecast/effectiveAccounts``).
  let effectiveAccounts: Double
  /// The accounts of outcomes the stay probabilities were calibrated on (0 under the class
  /// defaults; ``RetentionForecast/calibrationAccounts``).
  let calibrationAccounts: Int
  /// Whether each paying account's term runs past the year (``TermLock``): it cannot leave in
  /// it, so it stays on every path and only its type's contraction applies (session 18,
  /// honesty lane; trial 18b, G2).
  let isLocked: [Bool]
  /// The company's revenue (shared, not copied) and its as-of month's offset.
  private let revenue: RevenueMatrix
  private let last: Int
  /// Scoring's scores (one per account, shared with the scoring result), or, for a plan made
  /// from a year-ago scoring pass, the retention probability and class of each paying account.
  private let scores: [AccountScore]
  private let given: (probability: [Double], revenueClass: [RevenueClass])?

  /// Prepares the forecasts of `company`.
  /// - Parameters:
  ///   - company: The company.
  ///   - scoring: Its scoring (one score per account, in account order).
  ///   - movementPriors: What expansion and contraction are shrunk toward.
  /// - Complexity: O(accounts).
  public init(
    _ company: Company, scoring: ScoringResult, movementPriors: MovementPriors = .documented
  ) {
    self.init(
      company, scoring: scoring, movementPriors: movementPriors,
      parallelFrom: Concurrent.minimumParallelCells)
  }

  /// ``init(_:scoring:movementPriors:)``, split into account ranges from `parallelFrom`
  /// accounts: tests compare eight ranges with one.
  init(
    _ company: Company, scoring: ScoringResult, movementPriors: MovementPriors,
    parallelFrom: Int
  ) {
    self.init(
      company, scores: scoring.scores, given: nil, churnShock: Projection.churnShock(scoring),
      retentionSource: scoring.retentionSource,
      calibrationAccounts: Self.calibrationAccounts(scoring.retentionSource, scoring.backtest),
      keptShare: scoring.keptShare,
      movementPriors: movementPriors,
      parallelFrom: parallelFrom)
  }

  /// The plan of `company` as known a year ago (``Company/pointInTime(_:)`` at the month
  /// `yearAgo` scored), from the scores the backtest pass gave its paying accounts: the same
  /// plan as ``init(_:scoring:movementPriors:)`` with ``Scoring/run(_:recurringMRR:weights:)``
  /// of that company.
  /// - Complexity: O(accounts).
  init(_ company: Company, yearAgo: YearAgoScoring, movementPriors: MovementPriors = .documented) {
    precondition(company.asOf == yearAgo.month, "the company as known at the scored month")
    self.init(
      company, scores: nil, given: (yearAgo.retentionProbability, yearAgo.revenueClass),
      churnShock: Projection.churnShock(
        source: yearAgo.retentionSource, backtest: yearAgo.backtest,
        defaultRetention: yearAgo.configuredWeights.defaultRetention),
      retentionSource: yearAgo.retentionSource,
      calibrationAccounts: Self.calibrationAccounts(yearAgo.retentionSource, yearAgo.backtest),
      keptShare: yearAgo.keptShare,
      movementPriors: movementPriors, parallelFrom: Concurrent.minimumParallelCells)
  }

  /// The plan from the paying accounts' retention probabilities and classes: read from
  /// `scores` (one per account, in account order) when a forecast is made, or `given` for the
  /// paying accounts, in account order.
  private init(
    _ company: Company, scores: [AccountScore]?,
    given: (probability: [Double], revenueClass: [RevenueClass])?, churnShock: Double,
    retentionSource: RetentionSource, calibrationAccounts: Int, keptShare: Double,
    movementPriors: MovementPriors,
    parallelFrom: Int
  ) {
    let last = company.monthCount - 1
    self.last = last
    revenue = company.revenue
    self.scores = scores ?? []
    self.given = given
    baseMonth = company.asOf
    movement = Projection.movements(company, priors: movementPriors, parallelFrom: parallelFrom)
    self.churnShock = churnShock
    self.retentionSource = retentionSource.rawValue
    self.calibrationAccounts = calibrationAccounts
    self.keptShare = keptShare
    // The passes read one field of each account or one cell of its row, split into account
    // ranges on every core; the paying accounts are kept in account order, so the plan is the
    // same on any machine.
    let accountRanges = Concurrent.ranges(company.accountCount, parallelFrom: parallelFrom)
    let typesSeen = Concurrent.map(accountRanges) { _, range in
      // Borrowed rows: `company.accounts[a].contractType` would copy the whole account (its
      // strings' reference counts) to read one field.
      company.withAccountRows { all in
        var isPresent = [Bool](repeating: false, count: ContractType.allCases.count)
        for account in range { isPresent[Int(all.contractType(account).code)] = true }
        return isPresent
      }
    }
    presentTypes = Set(
      ContractType.allCases.filter { type in typesSeen.contains { $0[Int(type.code)] } })
    // The paying accounts of each range are counted, then written straight to their place in
    // the plan's arrays (range k's after ranges 0..<k's): no piece per range is joined
    // afterwards. At a million accounts the pieces and the joined arrays were 16 MB each, held
    // together at the projection's peak memory.
    let counts = Concurrent.map(accountRanges) { _, range in
      Self.payingCount(company, range: range, month: last)
    }
    var places: [Range<Int>] = []
    for n in counts {
      let start = places.last?.upperBound ?? 0
      places.append(start..<start + n)
    }
    let paying = Concurrent.build(places, count: places.last?.upperBound ?? 0) {
      k, place, out -> Void in
      guard !place.isEmpty else { return }
      company.revenue.withStorage { storage in
        let (cells, n) = (storage.mrr, storage.rowStride)
        var j = place.lowerBound
        for a in accountRanges[k] where cells[a * n + last] > 0 {
          out.initialize(j, to: Int32(a))
          j += 1
        }
      }
    }.values
    accounts = paying
    let sums = company.revenue.withStorage { storage in
      let (cells, n) = (storage.mrr, storage.rowStride)
      var sum = Int64(0)
      var squares = 0.0
      for a in paying {
        let m = cells[Int(a) * n + last]
        sum += m
        squares += Double(m) * Double(m)
      }
      return (sum: sum, squares: squares)
    }
    baseMRR = sums.sum
    effectiveAccounts = Shrinkage.effectiveCount(sum: Double(sums.sum), squares: sums.squares)
    typeIndex =
      Concurrent.build(places, count: paying.count) { _, place, out -> Void in
        company.withAccountRows { all in
          for j in place { out.initialize(j, to: all.contractType(Int(paying[j])).code) }
        }
      }.values
    let asOf = company.asOf
    // A term is read only for the paying accounts, in their ranges on every core (session 41:
    // one pass on this thread, the year-ago plan's rolling every term back, while the other
    // core idled). A notice dated after the year pays through it as such a term does
    // (``DatedNotice``).
    isLocked =
      Concurrent.build(places, count: paying.count) { _, place, out -> Void in
        company.withAccountRows { all in
          for j in place {
            let terms = all.terms(Int(paying[j]))
            out.initialize(
              j,
              to: TermLock.holds(terms, asOf: asOf)
                || DatedNotice.reading(terms, asOf: asOf) == .leavesAfterTheYear)
          }
        }
      }.values
    if let given {
      precondition(given.probability.count == accounts.count, "one score per paying account")
    } else {
      precondition(scores?.count == company.accountCount, "one score per account")
    }
  }

  /// The accounts of outcomes stay probabilities from `source` were calibrated on: the
  /// backtest's accounts, none under the documented class defaults.
  static func calibrationAccounts(_ source: RetentionSource, _ backtest: Backtest?) -> Int {
    source == .classDefaults ? 0 : backtest?.total.accounts ?? 0
  }

  /// Paying account `j`'s MRR at the as-of month, in cents.
  @inline(__always)
  func mrr(_ j: Int) -> Int64 { revenue.mrr(account: Int(accounts[j]), month: last) }

  /// Paying account `j`'s size band (``Projection/sizeBand(_:)`` of its MRR).
  func sizeBand(_ j: Int) -> Int { Projection.sizeBand(mrr(j)) }

  /// Scoring's retention probability and class of paying account `j`.
  @inline(__always)
  func score(_ j: Int) -> (retentionProbability: Double, revenueClass: RevenueClass) {
    if let given { return (given.probability[j], given.revenueClass[j]) }
    let s = scores[Int(accounts[j])]
    return (s.retentionProbability, s.revenueClass)
  }

  /// How many accounts of `range` pay at month offset `last` (none when there is no month).
  private static func payingCount(_ company: Company, range: Range<Int>, month last: Int) -> Int {
    guard last >= 0 else { return 0 }
    return company.revenue.withStorage { storage in
      let (cells, n) = (storage.mrr, storage.rowStride)
      return range.count { cells[$0 * n + last] > 0 }
    }
  }

  /// Projects 12-month NDR, GRR and logo retention of the paying accounts, with P10/P50/P90
  /// from ``RetentionSimulation``.
  /// - Parameters:
  ///   - adjustments: A stress scenario's changes to the accounts (`nil` for the plain
  ///     projection); its arrays are indexed by account.
  ///   - paths: Simulation paths.
  ///   - seed: Simulation seed.
  /// - Returns: The forecast, or `nil` when no account pays at as-of.
  /// - Complexity: O(paying accounts + paths × buckets).
  public func forecast(
    adjustments: ForecastAdjustments? = nil, paths: Int = Projection.defaultPaths,
    seed: UInt64 = Projection.defaultSeed
  ) -> RetentionForecast? {
    guard !accounts.isEmpty else { return nil }
    let (simulation, singleAccounts) = simulation(adjustments: adjustments, keep: nil)
    let singles = simulation.singles
    let point = simulation.expected
    let ranges = simulation.simulate(paths: paths, seed: seed)
    let largest = simulation.largestSingle
    let tied = largest.map { l in singles.lazy.filter { $0.mrr == singles[l].mrr }.count } ?? 0
    return RetentionForecast(
      baseMonth: baseMonth, accounts: accounts.count, baseMRR: baseMRR, ndr: point.ndr,
      grr: point.grr, logoRetention: point.logoRetention, ndrRange: ranges.ndr,
      grrRange: ranges.grr, logoRetentionRange: ranges.logoRetention,
      retentionSource: retentionSource, movementWindowMonths: movement.window,
      movements: [movement.overall]
        + movement.byType.filter { presentTypes.contains($0.contractType!) },
      paths: paths, seed: seed, singleAccounts: singles.count,
      largestSingleAccount: largest.map { singleAccounts[$0] },
      largestSingleShare: largest.map { singles[$0].mrr * 100 / Double(baseMRR) },
      largestSingleLeaves: ranges.largestSingleLeaves,
      largestAccountTail: tied > 1
        ? nil : largest.flatMap { simulation.tail(of: $0, account: singleAccounts[$0]) },
      largestSingleTied: tied,
      effectiveAccounts: effectiveAccounts, calibrationAccounts: calibrationAccounts)
  }

  /// The paying accounts in their buckets and the accounts drawn one by one (with their
  /// indices in the company), ready to project.
  /// - Parameters:
  ///   - adjustments: A stress scenario's changes (`nil` for the plain projection).
  ///   - keep: When given, every account that can leave within the year (not held by a term
  ///     or a notice dated after it) and may stay (retention above 0) stays with this
  ///     probability instead of its own (``expected(keepingEveryLeavable:)``).
  /// - Complexity: O(paying accounts + buckets).
  func simulation(
    adjustments: ForecastAdjustments?, keep: Double?
  ) -> (simulation: RetentionSimulation, singleAccounts: [Int]) {
    let expansionMultiplier = adjustments?.expansionMultiplier ?? 1
    let types = ContractType.allCases.count
    let bands = Projection.sizeBandLimits.count + 1
    var buckets: [RetentionSimulation.Bucket] = []
    // One more group after the three classes: the accounts whose term runs past the year, kept
    // apart so the churn shock never moves them (a bucket of stay probability 1 stays at 1).
    // Their buckets come last, so a company without such accounts draws exactly as before.
    for _ in 0...RevenueClass.allCases.count {
      for t in 0..<types {
        for _ in 0..<bands {
          buckets.append(
            RetentionSimulation.Bucket(
              expansionRate: movement.byType[t].expansionRate * expansionMultiplier,
              contractionRate: movement.byType[t].contractionRate))
        }
      }
    }
    // In a base of more than ``RetentionSimulation/singleAccountLimit`` accounts, the accounts
    // drawn on their own are those holding 1% of ``baseMRR`` or more.
    var singles: [RetentionSimulation.Single] = []
    var singleAccounts: [Int] = []
    for j in accounts.indices {
      let a = Int(accounts[j])
      let t = Int(typeIndex[j])
      let m = mrr(j)
      let scored = score(j)
      let probability = adjustments?.retentionProbability[a] ?? scored.retentionProbability
      let cls = adjustments?.revenueClass[a] ?? scored.revenueClass
      // A stress scenario that loses the account (probability 0: `lose_top_accounts`) overrides
      // its term: the scenario says it leaves (session 19, ranges lane: the locked accounts of
      // session 18 kept a lost top account on every path, StressTestTests).
      let locked = isLocked[j] && probability > 0
      // The chance of staying is scoring's, from departures: the retention probability without
      // the kept share it includes. The dollars a stayer keeps are then the type's contraction,
      // applied once below (session 20, stay lane; until then p ÷ (1 − the type's
      // contraction), which read a type contracting more than the company's kept share as
      // never leaving).
      // At a given keep rate (``expected(keepingEveryLeavable:)``) an account certain to leave
      // (retention 0: a notice dated within the year) still leaves.
      let stay =
        locked
        ? 1
        : probability > 0
          ? keep ?? Scoring.stayProbability(retention: probability, keptShare: keptShare) : 0
      let group = locked ? RevenueClass.allCases.count : cls.index
      let k = (group * types + t) * bands + Projection.sizeBand(m)
      let endFactor = adjustments?.endFactor[a] ?? 1
      if RetentionSimulation.isSingle(mrr: m, accounts: accounts.count, baseMRR: baseMRR) {
        singles.append(
          RetentionSimulation.Single(
            stayProbability: stay, mrr: Double(m) / 100, endFactor: endFactor,
            expansionRate: buckets[k].expansionRate, contractionRate: buckets[k].contractionRate))
        singleAccounts.append(a)
      } else {
        buckets[k].add(stayProbability: stay, mrr: Double(m) / 100, endFactor: endFactor)
      }
    }
    let simulation = RetentionSimulation(
      buckets: buckets, singles: singles, churnShock: churnShock,
      movementShock: Projection.movementShock)
    return (simulation, singleAccounts)
  }
}
