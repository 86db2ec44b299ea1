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

  /// Review 13, F1: a voided credit note (Xero writes its amount positive, type `ACCRECCREDIT`)
  /// cancelled a real, different credit note of the same amount, and both were skipped. A voided
  /// credit note cancels only its own document: nothing here. Acme is billed 100.00 a month;
  /// CN-2 credits 30.00 in February: 100, 70, 100 (it read 100, 100, 100). With or without the
  /// invoice number column.
  @Test(arguments: [true, false])
  func aVoidedCreditNoteCancelsNoOtherCreditNote(hasNumbers: Bool) throws {
    let rows = [
      ("ContactName", "InvoiceNumber", "InvoiceDate", "Type", "Status", "Total"),
      ("Acme", "INV-1", "2024-01-05", "ACCREC", "PAID", "100.00"),
      ("Acme", "INV-2", "2024-02-05", "ACCREC", "PAID", "100.00"),
      ("Acme", "CN-1", "2024-02-10", "ACCRECCREDIT", "VOIDED", "30.00"),
      ("Acme", "CN-2", "2024-02-12", "ACCRECCREDIT", "AUTHORISED", "30.00"),
      ("Acme", "INV-3", "2024-03-05", "ACCREC", "PAID", "100.00"),
    ]
    let text = rows.map { r in
      (hasNumbers ? [r.0, r.1, r.2, r.3, r.4, r.5] : [r.0, r.2, r.3, r.4, r.5])
        .joined(separator: ",")
    }.joined(separator: "\n")
    let c = try read(text)
    // CN-2 is read: a one-off credit beside February's charge, left out (``OneOffCredits``).
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == -3_000)
    let f = c.log.files[0]
    #expect(f.rowsUsed == 4 && f.skipped[.voidOrDraft] == 1)
    #expect(!c.log.skipped.contains { $0.line == 5 })
    #expect(!c.log.findings.contains { $0.contains("reversing line") })
    // CN-2, a credit note awaiting its refund, is no unpaid revenue.
    #expect(!c.log.findings.contains { $0.contains("not paid") })
  }

  /// Review 13, F1: with invoice numbers, a void cancels its own document's line before any
  /// other of the same amount. INV-2 (February, 100) is void; its reversal is written under its
  /// own number in March (line 7), while CN-1, a credit of another document, falls in February.
  /// Read: 100 a month, CN-1 read as a one-off credit beside February's charge and left out
  /// (``OneOffCredits``; it netted February to 0 before session 29); line 7 is skipped with
  /// the void, and a note (not a finding: the document says it) counts it.
  @Test func aVoidCancelsItsOwnDocumentFirst() throws {
    let c = try read(
      """
      Invoice Number,Customer,Date,Amount,Status
      INV-1,Acme,2024-01-05,100,paid
      INV-2,Acme,2024-02-05,100,void
      INV-3,Acme,2024-02-06,100,paid
      CN-1,Acme,2024-02-20,-100,paid
      INV-4,Acme,2024-03-05,100,paid
      INV-2,Acme,2024-03-20,-100,paid
      INV-5,Acme,2024-04-05,100,paid
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == -10_000)
    #expect(c.log.skipped.contains { $0.line == 7 && $0.reason.contains("line 3") })
    #expect(!c.log.skipped.contains { $0.line == 5 })
    #expect(c.log.notes.contains { $0.contains("first on line 7, reversing line 3") })
    #expect(!c.log.findings.contains { $0.contains("reversing line") })
  }

  /// Review 13, F1: a credit naming the void invoice (`Storno zu RE-2`) is its reversal, even
  /// after the window; one naming another invoice is not, even inside it. RE-2 (February, 100)
  /// is cancelled; SR-1 (February 20) names RE-9, another invoice, and is read as a credit;
  /// SR-2 (May 2) names RE-2 and is skipped with it. Acme: 100 a month; SR-1, read, is a
  /// one-off credit beside RE-3, left out (100 of it).
  @Test func aCreditNamingTheVoidInvoiceIsItsReversal() throws {
    let c = try read(
      """
      Rechnungsnummer;Kunde;Datum;Betrag;Status;Beschreibung
      RE-1;Acme;05.01.2024;100,00;bezahlt;Abo
      RE-2;Acme;05.02.2024;100,00;storniert;Abo
      RE-3;Acme;06.02.2024;100,00;bezahlt;Abo
      SR-1;Acme;20.02.2024;-100,00;bezahlt;Storno zu RE-9
      RE-4;Acme;05.03.2024;100,00;bezahlt;Abo
      RE-5;Acme;05.04.2024;100,00;bezahlt;Abo
      SR-2;Acme;02.05.2024;-100,00;bezahlt;Storno zu RE-2.
      RE-6;Acme;05.05.2024;100,00;bezahlt;Abo
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == -10_000)
    #expect(c.log.skipped.contains { $0.line == 8 && $0.reason.contains("line 3") })
    #expect(!c.log.skipped.contains { $0.line == 5 })
  }

  /// Review 13, F2: a draft is no void (it was never issued): skipped, and a real credit of its
  /// amount is read. Acme: 100 a month; a 40.00 credit on February 10 beside a 40.00 draft of
  /// February 3: the credit is read, one-off, 40 left out (the draft cancelled it once, nothing
  /// left out). Xero's `SUBMITTED` and `DELETED` are drafts too.
  @Test(arguments: ["draft", "SUBMITTED", "DELETED", "Entwurf"])
  func aDraftIsNoVoid(status: String) throws {
    let c = try read(
      """
      customer,date,amount,status
      Acme,2024-01-05,100,paid
      Acme,2024-02-05,100,paid
      Acme,2024-02-03,40,\(status)
      Acme,2024-02-10,-40,paid
      Acme,2024-03-05,100,paid
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == -4_000)
    #expect(c.log.files[0].skipped[.voidOrDraft] == 1)
    #expect(!c.log.findings.contains { $0.contains("reversing line") })
  }

  /// Review 13, F2: a void pairs by amount alone only with a line dated in its month or the
  /// next. Acme: 100 a month from January to April; a 40.00 void line of January 20 and a
  /// 40.00 credit on `creditDate`. Through February 29 the credit is the void's reversal,
  /// skipped (nothing left out); from March 1 it is a credit of its month, read: one-off, its
  /// 40 left out (``OneOffCredits``). MRR is 100 every month either way.
  @Test(arguments: [
    ("2024-01-20", 0 as Int64),
    ("2024-02-29", 0),
    ("2024-03-01", -4_000),
    ("2024-04-10", -4_000),
  ])
  func aVoidPairsOnlyWithinTheNextMonth(creditDate: String, leftOut: Int64) throws {
    let c = try read(
      """
      customer,date,amount,status
      Acme,2024-01-05,100,paid
      Acme,2024-01-20,40,void
      Acme,2024-02-05,100,paid
      Acme,2024-03-05,100,paid
      Acme,2024-04-05,100,paid
      Acme,\(creditDate),-40,paid
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == leftOut)
    let paired = leftOut == 0
    #expect(c.log.findings.contains { $0.contains("reversing line 3") } == paired)
  }

  /// Review 13, F2 (decided): Xero's `AUTHORISED` (approved, not yet paid) is an issued
  /// invoice: billed revenue, counted among the unpaid lines. Acme: 100 in January (paid) and
  /// February (authorised); March's two lines are a draft awaiting approval and a deleted one.
  @Test func authorisedIsBilledAndUnpaid() throws {
    let c = try read(
      """
      ContactName,InvoiceNumber,InvoiceDate,Status,Total
      Acme,INV-1,2024-01-05,PAID,100.00
      Acme,INV-2,2024-02-05,AUTHORISED,100.00
      Acme,INV-3,2024-03-05,SUBMITTED,100.00
      Acme,INV-4,2024-03-06,DELETED,100.00
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000])
    #expect(c.log.files[0].skipped[.voidOrDraft] == 2)
    #expect(c.log.findings.contains { $0.contains("1 invoice line ($100.00 in all) is not paid") })
  }
}
