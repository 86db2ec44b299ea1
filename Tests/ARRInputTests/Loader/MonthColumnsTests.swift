import ARRCore
import Testing

@testable import ARRInput

/// ``MonthColumns``: cells of MRR and usage side by side, laid out as the account × month
/// matrices, with and without usage (one lane), months never written left zero.
@Suite struct MonthColumnsTests {
  @Test(arguments: [false, true], [3, 70_000])
  func cellsLayOutAsTheMatrices(hasUsage: Bool, accounts: Int) throws {
    let first = Month(year: 2024, month: 1)
    let columns = MonthColumns(accountCount: accounts, hasUsage: hasUsage)
    #expect(columns.lanes == (hasUsage ? 2 : 1))
    // Months 0 and 2 are written; month 1 has no column.
    for m in [0, 2] {
      let column = try #require(columns.column(Int(first.adding(months: m).ordinal)))
      for a in 0..<accounts {
        column.money[a * columns.lanes] = Int64(a * 10 + m)
        if hasUsage { column.money[a * columns.lanes + 1] = Int64(a * 100 + m) }
      }
    }
    let (mrr, usage) = columns.takeDense(from: first, through: first.adding(months: 2))
    #expect(mrr.count == accounts * 3)
    #expect((usage == nil) == !hasUsage)
    for a in [0, 1, accounts - 1] {
      #expect(Array(mrr[(a * 3)..<(a * 3 + 3)]) == [Int64(a * 10), 0, Int64(a * 10 + 2)])
      if let usage {
        #expect(Array(usage[(a * 3)..<(a * 3 + 3)]) == [Int64(a * 100), 0, Int64(a * 100 + 2)])
      }
    }
  }
}
