import ARRCore

extension Scoring {
  /// One range's share of the backtest.
  struct BacktestPart: Sendable {
    var classes = [ClassOutcome](repeating: .zero, count: 3)
    var histogram = AUCHistogram()
    var survivorBase: Int64 = 0
    var survivorRetained: Int64 = 0
    /// Fit rows taken from this range: features (row-major) and outcomes.
    var features: [Double] = []
    var outcomes: [Bool] = []
  }

  /// Where the scored accounts of each range start in the scored population, and which of
  /// them are fit rows: the same split serves the scoring pass and the cross-validation pass.
  struct BacktestPopulation: Sendable {
    let ranges: [Range<Int>]
    /// Rank (position among scored accounts) of each range's first scored account.
    let rankStart: [Int]
    /// Scored accounts: MRR > 0 at the base.
    let count: Int
    /// Every `stride`-th scored account (by rank) is a fit row.
    let stride: Int

    init(_ company: Company, base: Int) {
      ranges = Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts)
      let counts = Concurrent.map(ranges) { _, r in
        company.revenue.withStorage { cells in
          r.reduce(0) { $0 + (cells.mrr[$1 * cells.rowStride + base] > 0 ? 1 : 0) }
        }
      }
      count = counts.reduce(0, +)
      stride = max(1, (count + maximumFitRows - 1) / maximumFitRows)
      var first = [Int](repeating: 0, count: ranges.count)
      for k in 1..<max(1, ranges.count) { first[k] = first[k - 1] + counts[k - 1] }
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
  /// - Parameters:
  ///   - company: The company; nothing after `base` is read for the scores.
  ///   - base: The base column (as-of column − 12).
  ///   - given: The configured weights, which classify at the base and are the fit's prior
  ///     (custom activity signals at weight 0 unless they set them).
  /// - Returns: The backtest.
  /// - Complexity: O(accounts × months) plus the fit and its cross-validation.
  static func runBacktest(_ company: Company, base: Int, weights given: RiskWeights) -> Backtest {
    let measurer = SignalMeasurer(company: company, column: base)
    // The fit's prior has one weight per feature, the custom activity signals' included.
    let weights = given.including(activityColumns: measurer.activityNames)
    let population = BacktestPopulation(company, base: base)
    let observed = backtestPass(
      company, population: population, measurer: measurer, thresholds: weights,
      scorer: .configured(weights))
    let classes = observed.classes
    let features = observed.features
    let outcomes = observed.outcomes
    var bt = Backtest(
      baseMonth: company.month(at: base), endMonth: company.asOf, classes: classes,
      modelUsed: .configuredWeights, auc: observed.histogram.auc,
      unavailableSignals: measurer.unavailableKeys,
      survivorDollarRetention: observed.survivorBase > 0
        ? Double(observed.survivorRetained) / Double(observed.survivorBase) : 1)
    bt.calibration = observed.histogram.calibration
    if weights.isDocumentedDefault {
      // The documented defaults' intercept is generic: move it to this company's base churn,
      // judged out of sample fold by fold (``Recalibration``).
      let p = measurer.width
      let z = features.withUnsafeBufferPointer { x in
        outcomes.indices.map {
          weights.logOdds(UnsafeBufferPointer(rebasing: x[($0 * p)..<(($0 + 1) * p)]))
        }
      }
      if let r = Recalibration.fit(logOdds: z, outcomes: outcomes, folds: crossValidationFolds) {
        bt.recalibration = r
        let judged = backtestPass(
          company, population: population, measurer: measurer, thresholds: weights,
          scorer: .recalibrated(weights, foldShifts: r.foldShifts))
        bt.classes = judged.classes
        bt.calibration = judged.histogram.calibration
      }
    }
    let churners = classes.reduce(0) { $0 + $1.churned }
    let n = population.count
    if n < minimumScoredAccounts {
      bt.fitSkippedReason =
        "\(n) accounts had MRR at \(company.month(at: base)); at least "
        + "\(minimumScoredAccounts) are needed to fit weights"
      return bt
    }
    if churners < minimumChurners || n - churners < minimumChurners {
      bt.fitSkippedReason =
        "\(churners) of \(n) accounts churned; at least \(minimumChurners) churners "
        + "and \(minimumChurners) survivors are needed to fit weights"
      return bt
    }
    let fit = LogisticFit.fit(
      features: features, outcomes: outcomes, prior: weights.weights,
      priorIntercept: weights.intercept, lambda: fitLambda)
    bt.fit = fit
    var inSample = AUCHistogram()
    features.withUnsafeBufferPointer { x in
      for i in outcomes.indices {
        let p = measurer.width
        let row = UnsafeBufferPointer(rebasing: x[(i * p)..<((i + 1) * p)])
        inSample.add(score: RiskWeights.score(logOdds: fit.logOdds(row)), churned: outcomes[i])
      }
    }
    bt.fittedAUC = inSample.auc
    let cv = crossValidate(
      company, population: population, measurer: measurer, weights: weights, fit: fit,
      features: features, outcomes: outcomes)
    bt.crossValidatedAUC = cv.auc
    if let out = cv.auc, let configured = bt.auc, out > configured {
      bt.classes = cv.classes
      bt.calibration = cv.histogram.calibration
      bt.modelUsed = .fittedModel
    } else {
      bt.fitRejectedReason =
        "the fitted model's cross-validated AUC (\(auc3(cv.auc))) does not beat the configured "
        + "weights' AUC (\(auc3(bt.auc))); the configured weights are used"
    }
    return bt
  }

