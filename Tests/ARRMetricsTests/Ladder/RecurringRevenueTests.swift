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

  /// A commitment that is over counts 0: notice given (any `cancel_date`), or a term that ended
  /// before the as-of month. A term ending within it (at renewal) or later still counts. As-of
  /// is 2025-03 (three months from January).
  @Test func aCommitmentThatIsOverCountsNothing() {
    func annual(_ id: String, end: String? = nil, cancel: String? = nil) -> Account {
      var a = T.account(id, .annual)
      a.contractEndDate = end.flatMap(CivilDate.init)
      a.cancelDate = cancel.flatMap(CivilDate.init)
      return a
    }
    var usage = T.account("U", .usage, committed: 4_000)
    usage.cancelDate = CivilDate("2025-05-31")
    let c = T.company([
      (annual("open"), [100, 100, 100]),
      (annual("renews", end: "2025-04-01"), [100, 100, 200]),
      (annual("lapsed", end: "2025-02-28"), [100, 100, 300]),
      (annual("at renewal", end: "2025-03-31"), [100, 100, 350]),
      (annual("leaving", end: "2026-01-01", cancel: "2025-06-30"), [100, 100, 400]),
      (usage, [9_000, 9_000, 9_000]),
    ])
    #expect(RecurringRevenue.committedMRR(of: c) == [100, 200, 0, 350, 0, 0])
    // Recurring revenue is not a commitment: it keeps them all.
    #expect(RecurringRevenue.recurringMRR(of: c) == [100, 200, 300, 350, 400, 9_000])
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
