import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Tests of `Company+PointInTime.swift` (ARRCore), which the backtest relies on.
@Suite struct PointInTimeTests {
  let asOf = Month(year: 2025, month: 12)
  let base = Month(year: 2024, month: 12)

  /// Stepped to the first date on or after the cutoff (2024-12-31): a month-to-month term
  /// ending 2026-01-31 ends on the cutoff day, at its renewal then.
  @Test func annualAndMonthlyTermsStepBackByWholeTerms() {
    var annual = Fixture.account("A")
    annual.contractEndDate = Fixture.date("2026-03-15")
    #expect(
      annual.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2025-03-15"))
    var monthly = Fixture.account("M", .monthly, .monthly)
    monthly.contractEndDate = Fixture.date("2026-01-31")
    #expect(
      monthly.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2024-12-31"))
    var multi = Fixture.account("Y", .multiYear, .upfront)
    multi.contractEndDate = Fixture.date("2027-06-30")
    #expect(
      multi.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2027-06-30"))
  }

  /// An annual term ending on the cutoff day (2025-12-31 as of 2025-12, stepped to 2024-12-31)
  /// is at its renewal at the base as at the as-of month, not a year on: 2024-12-31, not
  /// 2025-12-31. One ending the day before the cutoff steps no further than the next year.
  @Test func aTermEndingOnTheCutoffDayIsAtRenewalThen() {
    var annual = Fixture.account("A")
    annual.contractEndDate = Fixture.date("2025-12-31")
    #expect(
      annual.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2024-12-31"))
    annual.contractEndDate = Fixture.date("2025-12-30")
    #expect(
      annual.known(atEndOf: base, dataAsOf: asOf).contractEndDate == Fixture.date("2025-12-30"))
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

  /// Three accounts whose terms every rule touches, with revenue from 2025-01 to 2025-12.
  func companyWithLaterFacts() -> Company {
    var annual = Self.accountWithLaterFacts()
    annual.contractEndDate = Fixture.date("2026-03-15")
    var inferred = Fixture.account("I", .monthly, .monthly)
    inferred.inferred = [.contractType, .billingCadence]
    inferred.inferredFrom = Month(year: 2025, month: 9)
    inferred.contractEndDate = Fixture.date("2026-01-31")
    var trial = Fixture.account("T", .monthly, .monthly)
    trial.trialStatus = .expired
    trial.trialEndDate = Fixture.date("2026-01-10")
    return Fixture.company(
      [annual, inferred, trial], mrr: Array(repeating: Array(repeating: 100, count: 12), count: 3),
      first: Month(year: 2025, month: 1))
  }

  /// An earlier view shares today's accounts and rolls their terms back as they are read: read
  /// whole, they are exactly the accounts known then (``Account/known(atEndOf:dataAsOf:)``),
  /// laid out once; a view of a view rolls back twice, in order, as a copy of a copy did.
  @Test func aViewRollsBackTheTermsAsTheyAreRead() {
    let company = companyWithLaterFacts()
    let month = Month(year: 2025, month: 6)
    let view = company.pointInTime(month)
    #expect(!view.isLaidOut && !company.isLaidOut)
    let known = company.accounts.map { $0.known(atEndOf: month, dataAsOf: company.asOf) }
    for i in known.indices {
      #expect(view.terms(of: i) == known[i].terms)
      view.withAccountRows { rows in
        #expect(rows.terms(i) == known[i].terms)
        #expect(rows.contractType(i) == known[i].contractType)
        #expect(rows.id(i) == known[i].id && rows.segment(i) == known[i].segment)
      }
    }
    #expect(!view.isLaidOut)
    #expect(view.accounts == known)
    #expect(view.isLaidOut)

    let earlier = Month(year: 2025, month: 3)
    let twice = view.pointInTime(earlier)
    let cutoffs = [month, earlier].map(CivilDate.lastDay(of:))
    let steppedTwice = company.accounts.map { a in
      var b = a
      for c in cutoffs { b.rollBack(to: c) }
      return b
    }
    #expect(twice.accounts == steppedTwice)
    // At the data's own month only the dated events are undone.
    let now = company.pointInTime(company.asOf)
    #expect(now.terms(of: 2).trialStatus == .active && now.terms(of: 0).seatsActive == 3)
  }

  /// Changing a view's accounts lays them out first; the roll-back is not applied again.
  @Test func changingAViewsAccountsLaysThemOutOnce() {
    let company = companyWithLaterFacts()
    let view = company.pointInTime(Month(year: 2025, month: 6))
    var changed = view
    changed.accounts[0].name = "Renamed"
    #expect(!changed.isLaidOut && changed.accounts[0].name == "Renamed")
    #expect(Array(changed.accounts[1...]) == Array(view.accounts[1...]))
    #expect(changed.terms(of: 0) == view.terms(of: 0))
    #expect(company.accounts[0].name == nil && company.terms(of: 0).seatsActive == 3)
  }
}
