import ARRCore
import Testing

@testable import ARRInput

/// A ledger with an amount net of tax, a tax column and a gross total: the net amount is read in
/// any language, and a tax column beside a plain amount is a finding (`docs/import.md`,
/// "Invoice ledger").
@Suite struct LedgerTaxTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  /// The reviewer's files: net 100, tax 20 / 19 / 21, gross 120 / 119 / 121, billed on the 5th
  /// of January and February and the 13th of March 2024. The net column is read: MRR 100.00 in
  /// each month (was the gross total: 120, 119, 121).
  @Test(arguments: [
    "Client;Date de facture;Montant HT;TVA;Total\nAlpha;05/01/2024;100,00;20,00;120,00\n"
      + "Alpha;05/02/2024;100,00;20,00;120,00\nAlpha;13/03/2024;100,00;20,00;120,00",
    "Kundennummer;Rechnungsdatum;Nettobetrag;MwSt;Total\nK1;05.01.2024;100,00;19,00;119,00\n"
      + "K1;05.02.2024;100,00;19,00;119,00\nK1;13.03.2024;100,00;19,00;119,00",
    "Cliente;Fecha;Base imponible;IVA;Importe\nAlfa SL;05/01/2024;100,00;21,00;121,00\n"
      + "Alfa SL;05/02/2024;100,00;21,00;121,00\nAlfa SL;13/03/2024;100,00;21,00;121,00",
  ])
  func theNetAmountIsRead(text: String) throws {
    let c = try read(text)
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.mrr == [10_000, 10_000, 10_000])
    #expect(c.log.notes.contains { $0.contains("named net of tax; the tax column") })
    #expect(!c.log.findings.contains { $0.contains("tax") })
  }

  /// Billing systems' invoice tables name the net amount `amount_without_tax` (Zuora) or
  /// `total_excluding_tax` (Stripe) beside a gross `amount` or `total` (thirteenth session's
  /// trial: fivetran/dbt_zuora's `invoice_data.csv`, 70.36 gross, 65.00 net, 5.36 tax). Net 65.00
  /// in January and February: MRR 65.00 each (was 70.36, the gross, with a finding).
  @Test(arguments: [
    "id,account_id,invoice_date,amount,amount_without_tax,tax_amount\n"
      + "i1,acme,2024-01-15,70.36,65.00,5.36\ni2,acme,2024-02-15,70.36,65.00,5.36",
    "customer_id,date,total,tax,total_excluding_tax\n"
      + "acme,2024-01-15,70.36,5.36,65.00\nacme,2024-02-15,70.36,5.36,65.00",
  ])
  func billingSystemsNetAmountsAreRead(text: String) throws {
    let c = try read(text)
    #expect(c.mrrRow("acme") == [6_500, 6_500])
    #expect(c.log.notes.contains { $0.contains("named net of tax; the tax column") })
    #expect(!c.log.findings.contains { $0.contains("tax") })
  }

  /// A plain amount beside a tax column: read (100 + 20 = 120.00), and a finding says which
  /// column was read and that it may include tax.
  @Test func aPlainAmountBesideATaxColumnIsAFinding() throws {
    let c = try read(
      """
      Customer,Date,Tax,Total
      A,2024-01-05,20.00,120.00
      """)
    #expect(c.mrr == [12_000])
    #expect(
      c.log.findings.contains {
        $0.contains("amounts read from \"Total\", beside a tax column \"Tax\"")
      })
  }

  /// A German ledger without an amount column: the message lists the other languages' amount
  /// names too, not only English ones.
  @Test func aForeignLedgerWithoutAnAmountNamesForeignNames() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read("Kundennummer;Rechnungsdatum;Summe\nK1;05.01.2024;100,00\n")
    }
    #expect(error.message.contains("\"betrag\""), "\(error.message)")
  }
}
