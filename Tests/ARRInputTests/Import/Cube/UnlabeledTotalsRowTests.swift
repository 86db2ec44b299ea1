import ARRCore
import Testing

@testable import ARRInput

/// A cube's last row with no label (trial 28, T28-16: roadmunk's real `mrr.csv` ends with a
/// blank line and `,,"5,197","10,427",…`, its column sums; the whole file was refused as "no
/// customer id or name").
@Suite struct UnlabeledTotalsRowTests {
  /// Rows A 100/200/300, B 50/50/50, C 25/0/25: sums 175, 250, 375. The unlabeled last row
  /// says those: a totals row, excluded and checked (a note: it equals the sums); MRR 375 in
  /// March from 3 customers; rows read 4 = used 3 + skipped 1.
  @Test func anUnlabeledLastRowEqualToTheSumsIsTheTotalsRow() throws {
    let c = try importCube(
      """
      Customer,Segment,Jan-24,Feb-24,Mar-24
      A,SMB,100,200,300
      B,SMB,50,50,50
      C,,25,0,25

      ,,175,250,375
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["A", "B", "C"])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 37_500)
    let f = c.log.files[0]
    #expect(f.rowsRead == 4 && f.rowsUsed == 3 && f.rowsSkipped == 1)
    #expect(c.log.skipped.contains { $0.line == 6 && $0.reason.hasPrefix("totals row") })
    #expect(c.log.notes.contains { $0.contains("the totals row (line 6) equals the column sums") })
  }

  /// In whole units, each month within the rounding of each row (½ unit a row and the total):
  /// rows 10.40 + 20.40 = 30.80, the total 31: a totals row.
  @Test func withinRoundingItIsTheTotalsRow() throws {
    let c = try importCube(
      "Customer,Jan-24,Feb-24,Mar-24\nA,10.40,10.40,10.40\nB,20.40,20.40,20.40\n,31,31,31\n",
      options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 2)
    #expect(c.log.skipped.contains { $0.line == 4 && $0.reason.hasPrefix("totals row") })
  }

  /// The unlabeled last row near the sums but off by 100 in March: not taken for a total
  /// (a customer's id may be missing); its problem says what it looks like.
  @Test func anUnlabeledRowNearTheSumsIsSaidToLookLikeATotal() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(
        "Customer,Jan-24,Feb-24,Mar-24\nA,100,200,300\nB,50,50,50\n,150,250,450\n",
        options: ImportOptions(values: .mrr))
    }
    let problem = try #require(error.problems.first).description
    #expect(
      problem.contains(
        ":4:1: no customer id or name (expected a value in this column); the last row, with no "
          + "label and amounts near the column sums, looks like an unlabeled totals row that "
          + "does not equal them: label it Total"), "\(problem)")
  }

  /// A small unlabeled last row is a customer whose name is missing: the problem as before.
  @Test func aSmallUnlabeledRowIsAMissingName() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(
        "Customer,Jan-24,Feb-24,Mar-24\nA,100,200,300\nB,50,50,50\n,10,10,10\n",
        options: ImportOptions(values: .mrr))
    }
    let problem = try #require(error.problems.first).description
    #expect(problem.hasSuffix(":4:1: no customer id or name (expected a value in this column)"))
  }
}
