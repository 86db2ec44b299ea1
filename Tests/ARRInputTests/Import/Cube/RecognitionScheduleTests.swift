import ARRCore
import Testing

@testable import ARRInput

/// A revenue-recognition schedule: one row per invoice with a ledger's columns beside month
/// columns of recognised revenue, a deferred balance and a total row. Its months are read, summed
/// per customer, and the other columns left out with a note (`docs/import.md`, "Customer cube";
/// trial 22, T22-16).
@Suite struct RecognitionScheduleTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "schedule.csv", bytes: Array(text.utf8))])
  }

  /// Alpha's annual invoice of 1,200 recognises 100 a month (800 still deferred at April's
  /// end); Beta has four monthly invoices, 50, 50, 60 and 60, one row each. By hand: Alpha 100
  /// in each of the 4 months; Beta 50, 50, 60, 60 (its rows summed). Read as a ledger, the
  /// invoice totals were spread again by their size and the months ignored.
  @Test func theMonthColumnsAreReadSummedPerCustomer() throws {
    let c = try read(
      """
      Invoice #,Customer,Invoice date,Term (months),Invoice total,Jan-24,Feb-24,Mar-24,Apr-24,Deferred revenue 30-Apr-24
      INV-1,Alpha,2024-01-01,12,1200,100,100,100,100,800
      INV-2,Beta,2024-01-01,1,50,50,0,0,0,0
      INV-3,Beta,2024-02-01,1,50,0,50,0,0,0
      INV-4,Beta,2024-03-01,1,60,0,0,60,0,0
      INV-5,Beta,2024-04-01,1,60,0,0,0,60,0
      Total,,,,1420,150,150,160,160,800
      """)
    #expect(c.log.files[0].shape == .cube)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("Beta") == [5_000, 5_000, 6_000, 6_000])
    #expect(
      c.log.notes.contains {
        $0.contains("read as a revenue-recognition schedule")
          && $0.contains("4 month columns (\"Jan-24\" … \"Apr-24\")")
          && $0.contains("\"Deferred revenue 30-Apr-24\"")
      })
    // Several invoices of one customer are the schedule's point: a note, not a finding.
    #expect(c.log.notes.contains { $0.contains("on several rows (one per invoice), summed") })
    #expect(!c.log.findings.contains { $0.contains("several rows") })
  }

  /// Month columns holding no amount (empty or 0 everywhere) are no schedule: the ledger is read
  /// from its invoice totals, as before.
  @Test func emptyMonthColumnsLeaveALedger() throws {
    let c = try read(
      """
      Invoice #,Customer,Invoice date,Invoice total,Jan-24,Feb-24,Mar-24
      INV-1,Alpha,2024-01-01,100,,,
      INV-2,Alpha,2024-02-01,100,0,0,0
      INV-3,Alpha,2024-03-01,100,,,
      """)
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
  }
}
