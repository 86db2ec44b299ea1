import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Recurring revenue")
struct RecurringRevenueTests {
  typealias T = TestCompanies

  @Test func recurringPerAccount() {
    let c = LadderCompany.make()
    #expect(
      RecurringRevenue.recurringMRR(of: c)
        == [10_000, 50_000, 0, 0, 0, 0, 7_000, 100, 3_000, 8_000])
  }

  @Test func committedPerAccount() {
    let c = LadderCompany.make()
    #expect(
      RecurringRevenue.committedMRR(of: c) == [0, 50_000, 0, 0, 0, 0, 0, 0, 4_000, 8_000])
  }

  @Test func treatmentPrecedence() {
    #expect(RecurringRevenue.treatment(of: T.account("x", .pilot, trial: .active)) == .trialRemoved)
    #expect(
      RecurringRevenue.treatment(of: T.account("x", .usage, trial: .expired)) == .trialRemoved)
    #expect(
      RecurringRevenue.treatment(of: T.account("x", .usage, trial: .converted)) == .usageAveraged)
    #expect(RecurringRevenue.treatment(of: T.account("x", .pilot)) == .pilotRemoved)
    #expect(RecurringRevenue.treatment(of: T.account("x", .multiYear)) == .unchanged)
  }

  @Test func usageAverageCountsMonthsBeforeTheDataAsZero() {
    let c = T.company([(T.account("U", .usage), [600, 900])])
    #expect(RecurringRevenue.recurringMRR(of: c) == [500])
  }

  @Test(arguments: [
    (7 as Int64, 3 as Int64, 2 as Int64), (8, 3, 3), (-8, 3, -3), (-7, 3, -2), (3, 2, 2),
    (-3, 2, -2), (8, -3, -3), (9, 3, 3),
  ])
  func roundedDivisionHalfAwayFromZero(value: Int64, divisor: Int64, expected: Int64) {
    #expect(RecurringRevenue.roundedDivision(value, by: divisor) == expected)
  }
}
