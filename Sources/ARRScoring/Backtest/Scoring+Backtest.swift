import ARRCore

extension Scoring {
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
        "\(CountText.phrase(n, "account")) had MRR at \(company.month(at: base)); at least "
        + "\(minimumScoredAccounts) are needed to fit weights"
    } else if churners < minimumChurners || n - churners < minimumChurners {
      fitSkippedReason =
        "\(CountText.grouped(churners)) of \(CountText.phrase(n, "account")) churned; at least "
        + "\(minimumChurners) churners "
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
    // Account ranges on every core, joined in account order (session 41: one thread rolled
    // every paying account's terms back while the other core idled).
    let ranges = Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts)
    return Concurrent.map(ranges) { _, range in
      company.withAccountRows { rows in
        company.revenue.withStorage { storage in
          range.compactMap { i -> Bool? in
            guard storage.mrr[i * storage.rowStride + base] > 0 else { return nil }
            return TermLock.holds(rows.terms(i, rolledBackTo: cutoff), asOf: month)
          }
        }
      }
    }.flatMap { $0 }
  }

  /// An AUC with three decimals for messages ("n/a" when undefined).
  static func auc3(_ v: Double?) -> String {
    guard let v else { return "n/a" }
    let n = Int((v * 1000).rounded())
    let frac = String(n % 1000)
    return "\(n / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
  }
}
