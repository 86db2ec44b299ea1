import ARRCore

/// The company scored as it was known at its backtest's base month (as-of − 12), for the
/// accounts paying then: what ``Scoring/run(_:recurringMRR:weights:)`` of
/// ``Company/pointInTime(_:)`` at that month gives those accounts, and what the projection made a
/// year ago forecasts from.
///
/// The backtest measures exactly these accounts at exactly that month, so its pass also scores
/// them by the model the company's history chose a year ago (its own backtest a further 12
/// months back, when there is one): the year-old company is not measured a second time. Scoring
/// passes it forward in ``ScoringResult/yearAgo``; ``Analysis`` drops it once the projection's
/// backtest is made.
public struct YearAgoScoring: Sendable {
  /// The month scored at (the backtest's base month).
  public let month: Month
  /// Where the year-old scoring's retention probabilities come from.
  public let retentionSource: RetentionSource
  /// Which weights scored.
  public let modelUsed: ModelUsed
  /// The year-old scoring's own backtest (base month − 12 to the base month); `nil` when the
  /// data a year ago covered 12 months or fewer.
  public let backtest: Backtest?
  /// The configured weights (their default retention and thresholds).
  public let configuredWeights: RiskWeights
  /// Each account paying at ``month``'s retention probability, in account order.
  public let retentionProbability: [Double]
  /// The share of its dollars a staying account keeps, which each retention probability
  /// includes (as ``ScoringResult/keptShare`` of the year-old scoring): what
  /// ``Scoring/stayProbability(retention:keptShare:)`` divides out.
  public let keptShare: Double
  /// Each account paying at ``month``'s class, in account order.
  public let revenueClass: [RevenueClass]

  /// The scores `model` gives the accounts paying at `month`.
  /// - Parameters:
  ///   - month: The base month.
  ///   - model: The year-ago choice of model (``ScoringModel/of(_:weights:)``).
  ///   - weightedSums: Each paying account's `Σ weight × value` under `model.model`, in
  ///     account order; becomes the retention probabilities.
  ///   - unseenOffset: The unseen signals' mean contribution, off the intercept.
  ///   - isLocked: Whether each paying account's term, as known at `month`, runs past the
  ///     year after it (``TermLock``), in account order; none when empty.
  init(
    month: Month, model: ScoringModel, weightedSums: [Double], unseenOffset: Double,
    isLocked: [Bool] = []
  ) {
    self.month = month
    retentionSource = model.source
    modelUsed = model.used
    backtest = model.backtest
    configuredWeights = model.configured
    keptShare = model.survivor
    var weights = model.model
    weights.intercept -= unseenOffset
    // As ``Scoring/run(_:recurringMRR:weights:)`` scores each account: Σ w·v + the adjusted
    // intercept, its class, then its class's retention or the model's.
    var probability = weightedSums
    var classes: [RevenueClass] = []
    classes.reserveCapacity(probability.count)
    for j in probability.indices {
      let score = RiskWeights.score(logOdds: probability[j] + weights.intercept)
      let cls = RevenueClass.of(score: score, weights: weights)
      classes.append(cls)
      probability[j] =
        j < isLocked.count && isLocked[j]
        ? model.lockedRetention
        : model.classRetention?[cls.index] ?? (1 - score / 100) * model.survivor
    }
    retentionProbability = probability
    revenueClass = classes
  }
}
