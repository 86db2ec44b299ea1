import ARRCore
import Testing

@testable import ARRInput

/// The as-of month of a subscriptions table read without `--as-of` (`docs/import.md`,
/// "Subscriptions table"; ``SubscriptionTableAsOf``). The contracts are a public file,
/// bashiraziz/acctreconagents' `data/mock/subscriptions/subscriptions_contracts.csv` (an
/// October 2025 snapshot): its 2027-09 term end made the as-of month 2027-09, where only one
/// contract still ran, and headline ARR read $1.80M instead of the $3.24M running in 2025-10.
@Suite struct SubscriptionTableAsOfTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions_contracts.csv", bytes: Array(text.utf8))],
      options: options)
  }

  func asOfMRR(_ c: ImportedCompany, _ id: String) -> Int64 {
    let a = c.accounts.firstIndex { $0.id == id }!
    return c.mrr[c.cell(a, c.monthCount - 1)]
  }

  static let contracts = """
    contract_id,customer,start_date,end_date,mrr,status,notes
    SUB-3001,Apex Retail,2024-04-01,2026-03-31,120000,Active,
    SUB-3015,Blue Harbor,2024-09-01,2025-08-31,90000,Active,
    SUB-3020,Celsius Cloud,2023-07-01,2025-06-30,70000,Active,
    SUB-2905,Delta Health,2022-05-01,2024-04-30,60000,Churned,Should reduce ARR by $30k MRR
    SUB-3100,Evergreen Labs,2025-10-01,2027-09-30,150000,New,
    """

  /// The latest start is 2025-10-01 (line 6); the ends 2026-03-31 and 2027-09-30 run past it,
  /// the latest 23 months after (more than 3): the as-of month is 2025-10. Running then: Apex
  /// 120,000 and Evergreen 150,000 (MRR 270,000, ARR 3,240,000); Blue Harbor ended 2025-08-31,
  /// billing through August; Celsius and Delta ended earlier. Apex's every spell ends after
  /// 2025-10-01, on 2026-03-31, two whole years from its start: a term's end, its renewal date,
  /// not notice given (``SubscriptionTermEndTests``).
  @Test func endsFarPastEveryStartAreScheduled() throws {
    let c = try read(Self.contracts)
    #expect(c.asOf == Month(year: 2025, month: 10))
    #expect(asOfMRR(c, "Apex Retail") == 12_000_000)
    #expect(asOfMRR(c, "Evergreen Labs") == 15_000_000)
    #expect(asOfMRR(c, "Blue Harbor") == 0)
    #expect(asOfMRR(c, "Celsius Cloud") == 0)
    let apex = try #require(c.accounts.first { $0.id == "Apex Retail" })
    #expect(apex.cancelDate == nil)
    #expect(apex.contractEndDate == CivilDate(year: 2026, month: 3, day: 31))
    // Rows read = used + skipped: 5 = 5 + 0.
    #expect(c.log.files[0].rowsRead == 5)
    #expect(c.log.files[0].rowsUsed == 5)
    let finding = try #require(c.log.findings.first { $0.contains("read as scheduled") })
    #expect(finding.contains("its latest start, 2025-10 (line 6): 2 ends fall after it"))
    #expect(finding.contains("up to 2027-09 (line 6)"))
    #expect(finding.contains("--as-of with its month (at most 2027-09)"))
  }

  /// `--as-of` decides alone: 2027-09 reads to the last end, with no finding.
  @Test func asOfGivenDecides() throws {
    let c = try read(Self.contracts, options: ImportOptions(asOf: Month(year: 2027, month: 9)))
    #expect(c.asOf == Month(year: 2027, month: 9))
    #expect(asOfMRR(c, "Evergreen Labs") == 15_000_000)
    #expect(!c.log.findings.contains { $0.contains("read as scheduled") })
  }

  /// An end after every start is not evidence that the table runs to it (session 16, import2
  /// lane; trial 16, R8): a latest start in 2024-01 and an end 1 or 4 months after it, with no
  /// status, are read as scheduled (as-of 2024-01, a finding). It was 3 months before the
  /// sixteenth session: an end up to 3 months past every start decided, as a churn after the
  /// last new customer.
  @Test(arguments: ["2024-02-20", "2024-04-30", "2024-05-02"])
  func anEndAfterEveryStartIsScheduled(end: String) throws {
    let text = """
      customer_id,start_date,end_date,mrr
      A,2024-01-01,\(end),10
      B,2024-01-15,,20
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: 1))
    let finding = try #require(c.log.findings.first { $0.contains("read as scheduled") })
    #expect(finding.contains("its latest start, 2024-01 (line 2): 1 end falls after it"))
    // A's every subscription ends after the as-of month: notice given.
    let a = try #require(c.accounts.first { $0.id == "A" })
    #expect(a.cancelDate == CivilDate(end))
  }

  /// A row whose status says it has ended (`expired`, `churned`…: the status is the export's)
  /// ended by the export: its end after every start decides (as-of 2024-03, a note), and B bills
  /// January to March (it ends after the 1st). `canceled` does not: Recurly's is a live
  /// subscription that will not renew (as-of 2024-01, a finding).
  @Test(arguments: [("expired", 3, false), ("churned", 3, false), ("canceled", 1, true)])
  func anEndedStatusMakesItsEndEvidence(status: String, month: Int, isScheduled: Bool) throws {
    let text = """
      customer_id,status,start_date,end_date,mrr
      A,active,2024-01-15,,100
      B,\(status),2024-01-01,2024-03-20,50
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: month))
    #expect(c.log.findings.contains { $0.contains("read as scheduled") } == isScheduled)
    #expect(c.mrrRow("B") == Array(repeating: 5_000, count: month))
    #expect(
      c.log.notes.contains {
        $0.contains("latest end whose status says it ended, 2024-03 (line 3), after every start")
      } == !isScheduled)
  }

  /// An end column whose name says the end happened (`churn_date`, `ended_at`, `Churned At`)
  /// dates the export no earlier, with no status (session 17, lead): a churn table whose last
  /// signup is B's on 2024-01-15 and whose A churned on 2024-03-20 was measured at 2024-01, the
  /// churn unread, behind a finding. Now as-of 2024-03: A billed 100 in January to March (a
  /// spell runs through its end's month, as the ended status's test above), B 50 throughout.
  /// An `end_date` or `expires_at` may be ahead (a term's end, notice): still scheduled.
  @Test(arguments: [
    ("churn_date", 3), ("ended_at", 3), ("Churned At", 3), ("end_date", 1), ("expires_at", 1),
  ])
  func anEndColumnNamedAsHappenedIsEvidence(header: String, month: Int) throws {
    let c = try read(
      """
      customer_id,signup_date,\(header),mrr
      A,2024-01-05,2024-03-20,100
      B,2024-01-15,,50
      """)
    #expect(c.asOf == Month(year: 2024, month: month))
    #expect(c.mrrRow("A") == Array(repeating: 10_000, count: month))
    #expect(c.mrrRow("B") == Array(repeating: 5_000, count: month))
    let isHappened = month == 3
    #expect(c.log.findings.contains { $0.contains("read as scheduled") } == !isHappened)
    #expect(
      c.log.notes.contains {
        $0.contains("latest end in a column that says it happened, 2024-03 (line 2)")
      } == isHappened)
  }

  /// Trial 16, R8 (Recurly's subscriptions export, the user's renames: `state` → `status`,
  /// `expires_at` → `end_date`; the customer is its `email`): zeta has given notice (`canceled`, ending 2025-08-01), the latest
  /// signup is epsilon's on 2025-06-10, in trial to 2025-07-10. The export is of 2025-06: acme
  /// 500 + zeta 500 (notice given, still paying) = MRR 1,000; epsilon in trial bills nothing
  /// yet; gamma expired in March. The as-of month was 2025-08 (zeta's end, 2 months after the
  /// latest start): zeta churned and epsilon a converted trial billing 400.
  @Test func aScheduledEndDoesNotMoveTheAsOfMonth() throws {
    let c = try read(
      """
      email,status,mrr,activated_at,end_date,trial_ends_at
      ap@acme.io,active,500.00,2024-07-03 10:14:22 UTC,,
      finance@gamma.co,expired,300.00,2024-08-10 08:00:00 UTC,2025-03-10 08:00:00 UTC,
      hi@epsilon.ai,active,400.00,2025-06-10 12:00:00 UTC,,2025-07-10 12:00:00 UTC
      ar@zeta.org,canceled,500.00,2024-08-01 00:00:00 UTC,2025-08-01 00:00:00 UTC,
      """)
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("ap@acme.io").last == 50_000)
    #expect(c.mrrRow("ar@zeta.org").last == 50_000)
    #expect(c.mrrRow("hi@epsilon.ai").last == 0)
    #expect(c.mrrRow("finance@gamma.co").last == 0)
    let zeta = try #require(c.accounts.first { $0.id == "ar@zeta.org" })
    #expect(zeta.cancelDate == CivilDate(year: 2025, month: 8, day: 1))
    #expect(c.log.findings.contains { $0.contains("up to 2025-08 (line 5)") })
  }

  /// Rows that say when they were last written put the export no earlier (Rishika73/
  /// enterprise-customer-revenue-platform's public `subscriptions.csv`: starts up to 2026-04,
  /// `updated_at` up to 2026-09-12, one-year contracts): as-of 2026-09, not the latest start
  /// (2026-04). C1's term ends 2026-09-30, inside the as-of month, closing a whole year from its
  /// start: a renewal date, not notice given (it read as a cancellation). C2 ends 2027-03-31:
  /// a term's end too.
  @Test func theLatestUpdateIsTheEarliestExportDate() throws {
    let c = try Importer.read([
      Importer.SourceFile(
        name: "subs.csv",
        bytes: Array(
          """
          customer_id,start_date,end_date,mrr,status,updated_at
          C1,2025-10-01,2026-09-30,35000,active,2026-09-01 10:00:00
          C2,2026-04-01,2027-03-31,13750,active,2026-09-12 10:00:00
          """.utf8))
    ])
    #expect(c.asOf == Month(year: 2026, month: 9))
    #expect(c.mrrRow("C1").last == 3_500_000)
    let c1 = try #require(c.accounts.first { $0.id == "C1" })
    #expect(c1.cancelDate == nil)
    #expect(c1.contractEndDate == CivilDate(year: 2026, month: 9, day: 30))
    #expect(
      c.log.notes.contains {
        $0.contains("the as-of month is that of the rows' latest update, 2026-09 (line 2)")
      })
  }
}
