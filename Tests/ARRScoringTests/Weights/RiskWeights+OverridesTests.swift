import Testing

@testable import ARRScoring

@Suite struct RiskWeightsOverridesTests {
  @Test func theDefaultsOverrideNothing() {
    #expect(RiskWeights.defaults.overrides().isEmpty)
    #expect(RiskWeights.defaults.isDocumentedDefault)
  }

  /// Each changed value is listed once, in the weights file's key order, with both values.
  @Test func changedValuesAreListedInFileOrder() throws {
    let file = """
      { "default_retention": { "wavering": 0.6 }, "thresholds": { "at_risk": 50 },
        "weights": { "pilot": 3, "month_to_month": 1.5 }, "intercept": -2.5 }
      """
    let w = try RiskWeights.load(Array(file.utf8), file: "w.json")
    let d = RiskWeights.defaults
    #expect(
      w.overrides() == [
        WeightOverride(key: "intercept", defaultValue: d.intercept, value: -2.5),
        WeightOverride(key: "weights.pilot", defaultValue: d[.pilot], value: 3),
        WeightOverride(key: "thresholds.at_risk", defaultValue: d.atRiskThreshold, value: 50),
        WeightOverride(
          key: "default_retention.wavering", defaultValue: d.defaultRetention[1], value: 0.6),
      ])
    #expect(!w.isDocumentedDefault)
    // month_to_month was given at its default value: nothing changed, nothing listed.
    #expect(d[.monthToMonth] == 1.5)
  }

  @Test func comparedWithAnotherBase() {
    var a = RiskWeights.defaults
    a.waveringThreshold = 20
    var b = a
    b.waveringThreshold = 25
    #expect(
      b.overrides(comparedWith: a) == [
        WeightOverride(key: "thresholds.wavering", defaultValue: 20, value: 25)
      ])
  }
}
