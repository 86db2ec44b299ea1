import ARRCore
import Testing

@testable import ARRInput

/// A void or cancelled invoice and its reversal (`docs/import.md`, "Invoice ledger"): a German
/// invoice list keeps a cancelled invoice (`storniert`) beside its cancellation document, a
/// `Stornorechnung` of the negated amount, and other systems cancel an invoice with a credit
/// note. Skipping the first and reading the second cancelled the invoice twice (review 11, F18).
@Suite struct VoidReversalTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))], options: options)
  }

  /// The reviewer's file: Acme is invoiced 100 on the 5th of January to April; February's
  /// invoice RE-2 is cancelled (`storniert`) by SR-1 (−100) and reissued as RE-3 (100). Truth:
  /// 100 a month (RE-2 + SR-1 = 0, RE-3 = 100), no one-time revenue; RE-2 and SR-1 skipped.
  @Test func aStornorechnungIsSkippedWithTheInvoiceItCancels() throws {
    let c = try read(
      """
      Rechnungsnummer;Kunde;Datum;Betrag;Status;Typ
      RE-1;Acme;05.01.2024;100,00;bezahlt;Rechnung
      RE-2;Acme;05.02.2024;100,00;storniert;Rechnung
      SR-1;Acme;07.02.2024;-100,00;abgeschlossen;Stornorechnung
      RE-3;Acme;08.02.2024;100,00;bezahlt;Rechnung
      RE-4;Acme;05.03.2024;100,00;bezahlt;Rechnung
      RE-5;Acme;05.04.2024;100,00;bezahlt;Rechnung
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.oneTimeRow("Acme") == [0, 0, 0, 0])
    let f = c.log.files[0]
    #expect(f.rowsRead == 6 && f.rowsUsed == 4 && f.skipped[.voidOrDraft] == 2)
    #expect(c.log.skipped.contains { $0.line == 4 && $0.reason.contains("line 3") })
    #expect(c.log.findings.contains { $0.contains("first on line 4, reversing line 3") })
  }

  /// English: a `cancelled` invoice and the credit note issued to cancel it. Acme pays 100 in
  /// January, February (reissued), March: 100 a month.
  @Test func aCancelledInvoiceAndItsCreditNoteAreSkipped() throws {
    let c = try read(
      """
      customer,date,amount,status,type
      Acme,2024-01-05,100,paid,invoice
      Acme,2024-02-05,100,cancelled,invoice
      Acme,2024-02-05,-100,paid,credit note
      Acme,2024-02-08,100,paid,invoice
      Acme,2024-03-05,100,paid,invoice
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(c.log.files[0].skipped[.voidOrDraft] == 2)
  }

  /// What is no reversal: a credit dated before the void invoice (it cannot cancel it), a
  /// credit of another amount, and another customer's credit of the same amount. Acme's 40
  /// credit of January 20 and Beta's −100 of February 10 are read; nothing is paired.
  @Test func onlyALaterLineOfTheSameCustomerAndAmountIsAReversal() throws {
    let c = try read(
      """
      customer,date,amount,status
      Acme,2024-01-05,100,paid
      Acme,2024-01-20,-100,paid
      Acme,2024-02-05,100,void
      Acme,2024-02-06,-60,paid
      Beta,2024-02-01,300,paid
      Beta,2024-02-10,-100,paid
      Acme,2024-03-05,100,paid
      """)
    let f = c.log.files[0]
    #expect(f.rowsUsed == 6 && f.skipped[.voidOrDraft] == 1)
    #expect(!c.log.findings.contains { $0.contains("reversing line") })
  }

  /// A customer whose only lines are a void invoice and its reversal bills nothing: no account
  /// (it was an account without revenue).
  @Test func aCustomerWithOnlyAVoidInvoiceAndItsReversalIsNoAccount() throws {
    let c = try read(
      """
      customer,date,amount,status
      Acme,2024-01-05,100,paid
      Beta,2024-02-05,50,void
      Beta,2024-02-09,-50,paid
      Acme,2024-02-05,100,paid
      """)
    #expect(c.accounts.map(\.id) == ["Acme"])
    #expect(c.mrrRow("Acme") == [10_000, 10_000])
  }
}
