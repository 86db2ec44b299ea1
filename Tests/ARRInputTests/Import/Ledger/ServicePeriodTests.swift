import ARRCore
import Testing

@testable import ARRInput

@Suite struct ServicePeriodTests {
  func day(_ text: String) -> CivilDate { CivilDate(text)! }

  @Test(arguments: [
    ("2025-03-15", "2025-04-15", 1), ("2025-03-15", "2025-04-14", 1),
    ("2025-03-01", "2026-02-28", 12), ("2025-03-01", "2025-03-31", 1),
    ("2025-01-31", "2025-02-28", 1), ("2025-01-01", "2025-04-01", 3),
    ("2024-11-01", "2027-10-31", 36),
  ])
  func wholeMonthPeriods(start: String, end: String, months: Int) {
    #expect(ServicePeriod.wholeMonths(from: day(start), through: day(end)) == months)
  }

  @Test(arguments: [
    ("2025-03-15", "2025-04-10"), ("2025-03-01", "2025-03-30"), ("2025-03-10", "2025-12-31"),
    ("2025-03-01", "2025-03-01"),
  ])
  func otherPeriodsAreNotWholeMonths(start: String, end: String) {
    #expect(ServicePeriod.wholeMonths(from: day(start), through: day(end)) == nil)
  }

  @Test func anAnnualLineSpreadsFlatWithTheResidualApart() throws {
    // 1,000.00 over 12 months: 8333.33 a month (half away from zero), 4 cents residual.
    let p = try #require(
      ServicePeriod.spread(100_000, from: day("2025-03-01"), through: day("2026-02-28")))
    #expect(p.isWholeMonths)
    #expect(p.firstMonth == Month(year: 2025, month: 3))
    #expect(p.shares == Array(repeating: 8333, count: 12))
    #expect(p.residual == 4)
  }

  @Test func aMidMonthPeriodSpreadsByWholeMonthsFromItsStartMonth() throws {
    // 2025-03-15 to 2025-06-14: three whole months, March, April, May.
    let p = try #require(
      ServicePeriod.spread(-30_000, from: day("2025-03-15"), through: day("2025-06-14")))
    #expect(p.shares == [-10_000, -10_000, -10_000])
    #expect(p.residual == 0)
  }

  @Test func otherPeriodsAreProratedByDaysWithEqualWholeMonths() throws {
    // 2025-03-17 to 2025-05-31: 15 of March's 31 days, then April and May whole.
    // Weight 15/31 + 1 + 1 = 77/31; 1,000.00 × (15/31) ÷ (77/31) = 1000 × 15/77 = 194.805… →
    // 194.81; whole months 1000 × 31/77 = 402.597… → 402.60; residual -0.01.
    let p = try #require(
      ServicePeriod.spread(100_000, from: day("2025-03-17"), through: day("2025-05-31")))
    #expect(!p.isWholeMonths)
    #expect(p.shares == [19_481, 40_260, 40_260])
    #expect(p.residual == -1)
  }

  @Test func aPeriodEndingBeforeItStartsIsRefused() {
    #expect(ServicePeriod.spread(100, from: day("2025-03-02"), through: day("2025-03-01")) == nil)
  }
}
