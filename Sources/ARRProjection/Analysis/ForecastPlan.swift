import ARRCore
import ARRScoring

/// What every forecast of one company shares, computed once: the survivors' movement rates, the
/// churn shock, and the accounts paying at the as-of month with their contract type, size band,
/// MRR, retention probability and class. A stress run forecasts the base and every scenario
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
  /// Contract types present in the company, for the movements the forecast lists.
  let presentTypes: Set<ContractType>
  /// Paying accounts at the as-of month, in account order: their index, contract type (index
  /// into `ContractType.allCases`), size band and MRR (cents).
  let accounts: [Int]
  let typeIndex: [UInt8]
  let sizeBand: [UInt8]
  let mrr: [Int64]
  /// Scoring's retention probability and class of each paying account.
  let retentionProbability: [Double]
  let revenueClass: [RevenueClass]

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
      retentionSource: scoring.retentionSource, movementPriors: movementPriors,
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
      retentionSource: yearAgo.retentionSource, movementPriors: movementPriors,
      parallelFrom: Concurrent.minimumParallelCells)
  }

  /// The plan from the paying accounts' retention probabilities and classes: read from
  /// `scores` (one per account, in account order) as the paying accounts are gathered, or
  /// `given` for them, in account order.
  private init(
    _ company: Company, scores: [AccountScore]?,
    given: (probability: [Double], revenueClass: [RevenueClass])?, churnShock: Double,
    retentionSource: RetentionSource, movementPriors: MovementPriors, parallelFrom: Int
  ) {
    let last = company.monthCount - 1
    baseMonth = company.asOf
    movement = Projection.movements(company, priors: movementPriors)
    self.churnShock = churnShock
    self.retentionSource = retentionSource.rawValue
    // Both passes read one field of each account and one cell of its row, split into account
    // ranges on every core; the paying accounts of each range are joined in range order, so the
    // plan is the same on any machine.
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
    var parts = Concurrent.map(accountRanges) { _, range in
      Paying(company, scores: scores, range: range, month: last)
    }
    presentTypes = Set(
      ContractType.allCases.filter { type in typesSeen.contains { $0[Int(type.code)] } })
    accounts = .joining(&parts, \.accounts)
    typeIndex = .joining(&parts, \.typeIndex)
    sizeBand = .joining(&parts, \.sizeBand)
    mrr = .joining(&parts, \.mrr)
    if let given {
      precondition(given.probability.count == accounts.count, "one score per paying account")
      retentionProbability = given.probability
      revenueClass = given.revenueClass
    } else {
      retentionProbability = .joining(&parts, \.probability)
      revenueClass = .joining(&parts, \.revenueClass)
    }
  }

  /// The accounts paying at `month` in `range`, in account order, with their scores' retention
  /// probability and class when `scores` (one per account) are given.
  private struct Paying: Sendable {
    var accounts: [Int] = []
    var typeIndex: [UInt8] = []
    var sizeBand: [UInt8] = []
    var mrr: [Int64] = []
    var probability: [Double] = []
    var revenueClass: [RevenueClass] = []

    init(_ company: Company, scores: [AccountScore]?, range: Range<Int>, month last: Int) {
      guard last >= 0 else { return }
      company.withAccountRows { all in
        company.revenue.withStorage { storage in
          let (cells, n) = (storage.mrr, storage.rowStride)
          // Counted first, so that no array grows by doubling (a third of the piece again).
          let count = range.count { cells[$0 * n + last] > 0 }
          accounts.reserveCapacity(count)
          typeIndex.reserveCapacity(count)
          sizeBand.reserveCapacity(count)
          mrr.reserveCapacity(count)
          for a in range {
            let m = cells[a * n + last]
            guard m > 0 else { continue }
            accounts.append(a)
            typeIndex.append(all.contractType(a).code)
            sizeBand.append(UInt8(Projection.sizeBand(m)))
            mrr.append(m)
          }
          guard let scores else { return }
          probability.reserveCapacity(count)
          revenueClass.reserveCapacity(count)
          scores.withUnsafeBufferPointer { scores in
            for a in accounts {
              probability.append(scores[a].retentionProbability)
              revenueClass.append(scores[a].revenueClass)
            }
          }
        }
      }
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
    let expansionMultiplier = adjustments?.expansionMultiplier ?? 1
    let types = ContractType.allCases.count
    let bands = Projection.sizeBandLimits.count + 1
    var buckets: [RetentionSimulation.Bucket] = []
    for _ in RevenueClass.allCases {
      for t in 0..<types {
        for _ in 0..<bands {
          buckets.append(
            RetentionSimulation.Bucket(
              expansionRate: movement.byType[t].expansionRate * expansionMultiplier,
              contractionRate: movement.byType[t].contractionRate))
        }
      }
    }
    var baseMRR: Int64 = 0
    for j in accounts.indices {
      let a = accounts[j]
      let t = Int(typeIndex[j])
      let probability = adjustments?.retentionProbability[a] ?? retentionProbability[j]
      let cls = adjustments?.revenueClass[a] ?? revenueClass[j]
      let stay = Projection.stayProbability(
        probability, contraction: movement.byType[t].contractionRate)
      let k = (cls.index * types + t) * bands + Int(sizeBand[j])
      buckets[k].add(
        stayProbability: stay, mrr: Double(mrr[j]) / 100,
        endFactor: adjustments?.endFactor[a] ?? 1)
      baseMRR += mrr[j]
    }
    let simulation = RetentionSimulation(
      buckets: buckets, churnShock: churnShock, movementShock: Projection.movementShock)
    let point = simulation.expected
    let ranges = simulation.simulate(paths: paths, seed: seed)
    return RetentionForecast(
      baseMonth: baseMonth, accounts: accounts.count, baseMRR: baseMRR, ndr: point.ndr,
      grr: point.grr, logoRetention: point.logoRetention, ndrRange: ranges.ndr,
      grrRange: ranges.grr, logoRetentionRange: ranges.logoRetention,
      retentionSource: retentionSource, movementWindowMonths: movement.window,
      movements: [movement.overall]
        + movement.byType.filter { presentTypes.contains($0.contractType!) },
      paths: paths, seed: seed)
  }
}
