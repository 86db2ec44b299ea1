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

  /// Where the scored accounts of each range start in the scored population, and which of
  /// them are fit rows: the same split serves the fit rows' pass and the scoring pass.
  struct BacktestPopulation: Sendable {
    let ranges: [Range<Int>]
    /// Rank (position among scored accounts) of each range's first scored account.
    let rankStart: [Int]
    /// Scored accounts: MRR > 0 at the base.
    let count: Int
    /// Of those, the churned: MRR 0 at the as-of month.
    let churners: Int
    /// Every `stride`-th scored account (by rank) is a fit row.
    let stride: Int

    init(_ company: Company, base: Int, maximumFitRows: Int) {
      ranges = Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts)
      let last = company.monthCount - 1
      let counts = Concurrent.map(ranges) { _, r -> (scored: Int, churned: Int) in
        company.revenue.withStorage { cells in
          var scored = 0
          var churned = 0
          for i in r where cells.mrr[i * cells.rowStride + base] > 0 {
            scored += 1
            if cells.mrr[i * cells.rowStride + last] == 0 { churned += 1 }
          }
          return (scored, churned)
        }
      }
      count = counts.reduce(0) { $0 + $1.scored }
      churners = counts.reduce(0) { $0 + $1.churned }
      stride = max(1, (count + maximumFitRows - 1) / maximumFitRows)
      var first = [Int](repeating: 0, count: ranges.count)
      for k in 1..<max(1, ranges.count) { first[k] = first[k - 1] + counts[k - 1].scored }
      rankStart = first
    }
  }

  /// Scores every account at `base` using only what was known then, and observes the as-of
  /// month.
  ///
  /// The scored population is the accounts with MRR > 0 at `base`; churn means MRR 0 at the
  /// as-of month. When the population and its churners reach ``minimumScoredAccounts`` and
  /// ``minimumChurners``, weights are fitted on every k-th scored account (k chosen so at most
  /// ``maximumFitRows`` rows are used), cross-validated, and chosen when their out-of-sample
  /// AUC beats the configured weights'.
  ///
  /// The fit rows are measured first: the recalibration, the fit and its folds need nothing
  /// else. Then one pass measures every other scored account once and scores it every way the
  /// backtest judges (configured, recalibrated, cross-validated); the fit rows' signals are
  /// read back, not measured again. Given the model the company's history chose a year ago
  /// (`yearAgo`), the same pass scores every scored account by it too: the scoring the projection
  /// made a year ago forecasts from (``YearAgoScoring``), which would otherwise measure the same
  /// accounts at the same month again.
  /// - Parameters:
  ///   - company: The company; nothing after `base` is read for the scores.
  ///   - base: The base column (as-of column − 12).
  ///   - given: The configured weights, which classify at the base and are the fit's prior
  ///     (custom activity signals at weight 0 unless they set them).
  ///   - maximumFitRows: The most fit rows (``Scoring/maximumFitRows``; smaller in tests, so
  ///     that a small company has scored accounts that are not fit rows).
  ///   - yearAgo: The choice of model for the company as known at `base`
  ///     (``ScoringModel/of(_:weights:)`` of its ``Company/pointInTime(_:)``), or `nil`.
  /// - Returns: The backtest, and the scored accounts scored by `yearAgo` when it is given.
  /// - Complexity: O(accounts × months) plus the fit and its cross-validation.
  static func runBacktest(
    _ company: Company, base: Int, weights given: RiskWeights,
    maximumFitRows: Int = Scoring.maximumFitRows, yearAgo: ScoringModel? = nil
  ) -> (backtest: Backtest, yearAgo: YearAgoScoring?) {
    let measurer = SignalMeasurer(company: company, column: base)
    // The fit's prior has one weight per feature, the custom activity signals' included.
    let weights = given.including(activityColumns: measurer.activityNames)
    let population = BacktestPopulation(company, base: base, maximumFitRows: maximumFitRows)
    let (features, outcomes) = fitRows(company, population: population, measurer: measurer)
    let p = measurer.width
    // A level fitted on no churn event moves every score toward no churn on the prior's
    // arithmetic alone: with no churner the defaults are kept, and the report says why
    // (session 15, report: "recalibrated" on 11 accounts and 0 churners).
    let recalibrates = weights.isDocumentedDefault && outcomes.contains(true)
    let churners = population.churners
    let n = population.count
    var fitSkippedReason: String?
    if n < minimumScoredAccounts {
      fitSkippedReason =
        "\(n) accounts had MRR at \(company.month(at: base)); at least "
        + "\(minimumScoredAccounts) are needed to fit weights"
    } else if churners < minimumChurners || n - churners < minimumChurners {
      fitSkippedReason =
        "\(churners) of \(n) accounts churned; at least \(minimumChurners) churners "
        + "and \(minimumChurners) survivors are needed to fit weights"
    }
    let fits = fitSkippedReason == nil
    // The recalibration and the full fit read neither the other: each on its own core, one
    // thread each (session 17, perf: the recalibration had run alone on one core first).
    let (recalibration, fullFit) = Concurrent.pair(
      { () -> Recalibration? in
        guard recalibrates else { return nil }
        // The documented defaults' intercept is generic: move it to this company's base
        // churn, judged out of sample fold by fold (``Recalibration``).
        let z = features.withUnsafeBufferPointer { x in
          outcomes.indices.map {
            weights.logOdds(UnsafeBufferPointer(rebasing: x[($0 * p)..<(($0 + 1) * p)]))
          }
        }
        return Recalibration.fit(logOdds: z, outcomes: outcomes, folds: crossValidationFolds)
      },
      { () -> LogisticFit? in
        guard fits else { return nil }
        return LogisticFit.fit(
          features: features, outcomes: outcomes, prior: weights.weights,
          priorIntercept: weights.intercept, lambda: fitLambda)
      })
    // After the pair: the folds' fits run on every core (``outOfFoldLogOdds``).
    let crossValidation = fullFit.map {
      (
        fit: $0,
        heldOut: outOfFoldLogOdds(
          features: features, outcomes: outcomes, weights: weights, start: $0)
      )
    }
    let observed = backtestPass(
      company, population: population, measurer: measurer, fitRows: features,
      scorers: BacktestScorers(
        configured: weights, foldShifts: recalibration?.foldShifts,
        crossValidated: crossValidation,
        yearAgo: yearAgo.map { ($0.model, $0.unseenSignals(measurer)) }))
    let scoredThen = yearAgo.map {
      YearAgoScoring(
        month: company.month(at: base), model: $0, weightedSums: observed.yearAgoSums,
        unseenOffset: observed.yearAgoUnseenOffset,
        isLocked: lockedAtBase(company, base: base, cutoff: measurer.rollBackCutoff))
    }
    let configured = observed.configured
    var bt = Backtest(
      baseMonth: company.month(at: base), endMonth: company.asOf, classes: configured.classes,
      modelUsed: .configuredWeights, auc: configured.histogram.auc,
      unavailableSignals: measurer.unavailableKeys,
      survivorDollarRetention: observed.survivorBase > 0
        ? Double(observed.survivorRetained) / Double(observed.survivorBase) : 1)
    bt.calibration = configured.histogram.calibration
    if let r = recalibration, let judged = observed.recalibrated {
      bt.recalibration = r
      bt.classes = judged.classes
      bt.calibration = judged.histogram.calibration
    }
    if let reason = fitSkippedReason {
      bt.fitSkippedReason = reason
      return (bt, scoredThen)
    }
    guard let (fit, _) = crossValidation, let cv = observed.crossValidated else {
      return (bt, scoredThen)
    }
    bt.fit = fit
    var inSample = AUCHistogram()
    features.withUnsafeBufferPointer { x in
      for i in outcomes.indices {
        let row = UnsafeBufferPointer(rebasing: x[(i * p)..<((i + 1) * p)])
        inSample.add(score: RiskWeights.score(logOdds: fit.logOdds(row)), churned: outcomes[i])
      }
    }
    bt.fittedAUC = inSample.auc
    bt.crossValidatedAUC = cv.histogram.auc
    if let out = cv.histogram.auc, let configured = bt.auc, out > configured {
      bt.classes = cv.classes
      bt.calibration = cv.histogram.calibration
      bt.modelUsed = .fittedModel
    } else {
      bt.fitRejectedReason =
        "the fitted model's cross-validated AUC (\(auc3(cv.histogram.auc))) does not beat the "
        + "configured weights' AUC (\(auc3(bt.auc))); the configured weights are used"
    }
    return (bt, scoredThen)
  }

  /// Whether each account paying at `base` has a term running past the year after it, as
  /// known then (``TermLock``; terms rolled back to `cutoff`), in account order.
  /// - Complexity: O(accounts).
  static func lockedAtBase(_ company: Company, base: Int, cutoff: CivilDate?) -> [Bool] {
    let month = company.month(at: base)
    return company.withAccountRows { rows in
      company.revenue.withStorage { storage in
        rows.indices.compactMap { i -> Bool? in
          guard storage.mrr[i * storage.rowStride + base] > 0 else { return nil }
          return TermLock.holds(rows.terms(i, rolledBackTo: cutoff), asOf: month)
        }
      }
    }
  }

  /// The fit rows: every `stride`-th scored account's signals at the base (row-major, one
  /// value per signal) and whether it churned, in account order.
  /// - Complexity: O(accounts) plus one measurement per fit row, split across cores.
  static func fitRows(
    _ company: Company, population: BacktestPopulation, measurer: SignalMeasurer
  ) -> (features: [Double], outcomes: [Bool]) {
    let base = measurer.column
    let last = company.monthCount - 1
    let stride = population.stride
    var parts = Concurrent.map(population.ranges) { k, r -> FitRows in
      // Sized once: the fit rows of this range are the multiples of `stride` among its ranks.
      let first = population.rankStart[k]
      let end = k + 1 < population.ranges.count ? population.rankStart[k + 1] : population.count
      let rows = (end + stride - 1) / stride - (first + stride - 1) / stride
      var features: [Double] = []
      features.reserveCapacity(rows * measurer.width)
      var outcomes: [Bool] = []
      outcomes.reserveCapacity(rows)
      var rank = first
      var values = [Double](repeating: .nan, count: measurer.width)
      measurer.withRows { rows in
        values.withUnsafeMutableBufferPointer { v in
          for i in r where rows.mrr[i * rows.rowStride + base] > 0 {
            if rank % stride == 0 {
              measurer.measure(i, in: rows, into: v)
              features.append(contentsOf: v)
              outcomes.append(rows.mrr[i * rows.rowStride + last] == 0)
            }
            rank += 1
          }
        }
      }
      return FitRows(features: features, outcomes: outcomes)
    }
    // Each range's rows freed as they are joined.
    return (.joining(&parts, \.features), .joining(&parts, \.outcomes))
  }

  /// One range's fit rows (``fitRows(_:population:measurer:)``).
  struct FitRows: Sendable {
    var features: [Double]
    var outcomes: [Bool]
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
              let then = rows.mrr[i * rows.rowStride + base]
              guard then > 0 else { continue }
              let fitRow: Int? = rank % stride == 0 ? rank / stride : nil
              let signals: UnsafeBufferPointer<Double>
              if let j = fitRow {
                signals = UnsafeBufferPointer(rebasing: x[(j * width)..<((j + 1) * width)])
              } else {
                measurer.measure(i, in: rows, into: v)
                signals = UnsafeBufferPointer(v)
              }
              let now = rows.mrr[i * rows.rowStride + last]
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

  /// An AUC with three decimals for messages ("n/a" when undefined).
  static func auc3(_ v: Double?) -> String {
    guard let v else { return "n/a" }
    let n = Int((v * 1000).rounded())
    let frac = String(n % 1000)
    return "\(n / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
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
