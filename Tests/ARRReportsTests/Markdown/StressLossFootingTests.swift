import ARRCore
import ARRStress
import ARRTestSupport
import Testing

@testable import ARRReports

/// The stress tables' loss moves by its change rounded once, and quality-adjusted ARR is
/// recurring less that loss (render review 32, R32-1: the top customer's loss read $182,804 in
/// the top-10 table and −$182,803 in the stress table, its two figures' changes rounded apart).
@Suite struct StressLossFootingTests {
  /// Every scenario of every bundled company: the loss change is the exact change rounded once,
  /// and quality-adjusted + loss = recurring, as displayed.
  @Test(arguments: SampleCompanies.names)
  func theLossMovesByItsChangeRoundedOnce(name: String) throws {
    let (_, stress, _) = try BoardReportTests.report(name)
    let b = stress.base
    for outcome in stress.scenarios {
      let s = outcome.figures
      let change = (s.recurringARR - s.qualityAdjustedARR) - (b.recurringARR - b.qualityAdjustedARR)
      #expect(
        StressMarkdown.shownLoss(s, base: b) - StressMarkdown.shownLoss(b, base: b)
          == Footing.roundedUnits(change))
      #expect(
        StressMarkdown.shownQualityAdjusted(s, base: b) + StressMarkdown.shownLoss(s, base: b)
          == StressMarkdown.shownUnits(s, base: b, \.recurringARR))
    }
  }

  /// enterprise-saas loses Nova Networks (A0116), whose top-10 loss is $182,878: the stress
  /// table's loss change says -$182,878.
  @Test func theLostAccountsLossIsTheTopTensFigure() throws {
    let (_, _, md) = try BoardReportTests.report("enterprise-saas")
    #expect(md.contains("| Nova Networks (A0116) |"))
    #expect(md.contains("$182,878"))
    let lossRow = try #require(
      md.split(separator: "\n").first {
        $0.hasPrefix("| Expected 12-month loss |") && $0.contains("-$182,8")
      })
    #expect(lossRow.contains("-$182,878"), "\(lossRow)")
  }
}
