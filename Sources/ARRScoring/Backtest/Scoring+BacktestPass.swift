// Scoring: the backtest's one pass, scoring each account every way and tallying its outcome.
import ARRCore

extension Scoring {
  /// One way of scoring's share of the backtest, over one range of accounts or all of them.
  struct BacktestPart: Sendable {
    var classes = [ClassOutcome](repeating: .zero, count: 3)
    var histogram = AUCHistogram()

    /// Tallies one scored account: `score` at the base, MRR `then` at the base and `now` at
    /// the as-of month.
    @inline(__always)
    mutating func add(score: Double, then: Int64, now: Int64, thresholds: RiskWeights) {
      classes[RevenueClass.of(score: score, weights: thresholds).index].merge(
        ClassOutcome(then: then, now: now))
      histogram.add(score: score, churned: now == 0)
    }

    mutating func merge(_ o: BacktestPart) {
      for c in 0..<3 { classes[c].merge(o.classes[c]) }
      histogram.merge(o.histogram)
    }
  }

  /// The ways one backtest pass scores each account at the base.
  struct BacktestScorers: Sendable {
    /// By the configured weights.
    var configured: RiskWeights
    /// By the configured weights with the intercept shifted by the shift fitted without the
    /// account's fold (``Recalibration``; fit row `j` is in fold `j mod` folds, any other
    /// account in its preceding fit row's fold); `nil` when not recalibrated.
    var foldShifts: [Double]?
    /// Out of sample: fit rows by the model fitted without their fold (`heldOut`, indexed by
    /// fit row), the other scored accounts by the full fit, which never saw them; `nil`
    /// when no model was fitted.
    var crossValidated: (fit: LogisticFit, heldOut: [Double])?
    /// The model the company's history chose a year ago, and its unseen signals
    /// (``ScoringModel/unseenSignals(_:)``): each scored account's weighted sum under it, and
    /// the unseen signals' contributions, are kept for ``YearAgoScoring``; `nil` when not asked.
    var yearAgo: (model: RiskWeights, unseen: [Signal])?
  }

  /// What one backtest pass tallies: one part per way of scoring, and the survivors' MRR
  /// (which no score changes).
  struct BacktestTallies: Sendable {
    var configured = BacktestPart()
    var recalibrated: BacktestPart?
    var crossValidated: BacktestPart?
    var survivorBase: Int64 = 0
    var survivorRetained: Int64 = 0
    /// Each scored account's weighted sum under the year-ago model, in account order (joined,
    /// not merged: ``backtestPass(_:population:measurer:fitRows:scorers:)``).
    var yearAgoSums: [Double] = []
    /// Σ of the unseen signals' contributions under the year-ago model, over the scored
    /// accounts, in account order.
    var yearAgoUnseen = 0.0
    /// The mean of those contributions over the scored accounts: what comes off the year-ago
    /// model's intercept, as ``Scoring/unseenSignalOffset(_:measurer:weights:unseen:)`` of the
    /// company as known then gives it (0 when no unseen signal is measurable).
    var yearAgoUnseenOffset = 0.0

    mutating func merge(_ o: BacktestTallies) {
      configured.merge(o.configured)
      if let r = o.recalibrated { recalibrated?.merge(r) }
      if let c = o.crossValidated { crossValidated?.merge(c) }
      survivorBase += o.survivorBase
      survivorRetained += o.survivorRetained
      yearAgoUnseen += o.yearAgoUnseen
    }
  }

