import ARRCore
import Testing

@testable import ARRInput

/// NetSuite's `Parent : Child` (QuickBooks' `Parent:Child`) in a ledger's customer column joins
/// its parent by the rule a cube's customer groups follow (``SubCustomerName``; session 28, t28b
/// lane). Before: each site was its own account, so a site lost while its parent paid on read
/// as a lost logo.
@Suite struct LedgerSubCustomerTests {
  static let header =
    "Internal ID,Date,Type,Document Number,Customer/Project,Item,Rev. Rec. Start Date,"
    + "Rev. Rec. End Date,Amount"

  /// Two sites of Holding Group (Site B lost in March), a lone `Acme: EMEA`, and Contoso.
  static let ledger = """
    \(header)
    1,1/1/2024,Invoice,INV1,Holding Group : Site A,SaaS,1/1/2024,1/31/2024,1000.00
    2,1/1/2024,Invoice,INV2,Holding Group : Site B,SaaS,1/1/2024,1/31/2024,500.00
    3,2/1/2024,Invoice,INV3,Holding Group : Site A,SaaS,2/1/2024,2/29/2024,1000.00
    4,2/1/2024,Invoice,INV4,Holding Group : Site B,SaaS,2/1/2024,2/29/2024,500.00
    5,3/1/2024,Invoice,INV5,Holding Group : Site A,SaaS,3/1/2024,3/31/2024,1000.00
    6,1/1/2024,Invoice,INV6,Acme: EMEA,SaaS,1/1/2024,1/31/2024,300.00
    7,2/1/2024,Invoice,INV7,Acme: EMEA,SaaS,2/1/2024,2/29/2024,300.00
    8,3/1/2024,Invoice,INV8,Acme: EMEA,SaaS,3/1/2024,3/31/2024,300.00
    9,3/1/2024,Invoice,INV9,Contoso,SaaS,3/1/2024,3/31/2024,800.00
    """

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "ns.csv", bytes: Array(text.utf8))], options: ImportOptions())
  }

  /// By hand: Holding Group bills 1,000 + 500 in January and February, then Site A's 1,000
  /// alone in March (Site B's loss is the parent's contraction, not a lost logo). `Acme: EMEA`,
  /// with no `Acme` and no second site, stays its own customer. 5 lines of 2 sub-customers
  /// joined into 1 parent.
  @Test func sitesJoinTheirParent() throws {
    let c = try read(Self.ledger)
    #expect(c.accounts.map(\.id).sorted() == ["Acme: EMEA", "Contoso", "Holding Group"])
    #expect(c.mrrRow("Holding Group") == [150_000, 150_000, 100_000])
    #expect(c.mrrRow("Acme: EMEA") == [30_000, 30_000, 30_000])
    #expect(c.accounts.first { $0.id == "Holding Group" }?.source.line == 2)
    #expect(c.log.files[0].rowsUsed == 9)
    #expect(
      c.log.notes.contains(
        "ns.csv: 5 lines of 2 sub-customers (\"Holding Group : Site A\" first) joined into 1 "
          + "parent (\"Holding Group\"): a name written as its parent's, a colon and its own is "
          + "part of that parent when the file names the parent too, or a second sub-customer "
          + "of it, so a sub-customer lost while its parent pays on is contraction, not a lost "
          + "logo"))
  }

  /// A parent invoiced under its own name too: its one child joins it, under the parent's name
  /// as written (and its line as the account's source). Spaces and case around the colon do
  /// not matter.
  @Test func aParentWithLinesOfItsOwnTakesItsChild() throws {
    let c = try read(
      """
      \(Self.header)
      1,1/1/2024,Invoice,INV1,northwind  :  EMEA,SaaS,1/1/2024,1/31/2024,400.00
      2,2/1/2024,Invoice,INV2,Northwind,SaaS,2/1/2024,2/29/2024,250.00
      3,2/1/2024,Invoice,INV3,northwind  :  EMEA,SaaS,2/1/2024,2/29/2024,400.00
      """)
    #expect(c.accounts.map(\.id) == ["Northwind"])
    #expect(c.accounts[0].source.line == 3)
    #expect(c.mrrRow("Northwind") == [40_000, 65_000])
    #expect(c.log.notes.contains { $0.hasPrefix("ns.csv: 2 lines of 1 sub-customer (") })
  }

  /// An id column names the accounts: `Parent : Child` names are left as they are.
  @Test func idsAreNotJoinedByTheirNames() throws {
    let c = try read(
      """
      Date,Customer ID,Customer Name,Description,Service Start,Service End,Amount
      2024-01-01,C1,Holding : Site A,SaaS,2024-01-01,2024-01-31,100.00
      2024-01-01,C2,Holding : Site B,SaaS,2024-01-01,2024-01-31,200.00
      """)
    #expect(c.accounts.map(\.id).sorted() == ["C1", "C2"])
    #expect(!c.log.notes.contains { $0.contains("sub-customer") })
  }

  @Test func theRuleItself() {
    #expect(SubCustomerName.relation("Holding Group : Site A", to: "holding group") == .child)
    #expect(SubCustomerName.relation("Holding Group", to: "Holding  Group") == .parent)
    #expect(SubCustomerName.relation("Holding Groups", to: "Holding Group") == nil)
    #expect(SubCustomerName.relation("Holding Group:", to: "Holding Group") == nil)
    #expect(SubCustomerName.parent(of: "A : B : C") == "A")
    #expect(SubCustomerName.parent(of: ": B") == nil)
    #expect(SubCustomerName.parent(of: "Acme") == nil)
    #expect(
      SubCustomerName.parents(of: ["P:1", "P:2", "Q:1", "R", "R : x", "S: a", "S: a"])
        == ["P:1": "P", "P:2": "P", "R : x": "R"])
  }
}
