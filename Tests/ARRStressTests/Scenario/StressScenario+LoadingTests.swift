import ARRCore
import ARRTestSupport
import Testing

@testable import ARRStress

@Suite("Scenario files")
struct StressScenarioLoadingTests {
  func load(_ text: String, file: String = "s/x.json") throws(ARRQualityError) -> StressScenario {
    try StressScenario.load(Array(text.utf8), file: file)
  }

  func failure(_ text: String, file: String = "s/x.json") -> ARRQualityError? {
    do {
      _ = try load(text, file: file)
      return nil
    } catch { return error }
  }

  @Test func everyKeyIsRead() throws {
    let s = try load(
      """
      { "name": "Trial cliff", "description": "Half the odds.", "trial_conversion": 0.5,
        "usage_change": -0.3, "churn_multiplier": {"all": 1.5, "monthly": 2, "at_risk": 3},
        "expansion_multiplier": 0.25, "lose_top_accounts": 2, "pilots_renew": 0,
        "price_change": 0.1 }
      """)
    #expect(s.name == "Trial cliff")
    #expect(s.description == "Half the odds.")
    #expect(s.trialConversion == 0.5)
    #expect(s.usageChange == -0.3)
    #expect(s.expansionMultiplier == 0.25)
    #expect(s.loseTopAccounts == 2)
    #expect(s.pilotsRenew == 0)
    #expect(s.priceChange == 0.1)
    let churn = try #require(s.churnMultiplier)
    // all × monthly × at_risk = 1.5 × 2 × 3; annual retained: 1.5 alone.
    #expect(churn.factor(.monthly, .atRisk) == 9)
    #expect(churn.factor(.annual, .retained) == 1.5)
    #expect(churn.factor(.usage, .wavering) == 1.5)
    #expect(s.changesCompany)
  }

  @Test(arguments: ["{}", "", "  \n", "\r\n\t"])
  func emptyFileIsTheNeutralScenarioNamedAfterTheFile(text: String) throws {
    let s = try load(text, file: "dir/trial-cliff.json")
    #expect(s == StressScenario(name: "trial-cliff"))
    #expect(!s.changesCompany)
  }

  @Test func bareChurnNumberMeansAll() throws {
    let s = try load(#"{"churn_multiplier": 2}"#)
    let churn = try #require(s.churnMultiplier)
    #expect(churn.all == 2)
    #expect(churn.factor(.pilot, .retained) == 2)
  }

  @Test(arguments: [
    (#"{"trail_conversion": 0.5}"#, "1:2: unknown key \"trail_conversion\""),
    (
      #"{"trial_conversion": "half"}"#,
      "1:22: trial_conversion: expected a number from 0 to 1000, found the string \"half\""
    ),
    (
      #"{"trial_conversion": -0.1}"#,
      "1:22: trial_conversion: expected a number from 0 to 1000, found -0.1 (out of range)"
    ),
    (
      #"{"usage_change": -1.5}"#,
      "1:18: usage_change: expected a number from -1 to 10, found -1.5 (out of range)"
    ),
    (
      #"{"price_change": true}"#,
      "1:18: price_change: expected a number from -1 to 10, found true"
    ),
    (
      #"{"pilots_renew": 1.2}"#,
      "1:18: pilots_renew: expected a number from 0 to 1, found 1.2 (out of range)"
    ),
    (
      #"{"lose_top_accounts": 1.5}"#,
      "1:23: lose_top_accounts: expected a whole number from 0 to 1000000000, found the number 1.5"
    ),
    (
      #"{"lose_top_accounts": -1}"#,
      "1:23: lose_top_accounts: expected a whole number from 0 to 1000000000, found -1 (out of range)"
    ),
    (
      #"{"expansion_multiplier": null}"#,
      "1:26: expansion_multiplier: expected a number from 0 to 1000, found null"
    ),
    (#"{"churn_multiplier": {"weekly": 2}}"#, "1:23: unknown key \"churn_multiplier.weekly\""),
    (
      #"{"churn_multiplier": {"monthly": -2}}"#,
      "1:34: churn_multiplier.monthly: expected a number from 0 to 1000, found -2 (out of range)"
    ),
    (
      #"{"churn_multiplier": [2]}"#,
      "1:22: churn_multiplier: expected a number from 0 to 1000, or an object with keys among:"
    ),
    (#"{"name": 3}"#, "1:10: name: expected a string, found the number 3"),
    (
      #"{"name": "a", "name": "b"}"#,
      "1:15: duplicate key \"name\" (first on line 1; a key may appear once)"
    ),
    (#"[1, 2]"#, "1:1: the top level is an array (expected an object"),
  ])
  func badValuesNameFileLineColumnKeyAndRange(text: String, expected: String) throws {
    let e = try #require(failure(text, file: "scen/bad.json"))
    #expect(e.kind == .invalidData)
    #expect(e.message == "1 problem in scen/bad.json")
    #expect(e.problems.count == 1)
    #expect(
      e.problems.first?.description.hasPrefix("scen/bad.json:" + expected) == true,
      "\(e.description)")
  }

  @Test func everyProblemIsListedOnce() throws {
    let e = try #require(failure(#"{"usage_change": 5000, "x": 1, "pilots_renew": "all"}"#))
    #expect(e.problems.count == 3)
    #expect(e.message.hasPrefix("3 problems in "))
  }

  @Test func syntaxErrorNamesLineAndColumn() throws {
    let e = try #require(failure("{\n  \"usage_change\": -0.3,\n}", file: "a.json"))
    #expect(e.kind == .invalidData)
    #expect(e.message == "1 problem in a.json")
    #expect(
      e.problems == [
        InputProblem(
          file: "a.json", line: 3, column: 1, message: "not valid JSON: expected a quoted key")
      ])
  }

  @Test func devZeroIsRefusedAsADevice() {
    do {
      _ = try StressScenario.load(path: "/dev/zero")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .missingInput)
      #expect(error.message.hasPrefix("/dev/zero: is a device"))
    }
  }

  @Test func missingFileIsNoInput() throws {
    do {
      _ = try StressScenario.load(path: "/nonexistent/stress/none.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .missingInput)
      #expect(error.message.hasPrefix("/nonexistent/stress/none.json: "))
    }
  }

  @Test func shippedScenariosLoad() throws {
    for name in [
      "trial-cliff", "usage-slump", "monthly-churn-shock", "top-customer-loss",
      "pilots-not-renewing", "ai-hype-unwind",
    ] {
      let s = try StressScenario.load(path: Repository.path("Scenarios/stress/\(name).json"))
      #expect(!s.name.isEmpty && s.description != nil)
    }
  }
}
