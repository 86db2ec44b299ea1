import ARRCore
import Testing

@testable import ARRMetrics

@Suite struct MonthlyTrendsTests {
  /// Paying logos carried forward by the bridge's counts equal a count of the matrix every
  /// month; the rates follow their definitions on a hand-built company.
  @Test func logosRatesAndARPAOnAHandBuiltCompany() throws {
    let rows: [(Account, [Int64])] = [
      (TestCompanies.account("a"), [1_000, 1_000, 0, 0]),  // churns in month 2
      (TestCompanies.account("b"), [1_000, 1_500, 1_500, 1_200]),  // expands, then contracts
      (TestCompanies.account("c"), [0, 2_000, 2_000, 2_000]),  // new in month 1
      (TestCompanies.account("d"), [500, 0, 0, 700]),  // churns, then reactivates
    ]
    let company = TestCompanies.company(rows)
    let bridge = Bridge.monthly(company)
    let trends = MonthlyTrend.compute(company, bridge: bridge)
    #expect(trends.count == bridge.count)
    for t in trends {
      let m = company.offset(of: t.month)
      let paying = rows.indices.count { company.revenue.mrr(account: $0, month: m) > 0 }
      #expect(t.payingLogos == paying, "\(t.month)")
    }
    // The count before the first bridge month, split into one range per account (session 16,
    // perf): the matrix's count in every column.
    for m in 0..<company.monthCount {
      #expect(
        MonthlyTrend.payingCount(company, month: m, parallelFrom: 1)
          == rows.indices.count { rows[$0].1[m] > 0 })
    }
    // Month 1 (Feb): opening 2,500 (a, b, d); d churns 500, b expands 500, c new 2,000.
    let feb = try #require(trends.first { $0.month == Month(year: 2025, month: 2) })
    #expect(feb.newLogos == 1)
    #expect(feb.logoChurnRate == 1.0 / 3.0)
    #expect(feb.netMRRChurnRate == Double(500 - 500) / 2_500)
    #expect(feb.headlineARR == 12 * 4_500)
    #expect(feb.arpa == 1_500)
    // Month 3 (Apr): d reactivates 700, b contracts 300; opening 3,500.
    let apr = try #require(trends.last)
    #expect(apr.netMRRChurnRate == Double(300 - 700) / 3_500)
    #expect(apr.logoChurnRate == 0)
  }

  /// A month nobody pays in, and the month after it, have no ARPA and no rates (nothing to
  /// divide by); a one-cent MRR is a paying logo. Hand-worked: Jan a pays 1 cent; Feb a
  /// churns, nobody pays; Mar b is new at 600. Found by `Scripts/mutate` (session 18, house):
  /// `paying > 0`, `opening > 0`, `b.opening > 0` and the count's `> 0` were each unpinned.
  @Test func monthsWithNoPayingLogoHaveNoARPAOrRates() throws {
    let rows: [(Account, [Int64])] = [
      (TestCompanies.account("a"), [1, 0, 0]),
      (TestCompanies.account("b"), [0, 0, 600]),
    ]
    let company = TestCompanies.company(rows)
    let trends = MonthlyTrend.compute(company, bridge: Bridge.monthly(company))
    try #require(trends.count == 2)
    // Feb: opening 1 logo (a at 1 cent), a churns 1 cent.
    #expect(trends[0].month == Month(year: 2025, month: 2))
    #expect(trends[0].payingLogos == 0)
    #expect(trends[0].churnedLogos == 1)
    #expect(trends[0].arpa == nil)
    #expect(trends[0].logoChurnRate == 1.0)
    #expect(trends[0].netMRRChurnRate == 1.0)
    #expect(trends[0].headlineARR == 0)
    // Mar: opening 0 logos and 0 MRR, b new at 600.
    #expect(trends[1].payingLogos == 1)
    #expect(trends[1].newLogos == 1)
    #expect(trends[1].arpa == 600)
    #expect(trends[1].logoChurnRate == nil)
    #expect(trends[1].netMRRChurnRate == nil)
    #expect(trends[1].headlineARR == 12 * 600)
  }

  /// On one thread, and split into one range per account (session 16, perf), so that month
  /// 1's two trials are counted in two ranges and added.
  @Test(arguments: [Concurrent.minimumParallelCells, 1])
  func trialCohortsCountEveryTrialByItsStartMonth(parallelFrom threshold: Int) {
    func trial(_ id: String, _ status: TrialStatus, _ month: Int) -> Account {
      var a = TestCompanies.account(id, trial: status)
      a.startDate = CivilDate(year: 2025, month: month, day: 3)!
      return a
    }
    let rows: [(Account, [Int64])] = [
      (trial("a", .converted, 1), [0, 100, 100]),
      (trial("b", .expired, 1), [0, 0, 0]),
      (trial("c", .active, 3), [0, 0, 0]),
      (TestCompanies.account("d"), [100, 100, 100]),
    ]
    let cohorts = TrialCohort.compute(TestCompanies.company(rows), parallelFrom: threshold)
    #expect(cohorts.map(\.month) == [Month(year: 2025, month: 1), Month(year: 2025, month: 3)])
    #expect(cohorts[0].trials == 2)
    #expect(cohorts[0].converted == 1 && cohorts[0].expired == 1)
    #expect(cohorts[0].conversionRate == 0.5)
    #expect(cohorts[1].active == 1)
    #expect(cohorts[1].conversionRate == nil)
  }
}
