import ARRCore
import Testing

@testable import ARRInput

/// An accounts receivable ledger typed `Debit`/`Credit` (`docs/import.md`, "Invoice ledger"):
/// its debits are invoices and its bare credits usually payments received.
@Suite struct DebitCreditLedgerTests {
  /// The reviewer's dc.csv: a debit of 100.00 on the 1st of January, February and March 2024,
  /// each paid by a credit of 100.00 on the 20th. Read as credit notes the credits cancelled
  /// the debits (ARR 0); now they are skipped as payments: MRR 100.00 in each month, and a
  /// finding gives their count and total (3, 300.00). Rows read = used + skipped: 6 = 3 + 3.
  @Test func creditsBesideDebitsArePayments() throws {
    let text = """
      Customer,Date,Type,Amount
      A,2024-01-01,Debit,100.00
      A,2024-01-20,Credit,100.00
      A,2024-02-01,Debit,100.00
      A,2024-02-20,Credit,100.00
      A,2024-03-01,Debit,100.00
      A,2024-03-20,Credit,100.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "dc.csv", bytes: Array(text.utf8))])
    #expect(c.mrr == [10_000, 10_000, 10_000])
    #expect(c.log.files[0].rowsRead == 6)
    #expect(c.log.files[0].rowsUsed == 3)
    #expect(
      c.log.findings.contains {
        $0.contains("the 3 credit lines (first on line 3, $300.00 in all) skipped as payments")
      }, "\(c.log.findings)")
    #expect(!c.log.notes.contains { $0.contains("as Xero writes credit notes") })
    #expect(!(c.log.notes + c.log.findings).contains { $0.contains("type values not recognised") })
  }

  /// Without a debit line, a bare `Credit` is still a credit document (Xero's positive credit
  /// notes): 100.00 billed in January, a credit of 40.00 in February negated.
  @Test func aCreditWithoutDebitsIsACreditNote() throws {
    let text = """
      Customer,Date,Type,Amount
      A,2024-01-01,Invoice,100.00
      A,2024-02-01,Credit,40.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "c.csv", bytes: Array(text.utf8))])
    #expect(c.log.notes.contains { $0.contains("as Xero writes credit notes") })
    #expect(!c.log.findings.contains { $0.contains("Debit and Credit") })
  }
}
