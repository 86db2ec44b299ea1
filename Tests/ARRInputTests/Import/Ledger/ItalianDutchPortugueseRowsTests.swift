import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47, R47-7, R47-11 and R47-12 (fixtures `/work/team/s47/review/s01`–`s03b`, `s08c`,
/// `s10`–`s13`, made smaller): Italian, Dutch and Portuguese printouts — their column headers
/// (refused, "shape not recognised"), their summary and settling rows (read as revenue) — and
/// a bare `Número` document column. Every file: decimal comma, `;`, a book of monthly customers
/// through 2024, read at 2024-12.
@Suite struct ItalianDutchPortugueseRowsTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  /// Acme 1,000 and Bolt 500 a month, each invoice's lines then `acme` or `bolt` (each row's
  /// label and amount), under `header`.
  static func book(_ header: String, acme: [String], bolt: [String]) -> String {
    Y.ledger(header) { m in
      let d = Y.day(m)
      return ["A-\(m);\(d);Acme;Platform subscription;1.000,00"]
        + acme.map { "A-\(m);\(d);Acme;\($0)" }
        + ["B-\(m);\(d);Bolt;Platform subscription;500,00"] + bolt.map { "B-\(m);\(d);Bolt;\($0)" }
    }
  }

  static let italian = "Numero;Data;Cliente;Descrizione;Importo"
  static let dutch = "Factuurnummer;Datum;Klant;Omschrijving;Bedrag"
  static let portuguese = "Número;Data;Cliente;Descrição;Valor"
  static let spanish = "Número;Fecha;Cliente;Concepto;Importe"
  static let english = "Invoice No;Date;Customer;Description;Amount"

  /// Each language's rows under its own headers and under English ones: the lines alone, Acme
  /// 1,000 + Bolt 500 a month, $18,000 (refused, or read at up to $60,000 with tax and totals).
  @Test(
    arguments: [
      (
        italian, ["Imponibile;1.000,00", "IVA 22%;220,00", "Totale documento;1.220,00"],
        [
          "Totale imponibile;500,00", "IVA 22%;110,00", "Totale;610,00", "Pagato;-610,00",
          "Saldo;0,00",
        ]
      ),
      (
        italian, ["Imponibile;1.000,00", "22%;220,00", "Totale;1.220,00"], ["Totale fattura;500,00"]
      ),
      (
        dutch,
        [
          "Subtotaal;1.000,00", "BTW 21%;210,00", "Totaal;1.210,00", "Betaald;-1.210,00",
          "Openstaand bedrag;0,00",
        ],
        ["Subtotaal;500,00", "BTW 21%;105,00", "Totaal incl. BTW;605,00"]
      ),
      (
        portuguese,
        [
          "Base tributável;1.000,00", "IVA 23%;230,00", "Total do documento;1.230,00",
          "Valor pago;-1.230,00", "Valor em dívida;0,00",
        ],
        ["Subtotal;500,00", "IVA 23%;115,00", "Total a pagar;615,00"]
      ),
      (
        spanish, ["Base imponible;1.000,00", "IVA 21%;210,00", "Total factura;1.210,00"],
        [
          "Base imponible;500,00", "IVA 21%;105,00", "Retención IRPF 15%;-75,00",
          "Total factura;530,00",
        ]
      ),
      (
        english, ["Imponibile;1.000,00", "IVA 22%;220,00", "Totale documento;1.220,00"],
        [
          "Subtotaal;500,00", "BTW 21%;105,00", "Totaal;605,00", "Betaald;-605,00",
          "Openstaand bedrag;0,00",
        ]
      ),
      (
        english,
        [
          "Base tributável;1.000,00", "IVA 23%;230,00", "Total do documento;1.230,00",
          "Valor pago;-1.230,00", "Valor em dívida;0,00",
        ],
        ["Totale imponibile;500,00", "IVA 22%;110,00", "Totale;610,00"]
      ),
    ] as [(String, [String], [String])])
  func theSummaryRowsAreNoLines(header: String, acme: [String], bolt: [String]) throws {
    let c = try importLedger(Self.book(header, acme: acme, bolt: bolt))
    #expect(Self.arr(c) == 1_800_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// Twins: a product `Totale Care` is a line, and a `Totale` alone on its invoice is its line
  /// (Acme 1,000 + 300, Bolt 500 + 200 a month: $24,000).
  @Test func aProductNamedLikeASummaryRowIsALine() throws {
    let c = try importLedger(
      Self.book(Self.italian, acme: ["Totale Care;300,00"], bolt: [])
        + "\n"
        + (1...12).map { "C-\($0);\(Y.day($0));Bolt;Totale;200,00" }.joined(separator: "\n"))
    #expect(Self.arr(c) == 2_400_000)
  }

  /// The bare `Número` twin: a column numbering the rows (one row each) holds no invoice, and
  /// every row is a line (Acme 1,000 + `Total` 300, Bolt 500 a month: $21,600).
  @Test func aNumberPerRowIsNoInvoice() throws {
    var n = 0
    let text = Y.ledger(Self.spanish) { m in
      let d = Y.day(m)
      n += 2
      return [
        "\(n - 1);\(d);Acme;Platform subscription;1.000,00", "\(n);\(d);Acme;Total;300,00",
      ]
    }
    let bolt = (1...12).map { "\(100 + $0);\(Y.day($0));Bolt;Platform subscription;500,00" }
    let c = try importLedger(text + "\n" + bolt.joined(separator: "\n"))
    #expect(Self.arr(c) == 2_160_000)
  }
}
