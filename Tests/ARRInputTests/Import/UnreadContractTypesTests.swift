import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Contract-type cells the tool does not read are named in a finding with their accounts and
/// ARR, never said as "not given"; pilot-like words of their own read as a pilot (trial 44,
/// T44-19; `docs/import.md`, "Contract types not read").
@Suite struct UnreadContractTypesTests {
  /// A–E pay 100, 200, 300, 400 and 500 a month, January–March 2024.
  static let cube = """
    Customer,Jan-24,Feb-24,Mar-24
    A,100,100,100
    B,200,200,200
    C,300,300,300
    D,400,400,400
    E,500,500,500
    """

  func read(_ list: String) throws -> ImportedCompany {
    try ImportFixtures.read([("cube.csv", Self.cube), ("crm.csv", list)])
  }

  func type(_ c: ImportedCompany, _ id: String) -> ContractType? {
    c.accounts.first { $0.id == id }?.contractType
  }

  /// `Design Partner` and `Trial (paid)` are pilots; `Enterprise Agreement` (C, $3,600 of ARR)
  /// and `Partner deal` (D and E, $10,800) name no term: one finding, the larger value first,
  /// its stake their $14,400.
  @Test func unreadValuesAreNamedWithTheirARR() throws {
    let c = try read(
      """
      Customer,Contract Type
      A,Design Partner
      B,Trial (paid)
      C,Enterprise Agreement
      D,Partner deal
      E,Partner deal
      """)
    #expect(type(c, "A") == .pilot)
    #expect(type(c, "B") == .pilot)
    #expect(type(c, "C") == nil)
    let finding = try #require(
      c.log.findings.first { $0.contains("names no type") || $0.contains("name no type") })
    #expect(
      finding
        == "2 contract-type values name no type the tool reads, so 3 accounts billing at 2024-03 "
        + "(14400.00 of ARR) have an unknown term, neither committed nor month-to-month: "
        + "\"Partner deal\" (2 accounts, 10800.00), \"Enterprise Agreement\" (1 account, 3600.00); "
        + "write the term as annual, multi-year, monthly, usage or pilot to have it read")
    #expect(c.log.stakes[finding]?.arrCents == 1_440_000)
    #expect(c.log.stakes[finding]?.accountIDs == ["D", "E", "C"])
  }

  /// Twins: a term word wins over a pilot-like one (`Annual (after trial)` is annual), and a
  /// pilot-like word inside another (`Industrial`) is no pilot — it is an unread value.
  @Test func termWordsWinAndWordsInsideWordsDoNotCount() throws {
    let c = try read("Customer,Contract Type\nA,Annual (after trial)\nB,Industrial\nC,Annual\n")
    #expect(type(c, "A") == .annual)
    #expect(type(c, "B") == nil)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("1 contract-type value names no type") && $0.contains("\"Industrial\"")
      })
  }

  /// Every value read: no finding.
  @Test func readValuesMakeNoFinding() throws {
    let c = try read("Customer,Contract Type\nA,Annual\nB,Monthly\nC,Beta\nD,Evaluation\nE,POC\n")
    #expect(!c.log.findings.contains { $0.contains("no type the tool reads") })
    #expect(type(c, "C") == .pilot)
  }
}
