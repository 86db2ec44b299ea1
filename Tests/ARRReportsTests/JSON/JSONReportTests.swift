import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

@Suite struct JSONReportTests {
  static func render(_ name: String) throws -> (Analysis, JSONValue) {
    let analysis = try SampleCompanies.analysis(name)
    return (analysis, JSONReport.render(analysis))
  }

  static func array(_ v: JSONValue?) -> [JSONValue] {
    if case .array(let xs) = v { return xs }
    return []
  }

  /// A weights file leaves its trace: `weights_configured` says custom and every changed value
  /// is listed with its default; the defaults list nothing.
  @Test func customWeightsAreNamedWithTheirOverrides() throws {
    let analysis = try SampleCompanies.analysis("enterprise-saas")
    let company = analysis.company
    let plain = JSONReport.render(analysis)["backtest"]
    #expect(plain?["weights_configured"] == .string("defaults"))
    let none = Self.array(plain?["weights_overrides"])
    #expect(none.isEmpty)
    let file = #"{ "weights": { "cancellation_notice": -10 }, "thresholds": { "at_risk": 60 } }"#
    let weights = try RiskWeights.load(Array(file.utf8), file: "w.json")
    let custom = JSONReport.render(Analysis.run(company, weights: weights))["backtest"]
    #expect(custom?["weights_configured"] == .string("custom"))
    let overrides = Self.array(custom?["weights_overrides"])
    #expect(
      overrides.map { $0["key"] } == [
        .string("weights.cancellation_notice"), .string("thresholds.at_risk"),
      ])
    let first = try #require(overrides.first)
    let last = try #require(overrides.last)
    #expect(first["value"] == .double(-10))
    #expect(last["default"] == .double(RiskWeights.defaults.atRiskThreshold))
  }

  /// Only live accounts carry a class, and they add up to the class summary exactly.
  @Test(arguments: SampleCompanies.names)
  func classedAccountsMatchTheClassSummary(name: String) throws {
    let (analysis, json) = try Self.render(name)
    let accounts = Self.array(json["accounts"])
    #expect(accounts.count == analysis.company.accounts.count)
    var recurring = 0.0
    for c in RevenueClass.allCases {
      let mine = accounts.filter { $0["class"]?.stringValue == c.rawValue }
      let summary = try #require(json["classes"]?[c.rawValue])
      #expect(Double(mine.count) == summary["accounts"]?.doubleValue)
      let arr = mine.reduce(0.0) { $0 + ($1["recurring_arr"]?.doubleValue ?? .nan) }
      #expect(abs(arr - (summary["arr"]?.doubleValue ?? .nan)) < 0.005)
      recurring += arr
    }
    #expect(abs(recurring - (json["arr"]?["recurring"]?.doubleValue ?? .nan)) < 0.005)
    for a in accounts where a["status"]?.stringValue != "live" {
      #expect(a["class"] == .null && a["risk_score"] == .null)
      #expect(a["retention_probability"] == .null && Self.array(a["reasons"]).isEmpty)
      #expect(a["recurring_arr"]?.doubleValue == 0)
    }
    // Live accounts are scored; only those with recurring ARR are classed.
    let live = accounts.filter { $0["status"]?.stringValue == "live" }
    #expect(live.allSatisfy { $0["risk_score"] != .null })
    #expect(
      live.allSatisfy {
        ($0["class"]?.stringValue != nil) == (($0["recurring_arr"]?.doubleValue ?? 0) > 0)
      })
  }

  /// Lift = the class's churn rate ÷ the churn rate of all accounts scored a year ago.
  /// Each account carries the name the data gives it, after its id, `null` without one
  /// (hostile trial 35, H35-16: a reader of the JSON had ids only).
  @Test(arguments: SampleCompanies.names)
  func accountsCarryTheirNames(name: String) throws {
    let (analysis, json) = try Self.render(name)
    let accounts = Self.array(json["accounts"])
    for (k, a) in accounts.enumerated() {
      let account = analysis.company.accounts[analysis.scoring.scores[k].account]
      let expected = account.name.flatMap { $0.isEmpty ? nil : $0 }
      #expect(a["name"]?.stringValue == expected, "\(account.id)")
      if expected == nil { #expect(a["name"] == .null) }
    }
  }

  @Test(arguments: ["ai-hypergrowth", "enterprise-saas", "plg-smb"])
  func backtestReportsLiftAndBothAUCs(name: String) throws {
    let (analysis, json) = try Self.render(name)
    let bt = try #require(json["backtest"])
    let overall = try #require(bt["churn_rate"]?.doubleValue)
    #expect(overall > 0)
    var accounts = 0.0
    for c in RevenueClass.allCases {
      let k = try #require(bt["classes"]?[c.rawValue])
      accounts += k["accounts"]?.doubleValue ?? .nan
      guard let rate = k["churn_rate"]?.doubleValue else {
        #expect(k["lift"] == .null)
        continue
      }
      #expect(abs(try #require(k["lift"]?.doubleValue) - rate / overall) < 1e-4)
    }
    #expect(accounts == bt["accounts"]?.doubleValue)
    #expect(bt["classified_by"] == bt["model_used"])
    let scoring = try #require(analysis.scoring.backtest)
    #expect(bt["fitted_auc_cross_validated"]?.doubleValue != nil)
    #expect((bt["fit_rejected_reason"] != nil) == (scoring.modelUsed == .configuredWeights))
  }

  /// `backtest.weights_used` is a valid `--weights` file holding the weights that scored today.
  @Test(arguments: SampleCompanies.names)
  func weightsUsedLoadsBackAsAWeightsFile(name: String) throws {
    let (analysis, json) = try Self.render(name)
    let text = try #require(json["backtest"]?["weights_used"]).serialized()
    let loaded = try RiskWeights.load(Array(text.utf8), file: "w.json")
    let used = analysis.scoring.weightsUsed
    #expect(abs(loaded.intercept - used.intercept) <= 5e-7)
    for s in Signal.allCases { #expect(abs(loaded[s] - used[s]) <= 5e-7, "\(s.key)") }
    #expect(loaded.waveringThreshold == used.waveringThreshold)
    #expect(loaded.atRiskThreshold == used.atRiskThreshold)
    #expect(loaded.defaultRetention == used.defaultRetention)
  }
}
