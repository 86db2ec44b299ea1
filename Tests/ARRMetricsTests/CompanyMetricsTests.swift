import ARRCore
import ARRGenerator
import ARRInput
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

  static let generated: [(GeneratorProfile, Int, Int, UInt64)] = GeneratorProfile.allCases
    .flatMap { [($0, 300, 24, 1), ($0, 120, 36, 7)] }

  @Test(arguments: generated)
  func identitiesHoldOnGeneratedCompanies(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64
  ) throws {
    let files = CompanyGenerator.files(
      GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: seed))
    let c = try CompanyLoader.load(
      accountsCSV: files.accountsCSV, monthlyCSV: files.monthlyCSV,
      companyJSON: files.companyJSON)
    let m = CompanyMetrics.compute(c)
    #expect(m.bridge.count == c.monthCount - 1)
    for (i, b) in m.bridge.enumerated() {
      #expect(b.isBalanced, "\(profile) \(b.month)")
      if i > 0 { #expect(b.opening == m.bridge[i - 1].closing) }
    }
    // The bridge's closing is the matrix's column sum (generated MRR is never negative), so
    // headline ARR is 12 × the last closing.
    let last = try #require(m.bridge.last)
    #expect(m.ladder.headline == 12 * last.closing)
    #expect(m.ladder.headline + m.ladder.steps.map(\.arr).reduce(0, +) == m.ladder.recurring)
    for groups in [m.split.bySegment, m.split.byContractType] {
      #expect(groups.map(\.headline).reduce(0, +) == m.ladder.headline)
      #expect(groups.map(\.recurring).reduce(0, +) == m.ladder.recurring)
    }
    let cohortClosing = m.cohorts.cohorts.reduce(Int64(0)) {
      $0 + $1.mrrByAge[c.monthCount - 1 - c.offset(of: $1.startMonth)]
    }
    #expect(cohortClosing == last.closing)
  }
}
