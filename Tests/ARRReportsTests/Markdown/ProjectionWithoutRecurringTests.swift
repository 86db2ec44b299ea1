import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// A projection over MRR none of which is recurring ARR says so on page one (trial 37, T37-2:
/// "no recurring ARR to lose" beside a projected GRR of 39.2% with no word of the base).
@Suite struct ProjectionWithoutRecurringTests {
  /// 10 accounts in an active trial to 2026-12-31, $200 a month in 2026-09 and 2026-10:
  /// headline $24,000, recurring ARR $0.
  @Test func anAllTrialCompanySaysWhatItsProjectionReads() throws {
    let accounts = (0..<10).map {
      Account(
        id: "T\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2026-09-01"), trialStatus: .active,
        trialEndDate: Fixture.date("2026-12-31"))
    }
    let analysis = Analysis.run(
      Fixture.company(
        accounts, mrr: Array(repeating: [20_000, 20_000], count: 10),
        first: Month(year: 2026, month: 9)), paths: 200)
    #expect(analysis.metrics.ladder.headline == 2_400_000)
    #expect(analysis.metrics.ladder.recurring == 0)
    #expect(analysis.projection?.forecast != nil)
    let report = MarkdownReport.render(analysis)
    #expect(report.contains("| Expected 12-month loss | $0 | no recurring ARR to lose"))
    #expect(
      report.contains(
        "Recurring ARR is $0: the projected NDR and GRR are over all MRR paying now, trials "
          + "included, so they read how much of it stays (trials converting, pilots renewing), "
          + "not how recurring revenue is kept."))
  }
}
