import ARRCore
import Testing

@testable import ARRInput

/// FastSpring's subscriptions give each price's cycle in `intervalUnit` and `intervalLength`
/// (session 17, import3 lane; trial 17, FS1): unread, the refusal advised renaming `price`
/// "mrr", and a yearly price of 490 read as 490 a month ($8,832 for $3,442).
@Suite struct FastSpringIntervalTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))])
  }

  /// By hand: ann 49.00 a month from January (4,900 hundredths); bob 600.00 a year from
  /// February, 50.00 a month (5,000). As-of 2025-02, the last start.
  @Test func theIntervalColumnsGiveThePricesCycle() throws {
    let c = try read(
      """
      id,state,account,price,intervalUnit,intervalLength,start date
      s1,active,acct_ann,49.00,month,1,2025-01-10
      s2,active,acct_bob,600.00,year,1,2025-02-01
      """)
    #expect(c.mrrRow("acct_ann") == [4_900, 4_900])
    #expect(c.mrrRow("acct_bob") == [0, 5_000])
  }

  /// The raw export (no start column): the refusal names the start as the one column missing,
  /// with `price` as the price, and no longer advises renaming it "mrr".
  @Test func theRefusalAsksOnlyForTheStart() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try read(
        """
        id,state,account,price,intervalUnit,intervalLength,begin
        s1,active,acct_ann,49.00,month,1,1736467200000
        s2,active,acct_bob,600.00,year,1,1738368000000
        """)
    }
    #expect(
      error.message.contains(
        "read as a subscriptions table it has a customer (\"account\") and a monthly price "
          + "(\"price\") but no column is a start"))
    #expect(!error.message.contains("\"mrr\";"))
  }
}
