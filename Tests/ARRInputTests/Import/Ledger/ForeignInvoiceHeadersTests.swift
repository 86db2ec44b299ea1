import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 45's header gaps (fixtures `/work/team/s45/review/`, made smaller): a Spanish
/// `Factura` is the document column (Y-11), and a German `Bruttobetrag` beside `MwSt` is the
/// amount, read less the tax (Y-15). Each beside a file the rule must not fire on.
@Suite struct ForeignInvoiceHeadersTests {
  typealias Y = LedgerReviewFortyFiveTests

  /// Y-11: `Factura;Fecha;Cliente;Concepto;Importe` with `Importe total` and `IVA 21%` rows.
  /// By hand: Acme 1.000 + 500, Bolt 900 a month, $28,800 (the tax and totals read as revenue
  /// too: $69,696).
  @Test func aBareFacturaIsTheDocumentColumn() throws {
    let c = try importLedger(
      Y.ledger("Factura;Fecha;Cliente;Concepto;Importe") { m in
        let d = Y.day(m)
        return [
          "A-\(m);\(d);Acme;Platform subscription;1.000,00",
          "A-\(m);\(d);Acme;Analytics add-on;500,00", "A-\(m);\(d);Acme;Importe total;1.815,00",
          "A-\(m);\(d);Acme;IVA 21%;315,00", "B-\(m);\(d);Bolt;Platform subscription;900,00",
          "B-\(m);\(d);Bolt;Importe total;1.089,00", "B-\(m);\(d);Bolt;IVA 21%;189,00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.taxLine] == 24)
  }

  /// Y-11's twin: a `Factura` column saying only whether an invoice was issued (`Sí`) groups
  /// nothing away: every line is read. By hand: Acme 1.000 + 500, Bolt 900 a month, $28,800.
  @Test func aFacturaOfYesesDropsNoLine() throws {
    let c = try importLedger(
      Y.ledger("Factura;Fecha;Cliente;Concepto;Importe") { m in
        let d = Y.day(m)
        return [
          "Sí;\(d);Acme;Platform subscription;1.000,00", "Sí;\(d);Acme;Analytics add-on;500,00",
          "Sí;\(d);Bolt;Platform subscription;900,00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
  }

  /// Y-15: `Bruttobetrag` beside `MwSt`, no net column: each line is the gross less its tax.
  /// By hand: Acme 1.000 + 500, Bolt 900 a month, $28,800.
  @Test func bruttobetragBesideMwStIsReadNet() throws {
    let c = try importLedger(
      Y.ledger("Rechnungsnummer;Rechnungsdatum;Kunde;Artikel;Bruttobetrag;MwSt") { m in
        let d = Y.day(m)
        return [
          "A-\(m);\(d);Acme;Platform subscription;1.190,00;190,00",
          "A-\(m);\(d);Acme;Analytics add-on;595,00;95,00",
          "B-\(m);\(d);Bolt;Platform subscription;1.071,00;171,00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
  }

  /// Y-15's twin: beside a net column (`Nettobetrag`) the net is read, not the gross less tax
  /// twice. By hand: the same $28,800.
  @Test func aNetColumnBesideBruttobetragIsRead() throws {
    let c = try importLedger(
      Y.ledger("Rechnungsnummer;Rechnungsdatum;Kunde;Artikel;Nettobetrag;MwSt;Bruttobetrag") { m in
        let d = Y.day(m)
        return [
          "A-\(m);\(d);Acme;Platform subscription;1.000,00;190,00;1.190,00",
          "A-\(m);\(d);Acme;Analytics add-on;500,00;95,00;595,00",
          "B-\(m);\(d);Bolt;Platform subscription;900,00;171,00;1.071,00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
  }
}
