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
        == "no cohort to fit: of the group's 37 accounts, 30 started in the first month of data "
        + "(their ages are unknown, so they are left out), 7 started too recently to be observed "
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
