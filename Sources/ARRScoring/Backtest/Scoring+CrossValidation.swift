extension Scoring {
  /// Folds of the fitted model's cross-validation.
  public static let crossValidationFolds = 5

  /// The fitted model judged out of sample: the classes and AUC it earns when no account is
  /// scored by a fit that saw its outcome.
  struct CrossValidation: Sendable {
    var classes: [ClassOutcome]
    var auc: Double?
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
    _ company: Company, base: Int, population: BacktestPopulation, measurer: SignalMeasurer,
    weights: RiskWeights, fit: LogisticFit, features: [Double], outcomes: [Bool]
  ) -> CrossValidation {
    let heldOut = outOfFoldLogOdds(
      features: features, outcomes: outcomes, weights: weights, start: fit)
    let last = company.monthCount - 1
    let months = company.monthCount
    let parts = Parallel.map(population.ranges) { k, r -> BacktestPart in
      var part = BacktestPart()
      var rank = population.rankStart[k]
      var values = [Double](repeating: .nan, count: Signal.count)
      company.revenue.mrr.withUnsafeBufferPointer { mrr in
        withUsage(company) { usage in
          values.withUnsafeMutableBufferPointer { v in
            for i in r {
              let then = mrr[i * months + base]
              guard then > 0 else { continue }
              let z: Double
              if rank % population.stride == 0 {
                z = heldOut[rank / population.stride]
              } else {
                measurer.measure(i, mrr: mrr, usage: usage, into: v)
                z = fit.logOdds(UnsafeBufferPointer(v))
              }
              rank += 1
              let score = RiskWeights.score(logOdds: z)
              let now = mrr[i * months + last]
              part.classes[RevenueClass.of(score: score, weights: weights).index].merge(
                ClassOutcome(then: then, now: now))
              part.histogram.add(score: score, churned: now == 0)
            }
          }
        }
      }
      return part
    }
    var classes = [ClassOutcome](repeating: .zero, count: 3)
    var histogram = AUCHistogram()
    for p in parts {
      for c in 0..<3 { classes[c].merge(p.classes[c]) }
      histogram.merge(p.histogram)
    }
    return CrossValidation(classes: classes, auc: histogram.auc)
  }

  /// Each fit row's log-odds under the model fitted without its fold.
  /// - Parameters:
  ///   - features: Row-major fit rows, ``Signal/count`` values each.
  ///   - outcomes: Churn per row.
  ///   - weights: The configured weights: the prior.
  ///   - start: Where each fold's fit starts (the full fit).
  /// - Returns: One log-odds per row.
  /// - Complexity: O(folds × iterations × rows × signals²); folds run in parallel.
  static func outOfFoldLogOdds(
    features: [Double], outcomes: [Bool], weights: RiskWeights, start: LogisticFit
  ) -> [Double] {
    let n = outcomes.count
    let p = Signal.count
    let k = crossValidationFolds
    let perFold = Parallel.map((0..<k).map { $0..<($0 + 1) }) { fold, _ -> [Double] in
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
