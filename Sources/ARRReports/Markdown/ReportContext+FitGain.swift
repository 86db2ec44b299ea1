import ARRScoring

extension ReportContext {
  /// The out-of-sample AUC gain under which the report calls the fitted model a tie with the
  /// configured weights rather than a win (`docs/scoring.md`, "Fitted model"): 0.01, a tenth
  /// of the distance from a useless score (0.5) to a useful one (0.6). The model is still the
  /// one used; only the words change. Decided, session 28 (render review 28, R28-15: plg-smb
  /// said the fitted model "beat" the default weights on 0.5620 against 0.5611).
  static let negligibleAUCGain = 0.01

  /// True when the fitted model was chosen on an out-of-sample AUC less than
  /// ``negligibleAUCGain`` above the configured weights'.
  static func isFitGainNegligible(_ bt: Backtest) -> Bool {
    guard bt.modelUsed == .fittedModel, let cv = bt.crossValidatedAUC, let auc = bt.auc else {
      return false
    }
    return cv - auc < negligibleAUCGain
  }
}
