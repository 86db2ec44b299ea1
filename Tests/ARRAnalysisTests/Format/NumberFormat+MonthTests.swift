import ARRCore
import Testing

@testable import ARRAnalysis

@Suite struct NumberFormatMonthTests {
  let f = NumberFormat.usd

  @Test func isoFormPassesThrough() {
    #expect(f.month(Month(year: 2026, month: 10)) == "2026-10")
    #expect(f.month(Month(year: 2025, month: 1)) == "2025-01")
  }

  @Test(arguments: [(1, "Jan"), (5, "May"), (9, "Sep"), (12, "Dec")])
  func longFormIsAbbreviationAndYear(month: Int, abbreviation: String) {
    let m = Month(year: 2026, month: month)
    #expect(f.longMonth(m) == abbreviation + " 2026")
    #expect(f.monthAbbreviation(m) == abbreviation)
  }

  @Test func everyMonthHasADistinctAbbreviation() {
    let all = (1...12).map { f.monthAbbreviation(Month(year: 2024, month: $0)) }
    #expect(Set(all).count == 12)
    #expect(all.allSatisfy { $0.count == 3 })
  }
}
