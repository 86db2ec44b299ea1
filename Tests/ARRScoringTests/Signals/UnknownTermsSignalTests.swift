import ARRTestSupport
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unknown terms give no contract or billing signal and set `unknown_terms` instead.
@Suite struct UnknownTermsSignalTests {
  static let contractSignals: [Signal] = [.monthToMonth, .usageContract, .pilot, .multiYear]
  static let billingSignals: [Signal] = [
    .billedMonthly, .billedQuarterly, .billedInArrears, .billedUpfront,
  ]

  @Test func unknownContractGivesNoContractSignal() {
    for s in Self.contractSignals {
      #expect(AccountFactSignals.term(s, .unknown, .monthly) == nil)
    }
    // The known cadence still speaks.
    #expect(AccountFactSignals.term(.billedMonthly, .unknown, .monthly) == 1)
    #expect(AccountFactSignals.term(.billedQuarterly, .unknown, .monthly) == 0)
    #expect(AccountFactSignals.unknownTerms(.unknown, .monthly) == 1)
  }

  @Test func unknownCadenceGivesNoBillingSignal() {
    for s in Self.billingSignals {
      #expect(AccountFactSignals.term(s, .monthly, .unknown) == nil)
    }
    #expect(AccountFactSignals.term(.monthToMonth, .monthly, .unknown) == 1)
    #expect(AccountFactSignals.unknownTerms(.monthly, .unknown) == 1)
    #expect(AccountFactSignals.unknownTerms(.annual, .semiannual) == 0)
  }

  @Test func semiannualBillingGivesNoBillingSignal() {
    for s in Self.billingSignals {
      #expect(AccountFactSignals.term(s, .annual, .semiannual) == 0)
    }
  }

  @Test func unknownTermsScoreWithTheirDefaultWeight() throws {
    var both = Fixture.account("U", .unknown, .unknown)
    both.segment = nil
    let c = Fixture.company(
      [both, Fixture.account("K", .annual, .unknown), Fixture.account("R")],
      mrr: [
        [500, 500, 500, 500, 500, 500], [700, 700, 700, 700, 700, 700],
        [900, 900, 900, 900, 900, 900],
      ])
    let r = Scoring.run(c)
    #expect(RiskWeights.defaults[.unknownTerms] == 0.9)
    // −3 + 0.9: no contract or billing signal, no other signal.
    #expect(abs(r.scores[0].riskScore - 100 / (1 + exp(2.1))) < 1e-9)
    #expect(abs(r.scores[1].riskScore - 100 / (1 + exp(2.1))) < 1e-9)
    #expect(abs(r.scores[2].riskScore - 100 / (1 + exp(3.0))) < 1e-9)
    let signals = r.signals(for: r.scores[0])
    #expect(signals[Signal.unknownTerms.rawValue].value == 1)
    #expect(signals[Signal.monthToMonth.rawValue].value == nil)
    #expect(signals[Signal.billedMonthly.rawValue].value == nil)
    #expect(r.signals(for: r.scores[2])[Signal.unknownTerms.rawValue].value == 0)
    // The class mix has a group of its own for unknown contract types.
    #expect(r.byContractType.map(\.key) == ["annual", "unknown"])
  }

  @Test func reasonsSayWhichTermsAreUnknown() {
    // New accounts (started in the as-of month): −3 + 0.9 + 0.6 = −1.5 → 18.2, wavering, so
    // their reasons are given; the unknown terms weigh more than the tenure.
    let accounts = [
      Fixture.account("U", .unknown, .unknown, start: "2024-06-01"),
      Fixture.account("K", .annual, .unknown, start: "2024-06-01"),
      Fixture.account("C", .unknown, .quarterly, start: "2024-06-01"),
    ]
    let r = Scoring.run(
      Fixture.company(accounts, mrr: Array(repeating: [0, 0, 0, 0, 0, 900], count: 3)))
    #expect(r.scores.map(\.revenueClass) == [.wavering, .wavering, .wavering])
    #expect(r.reasons(for: r.scores[0]).first == "contract terms unknown")
    #expect(r.reasons(for: r.scores[1]).first == "annual contract, billing cadence unknown")
    #expect(r.reasons(for: r.scores[2]).first == "contract type unknown, billed quarterly")
  }

  @Test func weightsFileAcceptsTheUnknownTermsKey() throws {
    let w = try RiskWeights.load(
      Array(#"{"weights": {"unknown_terms": 1.25}}"#.utf8), file: "w.json")
    #expect(w[.unknownTerms] == 1.25)
  }
}
