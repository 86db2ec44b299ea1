import ARRCore

extension Scoring {
  /// Folds of the fitted model's cross-validation.
  public static let crossValidationFolds = 5

  /// The fitted model judged out of sample: the classes and AUC it earns when no account is
  /// scored by a fit that saw its outcome.
  struct CrossValidation: Sendable {
    var classes: [ClassOutcome]
    var auc: Double?
    /// The out-of-sample scores, for the calibration.
    var histogram: AUCHistogram
  }

  /// Cross-validates the fit and classes the backtest population with out-of-sample scores.
  ///
  /// Fit row `j` (the fit rows in account order) falls in fold `j mod` ``crossValidationFolds``:
  /// deterministic, and even across the account order. Each fold's rows are scored by a model
  /// fitted on the other folds (same prior and penalty, started from the full fit to save
  /// Newton steps; the optimum is unique, so the start does not change it). Scored accounts
  /// that are not fit rows (only when the population exceeds ``maximumFitRows``) were never
  /// seen by the full fit, which scores them.
  /// - Complexity: O(folds × fit) plus O(accounts × months) when not every account is a fit row.
  static func crossValidate(
    _ company: Company, population: BacktestPopulation, measurer: SignalMeasurer,
    weights: RiskWeights, fit: LogisticFit, features: [Double], outcomes: [Bool]
  ) -> CrossValidation {
    let heldOut = outOfFoldLogOdds(
      features: features, outcomes: outcomes, weights: weights, start: fit)
    let observed = backtestPass(
      company, population: population, measurer: measurer, thresholds: weights,
      scorer: .crossValidated(fit: fit, heldOut: heldOut))
    return CrossValidation(
      classes: observed.classes, auc: observed.histogram.auc, histogram: observed.histogram)
  }

  /// Each fit row's log-odds under the model fitted without its fold.
  /// - Parameters:
  ///   - features: Row-major fit rows, one value per weight of `weights` each.
  ///   - outcomes: Churn per row.
  ///   - weights: The configured weights: the prior.
  ///   - start: Where each fold's fit starts (the full fit).
  /// - Returns: One log-odds per row.
  /// - Complexity: O(folds × iterations × rows × signals²); folds run in parallel.
  static func outOfFoldLogOdds(
    features: [Double], outcomes: [Bool], weights: RiskWeights, start: LogisticFit
  ) -> [Double] {
    let n = outcomes.count
    let p = weights.weights.count
    let k = crossValidationFolds
    let perFold = Concurrent.map((0..<k).map { $0..<($0 + 1) }) { fold, _ -> [Double] in
      var x: [Double] = []
      x.reserveCapacity(features.count)
      var y: [Bool] = []
      y.reserveCapacity(n)
      for j in 0..<n where j % k != fold {
        x.append(contentsOf: features[(j * p)..<((j + 1) * p)])
        y.append(outcomes[j])
      }
      let f = LogisticFit.fit(
        features: x, outcomes: y, prior: weights.weights, priorIntercept: weights.intercept,
        lambda: fitLambda, start: start)
      return features.withUnsafeBufferPointer { all in
        Swift.stride(from: fold, to: n, by: k).map { j in
          f.logOdds(UnsafeBufferPointer(rebasing: all[(j * p)..<((j + 1) * p)]))
        }
      }
    }
    var out = [Double](repeating: 0, count: n)
    for fold in 0..<k {
      for (m, j) in Swift.stride(from: fold, to: n, by: k).enumerated() {
        out[j] = perFold[fold][m]
      }
    }
    return out
  }
}
