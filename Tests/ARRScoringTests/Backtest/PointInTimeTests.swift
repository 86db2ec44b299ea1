import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Tests of `Company+PointInTime.swift` (ARRCore), which the backtest relies on.
@Suite struct PointInTimeTests {
  let asOf = Month(year: 2025, month: 12)
  let base = Month(year: 2024, month: 12)

  @Test func annualAndMonthlyTermsStepBackByWholeTerms() {
    var annual = Fixture.account("A")
    annual.contractEndDate = Fixture.date("2026-03-15")
    #expect(
      annual.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2025-03-15"))
    var monthly = Fixture.account("M", .monthly, .monthly)
    monthly.contractEndDate = Fixture.date("2026-01-31")
    #expect(
      monthly.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2025-01-31"))
    var multi = Fixture.account("Y", .multiYear, .upfront)
    multi.contractEndDate = Fixture.date("2027-06-30")
    #expect(
      multi.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2027-06-30"))
  }

  /// An account with every fact a rollback touches: snapshots, a cancellation and a trial
  /// outcome after the base month.
  static func accountWithLaterFacts() -> Account {
    var a = Fixture.account("A")
    a.seatsActive = 3
    a.seatsPurchased = 10
    a.integrations = 2
    a.isPastDue = true
    a.cancelDate = Fixture.date("2025-03-01")
    a.trialStatus = .converted
    a.trialEndDate = Fixture.date("2025-01-05")
    return a
  }

  @Test func snapshotsCancelAndTrialRollBack() {
    let a = Self.accountWithLaterFacts()
    let k = a.known(atEndOf: base, dataAsOf: asOf)
    #expect(k.seatsActive == nil && k.seatsPurchased == nil && k.integrations == nil)
    #expect(k.isPastDue == nil)
    #expect(k.cancelDate == nil)
    #expect(k.trialStatus == .active)
    #expect(a.known(atEndOf: asOf, dataAsOf: asOf) == a)
  }

  /// The terms known at a month are the terms of the account known then, for every kind of
  /// rule (cancellation, trial, term end, snapshots), before and at the as-of month.
  @Test(arguments: [
    Month(year: 2024, month: 12), Month(year: 2025, month: 6), Month(year: 2025, month: 12),
  ])
  func termsKnownAtAMonthMatchTheAccountKnownThen(month: Month) {
    var a = Self.accountWithLaterFacts()
    a.contractEndDate = Fixture.date("2026-03-15")
    a.committedMRR = 5_000
    #expect(
      a.terms(knownAtEndOf: month, dataAsOf: asOf)
        == a.known(atEndOf: month, dataAsOf: asOf).terms)
    let cutoff = month < asOf ? CivilDate.lastDay(of: month) : nil
    #expect(a.terms(rolledBackTo: cutoff) == a.known(atEndOf: month, dataAsOf: asOf).terms)
  }

  @Test func termsRoundTripThroughTheAccount() {
    var a = Fixture.account("A")
    var t = a.terms
    t.cancelDate = Fixture.date("2025-03-01")
    t.seatsActive = 4
    t.contractType = .pilot
    a.terms = t
    #expect(a.terms == t)
    #expect(a.id == "A" && a.cancelDate == Fixture.date("2025-03-01") && a.contractType == .pilot)
  }

  @Test func companyPointInTimeDropsSnapshotColumns() {
    let c = Fixture.company(
      [Fixture.account("A")], mrr: [[1, 2, 3]], first: Month(year: 2025, month: 10))
    let p = c.pointInTime(Month(year: 2025, month: 11))
    #expect(p.monthCount == 2)
    #expect(p.accountColumns.isDisjoint(with: AccountColumn.snapshotColumns))
    #expect(c.pointInTime(c.asOf).accountColumns == c.accountColumns)
  }
}
