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

  /// The boundary: a latest start in 2024-01 and an end 3 months after it (2024-04-30) still
  /// decides (a churn after the last new customer: as-of 2024-04, a note); 4 months after
  /// (2024-05-02) is read as scheduled (as-of 2024-01, a finding).
  @Test(arguments: [("2024-04-30", 4, false), ("2024-05-02", 1, true)])
  func anEndUpToThreeMonthsPastEveryStartDecides(end: String, month: Int, isScheduled: Bool)
    throws
  {
    let text = """
      customer_id,start_date,end_date,mrr
      A,2024-01-01,\(end),10
      B,2024-01-15,,20
      """
    let c = try read(text)
    #expect(c.asOf == Month(year: 2024, month: month))
    #expect(c.log.findings.contains { $0.contains("read as scheduled") } == isScheduled)
    #expect(
      c.log.notes.contains { $0.contains("the end on line 2, after every start") } == !isScheduled)
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
