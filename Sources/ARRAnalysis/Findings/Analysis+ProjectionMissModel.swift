import ARRCore
import ARRProjection
import ARRScoring

/// What last year's projection was made with that today's is not (render review 30, R30-13:
/// ai-hypergrowth's page one read last year's miss as a warning about this year's model, a
/// different one). The projection backtest measures the model of a year ago; where today's
/// differs, `projection_missed` says which, so the miss is read for what it tested.
extension Analysis {
  /// How last year's projection was made where today's is made otherwise.
  public struct ProjectionMissModel: Sendable, Equatable {
    /// What last year's projection used, a phrase after "with only the data known then and":
    /// "the default weights", "the --weights file's weights" or "the class defaults".
    public var then: String
    /// The closing sentence, with its full stop, in place of "Read this year's projected NDR
    /// and GRR with a miss of that size in mind.".
    public var closing: String
  }

  /// The difference between last year's projection and today's, the larger one first:
  /// - today's scores come from weights fitted to the company's churn and last year's did not:
  ///   last year's used the configured weights (the documented defaults or the `--weights`
  ///   file's), and today's fitted weights have no year of outcomes yet;
  /// - else today's class retention is calibrated on the backtest (or a model) and last year's
  ///   was the class defaults: today's projection is calibrated since, on that same year.
  /// - Parameters:
  ///   - b: The projection backtest.
  ///   - scoring: Today's scoring result.
  /// - Returns: The difference, or `nil` when both were made the same way.
  public static func projectionMissModel(
    _ b: ProjectionBacktest, scoring: ScoringResult
  ) -> ProjectionMissModel? {
    if scoring.modelUsed == .fittedModel, b.modelUsed != ModelUsed.fittedModel.rawValue {
      // Last year's weights were the configured ones: the `--weights` file or the defaults.
      let configured =
        scoring.configuredWeights.isDocumentedDefault
        ? "the default weights" : "the --weights file's weights"
      return ProjectionMissModel(
        then: configured,
        closing: "This year's projection uses weights fitted since, which have no year of "
          + "outcomes yet: read it with a miss of that size in mind.")
    }
    if b.methodUsed == RetentionSource.classDefaults.rawValue,
      scoring.retentionSource != .classDefaults
    {
      // Kept short: the ledger's page one has about 50 characters to spare. A year with too
      // few churners to calibrate on is blended with the priors, and said so (trial 37, T37-5:
      // "calibrated on that year's churn" when none of the year's accounts churned).
      let total = scoring.backtest?.total
      let churned = total?.churned ?? 0
      let closing =
        churned >= Finding.thinBacktestChurners
        ? "This year's is calibrated on that year's churn."
        : "This year's blends that year's churn ("
          + (churned == 0 ? "none" : CountText.grouped(churned)) + " of "
          + CountText.phrase(total?.accounts ?? 0, "account") + ") with the priors."
      return ProjectionMissModel(then: "the class defaults", closing: closing)
    }
    return nil
  }
}
