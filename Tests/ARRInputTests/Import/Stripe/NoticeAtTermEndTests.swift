import ARRCore
import Testing

@testable import ARRInput

/// Chargebee's `non_renewing` (trial 48, T48-26): the subscription cancels at
/// `current_term_end`, but with no end column filled in the notice was "not read … give no end"
/// and its ARR counted as running, though the same column gave the annual rows' contract end.
@Suite struct NoticeAtTermEndTests {
  static let header =
    "subscriptions.id,subscriptions.customer_id,subscriptions.plan_quantity,"
    + "subscriptions.plan_unit_price,subscriptions.billing_period,"
    + "subscriptions.billing_period_unit,subscriptions.status,subscriptions.current_term_start,"
    + "subscriptions.current_term_end,subscriptions.started_at,subscriptions.mrr"

  static let export = """
    \(header)
    sub_1,cust_a,5,49.00,1,month,active,2026-11-01,2026-12-01,2025-11-01,245.00
    sub_2,cust_b,10,49.00,1,month,non_renewing,2026-11-01,2026-12-01,2026-04-01,490.00
    sub_3,cust_c,10,1188.00,1,year,non_renewing,2026-07-01,2027-07-01,2026-07-01,990.00

    """

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "Subscriptions.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 11)))
  }

  /// By hand at 2026-11: cust_b pays 490.00 through November and leaves on its term's end,
  /// 2026-12-01; cust_c pays 990.00 and leaves 2027-07-01; both are notice given. cust_a, running,
  /// keeps no end: its term's end is its next renewal.
  @Test func noticeLeavesOnTheTermsEnd() throws {
    let c = try read(Self.export)
    func account(_ id: String) -> ImportedAccount? { c.accounts.first { $0.id == id } }
    #expect(c.mrrRow("cust_b").last == 49_000)
    #expect(c.mrrRow("cust_c").last == 99_000)
    #expect(account("cust_b")?.cancelDate == CivilDate(year: 2026, month: 12, day: 1))
    #expect(account("cust_c")?.cancelDate == CivilDate(year: 2027, month: 7, day: 1))
    #expect(account("cust_a")?.cancelDate == nil)
    #expect(!c.log.findings.contains { $0.contains("give no end") || $0.contains("gives no end") })
    #expect(
      c.log.notes.contains {
        $0.contains("2 rows say the subscription cancels at its term's end (\"non_renewing\"")
          && $0.contains("\"cust_b\" on line 3, 2026-12-01")
      })
  }

  /// The hostile twin: without a term end column, a `non_renewing` row still gives no end, and
  /// the finding says its notice is not read, as before.
  @Test func withoutATermEndTheNoticeStaysUnread() throws {
    let c = try read(
      """
      customer_id,status,started_at,mrr
      cust_a,active,2025-11-01,245.00
      cust_b,non_renewing,2026-04-01,490.00

      """)
    #expect(c.accounts.first { $0.id == "cust_b" }?.cancelDate == nil)
    #expect(c.log.findings.contains { $0.contains("notice was given") })
  }
  /// Paused rows with Chargebee's `resume_date` (trial 48, T48-27): the paused finding says they
  /// resume, pauses not churn; without the column it says nothing of a resume.
  @Test func pausedRowsSayTheirResumeDate() throws {
    let text = """
      customer_id,status,started_at,mrr,resume_date
      cust_a,active,2025-11-01,245.00,
      cust_p,paused,2025-06-01,49.00,2027-01-01
      cust_q,paused,2025-10-01,29.00,2027-01-01

      """
    let c = try read(text)
    #expect(
      c.log.findings.contains {
        $0.contains("say the subscription is paused")
          && $0.contains("all 2 give a date to resume (2027-01-01): pauses, not churn")
      })
    let without = try read(text.replacingOccurrences(of: ",resume_date", with: ",notes"))
    #expect(!without.log.findings.contains { $0.contains("a date to resume") })
  }
}
