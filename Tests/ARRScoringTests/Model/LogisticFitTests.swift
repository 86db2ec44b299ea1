import ARRCore
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
  /// A fit on some rows, read in place (what each cross-validation fold does), is the fit on a
  /// copy holding just those rows, bit for bit: the same rows in the same order give the same
  /// sums. Rows whose index is 2 mod 5 are left out, as fold 2 leaves them.
  @Test func aFitOnSomeRowsEqualsTheFitOnTheirCopy() {
    var rng = SeededGenerator(seed: 7)
    var x: [Double] = []
    var y: [Bool] = []
    for _ in 0..<2_000 {
      let row = [rng.nextUnit(), rng.nextUnit() < 0.3 ? 1.0 : 0.0, rng.nextUnit() < 0.1 ? .nan : 1]
      x += row
      y.append(rng.nextUnit() < 0.2 + 0.5 * row[0])
    }
    let kept = (0..<y.count).filter { $0 % 5 != 2 }
    let copied = LogisticFit.fit(
      features: kept.flatMap { x[($0 * 3)..<($0 * 3 + 3)] }, outcomes: kept.map { y[$0] },
      prior: [0.5, -0.2, 0], priorIntercept: -1, lambda: 1)
    let inPlace = LogisticFit.fit(
      features: x, outcomes: y, rows: kept, prior: [0.5, -0.2, 0], priorIntercept: -1,
      lambda: 1)
    #expect(inPlace == copied)
    #expect(inPlace.sampleSize == 1_600 && inPlace.positives == kept.count { y[$0] })
  }

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

  /// Rows mixing zeros, blanks (`.nan`) and values in every column: the optimum must satisfy
  /// the first-order conditions, `Σ (μ − y) x_j + λ (w_j − prior_j) = 0` for each weight and
  /// `Σ (μ − y) = 0` for the intercept, with `.nan` read as 0.
  @Test func sparseRowsMeetTheFirstOrderConditions() {
    var rng = SeededGenerator(seed: 11)
    let p = 5
    let prior = [0.5, -0.2, 1.0, 0, 0.3]
    var x: [Double] = []
    var y: [Bool] = []
    for _ in 0..<3000 {
      for j in 0..<p {
        let u = rng.nextUnit()
        x.append(u < 0.5 ? 0 : u < 0.6 ? .nan : rng.nextUnit() * Double(j + 1))
      }
      y.append(rng.nextUnit() < 0.3)
    }
    let fit = LogisticFit.fit(
      features: x, outcomes: y, prior: prior, priorIntercept: 0, lambda: 2)
    #expect(fit.converged)
    var gradient = [Double](repeating: 0, count: p + 1)
    for i in y.indices {
      var z = fit.intercept
      for j in 0..<p where !x[i * p + j].isNaN { z += fit.weights[j] * x[i * p + j] }
      let r = 1 / (1 + exp(-z)) - (y[i] ? 1 : 0)
      gradient[0] += r
      for j in 0..<p where !x[i * p + j].isNaN { gradient[j + 1] += r * x[i * p + j] }
    }
    for j in 0..<p { gradient[j + 1] += 2 * (fit.weights[j] - prior[j]) }
    for (k, g) in gradient.enumerated() { #expect(abs(g) < 1e-6, "coefficient \(k)") }
  }

  /// A blank is read as 0, exactly.
  @Test func blanksFitAsZeros() {
    let blanks: [Double] = [.nan, 1, 0.5, .nan, 1, 1, .nan, 0.2, 0.3, 0.9]
    let zeros = blanks.map { $0.isNaN ? 0 : $0 }
    let y = [false, true, true, false, true]
    let a = LogisticFit.fit(
      features: blanks, outcomes: y, prior: [0.1, 0.2], priorIntercept: 0, lambda: 1)
    let b = LogisticFit.fit(
      features: zeros, outcomes: y, prior: [0.1, 0.2], priorIntercept: 0, lambda: 1)
    #expect(a == b)
  }

  /// The fit keeps only each row's non-zero values; that must change no sum. The reference is
  /// the dense Newton loop the fit used before (every value of every row), kept here as an
  /// oracle: both must agree to the last bit on rows mixing zeros, blanks and values.
  @Test(arguments: [UInt64(5), 17, 99])
  func sparseFitEqualsTheDenseReferenceExactly(seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    let p = 7
    let prior = (0..<p).map { Double($0) * 0.3 - 1 }
    var x: [Double] = []
    var y: [Bool] = []
    for _ in 0..<1500 {
      for _ in 0..<p {
        let u = rng.nextUnit()
        x.append(u < 0.55 ? 0 : u < 0.65 ? .nan : u < 0.8 ? 1 : rng.nextUnit())
      }
      y.append(rng.nextUnit() < 0.25)
    }
    let fit = LogisticFit.fit(
      features: x, outcomes: y, prior: prior, priorIntercept: -1, lambda: 1)
    let reference = Self.denseReferenceFit(
      features: x, outcomes: y, prior: prior, priorIntercept: -1, lambda: 1)
    #expect(fit.intercept == reference.intercept)
    #expect(fit.weights == reference.weights)
    #expect(fit.iterations == reference.iterations)
  }

  /// The dense Newton loop, as `LogisticFit.fit` was written before rows were made sparse.
  static func denseReferenceFit(
    features: [Double], outcomes: [Bool], prior: [Double], priorIntercept: Double, lambda: Double
  ) -> (intercept: Double, weights: [Double], iterations: Int) {
    let p = prior.count
    let n = outcomes.count
    let d = p + 1
    var beta = [priorIntercept] + prior
    let x = features.map { $0.isNaN ? 0 : $0 }
    func objective(_ b: [Double]) -> Double {
      var total = 0.0
      for i in 0..<n {
        var z = b[0]
        for j in 0..<p { z += b[j + 1] * x[i * p + j] }
        let softplus = z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
        total += softplus - (outcomes[i] ? z : 0)
      }
      for j in 0..<p { total += lambda / 2 * (b[j + 1] - prior[j]) * (b[j + 1] - prior[j]) }
      return total
    }
    var current = objective(beta)
    var iterations = 0
    var row = [Double](repeating: 1, count: d)
    while iterations < LogisticFit.maxIterations {
      iterations += 1
      var g = [Double](repeating: 0, count: d)
      var h = [Double](repeating: 0, count: d * d)
      for i in 0..<n {
        for j in 0..<p { row[j + 1] = x[i * p + j] }
        var z = beta[0]
        for j in 0..<p { z += beta[j + 1] * row[j + 1] }
        let mu = 1 / (1 + exp(-z))
        let r = mu - (outcomes[i] ? 1 : 0)
        let wgt = max(mu * (1 - mu), 1e-12)
        for a in 0..<d where row[a] != 0 {
          g[a] += r * row[a]
          let wa = wgt * row[a]
          for b in a..<d { h[a * d + b] += wa * row[b] }
        }
      }
      for j in 0..<p {
        g[j + 1] += lambda * (beta[j + 1] - prior[j])
        h[(j + 1) * d + j + 1] += lambda
      }
      for a in 0..<d { for b in 0..<a { h[a * d + b] = h[b * d + a] } }
      guard let step = LogisticFit.choleskySolve(h, g, d) else { break }
      var t = 1.0
      var next = beta
      var value = current
      while true {
        for k in 0..<d { next[k] = beta[k] - t * step[k] }
        value = objective(next)
        if value <= current + 1e-12 * max(1, abs(current)) || t < 1e-6 { break }
        t /= 2
      }
      let largest = step.reduce(0) { max($0, abs($1)) } * t
      beta = next
      current = value
      if largest < LogisticFit.tolerance { break }
    }
    return (beta[0], Array(beta[1...]), iterations)
  }

  @Test func choleskySolvesASmallSystem() throws {
    // [[4, 2], [2, 3]] x = [2, 1] → x = [0.5, 0].
    let x = try #require(LogisticFit.choleskySolve([4, 2, 2, 3], [2, 1], 2))
    #expect(abs(x[0] - 0.5) < 1e-12 && abs(x[1]) < 1e-12)
  }
}
