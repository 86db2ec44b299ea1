import ARRCore
import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct ScoringCrossValidationTests {
  /// 400 rows of ``Signal/count`` features (three informative, the rest 0) and outcomes drawn
  /// from known weights.
  static func rows(seed: UInt64) -> (x: [Double], y: [Bool]) {
    var rng = SeededGenerator(seed: seed)
    var x: [Double] = []
    var y: [Bool] = []
    for _ in 0..<400 {
      var row = [Double](repeating: 0, count: Signal.count)
      row[Signal.monthToMonth.rawValue] = rng.nextUnit() < 0.5 ? 1 : 0
      row[Signal.usageDecline.rawValue] = rng.nextUnit()
      row[Signal.newAccount.rawValue] = rng.nextUnit()
      let z = -2 + 1.5 * row[Signal.monthToMonth.rawValue] + 2 * row[Signal.usageDecline.rawValue]
      x += row
      y.append(rng.nextUnit() < 1 / (1 + exp(-z)))
    }
    return (x, y)
  }

  static func fit(_ x: [Double], _ y: [Bool], start: LogisticFit? = nil) -> LogisticFit {
    let w = RiskWeights.defaults
    return LogisticFit.fit(
      features: x, outcomes: y, prior: w.weights, priorIntercept: w.intercept,
      lambda: Scoring.fitLambda, start: start)
  }

  /// Row j is scored by a model fitted, from scratch, on the rows of the other folds
  /// (fold = j mod 5).
  @Test func eachRowIsScoredByTheFitWithoutItsFold() throws {
    let (x, y) = Self.rows(seed: 11)
    let full = Self.fit(x, y)
    let held = Scoring.outOfFoldLogOdds(
      features: x, outcomes: y, weights: .defaults, start: full)
    let p = Signal.count
    let k = Scoring.crossValidationFolds
    for fold in [0, 3] {
      var xs: [Double] = []
      var ys: [Bool] = []
      for j in y.indices where j % k != fold {
        xs += x[(j * p)..<((j + 1) * p)]
        ys.append(y[j])
      }
      let f = Self.fit(xs, ys)
      for j in Swift.stride(from: fold, to: y.count, by: k) {
        let expected = x.withUnsafeBufferPointer {
          f.logOdds(UnsafeBufferPointer(rebasing: $0[(j * p)..<((j + 1) * p)]))
        }
        #expect(abs(held[j] - expected) < 1e-6, "row \(j)")
      }
    }
  }

  /// A row's out-of-sample score cannot depend on its own outcome.
  @Test func flippingARowsOutcomeLeavesItsScore() {
    let (x, y) = Self.rows(seed: 12)
    var flipped = y
    flipped[7].toggle()
    let a = Scoring.outOfFoldLogOdds(
      features: x, outcomes: y, weights: .defaults, start: Self.fit(x, y))
    let b = Scoring.outOfFoldLogOdds(
      features: x, outcomes: flipped, weights: .defaults, start: Self.fit(x, flipped))
    #expect(abs(a[7] - b[7]) < 1e-6)
    // Rows of other folds were fitted with row 7 and do move.
    #expect(abs(a[8] - b[8]) > 1e-6)
  }

  @Test func sameInputSameScores() {
    let (x, y) = Self.rows(seed: 13)
    let full = Self.fit(x, y)
    let a = Scoring.outOfFoldLogOdds(features: x, outcomes: y, weights: .defaults, start: full)
    let b = Scoring.outOfFoldLogOdds(features: x, outcomes: y, weights: .defaults, start: full)
    #expect(a == b)
  }
}
