import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

@Suite struct SignalTests {
  @Test func keysRoundTripAndAreUnique() {
    #expect(Set(Signal.allCases.map(\.key)).count == Signal.count)
    for s in Signal.allCases { #expect(Signal(key: s.key) == s) }
  }

  @Test func absentColumnsMakeSignalsUnavailable() {
    let none: Set<AccountColumn> = []
    let unavailable = Signal.allCases.filter { !$0.isAvailable(columns: none, hasUsage: false) }
    #expect(
      unavailable.map(\.key) == [
        "trial_active", "trial_converted_recently", "trial_expired", "usage_decline",
        "zero_usage_months", "renewal_due", "cancellation_notice", "cancelled", "seat_underuse",
        "few_integrations", "past_due", "below_commitment",
      ])
    #expect(Signal.seatUnderuse.isAvailable(columns: [.seatsPurchased], hasUsage: true) == false)
    #expect(Signal.usageDecline.isAvailable(columns: [], hasUsage: true))
  }

  /// An unavailable signal adds nothing, even when the account's fact would be risky.
  @Test func unavailableSignalIsNeitherGoodNorBad() {
    var a = Fixture.account("P")
    a.isPastDue = true
    let with = Fixture.company([a], mrr: [[100, 100]], columns: [.pastDue])
    let without = Fixture.company([a], mrr: [[100, 100]], columns: [])
    let v = SignalMeasurer(company: without, column: 1).values(0)
    #expect(v[Signal.pastDue.rawValue].isNaN)
    #expect(SignalMeasurer(company: with, column: 1).values(0)[Signal.pastDue.rawValue] == 1)
    #expect(Scoring.run(without).unavailableSignals.contains("past_due"))
    #expect(Scoring.run(with).scores[0].riskScore > Scoring.run(without).scores[0].riskScore)
  }
}
