import ARRCore

/// What a scoring run concludes from its backtest before it measures any account at its as-of
/// month: the weights that score, where the retention probabilities come from, and the signals
/// the model did not see (``Scoring/unseenSignalOffset(_:measurer:weights:unseen:)``).
///
/// ``Scoring/run(_:recurringMRR:weights:)`` chooses one for the company today and one for the
/// company as known at its backtest's base month (``of(_:weights:)``), whose accounts paying
/// then the backtest pass scores by it (``YearAgoScoring``).
struct ScoringModel: Sendable {
  /// The configured weights, one weight per custom activity signal included.
  let configured: RiskWeights
  /// The weights that score, before the unseen signals' mean contribution comes off the
  /// intercept: the fitted model, or the configured weights (recalibrated when the backtest
  /// recalibrated them).
  let model: RiskWeights
  let used: ModelUsed
  let source: RetentionSource
  /// Per class, the retention probability of its accounts; `nil` for the model source.
  let classRetention: [Double]?
  /// Scales the model's or a class's survival into dollar retention (the backtest's
  /// survivors', shrunk); 1 for the class defaults, which are not split.
  let survivor: Double
  /// The retention probability of an account whose term runs past the year (``TermLock``):
  /// it cannot leave, so only the survivors' contraction applies: the backtest's survivor
  /// dollar retention, shrunk, or 1 − the documented contraction prior without a backtest.
  let lockedRetention: Double
  /// Keys of the signals whose mean contribution comes off the intercept: the backtest's
  /// unavailable ones when the backtest set the intercept (fitted or recalibrated), else none.
  let unseen: [String]
  /// The backtest the choice was made from; `nil` with 12 months or fewer.
  let backtest: Backtest?

  /// The choice `backtest` leads to.
  /// - Parameters:
  ///   - weights: The configured weights, custom activity signals included
  ///     (``RiskWeights/including(activityColumns:)``).
  ///   - backtest: The company's backtest, `nil` when its history is too short for one.
  init(configured weights: RiskWeights, backtest: Backtest?) {
    configured = weights
    self.backtest = backtest
    var model = weights
    var used = ModelUsed.configuredWeights
    if let fit = backtest?.fit, backtest?.modelUsed == .fittedModel {
      model.intercept = fit.intercept
      model.weights = fit.weights
      used = .fittedModel
    }
    self.used = used
    if used == .fittedModel {
      source = .model
      classRetention = nil
    } else if let bt = backtest {
      source = .backtestClassDepartures
      // Staying from the class's departures, blended with its default as a beta-binomial
      // posterior (``ClassOutcome/shrunkStayProbability(prior:)``), times the share of dollars
      // stayers keep: a usage account's swings are contraction, not leaving (session 19,
      // usage lane; trial 18b, G16).
      // Each class at its own departures only as far as last year's ranking supports a
      // split by class, else at the pooled rate (``Backtest/classStayProbability(_:defaults:)``;
      // trial 30, T30-10).
      let kept = bt.total.shrunkSurvivorDollarRetention
      classRetention = (0..<3).map { c in
        bt.classStayProbability(c, defaults: weights.defaultRetention) * kept
      }
    } else {
      source = .classDefaults
      classRetention = weights.defaultRetention
    }
    survivor = backtest?.total.shrunkSurvivorDollarRetention ?? 1
    lockedRetention =
      backtest?.total.shrunkSurvivorDollarRetention ?? 1 - Shrinkage.priorContractionRate
    // The documented defaults, recalibrated to this company's base churn (``Recalibration``).
    var isRecalibrated = false
    if used == .configuredWeights, let r = backtest?.recalibration {
      model.intercept += r.interceptShift
      isRecalibrated = true
    }
    self.model = model
    // A model whose intercept was set on last year's accounts did not see the signals unknown
    // then: their mean contribution comes off the intercept (``Scoring/unseenSignalOffset``).
    unseen = used == .fittedModel || isRecalibrated ? backtest?.unavailableSignals ?? [] : []
  }

  /// The choice ``Scoring/run(_:recurringMRR:weights:)`` makes for `company`: its own backtest
  /// (when it has more than ``Scoring/backtestHorizon`` months), then ``init(configured:backtest:)``.
  /// - Complexity: the backtest's, O(accounts × months) plus the fit.
  static func of(_ company: Company, weights given: RiskWeights) -> ScoringModel {
    let weights = given.including(activityColumns: company.activityColumns.map(\.name))
    let last = company.monthCount - 1
    let backtest =
      company.monthCount > Scoring.backtestHorizon
      ? Scoring.runBacktest(company, base: last - Scoring.backtestHorizon, weights: weights)
        .backtest : nil
    return ScoringModel(configured: weights, backtest: backtest)
  }

  /// The signals of ``unseen`` that `measurer` can measure, in signal order: those whose mean
  /// contribution comes off the intercept.
  func unseenSignals(_ measurer: SignalMeasurer) -> [Signal] {
    let keys = Set(unseen)
    return Signal.allCases.filter { keys.contains($0.key) && measurer.available[$0.rawValue] }
  }
}
