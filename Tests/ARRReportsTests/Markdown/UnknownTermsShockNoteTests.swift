import ARRQuality
import Testing

@testable import ARRReports

/// A churn multiplier keyed on contract types that hits no account because every paying
/// account's terms are unknown (an import) names the key that would reach them (trial 21, M2).
@Suite struct UnknownTermsShockNoteTests {
  /// Two paying accounts, X and Y, no contract type given: both unknown.
  static func company() throws -> Company {
    let accounts = Array("account_id,start_date\nX,2023-01-01\nY,2023-01-01\n".utf8)
    let monthly = Array(
      "account_id,month,mrr\nX,2024-01,100\nX,2024-02,100\nY,2024-01,50\nY,2024-02,50\n".utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  static func monthly(_ factor: Double, unknown: Double? = nil) -> StressScenario {
    var m = StressScenario.ChurnMultiplier()
    m.byContractType[ContractType.allCases.firstIndex(of: .monthly)!] = factor
    if let unknown { m.byContractType[ContractType.allCases.firstIndex(of: .unknown)!] = unknown }
    return StressScenario(name: "Monthly churn shock", churnMultiplier: m)
  }

  @Test func aMonthlyShockOnUnknownTermsSuggestsTheUnknownKey() throws {
    let r = try StressTest.run(Analysis.run(try Self.company()), scenarios: [Self.monthly(2)])
    let text = StressMarkdown.noEffectSentence(r)
    #expect(
      text.contains(
        "no paying account is on month-to-month terms; 2 paying accounts have unknown contract "
          + "terms, which no contract-type key but \"unknown\" reaches: add `\"unknown\": 2` to "
          + "the scenario's churn multipliers to shock them too"), "\(text)")
  }

  /// Keyed on `unknown` too, the scenario reaches them: no note at all.
  @Test func withTheUnknownKeyTheShockApplies() throws {
    let r = try StressTest.run(
      Analysis.run(try Self.company()), scenarios: [Self.monthly(2, unknown: 2)])
    #expect(StressMarkdown.noEffectSentence(r) == "")
  }
}
