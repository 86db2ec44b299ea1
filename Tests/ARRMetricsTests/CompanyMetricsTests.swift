import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Company metrics")
struct CompanyMetricsTests {
  typealias T = TestCompanies

  @Test(arguments: [61 as UInt64, 62])
  func everyFamilyAgreesWithItsStandaloneComputation(seed: UInt64) {
    let c = T.random(seed: seed, accounts: 800, months: 15)
    let m = CompanyMetrics.compute(c)
    #expect(m.bridge == Bridge.monthly(c))
    #expect(m.ladder == ARRLadder.compute(c))
    #expect(m.reconciliation == Reconciliation.compute(c, ladder: m.ladder))
    #expect(m.trailingRetention == TrailingRetention.compute(c))
    #expect(m.cohorts == Cohorts.compute(c))
    #expect(m.split == ARRSplit.compute(c))
    #expect(m.recurringMRR == RecurringRevenue.recurringMRR(of: c))
    #expect(m.committedMRR == RecurringRevenue.committedMRR(of: c))
    #expect(m.concentration == Concentration.compute(recurringMRR: m.recurringMRR))
  }

  @Test func figuresTieOutAcrossFamilies() throws {
    // Without negative cells, headline ARR is 12 × the bridge's last closing and the
    // concentration population holds all recurring ARR.
    let c = T.random(seed: 63, accounts: 600, months: 13)
    let m = CompanyMetrics.compute(c)
    let last = try #require(m.bridge.last)
    #expect(m.ladder.headline == 12 * last.closing)
    #expect(m.concentration.totalARR == m.ladder.recurring)
    #expect(m.ladder.committed == 12 * m.committedMRR.reduce(0, +))
    #expect(m.ladder.committed <= m.ladder.headline)
  }

  @Test func seedExampleThroughTheWholeStack() throws {
    let m = CompanyMetrics.compute(BridgeTests.seedExample())
    let month = try #require(m.bridge.first)
    #expect(month.netNew == 25_000)
    #expect(m.ladder.headline == 12 * 42_000)
    #expect(m.ladder.payingAccounts == 32)
  }
}
