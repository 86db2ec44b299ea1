import Testing

@testable import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct LogisticFitTests {
  /// Simulates outcomes from known weights and checks the fit recovers them.
  @Test func recoversKnownWeights() {
    var rng = SeededGenerator(seed: 42)
    let truth = [1.5, -0.8, 2.0]
    let intercept = -1.0
    let n = 20_000
    var x: [Double] = []
    var y: [Bool] = []
    for _ in 0..<n {
      let row = [rng.nextUnit(), rng.nextUnit() < 0.4 ? 1.0 : 0.0, rng.nextUnit()]
      var z = intercept
      for j in 0..<3 { z += truth[j] * row[j] }
      x += row
      y.append(rng.nextUnit() < 1 / (1 + exp(-z)))
    }
    let fit = LogisticFit.fit(
      features: x, outcomes: y, prior: [0, 0, 0], priorIntercept: 0, lambda: 1)
    #expect(fit.converged)
    #expect(abs(fit.intercept - intercept) < 0.15)
    for j in 0..<3 { #expect(abs(fit.weights[j] - truth[j]) < 0.15, "weight \(j)") }
    #expect(fit.sampleSize == n)
    #expect(fit.positives == y.count(where: { $0 }))
  }

  /// A feature that is always 0 carries no evidence, so it stays exactly at its prior.
  @Test func unseenFeatureKeepsItsPrior() {
    var rng = SeededGenerator(seed: 3)
    var x: [Double] = []
    var y: [Bool] = []
    for _ in 0..<2000 {
      let a = rng.nextUnit()
      x += [a, 0]
      y.append(rng.nextUnit() < 1 / (1 + exp(-(2 * a - 1))))
    }
    let fit = LogisticFit.fit(
      features: x, outcomes: y, prior: [0, 4.0], priorIntercept: 0, lambda: 1)
    #expect(abs(fit.weights[1] - 4.0) < 1e-9)
  }

  @Test func sameInputSameFit() {
    let x: [Double] = [0, 1, 1, 0, 1, 1, 0, 0]
    let y = [false, true, true, false]
    let a = LogisticFit.fit(features: x, outcomes: y, prior: [0, 0], priorIntercept: 0, lambda: 1)
    let b = LogisticFit.fit(features: x, outcomes: y, prior: [0, 0], priorIntercept: 0, lambda: 1)
    #expect(a == b)
  }

  @Test func choleskySolvesASmallSystem() throws {
    // [[4, 2], [2, 3]] x = [2, 1] → x = [0.5, 0].
    let x = try #require(LogisticFit.choleskySolve([4, 2, 2, 3], [2, 1], 2))
    #expect(abs(x[0] - 0.5) < 1e-12 && abs(x[1]) < 1e-12)
  }
}
