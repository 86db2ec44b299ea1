import ARRCore
import Testing

@testable import ARRMetrics

/// Committed ARR counts only known commitments; the ARR with unknown terms is shown beside it.
@Suite("Unknown terms in the ladder")
struct UnknownTermsLadderTests {
  typealias T = TestCompanies

  @Test func unknownContractIsNotCommittedButItsARRIsShown() {
    var unknownCadence = T.account("C", .annual)
    unknownCadence.billingCadence = .unknown
    var trialUnknown = T.account("E", .unknown, trial: .active)
    trialUnknown.billingCadence = .unknown
    let c = T.company([
      (T.account("A", .annual), [1_000]),
      (T.account("B", .unknown), [2_000]),
      (unknownCadence, [4_000]),
      (T.account("D", .unknown, committed: 500), [8_000]),
      (trialUnknown, [16_000]),
    ])
    let ladder = ARRLadder.compute(c)
    // Known commitments: A's annual term, C's annual term (its cadence is unknown, not its
    // commitment), D's 500 minimum. B's term is unknown; E is a trial.
    #expect(ladder.committed == 12 * (1_000 + 4_000 + 500))
    #expect(RecurringRevenue.committedMRR(of: c) == [1_000, 0, 4_000, 500, 0])
    // Recurring MRR of B, C and D (E's trial is not recurring).
    #expect(ladder.unknownTerms == 12 * (2_000 + 4_000 + 8_000))
    #expect(ladder.recurring == 12 * (1_000 + 2_000 + 4_000 + 8_000))
  }

  @Test func knownTermsHaveNoUnknownARR() {
    let c = T.company([(T.account("A", .annual), [1_000]), (T.account("B"), [2_000])])
    #expect(ARRLadder.compute(c).unknownTerms == 0)
  }

  @Test func unknownHasNoTermLengthSoItsRenewalDateIsKept() {
    #expect(ContractType.unknown.termMonths == nil)
    #expect(!ContractType.unknown.isCommitted)
    var a = T.account("A", .unknown)
    a.contractEndDate = CivilDate(year: 2025, month: 6, day: 30)
    let past = a.known(atEndOf: Month(year: 2024, month: 6), dataAsOf: Month(year: 2025, month: 1))
    #expect(past.contractEndDate == a.contractEndDate)
    // Month-to-month for comparison steps back by whole months, to the cutoff day itself (the
    // first end on or after it).
    var m = a
    m.contractType = .monthly
    let monthly = m.known(
      atEndOf: Month(year: 2024, month: 6), dataAsOf: Month(year: 2025, month: 1))
    #expect(monthly.contractEndDate == CivilDate(year: 2024, month: 6, day: 30))
  }
}
