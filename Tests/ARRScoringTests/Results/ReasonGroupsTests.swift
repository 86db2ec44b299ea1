import ARRCore
import ARRGenerator
import ARRTestSupport
import Testing

@testable import ARRScoring

/// ``ReasonGroups``: the groups scoring ranks are those ``Reasons/top(account:context:limit:)``
/// sorts into, the fused sum is ``RiskWeights/weightedSum(_:)`` and ``Reasons/totals(_:weights:into:)``
/// to the bit, and a score without ranked groups gets the same reasons the long way.
@Suite struct ReasonGroupsTests {
  /// The reference order: totals above 1e-9 sorted by total, larger first, ties to the lower.
  private func sorted(_ totals: [Double]) -> [Int] {
    totals.indices.filter { totals[$0] > 1e-9 }
      .sorted { totals[$0] > totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
  }

  @Test func topIsTheSortedOrderAndTheCodeHoldsIt() {
    var rng = SeededGenerator(seed: 11)
    // Few distinct totals, so that ties are common; zeros and slivers below 1e-9 too.
    let levels = [0, 1e-10, 0.5, 1, 1, 2, 3]
    for n in [0, 1, 2, 3, 14, 15, 16, 31, 32] {
      for _ in 0..<300 {
        let totals = (0..<n).map { _ in levels[Int(rng.next() % UInt64(levels.count))] }
        let expected = Array(sorted(totals).prefix(3))
        let (g0, g1, g2) = totals.withUnsafeBufferPointer { ReasonGroups.top($0) }
        #expect([g0, g1, g2].filter { $0 >= 0 } == expected, "\(totals)")
        let code = totals.withUnsafeBufferPointer { ReasonGroups.code($0) }
        if expected.contains(where: { $0 > ReasonGroups.largestGroup }) {
          #expect(code == 0)
        } else {
          #expect(ReasonGroups.isRanked(code))
          let slots = (0..<3).map { ReasonGroups.group(code, $0) }
          #expect(slots.filter { $0 != ReasonGroups.none } == expected)
          #expect(slots.dropFirst(expected.count).allSatisfy { $0 == ReasonGroups.none })
        }
      }
    }
  }

  @Test func fusedSumIsTheWeightedSumAndTheTotals() {
    var rng = SeededGenerator(seed: 12)
    let width = Signal.count + 4
    let groups = Reasons.Group.allCases.count + 2
    for _ in 0..<500 {
      func draw() -> Double { Double(rng.next() % 2001) / 1000 - 1 }
      let v = (0..<width).map { _ in rng.next() % 4 == 0 ? Double.nan : draw() }
      let w = (0..<width).map { _ in draw() * 3 }
      var weights = RiskWeights.defaults.including(activityColumns: ["a", "b"])
      weights.weights = w
      var expected = [Double](repeating: 0, count: groups)
      var totals = [Double](repeating: 0, count: groups)
      let sum = v.withUnsafeBufferPointer { v in
        expected.withUnsafeMutableBufferPointer { Reasons.totals(v, weights: w, into: $0) }
        return totals.withUnsafeMutableBufferPointer {
          ReasonGroups.weightedSum(v, weights: w, totals: $0)
        }
      }
      #expect(sum.bitPattern == v.withUnsafeBufferPointer { weights.weightedSum($0) }.bitPattern)
      #expect(totals.map(\.bitPattern) == expected.map(\.bitPattern))
    }
  }

  /// Scores without ranked groups (as a score made elsewhere would be) get the same reasons as
  /// with them, and both are the reference's; the generated companies rank every account.
  @Test(arguments: [GeneratorProfile.plgSMB, .enterpriseSaaS])
  func unrankedScoresGetTheSameReasons(profile: GeneratorProfile) throws {
    let result = Scoring.run(try Fixture.generated(profile, accounts: 300))
    #expect(result.scores.allSatisfy { ReasonGroups.isRanked($0.reasonGroups) })
    var unranked = result
    for i in unranked.scores.indices { unranked.scores[i].reasonGroups = 0 }
    let reference = result.scores.map(result.reasons(for:))
    #expect(ReasonWriterTests.written(result) == reference)
    #expect(ReasonWriterTests.written(unranked) == reference)
  }
}
