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
  /// it; a name that differs by case (`bolt ltd`) is no legal join either.
  @Test func ambiguousOrOtherwiseDifferentNamesDoNotJoin() throws {
    let cube = "Customer,Jan-24,Feb-24\nBolt,100,100\nBolt Inc,200,200\nCato,300,300\n"
    let c = try ImportFixtures.read([
      ("cube.csv", cube), ("crm.csv", "Customer,Contract Type\nBolt LLC,Annual\ncato ltd,Annual\n"),
    ])
    #expect(c.accounts.allSatisfy { $0.contractType == nil })
  }
}
