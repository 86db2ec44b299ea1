import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A list row's name joins an account's once legal forms are set aside, when that names one
/// account and one row (trial 44, T44-13; `docs/import.md`, "Joining a list").
@Suite struct CustomerListLegalNamesTests {
  @Test(arguments: [
    ("Acme Robotics, Inc.", "Acme Robotics"), ("Bolt Pty Ltd", "Bolt"), ("Acme S.A.", "Acme"),
    ("Cascade Health LLC", "Cascade Health"), ("Northwind GmbH", "Northwind"),
  ])
  func legalFormsAtTheEndAreSetAside(name: String, base: String) {
    #expect(CustomerList.legalBase(name) == base)
  }

  /// No form at the end, or nothing but a form: no base.
  @Test(arguments: ["SA Group", "Inc", "Acme", "Limited Edition Co"])
  func namesWithoutATrailingFormHaveNoBase(name: String) {
    #expect(CustomerList.legalBase(name) == nil)
  }

  static let cube = """
    Customer,Jan-24,Feb-24,Mar-24
    Acme Robotics,1000,1000,1000
    Cascade Health LLC,500,500,500
    Bolt,200,200,200
    """

  /// The CRM writes `Acme Robotics, Inc.` and `Cascade Health`; the billing `Acme Robotics`
  /// and `Cascade Health LLC`: both join, their terms read, and a note names the joins.
  @Test func rowsJoinOnceLegalFormsAreSetAside() throws {
    let c = try ImportFixtures.read([
      ("cube.csv", Self.cube),
      (
        "crm.csv",
        "Company name,Contract Type\n\"Acme Robotics, Inc.\",Annual\n"
          + "Cascade Health,Annual\n"
      ),
    ])
    #expect(c.accounts.first { $0.id == "Acme Robotics" }?.contractType == .annual)
    #expect(c.accounts.first { $0.id == "Cascade Health LLC" }?.contractType == .annual)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("crm.csv: 2 rows joined by name once legal forms")
          && $0.contains("line 2 \"Acme Robotics, Inc.\" as \"Acme Robotics\"")
      })
  }

  /// Twins: two accounts that differ only by a legal form (`Bolt`, `Bolt Inc`) take no row by
  /// it, nor two that differ only by case (`Dune`, `DUNE`) a row `dune`; a name that differs by a
  /// letter (`Catto ltd`) is no join either.
  @Test func ambiguousOrOtherwiseDifferentNamesDoNotJoin() throws {
    let cube =
      "Customer,Jan-24,Feb-24\nBolt,100,100\nBolt Inc,200,200\nCato,300,300\nDune,50,50\n"
      + "DUNE,60,60\n"
    let c = try ImportFixtures.read([
      ("cube.csv", cube),
      ("crm.csv", "Customer,Contract Type\nBolt LLC,Annual\nCatto ltd,Annual\ndune,Annual\n"),
    ])
    #expect(c.accounts.allSatisfy { $0.contractType == nil })
  }

  /// Trial 51, T51-42 (case `c56`): an ERP's capitals (`BIRCH HEALTH`) and the CRM's `Birch
  /// Health`, one account and one row, join with the legal forms' note; `cato ltd` joins `Cato`.
  @Test func namesDifferingByLetterCaseJoin() throws {
    let cube = "Customer,Jan-24,Feb-24\nBIRCH HEALTH,100,100\nCato,300,300\n"
    let c = try ImportFixtures.read([
      ("cube.csv", cube),
      ("crm.csv", "Customer,Contract Type\nBirch Health,Annual\ncato ltd,Annual\n"),
    ])
    #expect(c.accounts.first { $0.id == "BIRCH HEALTH" }?.contractType == .annual)
    #expect(c.accounts.first { $0.id == "Cato" }?.contractType == .annual)
    #expect(c.log.notes.contains { $0.contains("and letter case were set aside") })
  }

  /// T51-42's second half: the joined list's `Status` of `notice given` (words of a longer
  /// status) is notice: Birch leaves at its contract end; `no notice given` is none.
  @Test(arguments: [("notice given", true), ("no notice given", false)])
  func aListsNoticeGivenIsNotice(_ status: String, _ isNotice: Bool) throws {
    let cube = "Customer,Jan-24,Feb-24\nBIRCH HEALTH,100,100\n"
    let c = try ImportFixtures.read([
      ("cube.csv", cube),
      (
        "crm.csv",
        "Customer,Contract Type,Contract End,Status\nBirch Health,Annual,2025-06-30,\(status)\n"
      ),
    ])
    let birch = try #require(c.accounts.first { $0.id == "BIRCH HEALTH" })
    #expect((birch.cancelDate != nil) == isNotice)
  }
}
