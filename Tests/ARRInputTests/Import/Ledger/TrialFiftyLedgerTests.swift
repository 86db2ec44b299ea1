import ARRCore
import Testing

@testable import ARRInput

/// Trial 50's misses in the ledger's languages (imp lane): a Hebrew register's net amount
/// (`סכום לפני מע"מ`), its `₪` cells and its one-time words (T50-6); an Italian register's
/// `Imponibile` and `una tantum` (T50-20); `¥` cells (T50-21).
@Suite struct TrialFiftyLedgerTests {
  /// T50-6, by hand as of 2026-10: Elbit 9,500 a month; the bank's annual 144,000 is 12,000 a
  /// month from 2026-09, its 20,000 implementation and training one-time. ILS, before VAT.
  @Test func aHebrewRegisterIsRead() throws {
    let rows = [
      "תאריך,מספר מסמך,שם לקוח,תיאור,\"סכום לפני מע\"\"מ\",\"מע\"\"מ\",סכום כולל",
      "01/08/2026,1,אלביט,מנוי חודשי,\"₪9,500.00\",\"₪1,710.00\",\"₪11,210.00\"",
      "01/09/2026,2,אלביט,מנוי חודשי,\"₪9,500.00\",\"₪1,710.00\",\"₪11,210.00\"",
      "01/10/2026,3,אלביט,מנוי חודשי,\"₪9,500.00\",\"₪1,710.00\",\"₪11,210.00\"",
      "01/09/2026,4,בנק,מנוי שנתי 09/2026-08/2027,\"₪144,000.00\",\"₪25,920.00\",\"₪169,920.00\"",
      "20/09/2026,5,בנק,הטמעה והדרכה (חד פעמי),\"₪20,000.00\",\"₪3,600.00\",\"₪23,600.00\"",
    ]
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.log.currency == "ILS")
    #expect(c.mrrRow("אלביט").last == 950_000)
    #expect(c.mrrRow("בנק").last == 1_200_000)
    #expect(c.oneTimeRow("בנק")[1] == 2_000_000)
  }

  /// T50-20, by hand: Treviso's annual 18,000 is 1,500 a month; its training fee (una tantum)
  /// is one-time. Rossi 1,200 a month.
  @Test func anItalianRegisterIsRead() throws {
    let rows = [
      "Data documento;Numero;Tipo documento;Cliente;Descrizione;Imponibile;IVA;Totale documento",
      "01/03/2026;1/2026;Fattura;Rossi;Canone mensile - piano Pro;1.200,00;264,00;1.464,00",
      "01/04/2026;2/2026;Fattura;Rossi;Canone mensile - piano Pro;1.200,00;264,00;1.464,00",
      "01/05/2026;3/2026;Fattura;Rossi;Canone mensile - piano Pro;1.200,00;264,00;1.464,00",
      "15/03/2026;4/2026;Fattura;Treviso;Canone annuale licenza 03/2026 - 02/2027;18.000,00;3.960,00;21.960,00",
      "20/03/2026;5/2026;Fattura;Treviso;Attività di formazione e avviamento (una tantum);4.500,00;990,00;5.490,00",
    ]
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Rossi").last == 120_000)
    #expect(c.mrrRow("Treviso").last == 150_000)
    #expect(c.oneTimeRow("Treviso")[0] == 450_000)
  }

  /// T50-21: `¥` and `₪` cells are amounts, and name their currency.
  @Test func yenAndShekelCells() throws {
    #expect(CubeMoney.currency("¥120,000") == "JPY")
    #expect(CubeMoney.currency("₪9,500.00") == "ILS")
    #expect(try CubeMoney.cents("¥120,000", isDecimalComma: false) == 12_000_000)
    #expect(try CubeMoney.cents("₪9,500.00", isDecimalComma: false) == 950_000)
  }

  /// T50-12: a Spanish register's legal date header (`Fecha de expedición`) below its title is
  /// the invoice date: Hoteles 1,000 a month.
  @Test(arguments: ["Fecha de expedición", "Fecha de emisión", "Date d'émission"])
  func issueDateHeadersAreDates(header: String) throws {
    let rows = [
      "Libro registro de facturas expedidas - Ejercicio 2025/2026", "",
      "\(header),Nº factura,Cliente,Concepto,Base imponible,Cuota IVA,Total factura",
      "01/09/2026,F-1,Hoteles,Licencia mensual,1000.00,210.00,1210.00",
      "01/10/2026,F-2,Hoteles,Licencia mensual,1000.00,210.00,1210.00",
      "01/11/2026,F-3,Hoteles,Licencia mensual,1000.00,210.00,1210.00",
    ]
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Hoteles").last == 100_000)
  }
}
