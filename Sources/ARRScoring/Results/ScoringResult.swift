/// Which weights produced the current scores.
public enum ModelUsed: String, Sendable {
  /// The configured weights: the documented defaults, or the `--weights` file when one was
  /// given (``ScoringResult/configuredWeights`` tells which).
  case configuredWeights = "default_weights"
  /// Weights fitted to the company's own churn in the backtest.
  case fittedModel = "fitted_model"
}

/// Where the retention probabilities come from.
public enum RetentionSource: String, Sendable {
  /// History shorter than 13 months: each class's documented default.
  case classDefaults = "class_defaults"
  /// Each class's departures observed in the backtest, blended with its default as a
  /// beta-binomial posterior (``ClassOutcome/shrunkStayProbability(prior:)``), times the
  /// survivors' dollar retention (shrunk, ``ClassOutcome/shrunkSurvivorDollarRetention``)
  /// (session 19, usage lane: the class's dollar retention until then). The JSON code named
  /// the class's GRR until session 20 (stay lane), `backtest_class_grr`.
  case backtestClassDepartures = "backtest_class_departures"
  /// The fitted model: `(1 − churn probability) × survivor dollar retention` (shrunk,
  /// ``ClassOutcome/shrunkSurvivorDollarRetention``).
  case model
}

/// Everything the scoring engine concludes about a company at its as-of month.
public struct ScoringResult: Sendable {
  /// One per account, in account order.
  public var scores: [AccountScore]
  /// The live accounts with no recurring ARR, in account order: scored, never classed.
  public var unclassed: [UnclassedAccount]
  /// The class mix of the whole company.
  public var classMix: ClassMix
  /// The class mix per segment, by segment name.
  public var bySegment: [GroupClassMix]
  /// The class mix per contract type, in ``ContractType`` order (types with no accounts left out).
  public var byContractType: [GroupClassMix]
  /// 12 × Σ recurring MRR, cents.
  public var recurringARR: Int64
  /// Σ round(12 × recurring MRR × retention probability), cents.
  public var qualityAdjustedARR: Int64
  /// Σ 12 × recurring MRR × (1 − retention probability) per account, cents; equals
  /// `recurringARR − qualityAdjustedARR` exactly.
  public var arrAtRisk: Int64
  /// The part of ``arrAtRisk`` from accounts expected to leave:
  /// Σ round(12 × recurring MRR × (1 − retention probability ÷ ``keptShare``)) over the
  /// accounts, cents. The rest, `arrAtRisk − expectedLossFromLeaving`, is the contraction of
  /// accounts that stay (session 19, usage lane).
  public var expectedLossFromLeaving: Int64
  /// The share of its dollars a staying account keeps, which each retention probability
  /// includes: the backtest's survivors' dollar retention (shrunk); 1 for the class defaults,
  /// which are not split into staying and keeping.
  public var keptShare: Double
  /// Keys of the signals the company's columns could not support at the as-of month.
  public var unavailableSignals: [String]
  /// `nil` when the history is shorter than 13 months.
  public var backtest: Backtest?
  public var modelUsed: ModelUsed
  /// The out-of-sample AUC of the model used (``modelUsed``): the fitted model's
  /// cross-validated AUC when it is used, else the configured weights' AUC; `nil` without a
  /// backtest. The one AUC the report quotes (render review 40, R40-9: report.json's `auc` gave
  /// the configured weights' 0.56 beside `classified_by: fitted_model`, while page one quoted
  /// the fitted model's 0.57).
  public var usedAUC: Double? {
    guard let bt = backtest else { return nil }
    return modelUsed == .fittedModel ? bt.crossValidatedAUC : bt.auc
  }
  public var retentionSource: RetentionSource
  /// The weights the run was given: the documented defaults or a `--weights` file's. They
  /// classify the backtest, are the fit's prior, and always supply the thresholds.
  public var configuredWeights: RiskWeights
  /// The weights that produced ``scores`` (the fitted ones when ``modelUsed`` is fitted).
  public var weightsUsed: RiskWeights
  /// Per class (``RevenueClass/index``), the retention probability given to its accounts when
  /// the source is class-based; `nil` for the model source, where it varies by account.
  public var classRetention: [Double]?
  /// The company and model the scores were made with, shared by them all: what
  /// ``signals(for:)`` and ``reasons(for:)`` measure from. Kept here, not in each score, so
  /// that a score is plain data (a million of them are copied without touching a reference
  /// count).
  let context: ScoringContext
  /// The company scored as known at the backtest's base month, for its accounts paying then
  /// (made by the backtest pass, which measures them anyway): what the projection made a year
  /// ago forecasts from. `nil` without a backtest, and once ``Analysis`` has made the
  /// projection's backtest (it is the largest part of this value that nothing else reads).
  public var yearAgo: YearAgoScoring?
}
