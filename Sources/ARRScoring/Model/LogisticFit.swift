#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An L2-regularised logistic regression written in-house, fitted by Newton's method (IRLS).
///
/// Minimises `−Σ log-likelihood + λ/2 · Σ_j (w_j − prior_j)²`: the penalty pulls each weight
/// toward a prior (the default weights), not toward zero, so a signal the history never shows
/// (e.g. nobody had a cancellation notice a year ago) keeps its documented default instead of
/// dropping to 0. The intercept is not penalised. Deterministic: fixed iteration order, no
/// randomness.
public struct LogisticFit: Sendable, Equatable {
  public var intercept: Double
  /// One weight per feature column.
  public var weights: [Double]
  /// Newton steps taken.
  public var iterations: Int
  /// Whether the largest step fell below ``tolerance`` within ``maxIterations``.
  public var converged: Bool
  /// Rows fitted on.
  public var sampleSize: Int
  /// Rows with outcome `true`.
  public var positives: Int

  /// Largest Newton step (in any coefficient) at which the fit counts as converged.
  public static let tolerance = 1e-9
  /// Newton steps allowed.
  public static let maxIterations = 100

  public init(
    intercept: Double, weights: [Double], iterations: Int, converged: Bool, sampleSize: Int,
    positives: Int
  ) {
    self.intercept = intercept
    self.weights = weights
    self.iterations = iterations
    self.converged = converged
    self.sampleSize = sampleSize
    self.positives = positives
  }

  /// Fits the model.
  /// - Parameters:
  ///   - features: Row-major `rows × columns` values; `.nan` counts as 0 (a signal that adds
  ///     nothing).
  ///   - outcomes: One outcome per row (`true` = the event, here churn).
  ///   - prior: Weights the penalty pulls toward, one per column.
  ///   - priorIntercept: Where the intercept starts.
  ///   - lambda: Penalty strength (> 0, so the Newton system is always solvable).
  ///   - start: Where to start instead of the prior (e.g. a fit on similar rows, which saves
  ///     Newton steps). The objective is strictly convex, so the optimum does not depend on it
  ///     beyond ``tolerance``.
  /// - Returns: The fitted intercept and weights.
  /// - Complexity: O(iterations × rows × columns²).
  public static func fit(
    features: [Double], outcomes: [Bool], prior: [Double], priorIntercept: Double,
    lambda: Double, start: LogisticFit? = nil
  ) -> LogisticFit {
    fit(
      features: features, outcomes: outcomes, rows: outcomes.indices, prior: prior,
      priorIntercept: priorIntercept, lambda: lambda, start: start)
  }

