import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `usage_basis_ndr`: trailing NDR beside the same figure with usage contracts at their
/// trailing 3-month averages, the basis recurring ARR counts them on (trial 21, U1).
@Suite struct UsageBasisTests {
  static func account(_ id: String, _ type: ContractType) -> Account {
    Account(
      id: id, contractType: type, billingCadence: .monthly,
      startDate: CivilDate.firstDay(of: Month(year: 2023, month: 1)))
  }

  /// 13 months, 2024-01 to 2025-01. U (usage) pays 100 a month and 400 in the as-of month; M
  /// (monthly) 100 throughout. Trailing NDR (400 + 100) ÷ (100 + 100) = 250%. On the 3-month
  /// basis: U's base month is the data's first, so its average is 100 alone; at as-of
  /// (100 + 100 + 400) ÷ 3 = 200; (200 + 100) ÷ 200 = 150%: 100 points apart, a warning.
  @Test func aSpikeInTheAsOfMonthIsSaid() throws {
    let company = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [Array(repeating: 10_000, count: 12) + [40_000], Array(repeating: 10_000, count: 13)])
    let basis = try #require(Analysis.usageBasisNDR(company))
    #expect(basis.ndr == 1.5 && basis.usageAccounts == 1)
    let analysis = Analysis.run(company)
    #expect(analysis.metrics.trailingRetention.ndr == 2.5)
    let finding = try #require(analysis.findings.first { $0.code == .usageBasisNDR })
    #expect(finding.severity == .warning)
    #expect(
      finding.message
        == "Trailing NDR is 250.0% with usage contracts at their MRR in 2024-01 and 2025-01; at "
        + "their trailing 3-month averages, the basis recurring ARR counts them on, it is 150.0% "
        + "(1 usage contract in the base). Counting one month of usage moves the figure by 100.0 "
        + "points: quote the second beside it.")
  }

  /// Without usage contracts, or with usage flat, the two figures agree: nothing said.
  @Test func flatUsageSaysNothing() {
    let flat = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [Array(repeating: 10_000, count: 13), Array(repeating: 10_000, count: 13)])
    #expect(!Analysis.run(flat).findings.contains { $0.code == .usageBasisNDR })
    let monthly = Fixture.company(
      [Self.account("M", .monthly)], mrr: [Array(repeating: 10_000, count: 12) + [40_000]])
    #expect(Analysis.usageBasisNDR(monthly)?.usageAccounts == 0)
    #expect(!Analysis.run(monthly).findings.contains { $0.code == .usageBasisNDR })
  }

  /// The usage-averaged figure is kept, and quoted beside trailing NDR, only when the two
  /// differ by at least 5 points: the hand company above (250% vs 150%) keeps 150%; with U
  /// at 115 in the as-of month, trailing NDR is (115 + 100) ÷ 200 = 107.5% and the 3-month
  /// basis (100 + 100 + 115) ÷ 3 = 105 at as-of, (105 + 100) ÷ 200 = 102.5%: exactly 5
  /// points, kept. At 114, trailing NDR is 107.0%; the as-of average is 31,400 ÷ 3 cents,
  /// rounded to 10,467, so (10,467 + 10,000) ÷ 20,000 = 102.335%, 4.665 points: not kept.
  @Test func theUsageAveragedFigureStandsBesideTrailingNDR() throws {
    let spike = Fixture.company(
      [Self.account("U", .usage), Self.account("M", .monthly)],
      mrr: [Array(repeating: 10_000, count: 12) + [40_000], Array(repeating: 10_000, count: 13)])
    let analysis = Analysis.run(spike)
    #expect(analysis.usageAveragedTrailingNDR == 1.5)
    #expect(
      Analysis.trailingNDRWords("250.0%", usageAveraged: "150.0%")
        == "250.0% (150.0% with usage at its 3-month average)")
    #expect(Analysis.trailingNDRWords("250.0%", usageAveraged: nil) == "250.0%")
    // Only U's accounts measured: U alone, 400 ÷ 100 against 200 ÷ 100.
    #expect(Analysis.usageAveragedNDR(spike, raw: 4, accounts: [0]) == 2)
    // M alone has no usage contract: nothing beside it.
    #expect(Analysis.usageAveragedNDR(spike, raw: 1, accounts: [1]) == nil)
    func company(asOf usage: Int64) -> Company {
      Fixture.company(
        [Self.account("U", .usage), Self.account("M", .monthly)],
        mrr: [
          Array(repeating: 10_000, count: 12) + [usage], Array(repeating: 10_000, count: 13),
        ])
    }
    let atFive = Analysis.run(company(asOf: 11_500))
    #expect(atFive.metrics.trailingRetention.ndr == 1.075)
    #expect(atFive.usageAveragedTrailingNDR == 1.025)
    let underFive = Analysis.run(company(asOf: 11_400))
    #expect(underFive.metrics.trailingRetention.ndr == 1.07)
    #expect(underFive.usageAveragedTrailingNDR == nil)
  }
}
