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

  /// Scores every account at `base` using only what was known then, and observes the as-of
  /// month.
  ///
  /// The scored population is the accounts with MRR > 0 at `base`; churn means MRR 0 at the
  /// as-of month. When the population and its churners reach ``minimumScoredAccounts`` and
  /// ``minimumChurners``, weights are fitted on every k-th scored account (k chosen so at most
  /// ``maximumFitRows`` rows are used).
  /// - Parameters:
  ///   - company: The company; nothing after `base` is read for the scores.
  ///   - base: The base column (as-of column − 12).
  ///   - weights: The configured weights, which classify at the base and are the fit's prior.
  /// - Returns: The backtest.
  /// - Complexity: O(accounts × months) plus the fit.
  static func runBacktest(_ company: Company, base: Int, weights: RiskWeights) -> Backtest {
    let last = company.monthCount - 1
    let months = company.monthCount
    let measurer = SignalMeasurer(company: company, column: base)
    let ranges = Parallel.ranges(company.accounts.count)
    // Pass 1: how many scored accounts each range holds, so fit rows can be picked by rank.
    let counts = Parallel.map(ranges) { _, r in
      company.revenue.mrr.withUnsafeBufferPointer { mrr in
        r.reduce(0) { $0 + (mrr[$1 * months + base] > 0 ? 1 : 0) }
      }
    }
    let population = counts.reduce(0, +)
    let stride = max(1, (population + maximumFitRows - 1) / maximumFitRows)
    var firstRank = [Int](repeating: 0, count: ranges.count)
    for k in 1..<max(1, ranges.count) { firstRank[k] = firstRank[k - 1] + counts[k - 1] }
    let rankStart = firstRank
    let parts = Parallel.map(ranges) { k, r -> BacktestPart in
      var part = BacktestPart()
      var rank = rankStart[k]
      var values = [Double](repeating: .nan, count: Signal.count)
      company.revenue.mrr.withUnsafeBufferPointer { mrr in
        withUsage(company) { usage in
          values.withUnsafeMutableBufferPointer { v in
            for i in r {
              let then = mrr[i * months + base]
              guard then > 0 else { continue }
              measurer.measure(i, mrr: mrr, usage: usage, into: v)
              let score = RiskWeights.score(logOdds: weights.logOdds(UnsafeBufferPointer(v)))
              let cls = RevenueClass.of(score: score, weights: weights).index
              let now = mrr[i * months + last]
              let churned = now == 0
              part.classes[cls].merge(
                ClassOutcome(
                  accounts: 1, churned: churned ? 1 : 0, baseMRR: then, endMRR: now,
                  retainedMRR: min(now, then)))
              part.histogram.add(score: score, churned: churned)
              if !churned {
                part.survivorBase += then
                part.survivorRetained += min(now, then)
              }
              if rank % stride == 0 {
                part.features.append(contentsOf: v)
                part.outcomes.append(churned)
              }
              rank += 1
            }
          }
        }
      }
      return part
    }
    var classes = [ClassOutcome](repeating: .zero, count: 3)
    var histogram = AUCHistogram()
    var survivorBase: Int64 = 0
    var survivorRetained: Int64 = 0
    var features: [Double] = []
    var outcomes: [Bool] = []
    for p in parts {
      for c in 0..<3 { classes[c].merge(p.classes[c]) }
      histogram.merge(p.histogram)
      survivorBase += p.survivorBase
      survivorRetained += p.survivorRetained
      features.append(contentsOf: p.features)
      outcomes.append(contentsOf: p.outcomes)
    }
    let churners = classes.reduce(0) { $0 + $1.churned }
    var fit: LogisticFit?
    var fittedAUC: Double?
    var skipped: String?
    if population < minimumScoredAccounts {
      skipped =
        "\(population) accounts had MRR at \(company.month(at: base)); at least "
        + "\(minimumScoredAccounts) are needed to fit weights"
    } else if churners < minimumChurners || population - churners < minimumChurners {
      skipped =
        "\(churners) of \(population) accounts churned; at least \(minimumChurners) churners "
        + "and \(minimumChurners) survivors are needed to fit weights"
    } else {
      let f = LogisticFit.fit(
        features: features, outcomes: outcomes, prior: weights.weights,
        priorIntercept: weights.intercept, lambda: fitLambda)
      fit = f
      var fitted = weights
      fitted.intercept = f.intercept
      fitted.weights = f.weights
      var h = AUCHistogram()
      features.withUnsafeBufferPointer { x in
        for i in outcomes.indices {
          let row = UnsafeBufferPointer(rebasing: x[(i * Signal.count)..<((i + 1) * Signal.count)])
          h.add(score: RiskWeights.score(logOdds: fitted.logOdds(row)), churned: outcomes[i])
        }
      }
      fittedAUC = h.auc
    }
    return Backtest(
      baseMonth: company.month(at: base), endMonth: company.asOf, classes: classes,
      auc: histogram.auc, unavailableSignals: measurer.unavailableKeys,
      survivorDollarRetention: survivorBase > 0
        ? Double(survivorRetained) / Double(survivorBase) : 1,
      fit: fit, fittedAUC: fittedAUC, fitSkippedReason: skipped)
  }
}
