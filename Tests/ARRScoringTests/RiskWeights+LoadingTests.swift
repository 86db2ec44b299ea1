import Testing

@testable import ARRScoring

@Suite struct RiskWeightsLoadingTests {
  func load(_ text: String) throws(ARRQualityError) -> RiskWeights {
    try RiskWeights.load(Array(text.utf8), file: "w.json")
  }

  func error(_ text: String) -> ARRQualityError? {
    do {
      _ = try load(text)
      return nil
    } catch { return error }
  }

  @Test func emptyObjectIsTheDefaults() throws {
    #expect(try load("{}") == RiskWeights.defaults)
  }

  @Test func valuesOverrideDefaults() throws {
    let w = try load(
      """
      {"intercept": -2.5, "weights": {"pilot": 3, "usage_decline": 1.25},
       "thresholds": {"wavering": 20, "at_risk": 55},
       "default_retention": {"at_risk": 0.5}}
      """)
    #expect(w.intercept == -2.5)
    #expect(w[.pilot] == 3)
    #expect(w[.usageDecline] == 1.25)
    #expect(w[.monthToMonth] == RiskWeights.defaults[.monthToMonth])
    #expect(w.waveringThreshold == 20 && w.atRiskThreshold == 55)
    #expect(w.defaultRetention == [0.95, 0.75, 0.5])
  }

  @Test(arguments: [
    (#"{"weights": {"pilott": 1}}"#, #"w.json: unknown key "weights.pilott""#),
    (#"{"colour": 1}"#, #"w.json: unknown key "colour""#),
    (
      #"{"weights": {"pilot": 12}}"#,
      #"w.json: key "weights.pilot" is 12, out of range (allowed a number from -10 to 10)"#
    ),
    (
      #"{"weights": {"pilot": "high"}}"#,
      #"w.json: key "weights.pilot" is a string (expected a number from -10 to 10)"#
    ),
    (
      #"{"thresholds": {"at_risk": 101}}"#,
      #"w.json: key "thresholds.at_risk" is 101, out of range (allowed a number from 0 to 100)"#
    ),
    (
      #"{"default_retention": {"retained": 1.5}}"#,
      #"w.json: key "default_retention.retained" is 1.5, out of range (allowed a number from 0 to 1)"#
    ),
    (
      #"{"thresholds": {"wavering": 50, "at_risk": 40}}"#,
      #"w.json: key "thresholds.wavering" is 50, above "thresholds.at_risk" 40"#
    ),
    (#"{"weights": [1, 2]}"#, #"w.json: key "weights" is an array (expected an object"#),
    (#"[1]"#, #"w.json: key "(top level)" is an array"#),
  ])
  func badFilesNameFileKeyAndRange(text: String, prefix: String) {
    let e = error(text)
    #expect(e?.kind == .invalidData)
    #expect(e?.message.hasPrefix(prefix) == true, "\(e?.message ?? "no error")")
  }

  @Test func everyProblemIsListed() {
    let e = error(#"{"weights": {"pilot": 99, "nope": 1}, "intercept": true}"#)
    #expect(e?.problems.count == 3)
    #expect(e?.message.hasSuffix("(and 2 more problems)") == true)
    #expect(e?.problems.allSatisfy { $0.file == "w.json" } == true)
  }

  @Test func syntaxErrorsGiveLineAndColumn() {
    let e = error("{\n  \"intercept\": ,\n}")
    #expect(e?.kind == .invalidData)
    #expect(e?.message.hasPrefix("w.json:2:") == true, "\(e?.message ?? "")")
  }
}
