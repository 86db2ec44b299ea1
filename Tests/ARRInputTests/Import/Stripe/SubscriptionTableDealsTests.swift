import ARRCore
import Testing

@testable import ARRInput

/// A CRM's deals read as contracts (``SubscriptionTableReader/readAsDeals(_:header:)``; session
/// 17, lead; trial 17, CRM1): Salesforce's opportunities report, its standard columns with the
/// contract dates data rooms add. `Amount` is a deal's total over its contract, `Account Name`
/// its customer; deals not won are skipped before (`DeletedRows`); a total over whole years
/// is a contract of that term.
@Suite struct SubscriptionTableDealsTests {
  static let opportunities = """
    "Opportunity Owner","Account Name","Opportunity Name","Type","Stage","Amount","Close Date","Contract Start Date","Contract End Date"
    "Dana Reyes","Acme AI","Acme AI - Platform 2025","New Business","Closed Won","120,000.00","1/28/2025","2/1/2025","1/31/2026"
    "Dana Reyes","Beta Labs","Beta Labs - 3yr","New Business","Closed Won","360,000.00","3/14/2025","4/1/2025","3/31/2028"
    "Sam Okafor","Gamma Co","Gamma Co - Renewal","Renewal","Closed Lost","60,000.00","2/20/2025","3/1/2025","2/28/2026"
    "Sam Okafor","Zeta","Zeta - Platform","New Business","Negotiation/Review","50,000.00","6/30/2025","7/1/2025","6/30/2026"
    "Lee Park","Delta Inc","Delta Inc - 2024","New Business","Closed Won","48,000.00","7/20/2024","8/1/2024","7/31/2025"
    """

  /// At 2025-06: Acme 120,000 over 12 months = 10,000 a month; Beta 360,000 over 36 months =
  /// 10,000 (not 360,000 a year); Delta 48,000 over 12 = 4,000. MRR 24,000, ARR 288,000. Gamma's
  /// lost renewal and Zeta's open deal are skipped: 5 rows read = 3 used + 2 skipped.
  @Test func aDealsAmountIsItsContractsTotal() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "opportunities.csv", bytes: Array(Self.opportunities.utf8))],
      options: ImportOptions(asOf: Month(year: 2025, month: 6)))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Acme AI").last == 1_000_000)
    #expect(c.mrrRow("Beta Labs").last == 1_000_000)
    #expect(c.mrrRow("Delta Inc").last == 400_000)
    let total = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
    #expect(total * 12 == 28_800_000)
    #expect(!c.accounts.contains { $0.id == "Gamma Co" || $0.id == "Zeta" })
    // Terms of whole years: Acme's and Delta's 1 year, annual; Beta's 3 years, multi-year;
    // inferred, not given.
    let acme = try #require(c.accounts.first { $0.id == "Acme AI" })
    let beta = try #require(c.accounts.first { $0.id == "Beta Labs" })
    let delta = try #require(c.accounts.first { $0.id == "Delta Inc" })
    #expect(acme.contractType == .annual)
    #expect(beta.contractType == .multiYear)
    #expect(delta.contractType == .annual)
    #expect(acme.inferred.contains(.contractType))
    // Each term is known from its deal's start (`inferred_from`), so an earlier view does not
    // carry it back: Acme from 2025-02, Beta from 2025-04, Delta from 2024-08.
    #expect(acme.inferredFrom == Month(year: 2025, month: 2))
    #expect(beta.inferredFrom == Month(year: 2025, month: 4))
    #expect(delta.inferredFrom == Month(year: 2024, month: 8))
    #expect(c.log.files[0].rowsRead == 5)
    #expect(c.log.files[0].rowsUsed == 3)
  }

  /// Outside a deals table `Amount` stays a price per billing cycle, and a name alone is no
  /// customer: a subscriptions table with no stage column is not read as deals.
  @Test func withoutAStageColumnNothingChanges() throws {
    let text = """
      Account Name,Amount,Billing Cycle,Start Date,End Date
      Acme AI,3000,quarterly,2025-01-01,
      """
    #expect(throws: ARRQualityError.self) {
      try Importer.read(
        [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: ImportOptions())
    }
  }
}
