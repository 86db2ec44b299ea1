import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-41 (case `c83`): a German contracts list (`Kundennummer`, `Monatsbetrag`,
/// `Vertragsbeginn`, `Vertragsende`, statuses `aktiv`, `gekündigt`, `beendet`, `Testphase`) was
/// refused; renamed, `gekündigt` (notice) and `Testphase` (a trial) were a note only.
@Suite struct GermanContractsListTests {
  static func list(_ header: String, bergbau: String = "gekündigt") -> String {
    """
    \(header)
    K-001;Adler Apotheke;Business;1.200,00;01.01.2025;31.12.2026;aktiv
    K-002;Bergbau Becker GmbH;Enterprise;4.500,00;01.03.2026;28.02.2027;\(bergbau)
    K-003;Café Claus;Basis;89,00;15.05.2025;14.05.2026;beendet
    K-004;Dach & Decke KG;Business;1.200,00;01.10.2026;30.09.2027;Testphase
    K-005;Elektro Engel;Business;1.200,00;01.06.2026;31.05.2027;aktiv

    """
  }

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "Vertragsliste.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  /// By hand at 2026-10: Adler 1,200, Bergbau 4,500 (notice given: leaves 2027-02-28), Elektro
  /// 1,200; Dach & Decke in its trial pays nothing; Café Claus ended in May.
  @Test(arguments: [
    "Kundennummer;Kunde;Tarif;Monatsbetrag;Vertragsbeginn;Vertragsende;Status",
    "customer_id;name;plan;monthly_fee;start_date;end_date;status",
  ])
  func aGermanContractsListIsRead(header: String) throws {
    let c = try read(Self.list(header))
    #expect(c.mrrRow("K-001").last == 120_000)
    #expect(c.mrrRow("K-002").last == 450_000)
    #expect(c.mrrRow("K-005").last == 120_000)
    #expect(c.mrrRow("K-004").last == 0)
    #expect(c.mrrRow("K-003").last == 0)
    #expect(c.account("K-002")?.cancelDate == CivilDate("2027-02-28"))
    #expect(c.account("K-001")?.cancelDate == nil)
    #expect(c.account("K-002")?.name == "Bergbau Becker GmbH")
  }

  /// Twin: a notice taken back (`Kündigung zurückgenommen`) is no notice.
  @Test func aNoticeTakenBackIsNone() throws {
    let c = try read(
      Self.list(
        "Kundennummer;Kunde;Tarif;Monatsbetrag;Vertragsbeginn;Vertragsende;Status",
        bergbau: "Kündigung zurückgenommen"))
    #expect(c.account("K-002")?.cancelDate == nil)
  }
}
