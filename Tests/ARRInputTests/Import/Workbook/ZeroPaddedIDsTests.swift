import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list kept in Excel whose ids are number cells: Excel stored `00123` as 123
/// (session 35, H35-17: none of 3 rows joined, committed ARR $0 of $42,000).
@Suite struct ZeroPaddedIDsTests {
  /// 00123 pays 2,000 a month, 00124 1,500, 00125 300, Jan–Jun 2025: headline
  /// 12 × 3,800 = $45,600.
  static let cube = """
    Customer ID,Jan-25,Feb-25,Mar-25,Apr-25,May-25,Jun-25
    00123,2000,2000,2000,2000,2000,2000
    00124,1500,1500,1500,1500,1500,1500
    00125,300,300,300,300,300,300
    """

  static func list(_ ids: [XLSXWriter.Cell]) -> Importer.SourceFile {
    let facts: [[XLSXWriter.Cell]] = [
      ["Acme", "annual", "2025-12-31", "Enterprise"],
      ["Beta", "annual", "2026-03-31", "Mid-market"],
      ["Gamma", "monthly", "", "SMB"],
    ]
    let rows: [[XLSXWriter.Cell]] =
      [["Customer ID", "Name", "Contract type", "Contract end date", "Segment"]]
      + zip(ids, facts).map { [$0] + $1 }
    return Importer.SourceFile(
      name: "customers.xlsx",
      bytes: XLSXWriter.workbook([XLSXWriter.Sheet("Customers", rows: rows)]))
  }

  static func read(_ ids: [XLSXWriter.Cell]) throws -> ImportedCompany {
    try Importer.read([
      Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8)), list(ids),
    ])
  }

  /// Number cells 123, 124, 125 join 00123, 00124, 00125 with a note: Acme and Beta annual,
  /// committed ARR 12 × (2,000 + 1,500) = $42,000 (the hand figure).
  @Test func numberCellsJoinTheirZeroPaddedAccounts() throws {
    let c = try Self.read([123, 124, 125])
    #expect(c.accounts.map(\.name) == ["Acme", "Beta", "Gamma"])
    #expect(c.accounts.map(\.contractType) == [.annual, .annual, .monthly])
    #expect(c.accounts[0].segment == "Enterprise")
    #expect(
      c.log.notes.contains(
        "customers.xlsx, sheet Customers: 3 rows joined the account whose id is the row's id "
          + "with leading zeros, the row's id being a number cell (a number holds no leading "
          + "zeros: Excel drops them from an id it reads as a number), one to one: line 2 123 = "
          + "\"00123\"; line 3 124 = \"00124\"; line 4 125 = \"00125\""))
    #expect(
      c.accounts.map(\.contractEndDate) == [
        CivilDate(year: 2025, month: 12, day: 31), CivilDate(year: 2026, month: 3, day: 31), nil,
      ])
    #expect(c.log.findings.allSatisfy { !$0.contains("nearly match") })
  }

  /// Text cells `123` (typed as text) differ from the ids: not joined, the near-match finding
  /// as before.
  @Test func textIDsStayUnjoined() throws {
    let c = try Self.read([.text("123"), .text("124"), .text("125")])
    #expect(c.accounts.allSatisfy { $0.name == nil })
    #expect(c.log.findings.contains { $0.contains("3 rows nearly match an account") })
  }

  /// Two accounts with the same number (`0123` and `00123`): not one to one, so no row joins
  /// by the rule.
  @Test func anAmbiguousNumberJoinsNone() throws {
    let cube = Self.cube + "\n0123,10,10,10,10,10,10\n"
    let c = try Importer.read([
      Importer.SourceFile(name: "cube.csv", bytes: Array(cube.utf8)), Self.list([123, 124, 125]),
    ])
    #expect(c.accounts.allSatisfy { $0.name == nil })
  }
}
