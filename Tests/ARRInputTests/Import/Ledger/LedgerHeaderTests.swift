import ARRCore
import Testing

@testable import ARRInput

/// Ledger headers beyond the English names: German, French, Spanish and Hebrew ones
/// (`docs/import.md`, "Invoice ledger") are found by name as English ones are, and a quantity and
/// a unit price are named when no column is the amount.
@Suite struct LedgerHeaderTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  /// Each bills 1,234.50 in January and February 2024: MRR 1,234.50 in both months (a monthly
  /// rhythm). The German file writes a decimal comma and day-first dates, as German exports do.
  @Test(arguments: [
    "Kunde;Rechnungsdatum;Betrag\nAlpha GmbH;31.01.2024;1.234,50\nAlpha GmbH;29.02.2024;1.234,50",
    "Client,Date,Montant HT,Montant TTC\nAlpha SA,2024-01-31,1234.50,1481.40\n"
      + "Alpha SA,2024-02-29,1234.50,1481.40",
    "Cliente,Fecha,Importe\nAlpha SL,31/01/2024,1234.50\nAlpha SL,29/02/2024,1234.50",
    "לקוח,תאריך,סכום\nאלפא,2024-01-31,1234.50\nאלפא,2024-02-29,1234.50",
  ])
  func aForeignLedgerIsRead(text: String) throws {
    let c = try read(text)
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.accounts.count == 1)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.mrr == [123_450, 123_450])
  }

  /// A ledger naming its customers by name only (eleventh session's trial, an Austrian invoice
  /// export's header: `Rechnungsnummer;Rechnungsdatum;Leistungsdatum;Kundenname;…;Nettobetrag;
  /// MwSt-Betrag;Bruttobetrag;Status`) was refused, "no column is a customer": the name is the
  /// customer. Its `storniert` (cancelled) invoice is void, skipped, and its `offen` one unpaid,
  /// counted in a finding. Alpha pays 1,000.00 net in January and February (its March invoice is
  /// cancelled); Beta 500.00 in February (open) and March.
  @Test func aCustomerNamedOnlyByNameIsTheCustomer() throws {
    let c = try read(
      """
      Rechnungsnummer;Rechnungsdatum;Kundenname;Nettobetrag;MwSt-Betrag;Bruttobetrag;Status
      RE-1;15.01.2025;Alpha GmbH;1.000,00;200,00;1.200,00;bezahlt
      RE-2;15.02.2025;Alpha GmbH;1.000,00;200,00;1.200,00;bezahlt
      RE-3;15.02.2025;Beta KG;500,00;100,00;600,00;offen
      RE-4;15.03.2025;Alpha GmbH;1.000,00;200,00;1.200,00;storniert
      RE-5;15.03.2025;Beta KG;500,00;100,00;600,00;bezahlt
      """)
    #expect(c.accounts.map(\.id) == ["Alpha GmbH", "Beta KG"])
    #expect(c.mrrRow("Alpha GmbH") == [100_000, 100_000, 0])
    #expect(c.mrrRow("Beta KG") == [0, 50_000, 50_000])
    #expect(c.log.files[0].rowsSkipped == 1)
    #expect(c.log.findings.contains { $0.contains("(\"offen\" on line 4)") })
  }

  /// A service date (`Leistungsdatum`, `Service Date`) dates its line instead of the invoice
  /// date: invoices of 5 February and 5 March billing January and February are January's and
  /// February's revenue (twelfth session: they were read a month late); a line without one is
  /// dated by its invoice (Beta, March). Alpha is billed in arrears, so the as-of month is
  /// February, the last one every invoice covers (review 12, F13): Beta's March line is counted
  /// after it; an as-of month of March given explicitly reads Alpha's March as unbilled.
  @Test(arguments: [
    "Rechnungsdatum;Leistungsdatum;Kundenname;Nettobetrag",
    "Invoice Date;Service Date;Customer Name;Net Amount",
  ])
  func aServiceDateDatesItsLine(header: String) throws {
    let text =
      header + """

        05.02.2025;31.01.2025;Alpha GmbH;1.000,00
        05.03.2025;28.02.2025;Alpha GmbH;1.000,00
        05.03.2025;;Beta KG;500,00
        """
    let c = try read(text)
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 2))
    #expect(c.mrrRow("Alpha GmbH") == [100_000, 100_000])
    #expect(c.log.tieOut.afterAsOfCents == 50_000)
    #expect(c.log.notes.contains { $0.contains("2 lines dated by") })
    #expect(c.log.notes.contains { $0.contains("invoices are billed in arrears") })
    let march = try Importer.read(
      [Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2025, month: 3)))
    #expect(march.mrrRow("Alpha GmbH") == [100_000, 100_000, 0])
    #expect(march.mrrRow("Beta KG") == [0, 0, 50_000])
  }

  /// Review 12, F13: K1 is invoiced on the 5th for the month before (Leistungsdatum the month's
  /// last day), K2 and K3 on the 1st for the month itself. The as-of month is February, the last
  /// one K1's service is invoiced: K1 100 + K2 200 + K3 300 = 600 a month there, ARR 7,200 (K1
  /// read churned in March gave 6,000). K2's and K3's March lines (500) are after as-of.
  @Test func aCustomerBilledInArrearsByServiceDateIsNotChurned() throws {
    let c = try read(
      """
      Rechnungsnummer;Kundennummer;Rechnungsdatum;Leistungsdatum;Betrag
      R1;K1;05.01.2024;31.12.2023;100,00
      R2;K1;05.02.2024;31.01.2024;100,00
      R3;K1;05.03.2024;29.02.2024;100,00
      R4;K2;01.01.2024;01.01.2024;200,00
      R5;K2;01.02.2024;01.02.2024;200,00
      R6;K2;01.03.2024;01.03.2024;200,00
      R7;K3;02.01.2024;02.01.2024;300,00
      R8;K3;01.02.2024;01.02.2024;300,00
      R9;K3;01.03.2024;01.03.2024;300,00
      """)
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.mrrRow("K1") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("K2") == [0, 20_000, 20_000])
    #expect(c.mrrRow("K3") == [0, 30_000, 30_000])
    #expect(c.log.tieOut.afterAsOfCents == 50_000)
  }

  /// Review 12, F12: a Leistungsdatum written as the service period (`01.01.2024 - 31.01.2024`,
  /// a Leistungszeitraum) is that period, the line dated by its invoice: K1 100 in January,
  /// February and March (invoiced a month later, so the as-of month is March, the last the
  /// periods cover; K2, without one, is dated by its invoices).
  @Test(arguments: [" - ", " bis "])
  func aServiceDateCellHoldingAPeriodIsThatPeriod(separator: String) throws {
    let c = try read(
      """
      Rechnungsnummer;Kundennummer;Rechnungsdatum;Leistungsdatum;Betrag
      R1;K1;05.02.2024;01.01.2024\(separator)31.01.2024;100,00
      R2;K1;05.03.2024;01.02.2024\(separator)29.02.2024;100,00
      R3;K1;05.04.2024;01.03.2024\(separator)31.03.2024;100,00
      R4;K2;01.01.2024;;200,00
      R5;K2;01.04.2024;;200,00
      """)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("K1") == [10_000, 10_000, 10_000])
  }

  /// Dotted dates are day first (DIN 5008): invoices of the 5th, every day ≤ 12, read without
  /// --date-order (an Austrian export billed on the 5th was asked for it).
  @Test func dottedDatesAreDayFirst() throws {
    let c = try read(
      """
      Rechnungsdatum;Kundenname;Nettobetrag
      05.01.2025;Alpha GmbH;1.000,00
      05.02.2025;Alpha GmbH;1.000,00
      05.03.2025;Alpha GmbH;1.000,00
      """)
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.mrrRow("Alpha GmbH") == [100_000, 100_000, 100_000])
  }

  /// Review 11, F10 and F16: a bare `Name` or `Account Name` (a GL account, a product, or
  /// QuickBooks' "Transaction List by Date", whose `Name` is a customer or a vendor) is never
  /// taken as the customer: the file is refused, "no column is a customer".
  @Test(arguments: [
    "Date,Transaction Type,Num,Name,Account,Amount\n01/05/2024,Invoice,1001,Acme,A/R,1000.00\n"
      + "01/10/2024,Bill,,AWS,A/P,400.00\n02/05/2024,Invoice,1002,Acme,A/R,1000.00",
    "Date,Account Name,Description,Amount\n2024-01-05,Subscription Revenue,Inv 1 Acme,1000\n"
      + "2024-02-05,Subscription Revenue,Inv 2 Acme,1000",
    "invoice_id,date,name,amount\n1,2024-01-05,Pro plan,100\n2,2024-02-05,Pro plan,100",
  ])
  func aBareNameIsNoCustomer(text: String) throws {
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect("\(error)".contains("no column is a customer"))
  }

  /// Review 11, F16: an accounting transaction list's purchases (bills, expenses, checks) are
  /// money paid out: skipped, counted and noted, never a customer's revenue. Acme is invoiced
  /// 1,000.00 in January and February; the 400.00 bills and the 2,500.00 expense are left out.
  @Test func purchasesAreSkipped() throws {
    let c = try read(
      """
      Date,Transaction Type,Customer,Amount
      2024-01-05,Invoice,Acme,1000.00
      2024-01-10,Bill,AWS,400.00
      2024-01-15,Expense,WeWork,2500.00
      2024-02-05,Invoice,Acme,1000.00
      2024-02-10,Bill,AWS,400.00
      """)
    #expect(c.accounts.map(\.id) == ["Acme"])
    #expect(c.mrr == [100_000, 100_000])
    #expect(c.log.files[0].skipped[.purchase] == 3)
    #expect(c.log.notes.contains { $0.contains("3 purchase lines") })
  }

  /// Review 11, F9: a cancelled invoice bills nothing, in English and in Spanish. Acme pays 100
  /// in January, February (its first February invoice cancelled, a second one paid) and March:
  /// 100 a month, no one-time revenue.
  @Test(arguments: ["cancelled", "canceled", "Cancelada", "Cancelado", "Anulada"])
  func aCancelledInvoiceIsSkipped(status: String) throws {
    let c = try read(
      """
      customer,date,amount,status
      Acme,2024-01-05,100,paid
      Acme,2024-02-05,100,\(status)
      Acme,2024-02-06,100,paid
      Acme,2024-03-05,100,paid
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(c.oneTimeRow("Acme") == [0, 0, 0])
    #expect(c.log.files[0].skipped[.voidOrDraft] == 1)
  }

  /// German customer number and name: the number is the id, the name the name.
  @Test func aCustomerNumberIsTheIdAndTheNameTheName() throws {
    let c = try read(
      """
      Kundennummer,Kunde,Datum,Betrag
      K-1,Alpha GmbH,2024-01-31,100.00
      """)
    #expect(c.accounts.map(\.id) == ["K-1"])
    #expect(c.accounts.map(\.name) == ["Alpha GmbH"])
  }

  /// English names win over the others when a file has both.
  @Test func englishNamesWin() throws {
    let c = try read(
      """
      Customer,Kunde,Date,Amount,Betrag
      A,B,2024-01-31,100.00,999.00
      """)
    #expect(c.accounts.map(\.id) == ["A"])
    #expect(c.mrr == [10_000])
  }

  /// A quantity and a unit price without a line amount: the message says their product is not
  /// read (a discount beside them would be guessed at) and what to add.
  @Test func aQuantityAndAPriceWithoutAnAmountAreNamed() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        Customer,Invoice Date,Description,Quantity,Unit Price,Discount
        Alpha,2024-01-31,Seats,5,100.00,10%
        """)
    }
    #expect(
      error.message.contains(
        "it has \"Quantity\" and \"Unit Price\", but their product is not read as the amount"))
  }
}
