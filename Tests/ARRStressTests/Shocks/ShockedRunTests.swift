import ARRAnalysis
import ARRCore
import ARRGenerator
import ARRScoring
import ARRTestSupport
import Testing

@testable import ARRStress

/// A data shock recomputes only what the stress table reads (``ShockedRun``), and every value
/// equals what the full pipeline gives on the stressed company: the reference implementation
/// stress used before is `Analysis.run` of that company.
@Suite("What a data shock recomputes")
struct ShockedRunTests {
  static let scenarios = [
    StressScenario(name: "usage", usageChange: -0.4),
    StressScenario(name: "top", loseTopAccounts: 3),
    StressScenario(name: "both", usageChange: 0.3, loseTopAccounts: 1),
  ]

  @Test(arguments: [GeneratorProfile.aiHypergrowth, .plgSMB])
  func equalsTheFullPipelineOnTheStressedCompany(profile: GeneratorProfile) throws {
    let company = try Fixture.generated(profile, accounts: 300)
    let base = Analysis.run(company, paths: 200)
    for scenario in Self.scenarios {
      let shocked = CompanyShock.apply(
        scenario, to: company, recurringMRR: base.metrics.recurringMRR)
      #expect(!shocked.touched.isEmpty, "\(scenario.name) touches accounts")
      let run = ShockedRun(stressed: shocked.company)
      let full = Analysis.run(shocked.company, paths: 200)
      #expect(run.ladder == full.metrics.ladder, "\(scenario.name)")
      #expect(run.trailingRetention == full.metrics.trailingRetention, "\(scenario.name)")
      #expect(run.recurringMRR == full.metrics.recurringMRR, "\(scenario.name)")
      #expect(run.isLive == full.scoring.scores.map(\.isLive), "\(scenario.name)")
    }
  }

  @Test func theBaseRunIsTheBaseAnalysis() throws {
    let base = Analysis.run(try Fixture.generated(.aiHypergrowth, accounts: 200), paths: 200)
    let run = ShockedRun(base: base, isLive: StressedAccounts(base).isLive)
    let again = ShockedRun(stressed: base.company)
    #expect(run.ladder == again.ladder)
    #expect(run.trailingRetention == again.trailingRetention)
    #expect(run.recurringMRR == again.recurringMRR)
    #expect(run.isLive == again.isLive)
  }
}
