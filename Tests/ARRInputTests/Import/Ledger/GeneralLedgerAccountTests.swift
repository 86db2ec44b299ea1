import ARRCore
import Testing

@testable import ARRInput

/// A general ledger account's transactions (Xero's *Account Transactions*: `Debit`, `Credit`,
/// `Running Balance`, `Gross`, `VAT`): each line's revenue is its credit less its debit, the
/// deferral journals are given to the customer their description names, and the lines are summed
/// per customer and month (`docs/import.md`, "General ledger account"; trial 22, T22-22).
@Suite struct GeneralLedgerAccountTests {
  func read(_ text: String, lenient: Bool = false) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "gl.csv", bytes: Array(text.utf8))],
      options: ImportOptions(isLenient: lenient))
  }

  /// Alpha pays 100.00 a month (gross 120.00 with 20.00 VAT). Beta is invoiced 1,200.00 for a
  /// year on 1 January (gross 1,440.00); a journal defers it (debit 1,200.00) and one releases
  /// 100.00 at each month end. By hand, credit − debit per customer and month:
  /// Alpha 100, 100, 100; Beta January 1,200 − 1,200 + 100 = 100, then 100, 100.
  static func ledger(journal: String = "Release deferred revenue Beta") -> String {
    """
    Acme Ltd
    Account Transactions
    Date,Source,Contact,Description,Reference,Debit,Credit,Running Balance,Gross,VAT
    200 - Sales
    Opening Balance,,,,,,,0.00,,
    01 Jan 2024,Receivable Invoice,Alpha,Monthly subscription,INV-1,,100.00,100.00,120.00,20.00
    01 Jan 2024,Receivable Invoice,Beta,Annual subscription,INV-2,,"1,200.00","1,300.00","1,440.00",240.00
    01 Jan 2024,Manual Journal,,Defer annual invoice Beta,MJ,"1,200.00",,100.00,,
    31 Jan 2024,Manual Journal,,\(journal),MJ,,100.00,200.00,,
    01 Feb 2024,Receivable Invoice,Alpha,Monthly subscription,INV-3,,100.00,300.00,120.00,20.00
    28 Feb 2024,Manual Journal,,Release deferred revenue Beta,MJ,,100.00,400.00,,
    01 Mar 2024,Receivable Invoice,Alpha,Monthly subscription,INV-4,,100.00,500.00,120.00,20.00
    31 Mar 2024,Manual Journal,,Release deferred revenue Beta,MJ,,100.00,600.00,,
    Total 200 - Sales,,,,,,,600.00,,
    """
  }

  /// The recognised revenue per customer and month, net of VAT: 100.00 each (read from `Gross`
  /// as an invoice ledger, Alpha was 120.00 and every journal "no customer").
  @Test func creditLessDebitIsRecognisedRevenuePerCustomer() throws {
    let c = try read(Self.ledger())
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("Beta") == [10_000, 10_000, 10_000])
    #expect(c.log.files[0].shape == .ledger)
    #expect(
      c.log.notes.contains {
        $0.contains("read as a general ledger account's transactions")
          && $0.contains("4 lines with no contact (journals) given to the customer")
      })
    // Rows read = used + skipped: 8 lines used; 2 title lines, the account's row, the opening
    // balance and the total skipped.
    let f = c.log.files[0]
    #expect(f.rowsUsed == 8)
    #expect(f.rowsRead == 13)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
    #expect(f.ignoredColumns.contains("Gross"))
  }

  /// A journal naming no customer of the file is a problem at its description; the contact
  /// column is never filled down (it would give the journal to Beta's invoice above it).
  @Test func aJournalNamingNoCustomerIsAProblem() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(Self.ledger(journal: "Year-end accrual"))
    }
    let p = try #require(error.problems.first)
    #expect(error.problems.count == 1)
    #expect(p.line == 9 && p.column == 4)
    #expect(p.message.contains("names no customer of the file"))
    #expect(!error.description.contains("fill the column down"))
  }

  /// With `--lenient` the journal is skipped and reported: Beta's January is 1,200 − 1,200 = 0
  /// without its release, so Beta starts in February.
  @Test func withLenientTheJournalIsSkippedAndReported() throws {
    let c = try read(Self.ledger(journal: "Year-end accrual"), lenient: true)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("Beta") == [0, 10_000, 10_000])
    #expect(c.log.skipped.contains { $0.line == 9 })
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Whole words only: "Client 1" is not named by "Client 10".
  @Test func aContactIsNamedByWholeWords() {
    #expect(GeneralLedgerAccount.names("Release Client 1", "Client 1"))
    #expect(!GeneralLedgerAccount.names("Release Client 10", "Client 1"))
    #expect(GeneralLedgerAccount.names("client 10: release", "Client 10"))
  }

  /// An income account's credits less debits summing below zero is no revenue account.
  @Test func creditsBelowDebitsAreRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Date,Contact,Description,Debit,Credit
        2024-01-05,Alpha,Payment,100.00,
        """)
    }
    #expect(error.message.contains("not a revenue account"))
  }
}

/// A gross amount beside a tax column (`docs/import.md`, "Invoice ledger"): the column the gross
/// less the tax equals on nearly every line is read; with none, the gross less the tax.
@Suite struct LedgerNetOfTaxTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  /// Gross 120 − VAT 20 = Sales 100 on all 3 lines: `Sales` is read, 100.00 a month (was the
  /// gross, 120.00, with a finding that it might include tax).
  @Test func theColumnGrossLessTaxEqualsIsRead() throws {
    let c = try read(
      """
      Customer,Date,Sales,Gross,VAT
      A,2024-01-05,100.00,120.00,20.00
      A,2024-02-05,100.00,120.00,20.00
      A,2024-03-05,100.00,120.00,20.00
      """)
    #expect(c.mrr == [10_000, 10_000, 10_000])
    #expect(c.log.notes.contains { $0.contains("\"Gross\" less \"VAT\" equals it on 3 of the 3") })
    #expect(!c.log.findings.contains { $0.contains("tax") })
  }

  /// One line of 3 where the other column differs (a discount typed by hand): 2 of 3 is under
  /// 95%, so no column is the net; `Gross` is read less the tax, 100.00, with a note.
  @Test func withoutANetColumnTheGrossLessTheTaxIsRead() throws {
    let c = try read(
      """
      Customer,Date,Gross,VAT,Sales
      A,2024-01-05,120.00,20.00,100.00
      A,2024-02-05,120.00,20.00,100.00
      A,2024-03-05,120.00,20.00,90.00
      """)
    #expect(c.mrr == [10_000, 10_000, 10_000])
    #expect(c.log.notes.contains { $0.contains("each line's amount is \"Gross\" less \"VAT\"") })
    #expect(!c.log.findings.contains { $0.contains("tax") })
  }
}
