import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-24: SAP's customer line items (FBL5N, *Kundeneinzelposten anzeigen*): `Betrag in
/// HW` was no amount, later pages' title lines were problems, and read by hand each `DZ` payment
/// cancelled its invoice (ARR 0).
@Suite struct SAPLineItemsTests {
  /// Kaiser 3,000 a month, each invoice (`DR`) paid (`DZ`, `3.000,00-`) mid-month; Lindner 1,200
  /// from February with a 200 credit memo (`DG`) in March; a second page repeats the title and
  /// the header. By hand, April: Kaiser 3,000 + Lindner 1,200 = 4,200 EUR.
  static let export = """
    Kundeneinzelposten anzeigen;;;;;;;;Seite 1
    Kunde;Name 1;Belegdatum;Buchungsdatum;Belegnummer;Belegart;Betrag in HW;HWähr;Text
    100200;Kaiser Logistik GmbH;01.01.2026;01.01.2026;1800000001;DR;3.000,00;EUR;Abo Plattform 01/2026
    100200;Kaiser Logistik GmbH;15.01.2026;15.01.2026;1800000002;DZ;3.000,00-;EUR;Zahlung
    100200;Kaiser Logistik GmbH;01.02.2026;01.02.2026;1800000003;DR;3.000,00;EUR;Abo Plattform 02/2026
    100200;Kaiser Logistik GmbH;15.02.2026;15.02.2026;1800000004;DZ;3.000,00-;EUR;Zahlung
    100310;Lindner Bau AG;01.02.2026;01.02.2026;1800000005;DR;1.200,00;EUR;Abo Basis 02/2026
    100200;Kaiser Logistik GmbH;01.03.2026;01.03.2026;1800000006;DR;3.000,00;EUR;Abo Plattform 03/2026
    100310;Lindner Bau AG;01.03.2026;01.03.2026;1800000007;DR;1.200,00;EUR;Abo Basis 03/2026
    100310;Lindner Bau AG;20.03.2026;20.03.2026;1800000008;DG;200,00-;EUR;Gutschrift Ausfall
    Kundeneinzelposten anzeigen;;;;;;;;Seite 2
    Kunde;Name 1;Belegdatum;Buchungsdatum;Belegnummer;Belegart;Betrag in HW;HWähr;Text
    100200;Kaiser Logistik GmbH;01.04.2026;01.04.2026;1800000009;DR;3.000,00;EUR;Abo Plattform 04/2026
    100310;Lindner Bau AG;01.04.2026;01.04.2026;1800000010;DR;1.200,00;EUR;Abo Basis 04/2026
    100310;Lindner Bau AG;15.04.2026;15.04.2026;1800000011;DZ;1.200,00-;EUR;Zahlung
    """

  @Test func sapLineItemsRead() throws {
    let c = try importLedger(Self.export)
    #expect(c.log.currency == "EUR")
    #expect(c.mrrRow("100200").last == 300_000)
    #expect(c.mrrRow("100310").last == 120_000)
    #expect(c.log.notes.contains { $0.contains("SAP's document types") })
    #expect(c.log.skipped.contains { $0.line == 11 && $0.reason.hasPrefix("title") })
  }

  /// Review 52, R52-23: the English layout (`Document Type`, `Document Date`, `Amount in Local
  /// Currency`, `RV` billing documents): the type column is read, so the payments are cash, not
  /// credits netting the invoices (Kaiser read $0). By hand, April: 4,200 EUR.
  @Test func theEnglishLayoutReadsItsTypes() throws {
    let english = Self.export
      .replacing(
        "Kunde;Name 1;Belegdatum;Buchungsdatum;Belegnummer;Belegart;Betrag in HW;HWähr;Text",
        with: "Customer;Name 1;Document Date;Posting Date;Document Number;Document Type;"
          + "Amount in Local Currency;Local Currency;Text"
      )
      .replacing(";DR;", with: ";RV;")
    let c = try importLedger(english)
    #expect(c.mrrRow("100200").last == 300_000)
    #expect(c.mrrRow("100310").last == 120_000)
  }

  /// Twin: a column of `DR`/`CR` debit and credit flags holds no SAP payment or credit memo
  /// code: its cells are left as they are.
  @Test func debitCreditFlagsAreNoSAPTypes() {
    var table = ImportTable(
      file: "l.csv",
      records: [
        ["Customer", "Date", "Doc Type", "Amount"], ["A", "2026-01-01", "DR", "10"],
        ["A", "2026-01-05", "CR", "10"],
      ].enumerated().map {
        ImportTable.Record(line: $0.offset + 1, cells: $0.element)
      })
    var notes = [String]()
    SAPDocumentTypes.take(from: &table, notes: &notes)
    #expect(table.records[1].cells[2] == "DR")
    #expect(notes.isEmpty)
  }
}
