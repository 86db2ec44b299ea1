import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 53's findings on session 52's cube rules (services rows, intercompany, counts, rows
/// not to count, the type column) and review 52b's misses of them (other languages' words, a
/// totals row on top, cash titles).
@Suite struct ReviewFiftyThreeCubeTests {
  /// Acme 1,000 and Beta 2,000 a month, Jan-26 to Jun-26, then `rows`.
  static func cube(_ rows: [String], title: String = "") -> String {
    (title.isEmpty ? "" : title + "\n")
      + ([
        "Customer,Jan-26,Feb-26,Mar-26,Apr-26,May-26,Jun-26",
        "Acme,1000,1000,1000,1000,1000,1000", "Beta,2000,2000,2000,2000,2000,2000",
      ] + rows)
      .joined(separator: "\n") + "\n"
  }

  /// R53-1: a project in three equal instalments, or finished, stays one-time (s01, s02); a
  /// services row steady four months or more is a retainer (R52b-3's j02-j04).
  @Test func projectInstalmentsStayOneTime() throws {
    let c = try importCube(
      Self.cube([
        "Acme - Implementation services,0,0,0,5000,5000,5000",
        "Beta (onboarding),2500,2500,2500,0,0,0",
      ]), options: ImportOptions(values: .mrr))
    #expect(Set(c.accounts.map(\.id)) == ["Acme", "Beta"])
    let retainer = try importCube(
      Self.cube([
        "Acme - Consulting,1500,1500,1500,1500,1500,1500",
        "Beta (Services),700,700,700,700,700,700",
      ]),
      options: ImportOptions(values: .mrr))
    #expect(retainer.accounts.count == 4)
  }

  /// R53-2, R52b-17: a head word then a separator, `I/C`, or another language's word names
  /// the group's own revenue; fused into a name it is a company.
  @Test(arguments: [
    ("Interco - Tessel UK Ltd", true), ("I/C Tessel GmbH", true),
    ("Eliminations - Tessel Holdings Inc", true), ("IC recharge - Tessel UK", true),
    ("Tessel GmbH (konzernintern)", true), ("Tessel SAS (intragroupe)", true),
    ("Eliminations", true), ("Interco Trading AG", false), ("I.C. System Inc", false),
    ("Interco Packaging", false), ("Ecolab Pest Elimination", false), ("Intercom Inc", false),
    ("IC Markets", false),
  ])
  func intercompanyRows(label: String, isGroup: Bool) {
    #expect((NonCustomerRows.kind(label) == .intercompany) == isGroup)
  }

  /// R53-3, R52b-12: a count named in any clause or a bracket of a unit alone; not in a
  /// numbered qualifier or beside a removal.
  @Test(arguments: [
    ("Tessel Inc - Active users by customer", true), ("Monthly schedule by customer (seats)", true),
    ("FY26 board pack: licences by customer", true), ("MAU by customer", true),
    ("Actieve gebruikers per klant", true), ("Usuários ativos por cliente", true),
    ("Enterprise customers (100+ seats) - monthly", false),
    ("Customer schedule by month (internal test users removed)", false),
    ("MRR by customer (MAU-based pricing)", false),
  ])
  func countTitles(title: String, isCount: Bool) {
    #expect((BookingsLabel.kind(title) == .count) == isCount)
  }

  /// R53-11, R53-18: rows whose own state says not to count them; live customers whose labels
  /// mention such words in passing are counted.
  @Test(arguments: [
    ("Acme (duplicate)", true), ("Tessel staff (internal only)", true),
    ("Tessel Sales Demo (internal account)", true), ("Tessel - demo tenant", true),
    ("Alpha GmbH (alt - nicht verwenden)", true), ("Beta SA (ne pas utiliser)", true),
    ("Gamma SL (no usar)", true), ("Acme Corp (old - superseded, do not use)", true),
    ("ZZ Test account (internal)", true),
    ("Vandelay Industries (contract superseded by 2026 MSA)", false),
    ("Initech (internal use licence)", false), ("Superseded Labs", false),
    ("Hooli (test customer until Mar-26, paying since Apr)", false), ("Acme Corp (old)", false),
    ("Internal Medicine Associates", false), ("Obsolete Parts Co", false),
  ])
  func rowsNotToCount(label: String, isLeftOut: Bool) {
    #expect((NonCustomerRows.kind(label) == .notToCount) == isLeftOut)
  }

  /// R53-18's n09 and review 52b's p04: `Test Acme` beside Acme (its test copy) and
  /// `Testkunde (intern)` are left out: 54,000 = Acme and Beta alone (hand). Twins: `Test
  /// Equipment Corp` (no `Equipment Corp` row), `Acme Sandbox` (a paid sandbox), `Beta
  /// Testing Labs` and `Internet Intern Co` are customers.
  @Test func testCopiesAndGermanTestCustomersAreLeftOut() throws {
    let c = try importCube(
      Self.cube([
        "Test Acme,250,250,250,250,250,250", "Testkunde (intern),3000,3000,3000,3000,3000,3000",
      ]),
      options: ImportOptions(values: .mrr))
    #expect(Set(c.accounts.map(\.id)) == ["Acme", "Beta"])
    #expect(c.log.findings.contains { $0.contains("2 rows say not to count them") })
    let twins = try importCube(
      Self.cube([
        "Test Equipment Corp,250,250,250,250,250,250", "Acme Sandbox,100,100,100,100,100,100",
        "Beta Testing Labs,300,300,300,300,300,300", "Internet Intern Co,50,50,50,50,50,50",
      ]), options: ImportOptions(values: .mrr))
    #expect(twins.accounts.count == 6)
  }

  /// R53-12, R52b-14: a `Model` column of contract types, `Pricing model` with `Standard`,
  /// `Tipo` and `Revenue type` are read (the pilot out); a bare `Model` of `Standard`/`Pilot`
  /// (device models) and a `Tipo` of customer kinds are not.
  @Test(arguments: [
    ("Model", ["Annual", "Monthly", "Pilot"], true),
    ("Pricing model", ["Standard", "Standard", "Pilot"], true),
    ("Tipo", ["Anual", "Mensual", "Piloto"], true),
    ("Revenue type", ["Subscription", "Subscription", "Pilot"], true),
    ("Model", ["Standard", "Standard", "Pilot"], false),
    ("Tipo", ["Empresa", "Empresa", "Autónomo"], false),
  ])
  func typeColumns(header: String, cells: [String], isRead: Bool) throws {
    let rows = zip(["Acme", "Beta", "Cobalt"], cells).map { "\($0),\($1),1000,1000,1000" }
    let c = try importCube(
      (["Customer,\(header),Jan-26,Feb-26,Mar-26"] + rows).joined(separator: "\n") + "\n",
      options: ImportOptions(values: .mrr))
    #expect(c.log.notes.contains { $0.contains("contract type") } == isRead)
  }

  /// R52b-18: a totals row on top, or a cent off a row's rounding, is the totals row (each
  /// doubled every figure).
  @Test func totalsOnTopOrACentOff() throws {
    let top = try importCube(
      """
      Zákazník,Jan-26,Feb-26,Mar-26
      Celkový súčet,3600,3600,3600
      Acme,1000,1000,1000
      Beta,2000,2000,2000
      Cobalt,600,600,600

      """, options: ImportOptions(values: .mrr))
    #expect(top.accounts.count == 3)
    let cent = try importCube(
      """
      Customer,Jan-26,Feb-26,Mar-26
      Acme,333.33,333.33,333.33
      Beta,333.33,333.33,333.33
      Cobalt,333.33,333.33,333.33
      Delta,1000.00,1000.00,1000.00
      Celkom,2000.00,2000.00,2000.00

      """, options: ImportOptions(values: .mrr))
    #expect(cent.accounts.count == 4)
  }

  /// R52b-13, R53-20: cash titles in other words are read as invoiced amounts; an MRR title
  /// mentioning amounts received is MRR.
  @Test(arguments: [
    ("Amounts received by customer (bank)", true), ("Ontvangsten per klant", true),
    ("Payments by month", true), ("MRR by customer (amounts received in advance excluded)", false),
  ])
  func cashTitles(title: String, isCash: Bool) {
    #expect(SalesLabel.says(title) == isCash)
  }
}
