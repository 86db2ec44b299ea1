import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

@Suite struct AccountFactSignalsTests {
  @Test(arguments: [
    (ContractType.monthly, BillingCadence.monthly, [Signal.monthToMonth, .billedMonthly]),
    (.annual, .annual, []),
    (.usage, .inArrears, [.usageContract, .billedInArrears]),
    (.multiYear, .upfront, [.multiYear, .billedUpfront]),
    (.pilot, .quarterly, [.pilot, .billedQuarterly]),
  ])
  func termsSetExactlyTheMatchingSignals(
    type: ContractType, cadence: BillingCadence, hits: [Signal]
  ) {
    for raw in 0...Signal.billedUpfront.rawValue {
      let s = Signal(rawValue: raw)!
      #expect(AccountFactSignals.term(s, type, cadence) == (hits.contains(s) ? 1 : 0))
    }
  }

  @Test func trialConvertedRecencyFadesOverSixMonths() {
    let m = Month(year: 2025, month: 12)
    let oneAgo = AccountFactSignals.monthsSinceConversion(
      status: .converted, trialEnd: Fixture.date("2025-11-20"), start: Fixture.date("2025-10-01"),
      at: m)
    #expect(oneAgo == 1)
    #expect(AccountFactSignals.trialRecency(monthsSince: oneAgo) == 5.0 / 6)
    #expect(AccountFactSignals.trialRecency(monthsSince: 6) == 0)
    #expect(AccountFactSignals.trialRecency(monthsSince: nil) == 0)
    // Without a trial end date the start date stands in.
    #expect(
      AccountFactSignals.monthsSinceConversion(
        status: .converted, trialEnd: nil, start: Fixture.date("2025-09-01"), at: m) == 3)
    #expect(
      AccountFactSignals.monthsSinceConversion(
        status: .active, trialEnd: nil, start: Fixture.date("2025-09-01"), at: m) == nil)
  }

  @Test func tenureAndNewAccount() {
    let t = AccountFactSignals.tenureMonths(
      start: Fixture.date("2025-09-15"), at: Month(year: 2025, month: 12))
    #expect(t == 3)
    #expect(AccountFactSignals.newAccount(tenureMonths: 3) == 0.75)
    #expect(AccountFactSignals.newAccount(tenureMonths: 12) == 0)
    #expect(AccountFactSignals.newAccount(tenureMonths: 40) == 0)
  }

  /// A term ending within the as-of month is at its renewal (as committed ARR reads it): one
  /// ending on the month's last day renews the day after (twelfth session: a year ending
  /// 2026-09-30 at as-of 2026-09 had no renewal reason while one ending 2026-10-07 had).
  @Test func renewalDueWithinNinetyDaysOfMonthEnd() {
    let cutoff = Fixture.date("2025-12-31")
    #expect(AccountFactSignals.renewalDue(end: Fixture.date("2026-03-31"), cutoff: cutoff) == 1)
    #expect(AccountFactSignals.renewalDue(end: Fixture.date("2026-04-01"), cutoff: cutoff) == 0)
    #expect(AccountFactSignals.renewalDue(end: Fixture.date("2025-12-31"), cutoff: cutoff) == 1)
    #expect(AccountFactSignals.renewalDue(end: Fixture.date("2025-12-01"), cutoff: cutoff) == 1)
    #expect(AccountFactSignals.renewalDue(end: nil, cutoff: cutoff) == nil)
  }

  /// A term that ended before the month measured at lapsed: the account, still paying, is on
  /// holdover, cancellable any month, and `renewal_due` holds (session 39, trial 37, T37-9: a
  /// term ending 2025-11-30 read 0 at as-of 2025-12, "no reason listed", while committed ARR
  /// counted it $0 as lapsed). Committed ARR's test: the end's month before the as-of month.
  @Test func aLapsedTermIsDueEveryMonth() {
    let cutoff = Fixture.date("2025-12-31")
    let month = Month(year: 2025, month: 12)
    for end in ["2025-11-30", "2025-11-01", "2024-01-15"] {
      #expect(AccountFactSignals.renewalDue(end: Fixture.date(end), cutoff: cutoff) == 1)
      #expect(AccountFactSignals.isLapsed(end: Fixture.date(end), month: month))
    }
    // Ending within the month is at its renewal, not lapsed.
    #expect(!AccountFactSignals.isLapsed(end: Fixture.date("2025-12-01"), month: month))
  }

  @Test func cancelDateInOrAfterTheMonthIsNoticeBeforeIsCancelled() {
    let m = Month(year: 2025, month: 12)
    #expect(AccountFactSignals.cancellation(Fixture.date("2025-12-01"), at: m) == (1, 0))
    #expect(AccountFactSignals.cancellation(Fixture.date("2026-02-28"), at: m) == (1, 0))
    #expect(AccountFactSignals.cancellation(Fixture.date("2025-11-30"), at: m) == (0, 1))
    #expect(AccountFactSignals.cancellation(nil, at: m) == (0, 0))
  }

  @Test func seatsIntegrationsPastDue() {
    #expect(AccountFactSignals.seatUnderuse(purchased: 50, active: 20) == 0.6)
    #expect(AccountFactSignals.seatUnderuse(purchased: 10, active: 12) == 0)
    #expect(AccountFactSignals.seatUnderuse(purchased: 0, active: 3) == nil)
    #expect(AccountFactSignals.seatUnderuse(purchased: 10, active: nil) == nil)
    #expect(AccountFactSignals.fewIntegrations(0) == 1)
    #expect(AccountFactSignals.fewIntegrations(1) == 2.0 / 3)
    #expect(AccountFactSignals.fewIntegrations(7) == 0)
    #expect(AccountFactSignals.fewIntegrations(nil) == nil)
    #expect(AccountFactSignals.pastDue(true) == 1)
    #expect(AccountFactSignals.pastDue(false) == 0)
    #expect(AccountFactSignals.pastDue(nil) == nil)
  }
}
