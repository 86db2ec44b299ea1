/// A small, robust minimiser for smooth functions of two variables: BFGS with a backtracking
/// (Armijo) line search, falling back to Nelder–Mead when BFGS cannot make progress.
///
/// Written in-house because the product has no dependencies; two variables are all the sBG fit
/// needs (ln α, ln β).
public struct Minimizer2D: Sendable {
  /// The objective's value and gradient at a point.
  public typealias Objective = (SIMD2<Double>) -> (value: Double, gradient: SIMD2<Double>)

  /// Which method produced the answer.
  public enum Method: String, Sendable {
    case bfgs
    case nelderMead = "nelder_mead"
  }

  /// The outcome of a minimisation.
  public struct Result: Sendable {
    public var point: SIMD2<Double>
    public var value: Double
    public var iterations: Int
    public var method: Method
    public var isConverged: Bool
  }

  /// Stop when one iteration lowers the value by at most this much (absolute) and the gradient
  /// is small.
  public var valueTolerance = 1e-9
  /// Points are confined to this box (outside it the objective counts as +∞), which keeps
  /// `exp` of the parameters finite.
  public var bound = 25.0
  public var maximumIterations = 500

  public init() {}

  /// Minimises `objective` from `start`.
  /// - Parameters:
  ///   - start: the starting point (inside the box).
  ///   - objective: value and gradient.
  /// - Returns: the best point found, its value, iterations used and the method.
  /// - Complexity: O(iterations × cost of the objective).
  public func minimize(from start: SIMD2<Double>, _ objective: Objective) -> Result {
    let bfgs = runBFGS(from: start, objective)
    if bfgs.isConverged { return bfgs }
    let nm = runNelderMead(from: bfgs.value.isFinite ? bfgs.point : start, objective)
    // Polish with BFGS from the simplex's best point: it converges fast once close.
    let polished = runBFGS(from: nm.point, objective)
    let best = polished.value <= nm.value ? polished : nm
    return Result(
      point: best.point, value: best.value,
      iterations: bfgs.iterations + nm.iterations + polished.iterations,
      method: .nelderMead, isConverged: polished.isConverged || nm.isConverged)
  }

  private func inBox(_ x: SIMD2<Double>) -> Bool {
    abs(x.x) <= bound && abs(x.y) <= bound
  }

  private func safeValue(_ x: SIMD2<Double>, _ f: Objective) -> (Double, SIMD2<Double>) {
    guard inBox(x) else { return (.infinity, .zero) }
    let r = f(x)
    guard r.value.isFinite, r.gradient.x.isFinite, r.gradient.y.isFinite else {
      return (.infinity, .zero)
    }
    return (r.value, r.gradient)
  }

  private func runBFGS(from start: SIMD2<Double>, _ f: Objective) -> Result {
    var x = start
    var (fx, g) = safeValue(x, f)
    guard fx.isFinite else {
      return Result(point: x, value: fx, iterations: 0, method: .bfgs, isConverged: false)
    }
    // Inverse-Hessian approximation, rows h0 and h1.
    var h0 = SIMD2<Double>(1, 0)
    var h1 = SIMD2<Double>(0, 1)
    let gradientTolerance = 1e-6 * max(1, abs(fx))
    for iteration in 1...maximumIterations {
      var p = -SIMD2((h0 * g).sum(), (h1 * g).sum())
      var slope = (p * g).sum()
      if !(slope < 0) {
        h0 = SIMD2(1, 0)
        h1 = SIMD2(0, 1)
        p = -g
        slope = (p * g).sum()
      }
      // Cap a step at 5 in log-parameter space: e⁵ ≈ 150× is as far as one step should go.
      let length = max(abs(p.x), abs(p.y))
      if length > 5 {
        p *= 5 / length
        slope = (p * g).sum()
      }
      var step = 1.0
      var accepted: (SIMD2<Double>, Double, SIMD2<Double>)?
      while step > 1e-14 {
        let trial = x + step * p
        let (ft, gt) = safeValue(trial, f)
        if ft <= fx + 1e-4 * step * slope {
          accepted = (trial, ft, gt)
          break
        }
        step *= 0.5
      }
      guard let (xNew, fNew, gNew) = accepted else {
        // No decrease possible along the descent direction: at the optimum to machine
        // precision if the gradient is small, otherwise stuck.
        let small = max(abs(g.x), abs(g.y)) <= gradientTolerance
        return Result(
          point: x, value: fx, iterations: iteration, method: .bfgs, isConverged: small)
      }
      let s = xNew - x
      let y = gNew - g
      let decrease = fx - fNew
      x = xNew
      fx = fNew
      g = gNew
      if decrease <= valueTolerance, max(abs(g.x), abs(g.y)) <= gradientTolerance {
        return Result(point: x, value: fx, iterations: iteration, method: .bfgs, isConverged: true)
      }
      let sy = (s * y).sum()
      if sy > 1e-14 {
        // H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ
        let rho = 1 / sy
        let hy = SIMD2((h0 * y).sum(), (h1 * y).sum())
        let yhy = (y * hy).sum()
        let c = (1 + rho * yhy) * rho
        h0 += c * s.x * s - rho * (hy.x * s + s.x * hy)
        h1 += c * s.y * s - rho * (hy.y * s + s.y * hy)
      }
    }
    return Result(
      point: x, value: fx, iterations: maximumIterations, method: .bfgs, isConverged: false)
  }

  private func runNelderMead(from start: SIMD2<Double>, _ f: Objective) -> Result {
    func value(_ x: SIMD2<Double>) -> Double { safeValue(x, f).0 }
    var simplex = [start, start + SIMD2(0.5, 0), start + SIMD2(0, 0.5)]
    var values = simplex.map(value)
    var iterations = 0
    while iterations < 5_000 {
      iterations += 1
      let order = [0, 1, 2].sorted { values[$0] < values[$1] }
      simplex = order.map { simplex[$0] }
      values = order.map { values[$0] }
      let spread = abs(values[2] - values[0])
      let size = max(
        spread2(simplex[1], simplex[0]), spread2(simplex[2], simplex[0]))
      if spread <= valueTolerance * 1e-3, size < 1e-10 { break }
      let centroid = (simplex[0] + simplex[1]) / 2
      let reflected = centroid + (centroid - simplex[2])
      let fr = value(reflected)
      if fr < values[0] {
        let expanded = centroid + 2 * (centroid - simplex[2])
        let fe = value(expanded)
        if fe < fr {
          simplex[2] = expanded
          values[2] = fe
        } else {
          simplex[2] = reflected
          values[2] = fr
        }
      } else if fr < values[1] {
        simplex[2] = reflected
        values[2] = fr
      } else {
        let contracted =
          fr < values[2]
          ? centroid + 0.5 * (reflected - centroid) : centroid + 0.5 * (simplex[2] - centroid)
        let fc = value(contracted)
        if fc < min(fr, values[2]) {
          simplex[2] = contracted
          values[2] = fc
        } else {
          for i in 1...2 {
            simplex[i] = simplex[0] + 0.5 * (simplex[i] - simplex[0])
            values[i] = value(simplex[i])
          }
        }
      }
    }
    let best = values.indices.min { values[$0] < values[$1] }!
    return Result(
      point: simplex[best], value: values[best], iterations: iterations, method: .nelderMead,
      isConverged: values[best].isFinite)
  }
}

private func spread2(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Double {
  max(abs(a.x - b.x), abs(a.y - b.y))
}
