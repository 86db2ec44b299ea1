import ARRCore
import Testing

@testable import ARRInput

/// A monthly table's row with a blank amount is read as 0 and said (review 13, F11: A's
/// February row with a blank `mrr` churned A in February and brought it back in March, and B's
/// blank March churned B at the as-of month, with nothing said: ARR $1,200 for $3,600).
@Suite struct MonthlyBlankAmountTests {
  static let table = """
    customer_id,month,mrr,arr
    A,2024-01,100,1200
    A,2024-02,,1200
    A,2024-03,100,1200
    B,2024-01,200,2400
    B,2024-02,200,2400
    B,2024-03,,2400
    """

  /// The two blank cells read 0 (A 100, 0, 100; B 200, 200, 0) and a finding counts them from
  /// line 3, saying what a missing figure does. Decided: not a problem at the cell, which would
  /// stop every export that leaves a month without revenue blank.
  @Test func aBlankAmountIsZeroAndAFinding() throws {
    let c = try importCube(Self.table, name: "mrr.csv")
    #expect(c.mrrRow("A") == [10_000, 0, 10_000])
    #expect(c.mrrRow("B") == [20_000, 20_000, 0])
    let f = try #require(c.log.findings.first { $0.contains("no amount under") })
    #expect(f.hasPrefix("mrr.csv: 2 rows have no amount under \"mrr\" (first line 3): read as 0"))
    #expect(c.log.files[0].rowsUsed == 6)
  }

  /// Beside an `arr` column the finding names what the blank rows' `arr` cells give a month
  /// (review 13, F11, the rest): A's line 3 says 1,200, ÷ 12 = 100.00; B's line 7 says 2,400.
  /// Without such a column it says nothing of it.
  @Test func aBlankAmountBesideAnArrCellNamesItsTwelfth() throws {
    let c = try importCube(Self.table, name: "mrr.csv")
    let f = try #require(c.log.findings.first { $0.contains("no amount under") })
    #expect(
      f.contains(
        "; 2 of them give an amount under \"arr\" (first line 3: \"1200\", ÷ 12 = 100.00 a "
          + "month): if that is the month's recurring revenue, fill it in under \"mrr\""))
    let plain = try importCube(
      "customer_id,month,mrr\nA,2024-01,100\nA,2024-02,\nA,2024-03,100", name: "mrr.csv")
    let g = try #require(plain.log.findings.first { $0.contains("no amount under") })
    #expect(!g.contains("of them give"))
  }

  /// A written 0 is a month that billed nothing, as before: A 100, 0, 100.
  @Test func aWrittenZeroIsStillZero() throws {
    let c = try importCube(
      "customer_id,month,mrr\nA,2024-01,100\nA,2024-02,0\nA,2024-03,100", name: "mrr.csv")
    #expect(c.mrrRow("A") == [10_000, 0, 10_000])
  }
}
