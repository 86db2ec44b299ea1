import ARRCore
import ARRGenerator
import ARRTestSupport
import Testing

@testable import ARRProjection

@Suite("Retention curves: why a group has no curve")
struct ProjectionCurvesTests {
  @Test func noCohortSaysWhereTheAccountsWent() {
    // The seed example: two months of data, 37 accounts, 30 paying from the first month and 7
    // starting in the last one. None can enter a monthly cohort.
    let note = Projection.insufficientDataNote(
      accounts: 0, periods: 0, unit: "months", minimumPeriods: 3, members: 37, firstMonth: 30,
      tooRecent: 7, neverPaid: 0)
    #expect(
      note
        == "no cohort to fit: of the group's 37 accounts, 30 were already paying in the first "
        + "month of data (left out: their earlier months, if any, precede the data), 7 started "
        + "too recently to be observed "
        + "for a full month; the curve needs at least 30 accounts in cohorts and one cohort "
        + "observed for 3 months")
  }

  @Test func someCohortsButTooFew() {
    let note = Projection.insufficientDataNote(
      accounts: 1, periods: 1, unit: "years", minimumPeriods: 2, members: 3, firstMonth: 0,
      tooRecent: 0, neverPaid: 2)
    #expect(
      note
        == "1 account in cohorts, the longest observed for 1 year: of the group's 3 accounts, 2 never "
        + "paid; the curve needs at least 30 accounts in cohorts and one cohort observed for 2 "
        + "years")
  }
}

@Suite("Retention curves and LTV: groups side by side")
struct ProjectionCurvesParallelTests {
  /// The groups' curves and the segments' lifetime values, fitted side by side on every core
  /// (session 16, perf), equal those fitted one after the other: generated companies with
  /// several segments and contract types, fitted and unfitted groups.
  @Test(arguments: [
    (GeneratorProfile.aiHypergrowth, UInt64(1)), (.enterpriseSaaS, 2), (.plgSMB, 3),
  ])
  func curvesAndValuesInParallelEqualOneThread(profile: GeneratorProfile, seed: UInt64) throws {
    let c = try Fixture.generated(profile, accounts: 600, months: 30, seed: seed)
    let table = LifetimeTable(lifetimes: AccountLifetimes(c, parallelFrom: 1))
    #expect(table.lifetimes.start == AccountLifetimes(c, parallelFrom: .max).start)
    #expect(table.lifetimes.length == AccountLifetimes(c, parallelFrom: .max).length)
    let groups = Projection.Groups(c)
    let one = Projection.curves(c, lifetimes: table, groups: groups, parallelFrom: .max)
    let split = Projection.curves(c, lifetimes: table, groups: groups, parallelFrom: 1)
    #expect(one.count > 3 && one.contains { $0.status == .fitted })
    #expect(split == one)
    #expect(
      Projection.lifetimeValues(c, curves: one, groups: groups, lifetimes: table, parallelFrom: 1)
        == Projection.lifetimeValues(
          c, curves: one, groups: groups, lifetimes: table, parallelFrom: .max))
  }
}
