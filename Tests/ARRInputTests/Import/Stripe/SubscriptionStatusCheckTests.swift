import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's status column checked against its dates (`docs/import.md`,
/// "Subscriptions table"; ``SubscriptionStatusCheck``): the dates decide, a contradicting
/// status is a finding and the other end of the account's `ambiguous_arr` range.
@Suite struct SubscriptionStatusCheckTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  func account(_ c: ImportedCompany, _ id: String) -> ImportedAccount {
    c.accounts.first { $0.id == id }!
  }

  /// bashiraziz/acctreconagents' public `subscriptions_contracts.csv` (an October 2025
  /// snapshot): Blue Harbor (90,000, ended 2025-08-31) and Celsius Cloud (70,000, ended
  /// 2025-06-30) say `Active`. By the dates they churned; if renewed, ARR is 12 × 160,000 =
  /// 1,920,000 higher. Apex (ends 2026-03-31) and Delta (Churned, ended 2024) agree with theirs.
  @Test func activeRowsPastTheirEnd() throws {
    // The same file as the as-of tests read (``SubscriptionTableAsOfTests/contracts``).
    let c = try read(SubscriptionTableAsOfTests.contracts)
    #expect(c.asOf == Month(year: 2025, month: 10))
    #expect(account(c, "Blue Harbor").ambiguousMRR?.low == 0)
    #expect(account(c, "Blue Harbor").ambiguousMRR?.high == 9_000_000)
    #expect(account(c, "Celsius Cloud").ambiguousMRR?.high == 7_000_000)
    #expect(account(c, "Apex Retail").ambiguousMRR == nil)
    #expect(account(c, "Delta Health").ambiguousMRR == nil)
    #expect(!c.log.files[0].ignoredColumns.contains("status"))
    let finding = try #require(c.log.findings.first { $0.contains("under \"status\"") })
    #expect(finding.contains("2 rows say the subscription runs (\"Active\" under \"status\")"))
    #expect(finding.contains("(\"Blue Harbor\" on line 3, ended 2025-08-31)"))
    #expect(finding.contains("headline ARR is $1,920,000.00 higher"))
  }

  /// B says `churned` with no end: billed by the dates (50 at as-of), 0 if the status is
  /// right (ARR 600 lower). C's `expired` agrees with its end (2024-02-10, billing February),
  /// which decides the as-of month: its status says it ended (`cancelled` does not since the
  /// sixteenth session: Recurly's is notice given).
  @Test func churnedRowsWithoutAnEnd() throws {
    let c = try read(
      """
      customer_id,start_date,end_date,mrr,status
      A,2024-01-01,,100,active
      B,2024-01-01,,50,churned
      C,2024-01-01,2024-02-10,30,expired
      """)
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(account(c, "B").ambiguousMRR?.low == 0)
    #expect(account(c, "B").ambiguousMRR?.high == 5_000)
    #expect(account(c, "A").ambiguousMRR == nil)
    #expect(account(c, "C").ambiguousMRR == nil)
    #expect(
      c.log.findings.contains {
        $0.contains(
          "1 row says the subscription has ended (\"churned\" under \"status\") but has no end "
            + "(customer \"B\" on line 3): read as running, by the dates"
        )
          && $0.contains("headline ARR is $600.00 lower")
      })
  }

  /// JustR3/payment-data-analytics' `subscriptions.csv` in small (trial 28, T28-8): no end
  /// column at all, B `churned`. The status is the only evidence of an end, so it leads
  /// (session 31, lead): B is billed through 2024-01 and not at 2024-02 (C's start, the as-of
  /// month), so as-of MRR is A 100 + C 10 = 110 and ARR 1,320; if B runs, ARR is 12 × 50 =
  /// $600.00 higher (B's range 0 to 50). The finding names B as the customer (it once quoted
  /// `("B" on line 3)` as if it were the end cell).
  @Test func endedRowsInATableWithNoEndColumn() throws {
    let c = try read(
      """
      sub_id,customer_id,mrr,status,start_date
      S1,A,100,active,2024-01-01
      S2,B,50,churned,2024-01-01
      S3,C,10,active,2024-02-01
      """)
    #expect(c.asOf == Month(year: 2024, month: 2))
    let b = try #require(c.accounts.firstIndex { $0.id == "B" })
    #expect(c.mrr[c.cell(b, 0)] == 5_000)
    #expect(c.mrr[c.cell(b, 1)] == 0)
    let asOfMRR = c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, 1)] }
    #expect(asOfMRR == 11_000)
    #expect(account(c, "B").ambiguousMRR?.low == 0)
    #expect(account(c, "B").ambiguousMRR?.high == 5_000)
    #expect(
      c.log.findings.contains {
        $0.contains(
          "1 row says the subscription has ended (\"churned\" under \"status\", customer \"B\" "
            + "on line 3) and the table gives no end (no end column, or none filled in): read "
            + "as ended by 2024-02, the as-of month, by the status; the month it ended is "
            + "unknown, so 2024-02's churn holds it and the months before bill it from its "
            + "start; if it runs, headline ARR is $600.00 higher: given as the range")
      })
    #expect(!c.log.findings.contains { $0.contains("read as running") })
  }

  /// The same table with one end date filled in anywhere gives an end: the dates decide, as
  /// in ``churnedRowsWithoutAnEnd()``, and B runs (its range down to 0).
  @Test func oneEndInTheTableKeepsTheDatesReading() throws {
    let c = try read(
      """
      sub_id,customer_id,mrr,status,start_date,end_date
      S1,A,100,active,2024-01-01,
      S2,B,50,churned,2024-01-01,
      S3,C,10,active,2024-02-01,2024-03-15
      """)
    let b = try #require(c.accounts.firstIndex { $0.id == "B" })
    #expect(c.mrr[c.cell(b, c.monthCount - 1)] == 5_000)
    #expect(account(c, "B").ambiguousMRR?.low == 0)
  }

  /// B and C say notice was given (`non_renewing`) but give no end: when they leave is unknown,
  /// so the notice is not read, and a finding says so with their ARR, 12 × ($50 + $20) = $840
  /// (session 19, lead; trial 18a, W2: nothing was said). A says it runs: no finding of it.
  @Test func noticeWithoutAnEndIsSaid() throws {
    let c = try read(
      """
      customer_id,start_date,end_date,mrr,status
      A,2024-01-01,,100,active
      B,2024-01-01,,50,non_renewing
      C,2024-01-01,,20,non_renewing
      """)
    #expect(
      c.log.findings.contains {
        $0.contains(
          "2 rows say notice was given (\"non_renewing\" under \"status\", \"B\" on line 3) but "
            + "give no end: when they leave is unknown, so the notice is not read (no "
            + "cancellation signal in the score) and $840.00 of headline ARR counts as running; "
            + "give each row its term's end as the end date to read it")
      })
    #expect(!c.log.notes.contains { $0.contains("a status the reader does not read") })
  }
}
