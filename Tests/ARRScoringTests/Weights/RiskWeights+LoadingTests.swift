import ARRCore
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
    (
      #"{"weights": {"pilott": 1}}"#,
      #"w.json:1:14: unknown key "weights.pilott" (expected one of: "#
    ),
    (#"{"colour": 1}"#, #"w.json:1:2: unknown key "colour""#),
    (
      #"{"weights": {"pilot": 12}}"#,
      #"w.json:1:23: weights.pilot: expected a number from -10 to 10, found 12 (out of range)"#
    ),
    (
      #"{"weights": {"pilot": "high"}}"#,
      #"w.json:1:23: weights.pilot: expected a number from -10 to 10, found the string "high""#
    ),
    (
      #"{"intercept": "0.5"}"#,
      #"w.json:1:15: intercept: expected a number from -10 to 10, found the string "0.5""#
    ),
    (
      #"{"thresholds": {"at_risk": 101}}"#,
      #"w.json:1:28: thresholds.at_risk: expected a number from 0 to 100, found 101"#
    ),
    (
      #"{"default_retention": {"retained": 1.5}}"#,
      #"w.json:1:36: default_retention.retained: expected a number from 0 to 1, found 1.5"#
    ),
    (
      #"{"thresholds": {"wavering": 50, "at_risk": 40}}"#,
      #"w.json: thresholds.wavering is 50, above thresholds.at_risk 40"#
    ),
    (#"{"weights": [1, 2]}"#, #"w.json:1:13: weights is an array (expected an object"#),
    (#"[1]"#, #"w.json:1:1: the top level is an array"#),
    (
      #"{"weights": {"pilot": 1, "pilot": 2}}"#,
      #"w.json:1:26: duplicate key "pilot" (first on line 1; a key may appear once)"#
    ),
  ])
  func badFilesNameFileLineColumnKeyAndRange(text: String, prefix: String) {
    let e = error(text)
    #expect(e?.kind == .invalidData)
    #expect(e?.problems.count == 1)
    #expect(
      e?.problems.first?.description.hasPrefix(prefix) == true, "\(e?.description ?? "no error")")
  }

  /// The message counts the problems; each is printed once, below it.
  @Test func everyProblemIsListedOnce() {
    let e = error(#"{"weights": {"pilot": 99, "nope": 1}, "intercept": true}"#)
    #expect(e?.problems.count == 3)
    #expect(e?.message == "3 problems in w.json")
    #expect(e?.problems.allSatisfy { $0.file == "w.json" && $0.line == 1 } == true)
    let printed = e?.description ?? ""
    #expect(printed.split(separator: "nope", omittingEmptySubsequences: false).count == 2)
  }

  @Test func syntaxErrorsGiveLineAndColumn() {
    let e = error("{\n  \"intercept\": ,\n}")
    #expect(e?.kind == .invalidData)
    #expect(
      e?.problems.first?.description.hasPrefix("w.json:2:16: not valid JSON") == true,
      "\(e?.description ?? "")")
  }

  /// `weights.<column>_level` and `weights.<column>_trend` are keys only for the activity
  /// columns the company has; any other stays an unknown key.
  @Test func activityKeysOnlyForColumnsPresent() throws {
    let text = #"{"weights": {"logins_trend": -2.5, "pilot": 3}}"#
    let w = try RiskWeights.load(Array(text.utf8), file: "w.json", activityColumns: ["logins"])
    #expect(w.customKeys == ["logins_level", "logins_trend"])
    #expect(w.customWeight("logins_trend") == -2.5)
    #expect(w.customWeight("logins_level") == 0)
    #expect(w[.pilot] == 3)
    #expect(w.overrides().map(\.key) == ["weights.pilot", "weights.logins_trend"])

    // Without the column the key is unknown, named with its line and column.
    let absent = error(text)
    #expect(absent?.problems.count == 1)
    #expect(
      absent?.problems.first?.description.hasPrefix(
        #"w.json:1:14: unknown key "weights.logins_trend""#) == true,
      "\(absent?.description ?? "no error")")

    // Another column's key, or a suffix that is not a signal, is unknown too.
    for bad in [#"{"weights": {"tickets_level": 1}}"#, #"{"weights": {"logins_mean": 1}}"#] {
      do {
        _ = try RiskWeights.load(Array(bad.utf8), file: "w.json", activityColumns: ["logins"])
        Issue.record("\(bad) was accepted")
      } catch {
        #expect(error.problems.first?.description.contains("unknown key") == true)
        #expect(error.problems.first?.description.contains("logins_level") == true)
      }
    }
    // Out of range, as any weight.
    let big = #"{"weights": {"logins_level": 11}}"#
    #expect(throws: ARRQualityError.self) {
      try RiskWeights.load(Array(big.utf8), file: "w.json", activityColumns: ["logins"])
    }
  }
}
