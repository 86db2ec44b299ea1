import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list beside the revenue in another language or decimal mark: its customer column
/// (`Kunde`, `Nom du client`) is read as a cube's is, and its money columns in the decimal mark
/// they show, whatever the revenue file's (review 43, V18: a German list refused the whole run,
/// "no column is a date or an amount", and with an English header its `18.000,00` was no ARR).
@Suite struct ForeignListTests {
  /// Acme $1,500 and Bolt $900 of MRR, January–March 2024: $28,800 of ARR at 2024-03.
  static let cube = """
    Customer,Jan-24,Feb-24,Mar-24
    Acme,1500,1500,1500
    Bolt,900,900,900
    """

  func read(list: String) throws -> ImportedCompany {
    try ImportFixtures.read([("cube.csv", Self.cube), ("liste.csv", list)])
  }

  /// `Kunde` names the customers and `18.000,00` is eighteen thousand: the list states
  /// $18,000 + $10,800 = $28,800, the revenue's ARR, so it is the company's claim.
  @Test func aGermanListIsReadWithItsDecimalComma() throws {
    let c = try read(list: "Kunde;Branche;ARR\nAcme;SaaS;18.000,00\nBolt;Handel;10.800,00\n")
    #expect(c.reportedARR == 2_880_000)
    #expect(c.accounts.count == 2)
  }

  /// French and Spanish customer columns join by name as the English ones do.
  @Test(arguments: ["Nom du client", "Nombre del cliente", "Cliente", "Kundenname"])
  func aForeignCustomerColumnJoins(header: String) throws {
    let c = try read(list: "\(header),ARR\nAcme,\"18000,00\"\nBolt,\"10800,00\"\n")
    #expect(c.reportedARR == 2_880_000)
  }

  /// Twin: a list whose dates are written with dots (`01.02.2024`, which looks like a decimal
  /// comma's grouping) and whose ARR shows a decimal point reads the ARR with the point: only
  /// the money column decides its mark.
  @Test func datesWithDotsDoNotMakeTheListsAmountsCommaDecimal() throws {
    let c = try read(
      list: "Customer,Start,ARR\nAcme,01.02.2023,\"18,000.00\"\nBolt,01.03.2023,\"10,800.00\"\n")
    #expect(c.reportedARR == 2_880_000)
  }

  /// A committed MRR column in a list reads in the mark its cells show: `1.500,00` is $1,500.
  @Test func aListsCommittedMRRReadsWithItsDecimalComma() throws {
    let c = try read(list: "Kunde;Committed MRR\nAcme;1.500,00\nBolt;900,00\n")
    let acme = try #require(c.accounts.first { $0.name == "Acme" })
    #expect(acme.committedMRR == 150_000)
  }

  /// Twin: a list whose ARR cells show both marks reads them with the decimal point (the
  /// default): `18,000.00` is $18,000 and the other cell, `10.800,00`, no amount — the list is
  /// then a partial claim, not the company's.
  @Test func mixedMarksReadAsPoints() throws {
    let c = try read(list: "Customer;ARR\nAcme;18,000.00\nBolt;10.800,00\n")
    #expect(c.reportedARR == nil)
  }
}
