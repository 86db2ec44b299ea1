import ARRCore
import Testing

@testable import ARRInput

/// A cube's one-time rows (T44-12) where cubes are joined in time and where accounts begin
/// (review 48L, RL-7: two exports sharing a month with a fee in it stopped the import, "does not
/// tie out (a bug)"; RL-8: a setup fee before the subscription became the account's start).
@Suite struct OneTimeRowsJoinTests {
  func read(_ files: [(String, String)]) throws -> ImportedCompany {
    try Importer.read(files.map { Importer.SourceFile(name: $0.0, bytes: Array($0.1.utf8)) })
  }

  /// Export a (Jan–Mar) and b (Mar–Apr) share March; Acme's 3,000 fee of March is in b only
  /// (a predates the invoice) and Bolt's 1,000 fee of March in both. Hand: each fee once, 3,000
  /// and 1,000 in March; the tie-out balances, the second copy of the shared month left out.
  @Test func aMonthTwoExportsShareReadsItsFeesOnce() throws {
    let a = """
      Customer,Revenue type,Jan-25,Feb-25,Mar-25
      Acme,Subscription,100,100,100
      Bolt,Subscription,50,50,50
      Bolt,Training,0,0,"1,000"
      """
    let b = """
      Customer,Revenue type,Mar-25,Apr-25
      Acme,Subscription,100,100
      Acme,Implementation,"3,000",0
      Bolt,Subscription,50,50
      Bolt,Training,"1,000",0
      """
    let c = try read([("a.csv", a), ("b.csv", b)])
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.oneTimeRow("Acme") == [0, 0, 300_000, 0])
    #expect(c.oneTimeRow("Bolt") == [0, 0, 100_000, 0])
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Late's 9,000 implementation in January, its subscription from March: it starts in March
  /// (its first month with MRR, docs/input.md), not with the fee. Dana, billed only services,
  /// starts with them.
  @Test func anAccountStartsWithItsFirstMRRNotAFee() throws {
    let c = try read([
      (
        "cube.csv",
        """
        Customer,Revenue type,Jan-25,Feb-25,Mar-25,Apr-25
        Acme,Subscription,100,100,100,100
        Late,Implementation,"9,000",0,0,0
        Late,Subscription,0,0,110,110
        Dana,Onboarding,0,"2,000",0,0
        """
      )
    ])
    let company = try c.company().company
    func start(_ id: String) -> CivilDate? { company.accounts.first { $0.id == id }?.startDate }
    #expect(start("Late") == CivilDate("2025-03-01"))
    #expect(start("Dana") == CivilDate("2025-02-01"))
    #expect(start("Acme") == CivilDate("2025-01-01"))
  }
}
