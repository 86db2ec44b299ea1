import ARRCore
import Testing

@testable import ARRScoring

/// The new-account and long-tenure reasons are one fact, named once (render review 35, R35-5).
@Suite struct TenureOnceTests {
  /// The fold on its own: the smaller total moves into the larger's group (a tie keeps the
  /// new-account words); with one of them zero nothing moves.
  @Test(arguments: [
    (0.93, 0.08, 1.01, 0.0), (0.2, 0.9, 0.0, 1.1), (0.5, 0.5, 1.0, 0.0), (0.0, 0.4, 0.0, 0.4),
    (0.7, 0.0, 0.7, 0.0),
  ])
  func fold(new: Double, long: Double, newAfter: Double, longAfter: Double) {
    var totals = [Double](repeating: 0, count: Reasons.Group.allCases.count)
    totals[Reasons.Group.tenure.rawValue] = new
    totals[Reasons.Group.longTenure.rawValue] = long
    totals.withUnsafeMutableBufferPointer { Reasons.tenureOnce($0) }
    #expect(abs(totals[Reasons.Group.tenure.rawValue] - newAfter) < 1e-12)
    #expect(abs(totals[Reasons.Group.longTenure.rawValue] - longAfter) < 1e-12)
  }
}