  /// ``fit(features:outcomes:prior:priorIntercept:lambda:start:)`` on the rows `rows` of
  /// `features` and `outcomes` only, in their order: the same fit as on a copy holding just
  /// those rows, without the copy (each cross-validation fold fits on four fifths of the rows).
  static func fit<Rows: Collection<Int>>(
    features: [Double], outcomes: [Bool], rows: Rows, prior: [Double], priorIntercept: Double,
    lambda: Double, start: LogisticFit? = nil
  ) -> LogisticFit {
    let p = prior.count
    let n = rows.count
    precondition(features.count == outcomes.count * p && lambda > 0)
    precondition(start.map { $0.weights.count == p } ?? true)
    let d = p + 1  // coefficient 0 is the intercept
    var beta = start.map { [$0.intercept] + $0.weights } ?? [priorIntercept] + prior
    // Rows are mostly zeros (0/1 terms, signals that do not apply), so each row keeps only its
    // non-zero values, as (coefficient index, value) pairs; skipping zeros changes no sum.
    var rowStart = [Int](repeating: 0, count: n + 1)
    var column: [Int] = []
    var value: [Double] = []
    column.reserveCapacity(n * p / 2)
    value.reserveCapacity(n * p / 2)
    var labels: [Bool] = []
    labels.reserveCapacity(n)
    for (i, row) in rows.enumerated() {
      for j in 0..<p {
        let v = features[row * p + j]
        if v != 0 && !v.isNaN {
          column.append(j + 1)
          value.append(v)
        }
      }
      rowStart[i + 1] = column.count
      labels.append(outcomes[row])
    }
    let y = labels

    /// Every row's log-odds under `b`, into `z`.
    func logOdds(_ b: [Double], into z: inout [Double]) {
      for i in 0..<n {
        var t = b[0]
        for k in rowStart[i]..<rowStart[i + 1] { t += b[column[k]] * value[k] }
        z[i] = t
      }
    }

    /// The objective at `b`, whose log-odds are `z`.
    func objective(_ b: [Double], _ z: [Double]) -> Double {
      var total = 0.0
      for i in 0..<n {
        let zi = z[i]
        // −log-likelihood of one row: softplus(z) − y·z, computed stably.
        let softplus = zi > 0 ? zi + log1p(exp(-zi)) : log1p(exp(zi))
        total += softplus - (y[i] ? zi : 0)
      }
      for j in 0..<p { total += lambda / 2 * (b[j + 1] - prior[j]) * (b[j + 1] - prior[j]) }
      return total
    }

    var z = [Double](repeating: 0, count: n)
    logOdds(beta, into: &z)
    var current = objective(beta, z)
    var iterations = 0
    var converged = false
    var g = [Double](repeating: 0, count: d)
    var h = [Double](repeating: 0, count: d * d)
    var nextZ = z
    while iterations < maxIterations {
      iterations += 1
      for k in 0..<d { g[k] = 0 }
      for k in 0..<(d * d) { h[k] = 0 }
      for i in 0..<n {
        let mu = 1 / (1 + exp(-z[i]))
        let r = mu - (y[i] ? 1 : 0)
        let wgt = max(mu * (1 - mu), 1e-12)
        // The intercept's column is 1 in every row.
        g[0] += r
        h[0] += wgt
        let lo = rowStart[i]
        let hi = rowStart[i + 1]
        for k in lo..<hi { h[column[k]] += wgt * value[k] }
        for k in lo..<hi {
          let a = column[k]
          let ra = value[k]
          g[a] += r * ra
          let wa = wgt * ra
          for m in k..<hi { h[a * d + column[m]] += wa * value[m] }
        }
      }
      for j in 0..<p {
        g[j + 1] += lambda * (beta[j + 1] - prior[j])
        h[(j + 1) * d + j + 1] += lambda
      }
      for a in 0..<d { for b in 0..<a { h[a * d + b] = h[b * d + a] } }
      guard let step = choleskySolve(h, g, d) else { break }
      // Step-halving keeps every step downhill (Newton can overshoot far from the optimum).
      var t = 1.0
      var next = beta
      var candidate = current
      while true {
        for k in 0..<d { next[k] = beta[k] - t * step[k] }
        logOdds(next, into: &nextZ)
        candidate = objective(next, nextZ)
        if candidate <= current + 1e-12 * max(1, abs(current)) || t < 1e-6 { break }
        t /= 2
      }
      let largest = step.reduce(0) { max($0, abs($1)) } * t
      beta = next
      swap(&z, &nextZ)
      current = candidate
      if largest < tolerance {
        converged = true
        break
      }
    }
    return LogisticFit(
      intercept: beta[0], weights: Array(beta[1...]), iterations: iterations,
      converged: converged, sampleSize: n, positives: y.count(where: { $0 }))
  }

  /// `Σ weight × value + intercept` for one row, `.nan` counting as 0 (as in the fit).
  /// - Parameter row: One value per weight.
  /// - Returns: The log-odds.
  public func logOdds(_ row: UnsafeBufferPointer<Double>) -> Double {
    // The intercept last, as in `RiskWeights.logOdds(_:)`, so both score a row identically.
    var z = 0.0
    for j in weights.indices where !row[j].isNaN { z += weights[j] * row[j] }
    return z + intercept
  }

  /// Solves `A x = b` for a symmetric positive-definite `A` (row-major `d × d`) by Cholesky;
  /// `nil` if `A` is not positive definite.
  static func choleskySolve(_ a: [Double], _ b: [Double], _ d: Int) -> [Double]? {
    var l = [Double](repeating: 0, count: d * d)
    for i in 0..<d {
      for j in 0...i {
        var s = a[i * d + j]
        for k in 0..<j { s -= l[i * d + k] * l[j * d + k] }
        if i == j {
          guard s > 0 else { return nil }
          l[i * d + i] = s.squareRoot()
        } else {
          l[i * d + j] = s / l[j * d + j]
        }
      }
    }
    var y = [Double](repeating: 0, count: d)
    for i in 0..<d {
      var s = b[i]
      for k in 0..<i { s -= l[i * d + k] * y[k] }
      y[i] = s / l[i * d + i]
    }
    var x = [Double](repeating: 0, count: d)
    for i in stride(from: d - 1, through: 0, by: -1) {
      var s = y[i]
      for k in (i + 1)..<d { s -= l[k * d + i] * x[k] }
      x[i] = s / l[i * d + i]
    }
    return x
  }
}