  /// How a backtest pass scores an account.
  enum BacktestScorer: Sendable {
    /// By the configured weights; the fit rows' signals are kept for the fit.
    case configured(RiskWeights)
    /// Out of sample: fit rows by the model fitted without their fold (`heldOut`, indexed by
    /// fit row), the other scored accounts by the full fit, which never saw them.
    case crossValidated(fit: LogisticFit, heldOut: [Double])
    /// Out of sample: by the configured weights with the intercept shifted by the shift fitted
    /// without the account's fold (``Recalibration``; fit row `j` is in fold `j mod` folds, any
    /// other account in its preceding fit row's fold).
    case recalibrated(RiskWeights, foldShifts: [Double])
  }

  /// Scores the backtest population at its base month and tallies what happened by the as-of
  /// month: the one loop behind both the backtest and its cross-validation.
  /// - Parameters:
  ///   - company: The company.
  ///   - population: The scored accounts and the fit rows among them.
  ///   - measurer: Signals at the base month.
  ///   - thresholds: The weights whose class thresholds class the scores.
  ///   - scorer: Where each account's log-odds come from.
  /// - Returns: Class outcomes, the AUC histogram, survivor retention and (with
  ///   `.configured`) the fit rows.
  /// - Complexity: O(accounts × months), split across cores.
  static func backtestPass(
    _ company: Company, population: BacktestPopulation, measurer: SignalMeasurer,
    thresholds: RiskWeights, scorer: BacktestScorer
  ) -> BacktestPart {
    let months = company.monthCount
    let base = measurer.column
    let last = months - 1
    let stride = population.stride
    let parts = Concurrent.map(population.ranges) { k, r -> BacktestPart in
      var part = BacktestPart()
      var rank = population.rankStart[k]
      var values = [Double](repeating: .nan, count: measurer.width)
      measurer.withRows { rows in
        values.withUnsafeMutableBufferPointer { v in
          for i in r {
            let then = rows.mrr[i * rows.rowStride + base]
            guard then > 0 else { continue }
            let isFitRow = rank % stride == 0
            let z: Double
            switch scorer {
            case .configured(let weights):
              measurer.measure(i, in: rows, into: v)
              z = weights.logOdds(UnsafeBufferPointer(v))
            case .recalibrated(let weights, let shifts):
              measurer.measure(i, in: rows, into: v)
              z = weights.logOdds(UnsafeBufferPointer(v)) + shifts[(rank / stride) % shifts.count]
            case .crossValidated(let fit, let heldOut):
              if isFitRow {
                z = heldOut[rank / stride]
              } else {
                measurer.measure(i, in: rows, into: v)
                z = fit.logOdds(UnsafeBufferPointer(v))
              }
            }
            let score = RiskWeights.score(logOdds: z)
            let now = rows.mrr[i * rows.rowStride + last]
            let churned = now == 0
            part.classes[RevenueClass.of(score: score, weights: thresholds).index].merge(
              ClassOutcome(then: then, now: now))
            part.histogram.add(score: score, churned: churned)
            if !churned {
              part.survivorBase += then
              part.survivorRetained += min(now, then)
            }
            if isFitRow, case .configured = scorer {
              part.features.append(contentsOf: v)
              part.outcomes.append(churned)
            }
            rank += 1
          }
        }
      }
      return part
    }
    var total = BacktestPart()
    for p in parts {
      for c in 0..<3 { total.classes[c].merge(p.classes[c]) }
      total.histogram.merge(p.histogram)
      total.survivorBase += p.survivorBase
      total.survivorRetained += p.survivorRetained
      total.features.append(contentsOf: p.features)
      total.outcomes.append(contentsOf: p.outcomes)
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
