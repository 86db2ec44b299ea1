import ARRCore
import Testing

@testable import ARRInput

/// A general ledger account's transactions with no journal (Xero's *Account Transactions* for
/// the sales accounts, `Debit (GBP)`, `Credit (GBP)`, `Gross (GBP)`, `VAT (GBP)`): read as an
/// invoice ledger of credit less debit (trial 50, T50-3: refused at its account headings, and
/// with `--lenient` read from `Gross (GBP)`, VAT included, 20% high with no finding).
@Suite struct GeneralLedgerInvoiceLinesTests {
  func read(_ text: String, lenient: Bool = false) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "Account_Transactions.csv", bytes: Array(text.utf8))],
      options: ImportOptions(isLenient: lenient))
  }

  /// Globex 1,200 a month (gross 1,440), a 100 credit note in February (a debit), Vandelay's
  /// annual 7,200 (gross 8,640) for Feb 26 - Jan 27, and Kramerica's 3,000 consulting under
  /// another account. By hand, March: Globex 1,200 + Vandelay 7,200 / 12 = 600 → MRR 1,800;
  /// Kramerica's 3,000 is one-time; the running balance restarts under `Other Revenue`.
  static let xero = """
    Account Transactions
    Demo Company (UK)
    Date,Source,Contact,Description,Reference,Debit (GBP),Credit (GBP),Running Balance (GBP),Gross (GBP),VAT (GBP),Account Code
    Sales
    01 Jan 2026,Receivable Invoice,Globex Ltd,Platform subscription - monthly,INV-1,,"1,200.00","1,200.00","1,440.00",240.00,200
    01 Feb 2026,Receivable Invoice,Globex Ltd,Platform subscription - monthly,INV-2,,"1,200.00","2,400.00","1,440.00",240.00,200
    01 Feb 2026,Receivable Invoice,Vandelay,Annual subscription Feb 26 - Jan 27,INV-3,,"7,200.00","9,600.00","8,640.00","1,440.00",200
    18 Feb 2026,Receivable Credit Note,Globex Ltd,Goodwill discount,CN-1,100.00,,"9,500.00",-120.00,-20.00,200
    01 Mar 2026,Receivable Invoice,Globex Ltd,Platform subscription - monthly,INV-4,,"1,200.00","10,700.00","1,440.00",240.00,200
    Total Sales,,,,,100.00,"10,800.00","10,700.00",,,

    Other Revenue
    14 Mar 2026,Receivable Invoice,Kramerica,Consulting - workflow design,INV-9,,"3,000.00","3,000.00","3,600.00",600.00,260
    Total Other Revenue,,,,,0.00,"3,000.00","3,000.00",,,
    """

  @Test func readAsInvoicesOfCreditLessDebitNetOfTax() throws {
    let c = try read(Self.xero)
    #expect(c.mrrRow("Globex Ltd").last == 120_000)
    #expect(c.mrrRow("Vandelay").last == 60_000)
    #expect(c.oneTimeRow("Kramerica").last == 300_000)
    #expect(c.log.files[0].recognisedColumns.contains { $0.contains("Credit less Debit (GBP)") })
    #expect(c.log.files[0].skipped[.sectionHeader] == 2)
    #expect(c.log.files[0].skipped[.totals] == 2)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
    #expect(c.log.notes.contains { $0.contains("with no journal") })
    #expect(c.log.notes.contains { $0.contains("named net of tax; the tax column \"VAT (GBP)\"") })
    // No balance break: it restarts under `Other Revenue`; no doubt about cents.
    #expect(!c.log.findings.contains { $0.contains("running balance") })
    #expect(!c.log.notes.contains { $0.contains("whole number") })
  }

  /// Twin: a journal (`Manual Journal`, with its contact) keeps the cube reading of recognised
  /// revenue (the deferral moves revenue between months).
  @Test func aJournalKeepsTheRecognisedRevenueReading() throws {
    let c = try read(
      """
      Date,Source,Contact,Description,Debit (GBP),Credit (GBP)
      01 Jan 2026,Receivable Invoice,Beta,Annual subscription,,"1,200.00"
      01 Jan 2026,Manual Journal,Beta,Defer annual invoice,"1,100.00",
      28 Feb 2026,Manual Journal,Beta,Release deferred revenue,,100.00
      """)
    #expect(c.mrrRow("Beta") == [10_000, 10_000])
    #expect(c.log.notes.contains { $0.contains("read as a general ledger account's transactions") })
  }

  /// Twin: a product named `Release …` is no journal; a row alone with no `Total` below it is
  /// still a section header of the account (no amounts), not a problem.
  @Test func aProductNamedReleaseIsNoJournal() throws {
    let c = try read(
      """
      Date,Contact,Description,Debit,Credit
      200 - Sales
      2026-01-05,Alpha,Release manager subscription,,100.00
      2026-02-05,Alpha,Release manager subscription,,100.00
      """)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000])
    #expect(c.log.notes.contains { $0.contains("with no journal") })
  }

  @Test(
    arguments: [
      ("VAT (GBP)", true), ("Tax USD", true), ("GST (AUD)", true), ("VAT", true),
      ("Amount (USD)", false), ("Taxonomy", false), ("Gross (GBP)", false),
    ])
  func taxHeaders(header: String, isTax: Bool) {
    #expect(LedgerLayout.isTaxHeader(header) == isTax)
  }

  /// `Net (GBP)` beside `Gross (GBP)` and `VAT (GBP)`: gross less VAT equals it on every line,
  /// so the net wins (was the gross, 20% high, the VAT column unnamed as tax).
  @Test func theNetBesideGrossWins() throws {
    let c = try read(
      """
      Date,Contact,Description,Gross (GBP),VAT (GBP),Net (GBP)
      2026-01-05,Alpha,Subscription,120.00,20.00,100.00
      2026-02-05,Alpha,Subscription,120.00,20.00,100.00
      2026-03-05,Alpha,Subscription,120.00,20.00,100.00
      """)
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000])
    #expect(c.log.notes.contains { $0.contains("amounts read from \"Net (GBP)\"") })
  }
}
