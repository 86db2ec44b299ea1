import ARRCore
import Testing

@testable import ARRGenerator

@Suite struct GeneratorProfileTests {
  @Test func namesAreTheCLIs() {
    #expect(
      GeneratorProfile.allCases.map(\.rawValue) == ["ai-hypergrowth", "enterprise-saas", "plg-smb"])
    #expect(GeneratorProfile(rawValue: "plg-smb") == .plgSMB)
  }

  @Test func firstMonthCountsBackFromAsOf() {
    let o = GeneratorOptions(profile: .plgSMB, accounts: 1, months: 24, seed: 0)
    #expect(o.asOf == Month(year: 2026, month: 10))
    #expect(o.firstMonth == Month(year: 2024, month: 11))
    let one = GeneratorOptions(
      profile: .plgSMB, accounts: 1, months: 0, seed: 0, asOf: Month(year: 2025, month: 1))
    #expect(one.firstMonth == Month(year: 2025, month: 1))
  }

  @Test(arguments: GeneratorProfile.allCases)
  func parametersAreProbabilitiesAndPositiveSizes(profile: GeneratorProfile) {
    let p = profile.parameters
    for share in [
      p.preWindowShare, p.trialShare, p.paidTrialShare, p.usageMinimumShare, p.reactivationChance,
    ] {
      #expect((0...1).contains(share))
    }
    #expect(p.contractMix.count == 3)
    for mix in p.contractMix { #expect(mix.allSatisfy { $0.1 > 0 }) }
    #expect(p.seatsMedian.allSatisfy { $0 >= 1 })
    #expect(Double(p.grossMargin).map { $0 > 0 && $0 < 1 } == true)
  }
}
