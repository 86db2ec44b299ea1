import ARRCore
import Testing

@testable import ARRInput

/// A bad-debt memo's named months (z25) read back from the memo's day, unless it writes their
/// year (review 48b, R48b-3: `Aug-Nov 2025 invoices` on a 2026 memo wrote off 2026's months of a
/// customer who had paid them).
@Suite struct MemoMonthsYearTests {
  @Test(arguments: [
    ("Bad debt write-off (Aug-Nov invoices)", "2026-12-10", 2026),
    ("Bad debt write-off (Aug-Nov 2025 invoices)", "2026-12-10", 2025),
    ("Write-off Nov 2026", "2026-12-10", 2026),
  ])
  func aWrittenYearHolds(memo: String, day: String, year: Int) throws {
    let months = WrittenOffLines.namedMonths(in: memo, before: try #require(CivilDate(day)))
    #expect(!months.isEmpty)
    #expect(months.allSatisfy { $0.year == year }, "\(months)")
  }
}
