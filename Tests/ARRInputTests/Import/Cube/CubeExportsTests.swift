import ARRCore
import Testing

@testable import ARRInput

/// A cube's exports appended into one file (its header repeated): a later export that repeats
/// an earlier row exactly is a re-pull, and a customer's rows in it restate that customer's
/// earlier rows; exports repeating nothing are slices, added up (``CubeExports``).
@Suite struct CubeExportsTests {
  /// The same three months pulled twice, A's March corrected from 100 to 120; B repeated.
  static let rePull = """
    Customer,2024-01,2024-02,2024-03
    A,100,100,100
    B,50,50,50
    Customer,2024-01,2024-02,2024-03
    A,100,100,120
    B,50,50,50
    """

  @Test func aRePullsRowRestatesTheCustomersEarlierRow() throws {
    let c = try importCube(Self.rePull, options: ImportOptions(values: .mrr))
    // Before: A's rows were added up, 200, 200, 220.
    #expect(c.mrrRow("A") == [10_000, 10_000, 12_000])
    #expect(c.mrrRow("B") == [5_000, 5_000, 5_000])
    // A's earlier row, 3 × 100, is left out and counted: the tie-out holds.
    #expect(c.log.tieOut.leftOutCents == 30_000)
    let finding = try #require(c.log.findings.first { $0.contains("restated by a later one") })
    #expect(finding.contains("1 row of an earlier export is restated"))
    #expect(finding.contains("line 2 by line 5"))
    #expect(!c.log.findings.contains { $0.contains("several rows") })
    let file = c.log.files[0]
    #expect(file.rowsRead == 5 && file.rowsUsed == 3)
    #expect(try c.company(name: "t").log.tieOut.isBalanced)
  }

  /// Exports repeating no row are slices (one per product or entity): added up, as before.
  @Test func slicesAreAddedUp() throws {
    let slices = """
      Customer,2024-01,2024-02,2024-03
      A,100,100,100
      B,50,50,50
      Customer,2024-01,2024-02,2024-03
      A,20,20,20
      """
    let c = try importCube(slices, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("A") == [12_000, 12_000, 12_000])
    #expect(c.log.tieOut.leftOutCents == 0)
    #expect(!c.log.findings.contains { $0.contains("restated") || $0.contains("re-pull") })
    #expect(c.log.findings.contains { $0.contains("several rows") })
  }

  /// A customer with rows above the last re-pull and none in it is kept, and said; a customer
  /// only in the re-pull is read from it.
  @Test func aCustomerMissingFromTheRePullIsKeptAndSaid() throws {
    let text = """
      Customer,2024-01,2024-02,2024-03
      A,100,100,100
      B,50,50,50
      Customer,2024-01,2024-02,2024-03
      A,100,100,100
      C,0,30,30
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("B") == [5_000, 5_000, 5_000])
    #expect(c.mrrRow("C") == [0, 3_000, 3_000])
    let finding = try #require(c.log.findings.first { $0.contains("none in the last re-pull") })
    #expect(finding.hasPrefix("cube.csv: 1 customer has rows in an earlier export"))
    #expect(finding.contains("first \"B\", line 3"))
    #expect(!c.log.findings.contains { $0.contains("restated") })
  }

  /// Product rows of one customer: the re-pull's rows (a repeat standing for its earlier copy,
  /// and a new product) replace the earlier export's; the dropped product's row is left out.
  @Test func aCustomersProductRowsAreRestatedTogether() throws {
    let text = """
      Customer,Product,2024-01,2024-02,2024-03
      A,Core,100,100,100
      A,Addon,10,10,10
      Customer,Product,2024-01,2024-02,2024-03
      A,Core,100,100,100
      A,Seats,0,0,25
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.mrrRow("A") == [10_000, 10_000, 12_500])
    #expect(c.log.tieOut.leftOutCents == 3_000)
    let finding = try #require(c.log.findings.first { $0.contains("restated by a later one") })
    #expect(finding.contains("line 3 by line 5"))
  }
}
