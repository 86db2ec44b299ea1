import ARRCore
import ARRMetrics

/// The scoring engine (`docs/scoring.md`): signals, risk score, class, backtest, fitted weights,
/// retention probabilities and quality-adjusted ARR.
public enum Scoring {
  /// Months between the backtest's base month and the as-of month.
  public static let backtestHorizon = 12
  /// Accounts with MRR > 0 at the base month needed to fit weights.
  public static let minimumScoredAccounts = 200
  /// Churners among them needed to fit weights.
  public static let minimumChurners = 20
  /// Accounts of a class at the base month needed to use its observed GRR.
  public static let minimumClassAccounts = 10
  /// Most rows the fit uses (every k-th scored account, deterministically).
  public static let maximumFitRows = 50_000
  /// The fit's L2 penalty strength toward the configured weights.
  public static let fitLambda = 1.0
  /// Below this many accounts scoring runs on the calling thread (``Concurrent``).
  static let parallelAccounts = 20_000

  /// Scores every account of `company` at its as-of month.
  /// - Parameters:
  ///   - company: The company.
  ///   - recurringMRR: Each account's recurring MRR at the as-of month, as the metrics stage
  ///     computed it (``CompanyMetrics/recurringMRR``); computed here when `nil` (the backtest's
  ///     rolled-back companies have no metrics of their own).
  ///   - given: The configured weights (defaults or a `--weights` file); replaced by fitted
  ///     ones when the history allows (thresholds and default retention are always kept). Each
  ///     activity column's custom signals get weight 0 unless these set them
  ///     (``RiskWeights/including(activityColumns:)``).
  /// - Returns: Scores, class mixes, quality-adjusted ARR, the backtest and which model was used.
  /// - Complexity: O(accounts × months) plus the fit, O(iterations × 50,000 × signals²).
  public static func run(
    _ company: Company, recurringMRR: [Int64]? = nil, weights given: RiskWeights = .defaults
  ) -> ScoringResult {
    precondition(recurringMRR.map { $0.count == company.accountCount } ?? true)
    // One weight per custom activity signal of this company: 0 unless the weights file set it.
    let weights = given.including(activityColumns: company.activityColumns.map(\.name))
    let last = company.monthCount - 1
    var backtest: Backtest?
    var yearAgo: YearAgoScoring?
    if company.monthCount > backtestHorizon {
      let base = last - backtestHorizon
      // The backtest measures every account paying at its base month; it also scores them as
      // this run would have a year ago (the model the company's history then chose), which
      // the projection made a year ago forecasts from (``YearAgoScoring``).
      let then = ScoringModel.of(company.pointInTime(company.month(at: base)), weights: given)
      let bt = runBacktest(company, base: base, weights: weights, yearAgo: then)
      backtest = bt.backtest
      yearAgo = bt.yearAgo
    }
    let chosen = ScoringModel(configured: weights, backtest: backtest)
    let used = chosen.used
    var model = chosen.model
    let classRetention = chosen.classRetention
    let survivor = chosen.survivor
    let lockedRetention = chosen.lockedRetention
    let asOf = company.asOf
    let recurring = recurringMRR ?? RecurringRevenue.recurringMRR(of: company)
    let measurer = SignalMeasurer(company: company, column: last)
    let measured = measureLogOdds(
      company, measurer: measurer, weights: model, unseen: chosen.unseen, ranksReasons: true)
    model.intercept -= measured.offset
    let fixedModel = model
    let fixedRetention = classRetention
    let context = ScoringContext(measurer: measurer, weights: fixedModel)
    let lookup = GroupLookup(company)
    let cutoff = CivilDate.lastDay(of: company.asOf)
    // Scores are made in place (``Concurrent/build(_:count:_:)``), not joined from pieces.
    let (scores, parts) = Concurrent.build(
      Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts),
      count: company.accountCount
    ) {
      k, range, out -> (ClassTally, [ClassTally], [ClassTally]) in
      var tally = ClassTally()
      var bySegment = [ClassTally](repeating: ClassTally(), count: lookup.segments.count)
      var byType = [ClassTally](repeating: ClassTally(), count: ContractType.allCases.count)
      measurer.withRows { rows in
        for i in range {
          // Σ w·v + the adjusted intercept: exactly `fixedModel.logOdds` of the signals.
          let score = RiskWeights.score(
            logOdds: measured.weightedSums[k][i - range.lowerBound] + fixedModel.intercept)
          let cls = RevenueClass.of(score: score, weights: fixedModel)
          let rec = recurring[i]
          let terms = rows.accounts.terms(i)
          // A term that runs past the year cannot churn in it (``TermLock``); a notice says
          // when the revenue leaves (``DatedNotice``).
          let p =
            TermLock.holds(terms, asOf: asOf)
            ? lockedRetention
            : DatedNotice.retention(
              DatedNotice.reading(terms, asOf: asOf), locked: lockedRetention,
              otherwise: fixedRetention?[cls.index] ?? (1 - score / 100) * survivor)
          let trial = terms.trialStatus
          let hasStarted = terms.startDate <= cutoff
          let row = i * rows.rowStride
          // A trial that starts after the as-of month (an earlier view) is not live yet.
          let live = isLive(
            recurringMRR: rec, asOfMRR: rows.mrr[row + last], trialStatus: trial,
            hasStarted: hasStarted)
          let status =
            live
            ? AccountStatus.live
            : rows.mrr.withInt64s(row..<(row + last + 1)) {
              AccountStatus.notLive(
                trialStatus: trial, mrr: $0, hasStarted: hasStarted,
                isRecentConversion: AccountStatus.isRecentConversion(
                  trialEnd: terms.trialEndDate, asOf: asOf))
            }
          var s = AccountScore(
            account: i, riskScore: score, revenueClass: cls, recurringMRR: rec,
            retentionProbability: p, status: status)
          s.reasonGroups = measured.reasonGroups[k][i - range.lowerBound]
          let arr = s.recurringARR
          let q = s.qualityAdjustedARR
          // Only live accounts with recurring ARR are classed (``AccountScore/isClassed``).
          let classed = s.isClassed
          tally.add(cls.index, classed: classed, arr: arr, qualityAdjusted: q)
          bySegment[lookup.segment(of: i)].add(
            cls.index, classed: classed, arr: arr, qualityAdjusted: q)
          byType[lookup.typeIndex(of: i)].add(
            cls.index, classed: classed, arr: arr, qualityAdjusted: q)
          out.initialize(i, to: s)
        }
      }
      return (tally, bySegment, byType)
    }
    var total = ClassTally()
    var seg = [ClassTally](repeating: ClassTally(), count: lookup.segments.count)
    var typ = [ClassTally](repeating: ClassTally(), count: ContractType.allCases.count)
    for part in parts {
      total.merge(part.0)
      for k in seg.indices { seg[k].merge(part.1[k]) }
      for k in typ.indices { typ[k].merge(part.2[k]) }
    }
    let mix = total.mix
    let segments = lookup.segments.indices.sorted { lookup.segments[$0] < lookup.segments[$1] }
      .map { GroupClassMix(key: lookup.segments[$0], mix: seg[$0].mix) }
    let types = ContractType.allCases.indices.filter { lookup.hasType[$0] }.map {
      GroupClassMix(key: ContractType.allCases[$0].rawValue, mix: typ[$0].mix)
    }
    // The unclassed accounts and the loss from leaving: each account's recurring ARR × its
    // chance of leaving, its retention probability being that of staying × the kept share
    // (session 19, usage lane; the projection's logo retention reads the same split, session 20,
    // stay lane); a term running past the year cannot leave in it (``TermLock``), nor can one
    // whose notice is dated after the year (``DatedNotice``). One pass over the scores, on every
    // core: the lists are joined in account order, and the loss, a sum of whole cents, is the
    // same in any order (session 41: the two passes ran on one thread while the other core
    // idled).
    let tails = Concurrent.map(
      Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts)
    ) { _, range -> (unclassed: [UnclassedAccount], leaving: Int64) in
      company.withAccountRows { rows in
        var unclassed: [UnclassedAccount] = []
        var leaving: Int64 = 0
        for i in range {
          let s = scores[i]
          if s.isLive && s.recurringMRR == 0 {
            let terms = rows.terms(s.account)
            unclassed.append(
              UnclassedAccount(
                account: s.account,
                kind: UnclassedAccount.kind(
                  trialStatus: terms.trialStatus, contractType: terms.contractType),
                headlineARR: 12 * company.revenue.mrr(account: s.account, month: last)))
          }
          guard s.isClassed else { continue }
          let terms = rows.terms(s.account)
          let stay =
            TermLock.holds(terms, asOf: asOf)
              || DatedNotice.reading(terms, asOf: asOf) == .leavesAfterTheYear
            ? 1 : stayProbability(retention: s.retentionProbability, keptShare: survivor)
          leaving += Money.round(Double(s.recurringARR) * (1 - stay))
        }
        return (unclassed, leaving)
      }
    }
    let unclassed = tails.flatMap(\.unclassed)
    let leaving = tails.reduce(Int64(0)) { $0 + $1.leaving }
    let atRisk = mix.recurringARR - mix.qualityAdjustedARR
    return ScoringResult(
      scores: scores, unclassed: unclassed, classMix: mix, bySegment: segments,
      byContractType: types,
      recurringARR: mix.recurringARR, qualityAdjustedARR: mix.qualityAdjustedARR,
      arrAtRisk: atRisk, expectedLossFromLeaving: min(leaving, atRisk), keptShare: survivor,
      unavailableSignals: measurer.unavailableKeys, backtest: backtest, modelUsed: used,
      retentionSource: chosen.source, configuredWeights: weights, weightsUsed: model,
      classRetention: classRetention, context: context, yearAgo: yearAgo)
  }

  /// Every account's weighted signal sum under `weights` (``RiskWeights/weightedSum(_:)``, one
  /// array per ``Concurrent/ranges(_:parallelFrom:)`` range), measured once, and the unseen-signal offset to
  /// subtract from the intercept (``unseenSignalOffset(_:measurer:weights:unseen:)``), from the
  /// same pass; with `ranksReasons`, also each account's reason groups under `weights`
  /// (``ReasonGroups``, the same ranges), which the reports' ``ReasonWriter`` then need not
  /// measure and rank again (empty arrays without).
  /// - Complexity: O(accounts × months), split across cores.
  static func measureLogOdds(
    _ company: Company, measurer: SignalMeasurer, weights: RiskWeights, unseen: [String],
    ranksReasons: Bool = false
  ) -> (weightedSums: [[Double]], offset: Double, reasonGroups: [[UInt16]]) {
    let keys = Set(unseen)
    let signals = Signal.allCases.filter {
      keys.contains($0.key) && measurer.available[$0.rawValue]
    }
    let last = company.monthCount - 1
    let parts = Concurrent.map(
      Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts)
    ) {
      _, range -> (sums: [Double], sum: Double, count: Int, groups: [UInt16]) in
      var z: [Double] = []
      z.reserveCapacity(range.count)
      var groups: [UInt16] = []
      if ranksReasons { groups.reserveCapacity(range.count) }
      var sum = 0.0
      var count = 0
      var values = [Double](repeating: .nan, count: measurer.width)
      var totals = [Double](
        repeating: 0, count: Reasons.Group.allCases.count + measurer.activityNames.count)
      measurer.withRows { rows in
        values.withUnsafeMutableBufferPointer { v in
          totals.withUnsafeMutableBufferPointer { totals in
            for i in range {
              measurer.measure(i, in: rows, into: v)
              if ranksReasons {
                totals.update(repeating: 0)
                z.append(
                  ReasonGroups.weightedSum(
                    UnsafeBufferPointer(v), weights: weights.weights, totals: totals))
                groups.append(ReasonGroups.code(UnsafeBufferPointer(totals)))
              } else {
                z.append(weights.weightedSum(UnsafeBufferPointer(v)))
              }
              guard !signals.isEmpty, rows.mrr[i * rows.rowStride + last] > 0 else { continue }
              for s in signals where !v[s.rawValue].isNaN {
                sum += weights.weights[s.rawValue] * v[s.rawValue]
              }
              count += 1
            }
          }
        }
      }
      return (z, sum, count, groups)
    }
    let sum = parts.reduce(0.0) { $0 + $1.sum }
    let count = parts.reduce(0) { $0 + $1.count }
    return (parts.map(\.sums), count > 0 ? sum / Double(count) : 0, parts.map(\.groups))
  }

  /// The mean log-odds contribution, over accounts paying at as-of, of the signals the backtest
  /// could not see (e.g. seats, integrations, past-due, which are known only as of today).
  ///
  /// The fitted intercept already absorbs the average risk of last year's accounts without these
  /// signals; adding their configured weights on top would shift every current score upwards.
  /// Subtracting their mean contribution from the intercept keeps them ranking accounts while
  /// leaving the model's calibration to observed churn intact.
  /// `run` takes it from ``measureLogOdds(_:measurer:weights:unseen:)``'s pass; this entry point
  /// computes it alone, for tests.
  /// - Complexity: O(accounts × months).
  static func unseenSignalOffset(
    _ company: Company, measurer: SignalMeasurer, weights: RiskWeights, unseen: [String]
  ) -> Double {
    measureLogOdds(company, measurer: measurer, weights: weights, unseen: unseen).offset
  }
}

/// Segment and contract-type indices of accounts, without hashing a string per account when
/// there are few segments.
struct GroupLookup: Sendable {
  let segments: [String]
  let segmentOf: [UInt32]
  let typeOf: [UInt8]
  /// Per contract type (`ContractType.allCases` order): some account has it.
  let hasType: [Bool]

  init(_ company: Company) {
    let codes = AccountGroupCodes(company)
    var hasType = [Bool](repeating: false, count: ContractType.allCases.count)
    for code in codes.contract { hasType[Int(code)] = true }
    self.hasType = hasType
    segments = codes.segmentNames
    segmentOf = codes.segment
    typeOf = codes.contract
  }

  func segment(of i: Int) -> Int { Int(segmentOf[i]) }
  func typeIndex(of i: Int) -> Int { Int(typeOf[i]) }
}
