import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table that is a snapshot of current amounts: one row per customer, a start,
/// a current price and no end (ChartMogul's customers list; `docs/import.md`, "Subscriptions
/// table"; session 16's trial, C5: read as a history, an upgrade became the new price all
/// along and the one cancelled customer vanished, with nothing said).
@Suite struct SubscriptionSnapshotTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "customers.csv", bytes: Array(text.utf8))],
      options: ImportOptions(amounts: .cents))
  }

  /// ChartMogul's customer columns (`mrr` in cents): acme (its email the customer, as the table has no customer id column named so) 500 a month since 2024-07, delta 600
  /// since 2024-10 (it paid 200 before an upgrade the list does not show), gamma `Cancelled` at
  /// 0 with no end. By hand: acme 500 in every month from 2024-07 to the as-of month 2024-10
  /// (the latest start), delta 600 in 2024-10, gamma nothing: headline MRR 1,100. The file is
  /// a snapshot (flagged for `snapshot_history`), and gamma's churn, whose month is unknown, is
  /// a finding naming its line.
  @Test func aCurrentMRRListIsASnapshot() throws {
    let c = try read(
      """
      uuid,external_id,name,email,status,customer-since,mrr,arr,plan
      cus_1,acme,Acme Inc,ap@acme.io,Active,2024-07-03T10:14:22Z,50000,600000,Pro Monthly
      cus_3,gamma,Gamma Co,finance@gamma.co,Cancelled,2024-08-10T08:00:00Z,0,0,Starter Monthly
      cus_4,delta,Delta Dev,ops@delta.dev,Active,2024-10-01T09:00:00Z,60000,720000,Pro Monthly
      """)
    #expect(c.mrrRow("ap@acme.io") == [50_000, 50_000, 50_000, 50_000])
    #expect(c.mrrRow("ops@delta.dev") == [0, 0, 0, 60_000])
    let asOf = c.monthCount - 1
    #expect(c.accounts.indices.reduce(Int64(0)) { $0 + c.mrr[c.cell($1, asOf)] } == 110_000)
    #expect(c.log.files[0].isSnapshot)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("customers.csv: one row per customer, each with a start and its current price")
      })
    #expect(
      c.log.findings.contains {
        $0.contains("(\"Cancelled\" for \"finance@gamma.co\" on line 3)")
          && $0.contains("when it left is unknown")
      })
    let company = try c.company(name: "t", currency: nil)
    #expect(company.company.dataQuality.imported?.isSnapshot == true)
  }

  /// A customer with two rows (a history: an upgrade written as a new row) or a row with an end
  /// is no snapshot.
  @Test(arguments: [
    """
    customer_id,start_date,end_date,mrr
    acme,2024-01-01,,500
    beta,2024-02-01,2024-05-31,300
    """,
    """
    customer_id,start_date,mrr
    acme,2024-01-01,200
    acme,2024-03-01,300
    beta,2024-02-01,300
    """,
  ])
  func aHistoryIsNoSnapshot(table: String) throws {
    let c = try Importer.read([Importer.SourceFile(name: "s.csv", bytes: Array(table.utf8))])
    #expect(!c.log.files[0].isSnapshot)
    #expect(!c.log.findings.contains { $0.contains("a snapshot of current amounts") })
  }
}
