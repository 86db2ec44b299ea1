import ARRAnalysis
import ARRCore
import ARRReports
import ARRScoring
import ARRTestSupport
import Testing

/// The walk from headline to quality-adjusted ARR ties out on every bundled company: it starts
/// at the ladder's headline, passes through recurring ARR and ends at scoring's quality-adjusted
/// ARR, and every subtotal is the previous subtotal plus the changes between.
@Suite struct ARRWalkTests {
  @Test(arguments: SampleCompanies.names)
  func subtotalsTieOutToTheCent(scenario: String) throws {
    let (analysis, _, _) = try SampleCompanies.bundle(scenario)
    let steps = ARRWalk(analysis).steps
    let first = try #require(steps.first)
    let final = try #require(steps.last)
    #expect(first.key == "headline" && first.arr == analysis.metrics.ladder.headline)
    #expect(final.key == "quality_adjusted" && final.arr == analysis.scoring.qualityAdjustedARR)
    let recurring = try #require(steps.first { $0.key == "recurring" })
    #expect(recurring.arr == analysis.metrics.ladder.recurring)
    var running = first.arr
    for step in steps.dropFirst() {
      if step.isSubtotal {
        #expect(step.arr == running, "\(scenario): \(step.key)")
        running = step.arr
      } else {
        running += step.arr
      }
    }
    // The three class losses add up to recurring minus quality-adjusted.
    let losses = steps.drop { $0.key != "recurring" }.dropFirst().filter { !$0.isSubtotal }
    #expect(losses.reduce(0) { $0 + $1.arr } == final.arr - recurring.arr)
    #expect(losses.allSatisfy { $0.arr <= 0 })
  }
}
