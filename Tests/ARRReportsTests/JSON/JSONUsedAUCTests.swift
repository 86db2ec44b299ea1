import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// report.json's `backtest.auc_used` is the AUC the report quotes: the model `classified_by`
/// names, out of sample (render review 40, R40-9: plg-smb's `auc` 0.560223 is the configured
/// weights', while page one quoted the fitted model's cross-validated 0.57).
@Suite struct JSONUsedAUCTests {
  static func backtest(_ name: String) throws -> (JSONValue, Analysis) {
    let a = try SampleCompanies.analysis(name)
    return (try #require(JSONReport.render(a)["backtest"]), a)
  }

  /// plg-smb uses its fitted model: `auc_used` is `fitted_auc_cross_validated`, and page one
  /// prints it to two decimals.
  @Test func aFittedModelQuotesItsCrossValidatedAUC() throws {
    let (b, a) = try Self.backtest("plg-smb")
    #expect(b["classified_by"]?.stringValue == "fitted_model")
    let used = try #require(b["auc_used"]?.doubleValue)
    #expect(used == b["fitted_auc_cross_validated"]?.doubleValue)
    #expect(used != b["auc"]?.doubleValue)
    #expect(abs(used - (a.scoring.backtest?.crossValidatedAUC ?? 0)) < 5e-7)
    #expect(
      MarkdownReport.render(a).contains(
        "out-of-sample AUC of \(NumberFormat(currency: "USD").number(used, decimals: 2))"))
  }

  /// data-room-billings uses the documented default weights: `auc_used` is `auc`.
  @Test func theConfiguredWeightsQuoteTheirAUC() throws {
    let (b, _) = try Self.backtest("data-room-billings")
    #expect(b["classified_by"]?.stringValue == "default_weights")
    #expect(b["auc_used"] != nil && b["auc_used"] == b["auc"])
  }
}
