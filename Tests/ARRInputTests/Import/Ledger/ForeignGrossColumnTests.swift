import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 46's gross columns (fixtures `/work/team/s46/review/d0*`, made smaller): a German,
/// French or Spanish gross amount (`Bruttobetrag`, `Montant TTC`, `Importe total`) is read only
/// less a tax column of money; alone, or beside a column of rates, the file is refused, as
/// before review 45's Y-15 (R46-4, R46-8: the gross was read as revenue).
@Suite struct ForeignGrossColumnTests {
  typealias Y = LedgerReviewFortyFiveTests

  /// R46-4: `MwSt` holds the rate (`19 %`), not the tax: refused, "no column is the amount"
  /// (read as revenue, the gross was 19% high).
  @Test func bruttobetragBesideARateIsRefused() throws {
    let text = Y.ledger("Rechnungsnummer;Datum;Kunde;Artikel;MwSt;Bruttobetrag") { m in
      let d = Y.day(m)
      return [
        "A-\(m);\(d);Acme;Platform subscription;19 %;1.190,00",
        "B-\(m);\(d);Bolt;Platform subscription;19 %;1.071,00",
      ]
    }
    let error = try #require(throws: ARRQualityError.self) { try importLedger(text) }
    #expect(error.description.contains("no column is the amount"))
    #expect(error.description.contains("\"Bruttobetrag\" includes tax"))
  }

  /// R46-4: `IVA` holds the rate as a bare number (`21`): refused (read, 21.00 of money was
  /// taken from each gross line).
  @Test func importeTotalBesideABareRateIsRefused() {
    let text = Y.ledger("Factura;Fecha;Cliente;Concepto;IVA;Importe total") { m in
      let d = Y.day(m)
      return [
        "F-\(m);\(d);Acme;Platform subscription;21;1.210,00",
        "G-\(m);\(d);Bolt;Platform subscription;21;1.089,00",
      ]
    }
    #expect(throws: ARRQualityError.self) { try importLedger(text) }
  }

  /// R46-8: a gross column with no tax column beside it: refused, in German and in French.
  @Test func aGrossColumnAloneIsRefused() {
    for (header, amount) in [
      ("Rechnungsnummer;Datum;Kunde;Artikel;Bruttobetrag", "1.190,00"),
      ("N° facture;Date;Client;Désignation;Montant TTC", "1 200,00"),
    ] {
      let text = Y.ledger(header) { m in ["A-\(m);\(Y.day(m));Acme;Platform subscription;\(amount)"]
      }
      #expect(throws: ARRQualityError.self) { try importLedger(text) }
    }
  }

  /// The twin: `Montant TTC` beside `TVA` money (20% of the net on each line) is read net. By
  /// hand: Acme 1.000 + 500, Bolt 900 a month, $28,800.
  @Test func montantTTCBesideTaxMoneyIsReadNet() throws {
    let c = try importLedger(
      Y.ledger("N° facture;Date;Client;Désignation;TVA;Montant TTC") { m in
        let d = Y.day(m)
        return [
          "F-\(m);\(d);Acme;Platform subscription;200,00;1 200,00",
          "F-\(m);\(d);Acme;Analytics add-on;100,00;600,00",
          "G-\(m);\(d);Bolt;Platform subscription;180,00;1 080,00",
        ]
      })
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
  }
}
