import ARRCore
import Testing

@testable import ARRInput

/// A ledger whose invoice totals decide that the amount read is net of tax (trial 44, T44-16:
/// Xero's `LineAmount` beside `TaxTotal` and `Total` was doubted as maybe holding the tax, a
/// page-one warning, though on every invoice the lines plus the tax are the total).
@Suite struct NetOfTaxTieOutTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "SalesInvoices.csv", bytes: Array(text.utf8))])
  }

  static let header =
    "ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,Description,LineAmount,TaxAmount,"
    + "Currency"

  /// Xero's shape: INV-1 450 + 75 of lines, 105 of tax, 630 in all; INV-2 the same; INV-3 one
  /// line of 200, tax 40, total 240. Hand: every invoice's lines plus `TaxTotal` make `Total`:
  /// net, decided (a note, no finding); MRR the lines, 525.00 and 200.00.
  @Test func linesPlusTheInvoicesTaxMakeItsTotal() throws {
    let c = try read(
      Self.header + "\n"
        + "Albion,INV-1,2025-11-01,630.00,105.00,Plan,450.00,90.00,GBP\n"
        + "Albion,INV-1,2025-11-01,630.00,105.00,Seats,75.00,15.00,GBP\n"
        + "Albion,INV-2,2025-12-01,630.00,105.00,Plan,450.00,90.00,GBP\n"
        + "Albion,INV-2,2025-12-01,630.00,105.00,Seats,75.00,15.00,GBP\n"
        + "Birch,INV-3,2025-12-01,240.00,40.00,Plan,200.00,40.00,GBP\n")
    #expect(c.mrrRow("Albion") == [52_500, 52_500])
    #expect(c.mrrRow("Birch") == [0, 20_000])
    #expect(!c.log.findings.contains { $0.contains("beside a tax column") })
    #expect(
      c.log.notes.contains(
        "SalesInvoices.csv: \"LineAmount\" is net of tax: on every invoice (3) the amounts plus "
          + "\"TaxTotal\" make \"Total\", decided by the file (the tax is left out)"))
  }

  /// Line taxes rounded one by one: the lines 40.00, 30.00 and 49.99 (119.99), the tax 20.00 and
  /// the total 140.00, a cent apart (each line's tax rounded on its own): within a cent a line,
  /// net. MRR 119.99.
  @Test func lineTaxesRoundedOneByOneStillDecide() throws {
    let c = try read(
      "Customer,Invoice Number,Date,Total,Tax,Amount,Description\n"
        + "Cole,7,2025-11-03,140.00,20.00,40.00,Plan\n"
        + "Cole,7,2025-11-03,140.00,20.00,30.00,Seats\n"
        + "Cole,7,2025-11-03,140.00,20.00,49.99,Support\n")
    #expect(c.mrrRow("Cole") == [11_999])
    #expect(c.log.notes.contains { $0.contains("\"Amount\" is net of tax: on every invoice (1)") })
  }

  /// A line's own tax and no invoice tax column: the invoice's tax is its lines' sum (8.00 +
  /// 2.00), and 40.00 + 10.00 + 10.00 make its 60.00. Net; MRR 50.00.
  @Test func lineTaxesAreSummedPerInvoice() throws {
    let c = try read(
      "Customer,Invoice Number,Date,Total,Tax,Amount,Description\n"
        + "Dale,9,2025-11-03,60.00,8.00,40.00,Plan\n"
        + "Dale,9,2025-11-03,60.00,2.00,10.00,Seats\n")
    #expect(c.mrrRow("Dale") == [5_000])
    #expect(c.log.notes.contains { $0.contains("\"Amount\" is net of tax: on every invoice (1)") })
    #expect(!c.log.findings.contains { $0.contains("beside a tax column") })
  }

  /// Review 48L, RL-4: a total per line (its rows write different totals) is checked line by
  /// line: INV-1's single line is net (100 + 20 = 120), INV-2's two lines are gross (the amount
  /// is its line's total, the tax inside it): the file decides nothing and the warning stays,
  /// where the first rule skipped INV-2 and said "every invoice (1)".
  @Test func aTotalPerLineIsCheckedLineByLine() throws {
    let c = try read(
      "Date,Invoice No,Customer,Description,Amount,Tax,Total\n"
        + "2025-11-01,INV-1,Acme,Plan,100.00,20.00,120.00\n"
        + "2025-11-01,INV-2,Bolt,Plan,240.00,40.00,240.00\n"
        + "2025-11-01,INV-2,Bolt,Seats,60.00,10.00,60.00\n")
    #expect(c.log.findings.contains { $0.contains("beside a tax column") })
    #expect(!c.log.notes.contains { $0.contains("is net of tax: on every") })
  }

  /// Twins the rule must not decide. Lines that alone make a taxed total (the amount holds the
  /// tax), and an invoice fitting neither reading: the finding stays.
  @Test(arguments: [
    // The lines make the total (630) with tax 105 on it: the amount may be gross.
    "Albion,INV-1,2025-11-01,630.00,105.00,Plan,555.00,92.50,GBP\n"
      + "Albion,INV-1,2025-11-01,630.00,105.00,Seats,75.00,12.50,GBP\n",
    // INV-2's lines plus its tax are 700, its total 650: neither.
    "Albion,INV-1,2025-11-01,630.00,105.00,Plan,525.00,105.00,GBP\n"
      + "Albion,INV-2,2025-12-01,650.00,100.00,Plan,600.00,100.00,GBP\n",
  ])
  func aTotalTheLinesDoNotDecideKeepsTheFinding(rows: String) throws {
    let c = try read(Self.header + "\n" + rows)
    #expect(c.log.findings.contains { $0.contains("beside a tax column") })
    #expect(!c.log.notes.contains { $0.contains("is net of tax: on every") })
  }
}
