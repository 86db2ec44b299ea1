import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `quality_above_run_rate`: usage contracts whose quality-adjusted ARR exceeds 12 × what they
/// bill in the as-of month, a spike in their 3-month average (render review 35, R35-1).
@Suite struct AboveRunRateTests {
  static func account(_ id: String, _ type: ContractType) -> Account {
    Account(
      id: id, name: id == "U" ? "Summit Labs" : nil, contractType: type,
      billingCadence: .monthly, startDate: CivilDate.firstDay(of: Month(year: 2023, month: 1)))
  }

  /// 12 months. U (usage) bills 100 a month, 1,000 in the tenth, then 100 and 100: recurring
  /// ARR 12 × (1,000 + 100 + 100) ÷ 3 = 4,800, against 1,200 billed at the as-of rate; M
  /// (monthly) 1,000 throughout. U's quality-adjusted ARR less 1,200 is the excess; it is over
  /// 1% of quality-adjusted ARR, so the finding is raised and names U by its name.
  @Test func aSpikeInTheWindowIsSaid() throws {
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [
        Array(repeating: 10_000, count: 9) + [100_000, 10_000, 10_000],
        Array(repeating: 100_000, count: 12),
      ])
    let analysis = Analysis.run(company)
    let u = try #require(analysis.scoring.scores.first { $0.account == 0 })
    #expect(u.recurringARR == 480_000)
    let excess = u.qualityAdjustedARR - 120_000
    #expect(excess > 0)
    let finding = try #require(analysis.findings.first { $0.code == .qualityAboveRunRate })
    let f = NumberFormat(currency: "USD")
    let share = Double(excess) / Double(analysis.scoring.qualityAdjustedARR)
    #expect(finding.weight == share)
    #expect(finding.severity == (share >= 0.05 ? .warning : .info))
    #expect(
      finding.message.hasPrefix(
        "1 usage account's quality-adjusted ARR exceeds 12 × what it bills in 2024-12, by "
          + "\(f.compactMoney(cents: excess)) in all"))
    #expect(
      finding.message.contains(
        "(largest: \"Summit Labs\" (U), \(f.compactMoney(cents: u.qualityAdjustedARR)) against "
          + "$1.20K billed at the current rate)"))
  }

  /// Flat usage (100 every month), and a spike in the as-of month itself (its run-rate is
  /// above its average), raise nothing; nor does a monthly account.
  @Test(arguments: [
    Array(repeating: 10_000 as Int64, count: 12),
    Array(repeating: 10_000 as Int64, count: 11) + [100_000],
  ])
  func noSpikeBehindTheRunRateSaysNothing(usage: [Int64]) {
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [usage, Array(repeating: 100_000, count: 12)])
    #expect(!Analysis.run(company).findings.contains { $0.code == .qualityAboveRunRate })
  }
}
