import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRStress

@Suite("Data shocks")
struct CompanyShockTests {
  let company = Fixture.small
  var recurring: [Int64] { RecurringRevenue.recurringMRR(of: company) }

  @Test func usageChangeScalesTheLastThreeMonthsOnly() {
    let r = CompanyShock.apply(
      StressScenario(name: "u", usageChange: -0.5), to: company, recurringMRR: recurring)
    let m = r.company.revenue
    // Usage halves in months 3–5 for every account with usage; months 0–2 keep their values.
    #expect((0..<6).map { m.usage(account: 0, month: $0) } == [100, 100, 100, 50, 50, 50])
    #expect((0..<6).map { m.usage(account: 1, month: $0) } == [50, 50, 50, 25, 25, 25])
    // Only the usage-billed account's MRR moves.
    #expect(
      (0..<6).map { m.mrr(account: 2, month: $0) } == [
        30_000, 30_000, 30_000, 15_000, 15_000, 15_000,
      ])
    #expect(
      m.mrr == company.revenue.mrr.enumerated().map { k, v in k / 6 == 2 && k % 6 >= 3 ? v / 2 : v }
    )
    #expect(r.touched == [0, 1, 2])
    #expect(r.lost.isEmpty)
  }

  @Test func usageRoundsHalfAwayFromZero() {
    // 50 × 0.75 = 37.5 → 38; then 25 × 0.5 = 12.5 → 13 (both exact in binary).
    let r = CompanyShock.apply(
      StressScenario(name: "u", usageChange: -0.25), to: company, recurringMRR: recurring)
    #expect(r.company.revenue.usage(account: 1, month: 5) == 38)
    let halved = CompanyShock.apply(
      StressScenario(name: "u", usageChange: -0.5), to: company, recurringMRR: recurring)
    let again = CompanyShock.apply(
      StressScenario(name: "u", usageChange: -0.5), to: halved.company, recurringMRR: recurring)
    #expect(again.company.revenue.usage(account: 1, month: 5) == 13)
  }

  @Test func topAccountsRankByRecurringThenIndex() {
    #expect(CompanyShock.topAccounts(2, recurringMRR: [5, 9, 0, 9, 7]) == [1, 3])
    #expect(CompanyShock.topAccounts(9, recurringMRR: [5, 9, 0, 9, 7]) == [1, 3, 4, 0])
    #expect(CompanyShock.topAccounts(0, recurringMRR: [5]).isEmpty)
  }

  /// An account that has given notice is passed over: its loss is in the base already
  /// (trial 22, T22-15). Ranked 9, 9, 7, 5: the first 9 leaving, the two largest left are 3 and 4.
  @Test func topAccountsPassOverAccountsLeaving() {
    let leaving = [false, true, false, false, false]
    #expect(
      CompanyShock.topAccounts(2, recurringMRR: [5, 9, 0, 9, 7], isLeaving: leaving) == [3, 4])
    #expect(CompanyShock.passedOver(2, recurringMRR: [5, 9, 0, 9, 7], isLeaving: leaving) == [1])
    // A leaver smaller than the last one picked is not "passed over".
    #expect(CompanyShock.passedOver(1, recurringMRR: [5, 9, 0, 9, 7], isLeaving: [true]) == [])
  }

  /// One ranking gives the lost, the passed over and the tie at the cut. Recurring 9, 9, 7, 7,
  /// 7, 0 with account 1 leaving: top 2 passes over 1 and takes 0 then 2 (the first of the
  /// three 7s, file order), so 3 candidates tie at the cut; top 1 takes 0 alone (account 1 at 9
  /// leaves, so no tie); top 5 takes every payer but 1, and all three 7s, so nothing is cut.
  @Test func rankingCountsTheTieAtTheCut() {
    let mrr: [Int64] = [9, 9, 7, 7, 7, 0]
    let leaving = [false, true, false, false, false, false]
    #expect(
      CompanyShock.ranked(2, recurringMRR: mrr, isLeaving: leaving)
        == TopAccountLoss(lost: [0, 2], passedOver: [1], tiedAtCut: 3))
    #expect(
      CompanyShock.ranked(1, recurringMRR: mrr, isLeaving: leaving)
        == TopAccountLoss(lost: [0], passedOver: [], tiedAtCut: 1))
    #expect(
      CompanyShock.ranked(5, recurringMRR: mrr, isLeaving: leaving)
        == TopAccountLoss(lost: [0, 2, 3, 4], passedOver: [1], tiedAtCut: 3))
    #expect(CompanyShock.ranked(0, recurringMRR: mrr, isLeaving: leaving) == .none)
  }

  /// F (2,000/month, the largest) gave notice dated 2024-09-30, within the 12 months after the
  /// 2024-06 as-of: "lose the top account" loses A (1,000/month), the largest staying.
  @Test func losingTheTopAccountSkipsOneThatGaveNotice() {
    let leaving = Fixture.smallCompany(fCancelDate: Fixture.date("2024-09-30"))
    #expect(CompanyShock.leaving(leaving) == [false, false, false, false, false, true])
    let r = CompanyShock.apply(
      StressScenario(name: "l", loseTopAccounts: 1), to: leaving, recurringMRR: recurring)
    #expect(r.lost == [0])
    // A notice dated after the year (2025-07-01) leaves F in the ranking.
    let later = Fixture.smallCompany(fCancelDate: Fixture.date("2025-07-01"))
    #expect(CompanyShock.leaving(later) == Array(repeating: false, count: 6))
  }

  @Test func losingTheTopAccountZeroesItsAsOfMonth() {
    let r = CompanyShock.apply(
      StressScenario(name: "l", loseTopAccounts: 1), to: company, recurringMRR: recurring)
    #expect(r.lost == [5])
    #expect(r.touched == [5])
    let m = r.company.revenue
    #expect(
      (0..<6).map { m.mrr(account: 5, month: $0) } == [
        200_000, 200_000, 200_000, 200_000, 200_000, 0,
      ])
    // Every other cell is untouched.
    for k in m.mrr.indices where k != 5 * 6 + 5 { #expect(m.mrr[k] == company.revenue.mrr[k]) }
  }

  @Test func losingAUsageAccountZeroesTheThreeMonthsItsAverageReads() {
    // Top 4 by recurring: F 2,000, A 1,000, C 300, B 200.
    let r = CompanyShock.apply(
      StressScenario(name: "l", loseTopAccounts: 4), to: company, recurringMRR: recurring)
    #expect(r.lost == [0, 1, 2, 5])
    // The ranking the reports read: largest first.
    #expect(r.topAccountLoss.lost == [5, 0, 2, 1])
    let m = r.company.revenue
    #expect((0..<6).map { m.mrr(account: 2, month: $0) } == [30_000, 30_000, 30_000, 0, 0, 0])
    #expect((0..<6).map { m.usage(account: 2, month: $0) } == [1000, 1000, 1000, 0, 0, 0])
    #expect(
      (0..<6).map { m.mrr(account: 0, month: $0) } == [
        100_000, 100_000, 100_000, 100_000, 100_000, 0,
      ])
    #expect(RecurringRevenue.recurringMRR(of: r.company) == [0, 0, 0, 0, 0, 0])
  }

  @Test func neutralValuesLeaveTheCompanyAlone() {
    let r = CompanyShock.apply(
      StressScenario(name: "n", usageChange: 0, loseTopAccounts: 0), to: company,
      recurringMRR: recurring)
    #expect(r.company == company)
    #expect(r.touched.isEmpty)
  }
}
