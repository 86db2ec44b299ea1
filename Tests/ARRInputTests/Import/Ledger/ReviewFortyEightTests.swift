import ARRCore
import Testing

@testable import ARRInput

/// Review 48's regressions of the session's ledger rules (page totals, currencies named in
/// summary labels, a German `Valuta` column, gross rows of one customer): each file read as
/// before the rules.
@Suite struct ReviewFortyEightTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  static let header = "Invoice No,Date,Customer,Description,Amount\n"

  /// R48-1: a product named `Report`, the last line of its invoice before a page break and equal
  /// to the line above it, is a line (no line of the invoice follows it: no page total).
  /// Twin: Dutch `Transport` rows carrying an invoice over a page break are page totals (R48-6).
  @Test func aPageTotalIsCarriedInsideAnInvoice() throws {
    let report = try read(
      Self.header + "INV-1,2024-01-01,Cato,Dashboard,500.00\n"
        + "INV-1,2024-01-01,Cato,Report,500.00\n" + "Page 2,,,,\n" + Self.header
        + "INV-2,2024-01-01,Dove,Platform,900.00\n")
    #expect(report.mrrRow("Cato") == [100_000])
    #expect(report.log.files[0].skipped[.pageTotal] == nil)
    let dutch = try read(
      "Factuurnummer,Datum,Klant,Omschrijving,Bedrag\n"
        + "F-1,2024-01-01,Acme,Platform,1000.00\n" + "F-1,2024-01-01,Acme,Seats,500.00\n"
        + "F-1,2024-01-01,Acme,Transport,1500.00\n" + "Pagina 2,,,,\n"
        + "Factuurnummer,Datum,Klant,Omschrijving,Bedrag\n"
        + "F-1,2024-01-01,Acme,Transport,1500.00\n" + "F-1,2024-01-01,Acme,Support,300.00\n"
        + "F-1,2024-01-01,Acme,Totaal,1800.00\n")
    #expect(dutch.mrrRow("Acme") == [180_000])
    #expect(dutch.log.files[0].skipped[.pageTotal] == 2)
  }

  /// R48-5: a statement's `Brought forward` after a page break with no line of the invoice after
  /// it (only its total) is no page total.
  @Test func aBalanceAboveTheTotalIsNoPageTotal() throws {
    let c = try read(
      Self.header + "INV-1,2024-01-01,Bolt,Platform,900.00\n" + "Page 2,,,,\n" + Self.header
        + "INV-1,2024-01-01,Bolt,Brought forward,900.00\n"
        + "INV-1,2024-01-01,Bolt,Total,1800.00\n")
    #expect(c.log.files[0].skipped[.pageTotal] == nil)
  }

  /// R48-3: invoices of one currency, some ending `Total` then an informational `Total USD`
  /// (a conversion repeating the total's label), one `Total GBP`: one currency, read. Twin: a
  /// `Total EUR` invoice beside a `Total GBP` one is refused (SummaryLabelCurrencyTests).
  @Test func aConvertedTotalIsNoCurrencyOfTheInvoice() throws {
    let c = try read(
      Self.header + "INV-1,2024-01-01,Acme,Plan,100.00\n" + "INV-1,2024-01-01,Acme,Total,100.00\n"
        + "INV-1,2024-01-01,Acme,Total USD,127.00\n" + "INV-2,2024-01-01,Bolt,Plan,200.00\n"
        + "INV-2,2024-01-01,Bolt,Total GBP,200.00\n")
    #expect(c.mrrRow("Acme") == [10_000])
    #expect(c.mrrRow("Bolt") == [20_000])
  }

  /// R48-4: a German ledger's `Valuta` column is its value date, not a currency.
  @Test func valutaIsNoCurrencyColumn() throws {
    let c = try read(
      "Rechnungsnummer;Datum;Valuta;Kunde;Beschreibung;Betrag\n"
        + "R-1;05.01.2024;15.01.2024;Acme;Plattform;100,00\n"
        + "R-2;05.02.2024;15.02.2024;Acme;Plattform;100,00\n")
    #expect(c.mrrRow("Acme") == [10_000, 10_000])
  }

  /// R48-2: blank-memo lines in a file with no tax: Acme's 500 beside its one 400 line (25%
  /// above it) and Bolt's 450 beside its one 450 line are lines, not a gross and a total (one
  /// customer's bare rows at a rate of one line each make no gross reading).
  @Test func oneCustomersBareRowsAboveOneLineAreLines() throws {
    var text = Self.header
    for (n, month) in ["01", "02", "03"].enumerated() {
      let d = "2024-\(month)-01"
      text += "INV-\(n)1,\(d),Acme,Standard seats,400.00\nINV-\(n)1,\(d),Acme,,500.00\n"
      text += "INV-\(n)2,\(d),Bolt,Seats,450.00\nINV-\(n)2,\(d),Bolt,,450.00\n"
      text += "INV-\(n)3,\(d),Cato,Platform subscription,500.00\n"
    }
    let c = try read(text)
    #expect(c.mrrRow("Acme") == [90_000, 90_000, 90_000])
    #expect(c.mrrRow("Bolt") == [90_000, 90_000, 90_000])
  }
}
