import ARRCore
import ARRScoring
import Testing

@testable import ARRReports

/// The fitted model "beat" the configured weights only by at least 0.01 of out-of-sample AUC
/// (render review 28, R28-15: plg-smb's 0.5620 against 0.5611 read as a win).
@Suite struct FitGainWordsTests {
  static func backtest(configured: Double?, crossValidated: Double?, used: ModelUsed)
    -> Backtest
  {
    Backtest(
      baseMonth: Month(year: 2024, month: 1), endMonth: Month(year: 2025, month: 1), classes: [],
      modelUsed: used, auc: configured, unavailableSignals: [], survivorDollarRetention: 1,
      crossValidatedAUC: crossValidated)
  }

  /// 0.5620 − 0.5611 = 0.0009 and 0.609 − 0.600 = 0.009 are ties; 0.611 − 0.600 = 0.011 is a
  /// win; the configured weights in use, or an AUC missing, are never a tie.
  @Test(arguments: [
    (Double?.some(0.5611), 0.5620, ModelUsed.fittedModel, true), (0.600, 0.609, .fittedModel, true),
    (0.600, 0.611, .fittedModel, false), (0.600, 0.605, .configuredWeights, false),
    (nil, 0.605, .fittedModel, false),
  ])
  func aGainUnderAHundredthIsATie(
    configured: Double?, crossValidated: Double, used: ModelUsed, isTie: Bool
  ) {
    let bt = Self.backtest(configured: configured, crossValidated: crossValidated, used: used)
    #expect(ReportContext.isFitGainNegligible(bt) == isTie)
  }
}