  /// Scores the backtest population at its base month every way `scorers` asks and tallies
  /// what happened by the as-of month. Each scored account is measured once; a fit row's
  /// signals are read from `fitRows` (the same values its measurement gives).
  /// - Parameters:
  ///   - company: The company.
  ///   - population: The scored accounts and the fit rows among them.
  ///   - measurer: Signals at the base month.
  ///   - fitRows: The fit rows' signals (``fitRows(_:population:measurer:)``).
  ///   - scorers: The ways of scoring; the configured weights' thresholds class every score.
  /// - Returns: Class outcomes and AUC histograms by way of scoring, and survivor retention.
  /// - Complexity: O(accounts × months), split across cores.
  static func backtestPass(
    _ company: Company, population: BacktestPopulation, measurer: SignalMeasurer,
    fitRows: [Double], scorers: BacktestScorers
  ) -> BacktestTallies {
    let base = measurer.column
    let last = company.monthCount - 1
    let stride = population.stride
    let width = measurer.width
    let thresholds = scorers.configured
    var parts = Concurrent.map(population.ranges) { k, r -> BacktestTallies in
      var part = BacktestTallies()
      if scorers.foldShifts != nil { part.recalibrated = BacktestPart() }
      if scorers.crossValidated != nil { part.crossValidated = BacktestPart() }
      if scorers.yearAgo != nil {
        let end = k + 1 < population.ranges.count ? population.rankStart[k + 1] : population.count
        part.yearAgoSums.reserveCapacity(end - population.rankStart[k])
      }
      var rank = population.rankStart[k]
      var values = [Double](repeating: .nan, count: width)
      measurer.withRows { rows in
        values.withUnsafeMutableBufferPointer { v in
          fitRows.withUnsafeBufferPointer { x in
            for i in r {
              guard rows.mrr[i * rows.rowStride + base] > 0 else { continue }
              let fitRow: Int? = rank % stride == 0 ? rank / stride : nil
              let signals: UnsafeBufferPointer<Double>
              if let j = fitRow {
                signals = UnsafeBufferPointer(rebasing: x[(j * width)..<((j + 1) * width)])
              } else {
                measurer.measure(i, in: rows, into: v)
                signals = UnsafeBufferPointer(v)
              }
              // Dollars on the recurring basis (a usage account's 3-month means); departure
              // is MRR 0 at the as-of month either way (``RecurringBasis``).
              let row = i * rows.rowStride
              let isUsage = rows.accounts.contractType(i) == .usage
              let then = RecurringBasis.mrr(isUsageAveraged: isUsage, column: base) {
                rows.mrr[row + $0]
              }
              let now = RecurringBasis.mrr(isUsageAveraged: isUsage, column: last) {
                rows.mrr[row + $0]
              }
              let z = thresholds.logOdds(signals)
              part.configured.add(
                score: RiskWeights.score(logOdds: z), then: then, now: now,
                thresholds: thresholds)
              if let shifts = scorers.foldShifts {
                let shifted = z + shifts[(rank / stride) % shifts.count]
                part.recalibrated?.add(
                  score: RiskWeights.score(logOdds: shifted), then: then, now: now,
                  thresholds: thresholds)
              }
              if let (fit, heldOut) = scorers.crossValidated {
                let out = fitRow.map { heldOut[$0] } ?? fit.logOdds(signals)
                part.crossValidated?.add(
                  score: RiskWeights.score(logOdds: out), then: then, now: now,
                  thresholds: thresholds)
              }
              if let (model, unseen) = scorers.yearAgo {
                // As ``Scoring/measureLogOdds(_:measurer:weights:unseen:)`` of the company as
                // known then: the same signals, summed in the same order.
                part.yearAgoSums.append(model.weightedSum(signals))
                for s in unseen where !signals[s.rawValue].isNaN {
                  part.yearAgoUnseen += model.weights[s.rawValue] * signals[s.rawValue]
                }
              }
              if now != 0 {
                part.survivorBase += then
                part.survivorRetained += min(now, then)
              }
              rank += 1
            }
          }
        }
      }
      return part
    }
    var total = BacktestTallies()
    if scorers.foldShifts != nil { total.recalibrated = BacktestPart() }
    if scorers.crossValidated != nil { total.crossValidated = BacktestPart() }
    // Each range's sums freed as they are joined.
    total.yearAgoSums = .joining(&parts, \.yearAgoSums)
    for p in parts { total.merge(p) }
    if let (_, unseen) = scorers.yearAgo, !unseen.isEmpty, population.count > 0 {
      total.yearAgoUnseenOffset = total.yearAgoUnseen / Double(population.count)
    }
    return total
  }
}

extension ClassOutcome {
  /// One scored account: MRR `then` at the base, `now` at the as-of month.
  init(then: Int64, now: Int64) {
    let survivor: Int64 = now == 0 ? 0 : then
    self.init(
      accounts: 1, churned: now == 0 ? 1 : 0, baseMRR: then, endMRR: now,
      retainedMRR: min(now, then), baseSquares: Double(then) * Double(then),
      survivorBaseMRR: survivor,
      survivorBaseSquares: Double(survivor) * Double(survivor))
  }
}
