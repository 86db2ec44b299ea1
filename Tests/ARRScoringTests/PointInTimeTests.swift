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

  @Test func snapshotsCancelAndTrialRollBack() {
    var a = Fixture.account("A")
    a.seatsActive = 3
    a.seatsPurchased = 10
    a.integrations = 2
    a.isPastDue = true
    a.cancelDate = Fixture.date("2025-03-01")
    a.trialStatus = .converted
    a.trialEndDate = Fixture.date("2025-01-05")
    let k = a.known(atEndOf: base, dataAsOf: asOf)
    #expect(k.seatsActive == nil && k.seatsPurchased == nil && k.integrations == nil)
    #expect(k.isPastDue == nil)
    #expect(k.cancelDate == nil)
    #expect(k.trialStatus == .active)
    #expect(a.known(atEndOf: asOf, dataAsOf: asOf) == a)
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
