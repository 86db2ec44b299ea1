import ARRCore
import Testing

@testable import ARRInput

/// QuickBooks' Sales by Customer Summary by month (session 27, t27a lane; trial 25, T25-13):
/// `Not Specified` (sales with no customer) is no customer, and `Parent:Child` sub-customers
/// under their parent's group are one account, the parent. Before: `Not Specified` was a
/// retained logo, and each site its own logo, a site lost while the parent paid on a lost logo.
@Suite struct QuickBooksCustomerSummaryTests {
  static let summary = """
    Sales by Customer Summary
    Northwind Software Inc
    January - March 2024

    ,Jan 2024,Feb 2024,Mar 2024,Total
    Holding Group,,,,
    Holding Group:Site A,"1,500.00","1,500.00",,"3,000.00"
    Holding Group:Site B,800.00,800.00,800.00,"2,400.00"
    Total Holding Group,"2,300.00","2,300.00",800.00,"5,400.00"
    Acme: EMEA,500.00,500.00,500.00,"1,500.00"
    Not Specified,100.00,100.00,100.00,300.00
    TOTAL,"2,900.00","2,900.00","1,400.00","7,200.00"
    """

  /// By hand: Holding Group is one account, Site A 1,500 + Site B 800 = 2,300 in January and
  /// February, 800 in March (Site A lost: contraction, the logo stays). `Acme: EMEA` is no
  /// sub-customer (no `Acme` group): its own account, 500 a month. `Not Specified`'s 100 a month
  /// is no account's: left out, with a finding giving its share of March, 100 of 1,400.
  @Test func subCustomersJoinTheirParentAndNotSpecifiedIsNoCustomer() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "qbo.csv", bytes: Array(Self.summary.utf8))],
      options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id).sorted() == ["Acme: EMEA", "Holding Group"])
    #expect(c.mrrRow("Holding Group") == [230_000, 230_000, 80_000])
    #expect(c.mrrRow("Acme: EMEA") == [50_000, 50_000, 50_000])
    #expect(c.log.files[0].skipped[.notACustomer] == 1)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("qbo.csv: 1 customer with sub-customers")
          && $0.contains("\"Holding Group:Site A\"")
          && $0.contains("2 sub-customer rows joined into its parent")
      })
    #expect(c.log.findings.contains { $0.contains("Not Specified") })
  }

  /// Sections whose rows are customers of their own (no colon after the section's name) stay
  /// sections: each row an account, the section its segment.
  @Test func sectionsOfCustomersAreNotJoined() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "sections.csv",
          bytes: Array(
            """
            ,Jan 2024,Feb 2024,Mar 2024
            Enterprise,,,
            Acme,100.00,100.00,100.00
            Beta,200.00,200.00,200.00
            Total Enterprise,300.00,300.00,300.00
            """.utf8))
      ], options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id).sorted() == ["Acme", "Beta"])
  }
}
