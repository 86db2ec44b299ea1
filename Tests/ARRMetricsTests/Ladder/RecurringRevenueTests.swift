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
        == [10_000, 50_000, 0, 0, 0, 0, 7_000, 100, 9_000, 8_000])
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

  /// A commitment stated beside an annual or multi-year term (a customer list's minimum or
  /// annual commitment) is what the term commits: committed MRR is it, capped at the as-of MRR,
  /// not all the account bills (trial 34, T34-2). Without one the term commits its whole MRR.
  @Test func aStatedCommitmentIsWhatATermCommits() {
    let c = T.company([
      (T.account("annual", .annual), [8_000]),
      (T.account("annual, 5,000 committed", .annual, committed: 5_000), [8_000]),
      (T.account("multi-year, above its MRR", .multiYear, committed: 9_000), [8_000]),
      (T.account("monthly, 2,000 committed", .monthly, committed: 2_000), [8_000]),
    ])
    #expect(RecurringRevenue.committedMRR(of: c) == [8_000, 5_000, 8_000, 2_000])
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

  /// Session 18, honesty lane (trial 18b, G10): the usage average runs over the months the
  /// data holds for the account, at most three: a month before the data, or before the
  /// account's first paid month, is unknown, not 0. Hand-worked, in cents:
  /// - two months of data at 600 and 900: (600 + 900) / 2 = 750 (was 1,500 / 3 = 500);
  /// - one month of data at 123,456: 123,456 (was 41,152);
  /// - first paid in the fourth of five months, 900 then 600: (900 + 600) / 2 = 750;
  /// - paid in month 1, then 0, 0, 300: it paid before the window, so all three months count:
  ///   (0 + 0 + 300) / 3 = 100;
  /// - first paid in month 2 of 3 at 100 then 101: 201 / 2 = 100.5, half away from zero: 101;
  /// - never paid: 0.
  @Test func usageAverageCountsOnlyMonthsTheDataHoldsForTheAccount() {
    #expect(
      RecurringRevenue.recurringMRR(of: T.company([(T.account("U", .usage), [600, 900])])) == [750])
    #expect(
      RecurringRevenue.recurringMRR(of: T.company([(T.account("U", .usage), [123_456])])) == [
        123_456
      ])
    let five = T.company([
      (T.account("new", .usage), [0, 0, 0, 900, 600]),
      (T.account("gap", .usage), [0, 500, 0, 0, 300]),
      (T.account("never", .usage), [0, 0, 0, 0, 0]),
    ])
    #expect(RecurringRevenue.recurringMRR(of: five) == [750, 100, 0])
    let three = T.company([(T.account("U", .usage), [0, 100, 101])])
    #expect(RecurringRevenue.recurringMRR(of: three) == [101])
  }

  /// The tester's company (trial 18b, usage-datastart), by hand: a 2-month export of ten usage
  /// accounts steady at $1,000.00 and ten monthly accounts at $1,000.00. Recurring ARR is
  /// 20 × $1,000 × 12 = $240,000.00, equal to headline: nothing is above its average.
  @Test func aShortExportOfSteadyUsageKeepsItsRecurringARR() {
    let rows =
      (0..<10).map { (T.account("U\($0)", .usage), [100_000 as Int64, 100_000]) }
      + (0..<10).map { (T.account("M\($0)"), [100_000 as Int64, 100_000]) }
    let c = T.company(rows)
    #expect(12 * RecurringRevenue.recurringMRR(of: c).reduce(0, +) == 24_000_000)
  }

  @Test(arguments: [
    (7 as Int64, 3 as Int64, 2 as Int64), (8, 3, 3), (-8, 3, -3), (-7, 3, -2), (3, 2, 2),
    (-3, 2, -2), (8, -3, -3), (9, 3, 3),
  ])
  func roundedDivisionHalfAwayFromZero(value: Int64, divisor: Int64, expected: Int64) {
    #expect(RecurringRevenue.roundedDivision(value, by: divisor) == expected)
  }
}
