import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Scoring reads a compact activity column (``ActivityColumn/compact()``) exactly as the same
/// column in `Float` cells: every score, class, fitted weight, backtest figure and reason.
@Suite struct CompactActivityScoringTests {
  @Test(arguments: [false, true])
  func aCompactColumnScoresLikeItsFloats(earlier: Bool) throws {
    let full = ActivitySignalsTests.loginsDrivenCompany(count: 400, seed: 5)
    var compactFull = full
    compactFull.activityColumns[0].compact()
    #expect(compactFull.activityColumns[0].isCompact && !full.activityColumns[0].isCompact)
    // An earlier view shares the full column's cells, compact or not.
    let earlierMonth = full.month(at: full.monthCount - 4)
    let plain = earlier ? full.pointInTime(earlierMonth) : full
    let compact = earlier ? compactFull.pointInTime(earlierMonth) : compactFull
    #expect(compact.activityColumns[0].isCompact)
    let a = Scoring.run(plain)
    let b = Scoring.run(compact)
    #expect(a.modelUsed == b.modelUsed)
    #expect(a.weightsUsed == b.weightsUsed)
    #expect(a.scores.map(\.riskScore) == b.scores.map(\.riskScore))
    #expect(a.scores.map(\.revenueClass) == b.scores.map(\.revenueClass))
    let (ba, bb) = (try #require(a.backtest), try #require(b.backtest))
    #expect(ba.auc == bb.auc && ba.crossValidatedAUC == bb.crossValidatedAUC)
    #expect(ba.fit == bb.fit && ba.calibration == bb.calibration)
    for s in a.scores.indices where s % 37 == 0 {
      #expect(a.reasons(for: a.scores[s]) == b.reasons(for: b.scores[s]))
      #expect(
        a.activitySignals(for: a.scores[s]) == b.activitySignals(for: b.scores[s]))
    }
  }
}
