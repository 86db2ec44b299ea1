import ARRCore
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
    (#"{"trail_conversion": 0.5}"#, "unknown key \"trail_conversion\""),
    (
      #"{"trial_conversion": "half"}"#,
      "key \"trial_conversion\" is a string (expected a number from 0 to 1000)"
    ),
    (
      #"{"trial_conversion": -0.1}"#,
      "key \"trial_conversion\" is -0.1, out of range (allowed a number from 0 to 1000)"
    ),
    (
      #"{"usage_change": -1.5}"#,
      "key \"usage_change\" is -1.5, out of range (allowed a number from -1 to 10)"
    ),
    (
      #"{"price_change": true}"#,
      "key \"price_change\" is a boolean (expected a number from -1 to 10)"
    ),
    (
      #"{"pilots_renew": 1.2}"#,
      "key \"pilots_renew\" is 1.2, out of range (allowed a number from 0 to 1)"
    ),
    (
      #"{"lose_top_accounts": 1.5}"#,
      "key \"lose_top_accounts\" is 1.5, out of range (allowed an integer from 0 to 1000000000)"
    ),
    (
      #"{"lose_top_accounts": -1}"#,
      "key \"lose_top_accounts\" is -1, out of range (allowed an integer from 0 to 1000000000)"
    ),
    (
      #"{"expansion_multiplier": null}"#,
      "key \"expansion_multiplier\" is null (expected a number from 0 to 1000)"
    ),
    (#"{"churn_multiplier": {"weekly": 2}}"#, "unknown key \"churn_multiplier.weekly\""),
    (
      #"{"churn_multiplier": {"monthly": -2}}"#,
      "key \"churn_multiplier.monthly\" is -2, out of range (allowed a number from 0 to 1000)"
    ),
    (
      #"{"churn_multiplier": [2]}"#,
      "key \"churn_multiplier\" is an array (expected a number from 0 to 1000, or an object"
    ),
    (#"{"name": 3}"#, "key \"name\" is a number (expected a string)"),
    (#"{"name": "a", "name": "b"}"#, "key \"name\" is given more than once"),
    (#"[1, 2]"#, "the top level is an array (expected an object"),
  ])
  func badValuesNameFileKeyAndRange(text: String, expected: String) throws {
    let e = try #require(failure(text, file: "scen/bad.json"))
    #expect(e.kind == .invalidData)
    #expect(e.message.hasPrefix("scen/bad.json: " + expected))
    #expect(e.problems.first?.file == "scen/bad.json")
  }

  @Test func everyProblemIsListed() throws {
    let e = try #require(failure(#"{"usage_change": 5000, "x": 1, "pilots_renew": "all"}"#))
    #expect(e.problems.count == 3)
    #expect(e.message.hasSuffix("(and 2 more problems)"))
  }

  @Test func syntaxErrorNamesLineAndColumn() throws {
    let e = try #require(failure("{\n  \"usage_change\": -0.3,\n}", file: "a.json"))
    #expect(e.kind == .invalidData)
    #expect(e.message.hasPrefix("a.json:3:1: expected a quoted key"))
    #expect(
      e.problems == [
        InputProblem(file: "a.json", line: 3, column: 1, message: "expected a quoted key")
      ])
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
    let root = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/"))
    for name in [
      "trial-cliff", "usage-slump", "monthly-churn-shock", "top-customer-loss",
      "pilots-not-renewing", "ai-hype-unwind",
    ] {
      let s = try StressScenario.load(path: "/\(root)/Scenarios/stress/\(name).json")
      #expect(!s.name.isEmpty && s.description != nil)
    }
  }
}
