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
