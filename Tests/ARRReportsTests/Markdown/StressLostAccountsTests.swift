import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Trial 37, T37-31: a `lose_top_accounts` scenario names the accounts it removed, in the
/// Markdown and in JSON, and says when the largest payer is a pilot or a trial it can never
/// remove.
@Suite struct StressLostAccountsTests {
  /// As of 2024-03: P is a pilot paying 9,000 a month (outside recurring ARR), B and A are
  /// monthly at 150 and 100; T is an active trial paying 50.
  static func result(lose n: Int) throws -> StressResult {
    let accounts = Array(
      """
      account_id,name,contract_type,trial_status,start_date
      P,Pilot whale,pilot,none,2023-01-01
      B,,monthly,none,2023-01-01
      A,Alpha,monthly,none,2023-01-01
      T,,monthly,active,2024-03-01

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      P,2024-01,9000
      P,2024-02,9000
      P,2024-03,9000
      B,2024-01,150
      B,2024-02,150
      B,2024-03,150
      A,2024-01,100
      A,2024-02,100
      A,2024-03,100
      T,2024-03,50

      """.utf8)
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
    return try StressTest.run(
      Analysis.run(company), scenarios: [StressScenario(name: "Lose top", loseTopAccounts: n)])
  }

  /// Losing the top account removes B (12 × 150 = $1,800), not the pilot, and the note says
  /// the pilot's 12 × 9,000 = $108,000 is out of the scenario's reach.
  @Test func theAccountLostIsNamedBesideTheLargerPilot() throws {
    let r = try Self.result(lose: 1)
    #expect(r.base.headlineARR - r.scenarios[0].figures.headlineARR == 180_000)
    #expect(
      StressMarkdown.lostAccounts(r, format: NumberFormat(currency: "USD"))
        == "In **Lose top** the account lost is B, $1,800 of recurring ARR. The largest payer, "
        + "Pilot whale (P), $108,000 of headline ARR, is a pilot: outside recurring ARR, so "
        + "losing top accounts never removes it (`pilots_renew` tests pilots).\n\n")
    // T's trial is still running: none resolved, said as none, not "only 0".
    #expect(
      StressMarkdown.render(r).contains("(documented default; no trial resolved in the data)"))
  }

  /// Losing more accounts than hold recurring ARR lists the two there are, largest first.
  @Test func twoAccountsLostAreListedLargestFirst() throws {
    let r = try Self.result(lose: 5)
    let text = StressMarkdown.lostAccounts(r, format: NumberFormat(currency: "USD"))
    #expect(
      text.hasPrefix(
        "In **Lose top** the 2 accounts lost, by recurring ARR, are B, $1,800 and Alpha (A), "
          + "$1,200. The largest payer, Pilot whale (P)"))
  }

  /// report.json's scenario lists the accounts lost with their recurring ARR, in cents.
  @Test func jsonListsTheAccountsLost() throws {
    guard case .object(let root) = StressJSON.render(try Self.result(lose: 1)),
      case .array(let scenarios)? = root.first(where: { $0.0 == "scenarios" })?.1,
      case .object(let scenario)? = scenarios.first
    else {
      Issue.record("no scenario in the stress JSON")
      return
    }
    let lost = try #require(scenario.first { $0.0 == "lost_accounts" }?.1)
    #expect(
      lost
        == .array([
          .object([
            ("account_id", .string("B")), ("name", .null), ("recurring_arr", .money(180_000)),
          ])
        ]))
  }

  /// Past five accounts the note names the five largest and counts the rest.
  @Test(arguments: [
    (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a; b and c"),
    (["a", "b", "c", "d", "e", "f", "g"], "a; b; c; d; e and 2 more"),
  ])
  func namedListJoinsWithSemicolons(items: [String], expected: String) {
    #expect(StressMarkdown.namedList(items) == expected)
  }
}
