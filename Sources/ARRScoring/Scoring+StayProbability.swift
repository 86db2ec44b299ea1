extension Scoring {
  /// An account's chance of still paying in 12 months, from its retention probability `p` and
  /// the share of dollars a staying account keeps (``ScoringResult/keptShare``,
  /// ``YearAgoScoring/keptShare``): p ÷ kept share, within 0–1 (`docs/projection.md`, "Stay
  /// probability"; session 20, stay lane).
  ///
  /// Every retention probability is staying × keeping: the class's departures (or the fitted
  /// model's churn) times the survivors' dollar retention, or, without a backtest, the class
  /// default alone (kept share 1: the default is the chance of staying, the departure rule
  /// with no account observed). Dividing by the kept share takes the dollars back out and
  /// leaves the departures. The loss from leaving (``ScoringResult/expectedLossFromLeaving``)
  /// and the projection's logo retention both read it here, so they share one definition.
  /// - Parameters:
  ///   - p: The account's retention probability.
  ///   - keptShare: The kept share its probability includes; a share of 0 or less is not
  ///     divided by (`p` is then read as the chance of staying).
  /// - Returns: The chance of staying; 0 for a probability that is not a number.
  public static func stayProbability(retention p: Double, keptShare: Double) -> Double {
    let stay = keptShare > 0 ? p / keptShare : p
    return min(max(stay.isFinite ? stay : 0, 0), 1)
  }
}
