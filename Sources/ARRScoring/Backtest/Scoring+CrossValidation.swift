import ARRCore

extension Scoring {
  /// Folds of the fitted model's cross-validation.
  public static let crossValidationFolds = 5

  // The fitted model is judged out of sample in the backtest's one scoring pass
  // (``backtestPass(_:population:measurer:fitRows:scorers:)``): fit row `j` (the fit rows in
  // account order) falls in fold `j mod` ``crossValidationFolds`` — deterministic, and even
  // across the account order — and is scored by the model fitted on the other folds
  // (``outOfFoldLogOdds(features:outcomes:weights:start:)``); scored accounts that are not fit
  // rows (only when the population exceeds ``maximumFitRows``) were never seen by the full
  // fit, which scores them.

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
      // The other folds' rows, fitted in place: a copy of them was four fifths of the fit rows
      // per fold, two folds at a time.
      let f = LogisticFit.fit(
        features: features, outcomes: outcomes, rows: (0..<n).filter { $0 % k != fold },
        prior: weights.weights, priorIntercept: weights.intercept, lambda: fitLambda,
        start: start)
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
