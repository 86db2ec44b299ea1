import ARRCore
import Testing

@testable import ARRInput

/// ``MonthColumns``: cells written straight into the matrices (``MonthColumns/dense``) or into
/// columns of their own months (MRR and usage side by side), laid out as the account × month
/// matrices, with and without usage (one lane), months never written left zero and activity
/// never written `nan`.
@Suite struct MonthColumnsTests {
  @Test(arguments: [false, true], [3, 70_000])
  func cellsLayOutAsTheMatrices(hasUsage: Bool, accounts: Int) throws {
    let first = Month(year: 2024, month: 1)
    let o = first.ordinal
    // No matrices, exactly the months, the middle month only, and a month more than read.
    for expected in [nil, o...(o + 2), (o + 1)...(o + 1), (o - 1)...(o + 2)] {
      let columns = MonthColumns(
        accountCount: accounts, hasUsage: hasUsage, activityCount: 1, expected: expected)
      #expect(columns.lanes == (hasUsage ? 2 : 1))
      #expect((columns.dense == nil) == (expected == nil))
      // Months 0 and 2 are written; month 1 has no row.
      for m in [0, 2] {
        let cells = try #require(columns.cells(Int(first.adding(months: m).ordinal)))
        let mrr = try #require(cells.mrr)
        let activity = try #require(cells.activity)
        #expect((cells.usage == nil) == !hasUsage)
        for a in 0..<accounts {
          mrr[a * cells.stride] = Int64(a * 10 + m)
          cells.usage?[a * cells.stride] = Int64(a * 100 + m)
          if a % 2 == 0 { activity[0][a * cells.activityStride] = Float(a + m) }
        }
      }
      let (mrr, usage) = columns.takeDense(from: first, through: first.adding(months: 2))
      let logins = columns.denseActivity(0, from: first, through: first.adding(months: 2))
      #expect(mrr.count == accounts * 3 && logins.count == accounts * 3)
      #expect((usage == nil) == !hasUsage)
      for a in [0, 1, accounts - 1] {
        let row = (a * 3)..<(a * 3 + 3)
        #expect(Array(mrr[row]) == [Int64(a * 10), 0, Int64(a * 10 + 2)])
        if let usage {
          #expect(Array(usage[row]) == [Int64(a * 100), 0, Int64(a * 100 + 2)])
        }
        let expectedLogins: [Float] =
          a % 2 == 0 ? [Float(a), .nan, Float(a + 2)] : [.nan, .nan, .nan]
        #expect(logins[row].map(\.bitPattern) == expectedLogins.map(\.bitPattern))
      }
    }
  }
}
