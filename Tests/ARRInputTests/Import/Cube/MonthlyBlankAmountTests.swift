import ARRCore
import Testing

@testable import ARRInput

/// A monthly table's row with a blank amount is a problem at its cell, not 0 (review 13, F11: A's
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

  /// The two blank cells are problems at line 3 and line 7, column 3, naming the column; with
  /// `--lenient` the two rows are skipped and counted, so the gap is said, not silent.
  @Test func aBlankAmountIsAProblemAtItsCell() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(Self.table, name: "mrr.csv")
    }
    #expect(error.problems.map(\.line) == [3, 7])
    #expect(error.problems.map(\.column) == [3, 3])
    #expect(error.problems[0].message.contains("no amount under \"mrr\""))
    let c = try importCube(Self.table, options: ImportOptions(isLenient: true), name: "mrr.csv")
    #expect(c.log.files[0].rowsUsed == 4)
    #expect(c.log.files[0].skipped[.badRow] == 2)
  }

  /// A written 0 is a month that billed nothing, as before: A 100, 0, 100.
  @Test func aWrittenZeroIsStillZero() throws {
    let c = try importCube(
      "customer_id,month,mrr\nA,2024-01,100\nA,2024-02,0\nA,2024-03,100", name: "mrr.csv")
    #expect(c.mrrRow("A") == [10_000, 0, 10_000])
  }
}
