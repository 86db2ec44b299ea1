import ARRAnalysis
import ARRCore
import ARRTestSupport
import Testing

@testable import ARRReports

/// The report's opening line says when revenue starts after the data does (session 19, usage
/// lane; trial 18b, G13): twelve months of rows whose first ten are all $0 are two months of
/// revenue history.
@Suite struct RevenueHistoryLineTests {
  @Test func openingLineNamesTheFirstMonthWithRevenue() {
    let accounts = (0..<2).map {
      Account(
        id: "A\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2024-01-01"))
    }
    let rows: [[Int64]] = [
      [Int64](repeating: 0, count: 10) + [10_000, 10_000],
      [Int64](repeating: 0, count: 11) + [5_000],
    ]
    let md = MarkdownReport.render(Analysis.run(Fixture.company(accounts, mrr: rows)))
    #expect(
      md.contains(
        "covering Jan 2024 to Dec 2024 (12 months), revenue from Nov 2024 "
          + "(2 months)."))
  }

  @Test func revenueFromTheFirstMonthAddsNothing() {
    let accounts = [
      Account(
        id: "A", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2024-01-01"))
    ]
    let md = MarkdownReport.render(
      Analysis.run(Fixture.company(accounts, mrr: [[5_000, 5_000, 5_000]])))
    #expect(md.contains("(3 months)."))
    #expect(!md.contains("revenue from"))
  }
}
