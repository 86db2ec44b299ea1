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

  /// Twin: a notice taken back (`Kündigung zurückgenommen`) is no notice; nor is one withdrawn
  /// in other words (review 52b, R52b-5, case `h04`: `Kündigung zurückgezogen` was notice,
  /// committed 28,800 for 82,800), while `Kündigung eingegangen` (received) stays notice.
  @Test(arguments: [
    ("Kündigung zurückgenommen", false), ("Kündigung zurückgezogen", false),
    ("Kündigung storniert", false), ("Kündigung aufgehoben", false),
    ("Kündigung annulliert", false), ("Kündigung eingegangen", true),
  ])
  func aNoticeTakenBackIsNone(_ status: String, _ isNotice: Bool) throws {
    let c = try read(
      Self.list(
        "Kundennummer;Kunde;Tarif;Monatsbetrag;Vertragsbeginn;Vertragsende;Status",
        bergbau: status))
    #expect((c.account("K-002")?.cancelDate != nil) == isNotice)
  }

  /// Review 52, R52-13 (case `v03`): `gekündigt zum 28.02.2027`, the usual wording, is notice
  /// as plain `gekündigt` is; twins `nicht gekündigt`, `ungekündigt`, `keine Kündigung` and
  /// `Kündigungsfrist 3 Monate` (a notice period) are none.
  @Test(arguments: [
    ("gekündigt zum 28.02.2027", true), ("Kündigung zum 28.02.2027", true),
    ("aktiv, gekündigt am 15.09.2026", true), ("nicht gekündigt", false),
    ("ungekündigt", false), ("keine Kündigung", false), ("Kündigungsfrist 3 Monate", false),
  ])
  func aLongerGermanStatusSayingNotice(_ status: String, _ isNotice: Bool) throws {
    let c = try read(
      Self.list(
        "Kundennummer;Kunde;Tarif;Monatsbetrag;Vertragsbeginn;Vertragsende;Status",
        bergbau: status))
    #expect((c.account("K-002")?.cancelDate != nil) == isNotice)
  }

  /// Review 52, R52-12 (cases `v04`, `v05`, `v07`): the same list in French and Spanish, its
  /// status column `Statut` or `Estado`. By hand at 2026-10: recurring 82,800 (Dach & Decke in
  /// its trial pays nothing), Bergbau's notice read (committed 28,800).
  @Test(arguments: [
    (
      "Numéro client;Client;Formule;Montant mensuel;Date de début;Date de fin;Statut",
      ["En cours", "Résiliation demandée", "Résilié", "Période d essai"]
    ),
    (
      "Número de cliente;Cliente;Plan;Importe mensual;Fecha de inicio;Fecha de fin;Estado",
      ["Activo", "Baja solicitada", "Cancelado", "En prueba"]
    ),
  ])
  func frenchAndSpanishListsAreRead(_ header: String, _ statuses: [String]) throws {
    let text = """
      \(header)
      K-001;Adler Apotheke;Business;1.200,00;01.01.2025;31.12.2026;\(statuses[0])
      K-002;Bergbau Becker GmbH;Enterprise;4.500,00;01.03.2026;28.02.2027;\(statuses[1])
      K-003;Café Claus;Basis;89,00;15.05.2025;14.05.2026;\(statuses[2])
      K-004;Dach & Decke KG;Business;1.200,00;01.10.2026;30.09.2027;\(statuses[3])
      K-005;Elektro Engel;Business;1.200,00;01.06.2026;31.05.2027;\(statuses[0])

      """
    let c = try read(text)
    #expect(c.mrrRow("K-004").last == 0)
    #expect(c.mrrRow("K-002").last == 450_000)
    #expect(c.account("K-002")?.cancelDate == CivilDate("2027-02-28"))
    #expect(c.account("K-001")?.cancelDate == nil)
  }

  /// Review 52b, R52b-10 (cases `h05`, `h06`): English columns with a Portuguese `Situação` or
  /// an Italian `Stato` status column. By hand at 2026-10 as the French and Spanish lists:
  /// Dach & Decke in its trial pays nothing, Bergbau's notice read (ends 2027-02-28).
  @Test(arguments: [
    ("Situação", ["Ativo", "Cancelamento solicitado", "Cancelado", "Em teste"]),
    ("Stato", ["Attivo", "Disdetta ricevuta", "Cessato", "In prova"]),
    ("Situação", ["Ativo", "Aviso prévio", "Encerrado", "Período de teste"]),
    ("Stato", ["In corso", "In disdetta", "Scaduto", "Periodo di prova"]),
    ("Stato", ["Attivo", "Disdetta ricevuta il 15.09.2026", "Cessato", "In prova"]),
  ])
  func portugueseAndItalianStatusesAreRead(_ column: String, _ statuses: [String]) throws {
    let text = """
      Customer ID;Customer;Plan;Monthly amount;Start date;End date;\(column)
      K-001;Adler Apotheke;Business;1.200,00;01.01.2025;31.12.2026;\(statuses[0])
      K-002;Bergbau Becker GmbH;Enterprise;4.500,00;01.03.2026;28.02.2027;\(statuses[1])
      K-003;Café Claus;Basis;89,00;15.05.2025;14.05.2026;\(statuses[2])
      K-004;Dach & Decke KG;Business;1.200,00;01.10.2026;30.09.2027;\(statuses[3])
      K-005;Elektro Engel;Business;1.200,00;01.06.2026;31.05.2027;\(statuses[0])

      """
    let c = try read(text)
    #expect(c.mrrRow("K-004").last == 0)
    #expect(c.mrrRow("K-002").last == 450_000)
    #expect(c.mrrRow("K-001").last == 120_000)
    #expect(c.account("K-002")?.cancelDate == CivilDate("2027-02-28"))
    #expect(c.account("K-001")?.cancelDate == nil)
    #expect(c.account("K-005")?.cancelDate == nil)
  }

  /// Hostile twins: a notice withdrawn in Portuguese or Italian (`Aviso prévio revogado`,
  /// `Disdetta annullata`, `Disdetta ritirata`), or denied (`Nessuna disdetta`), is none.
  @Test(arguments: [
    "Aviso prévio revogado", "Disdetta annullata", "Disdetta ritirata", "Nessuna disdetta",
  ])
  func aWithdrawnNoticeInPortugueseOrItalianIsNone(_ status: String) throws {
    let text = """
      Customer ID;Customer;Plan;Monthly amount;Start date;End date;Stato
      K-001;Adler Apotheke;Business;1.200,00;01.01.2025;31.12.2026;Attivo
      K-002;Bergbau Becker GmbH;Enterprise;4.500,00;01.03.2026;28.02.2027;\(status)

      """
    let c = try read(text)
    #expect(c.account("K-002")?.cancelDate == nil)
    #expect(c.mrrRow("K-002").last == 450_000)
  }

  /// Twin: an `Estado` column of provinces (no status among its cells) is no status column.
  @Test func anEstadoOfProvincesIsNoStatus() throws {
    let c = try read(
      """
      Número de cliente;Cliente;Importe mensual;Fecha de inicio;Fecha de fin;Estado
      K-001;Adler;1.200,00;01.01.2025;31.12.2027;Jalisco
      K-002;Bergbau;4.500,00;01.03.2026;28.02.2027;Nuevo León

      """)
    #expect(c.mrrRow("K-001").last == 120_000)
    #expect(c.mrrRow("K-002").last == 450_000)
    #expect(c.log.files[0].ignoredColumns.contains("Estado"))
  }
}
