import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fitted sBG model with what it was fitted on.
public struct SBGFit: Sendable {
  /// The maximum-likelihood parameters.
  public var model: ShiftedBetaGeometric
  /// The maximised log-likelihood (in the scale of the data: counts give the paper's figure,
  /// percentages give it divided by the cohort size over 100).
  public var logLikelihood: Double
  /// Optimiser iterations used.
  public var iterations: Int
  /// Which optimiser produced the answer (BFGS, or Nelder–Mead when BFGS stalled).
  public var method: Minimizer2D.Method
  /// Observed survival as fractions of period 0, t = 0…n. For several cohorts, the pooled
  /// product of period-on-period retention over the cohorts observed in both periods.
  public var observedSurvival: [Double]
  /// The model's S(t) over the same periods.
  public var fittedSurvival: [Double]
  /// Number of cohorts fitted.
  public var cohortCount: Int
}

extension ShiftedBetaGeometric {
  /// Fits α, β by maximum likelihood to one cohort's survivors (Fader & Hardie 2007).
  ///
  /// Those lost in each period contribute ln P(T=t); those still alive at the last period are
  /// right-censored and contribute ln S(n).
  /// - Parameter survivalCounts: survivors at periods 0, 1, …, n; counts (1000, 631, …) or
  ///   percentages (100, 63.1, …).
  /// - Returns: the fit.
  /// - Throws: `ARRQualityError` (`.dataError`) for a series that is too short, negative,
  ///   increasing, or that cannot identify the model (see ``SBGLikelihood/init(cohorts:)``).
  /// - Complexity: O(iterations × n).
  public static func fit(survivalCounts: [Double]) throws(ARRQualityError) -> SBGFit {
    try fit(cohorts: [survivalCounts])
  }

  /// Fits α, β by maximum likelihood to a triangle of cohorts (Fader & Hardie, "Fitting the sBG
  /// Model to Multi-Cohort Data"): cohort i observed for nᵢ periods adds its own likelihood,
  /// with its survivors at nᵢ censored.
  /// - Parameter cohorts: survivors at periods 0…nᵢ for each cohort.
  /// - Returns: the fit.
  /// - Throws: `ARRQualityError` (`.dataError`) for invalid or unidentifiable data, including
  ///   data observed for one period only (``requireTwoPeriods(_:)``).
  /// - Complexity: O(iterations × longest cohort + total values).
  public static func fit(cohorts: [[Double]]) throws(ARRQualityError) -> SBGFit {
    let likelihood = try SBGLikelihood(cohorts: cohorts)
    try requireTwoPeriods(likelihood)
    var minimizer = Minimizer2D()
    minimizer.valueTolerance = 1e-9
    let result = minimizer.minimize(from: SIMD2(0, 0)) { x in
      let r = likelihood.valueAndGradient(logAlpha: x.x, logBeta: x.y)
      return (-r.value, SIMD2(-r.gradient.0, -r.gradient.1))
    }
    guard result.value.isFinite else {
      throw .data("cannot fit the sBG model: the likelihood could not be evaluated")
    }
    let model = ShiftedBetaGeometric(alpha: exp(result.point.x), beta: exp(result.point.y))
    let observed = pooledObservedSurvival(cohorts)
    return SBGFit(
      model: model, logLikelihood: -result.value, iterations: result.iterations,
      method: result.method, observedSurvival: observed,
      fittedSurvival: model.survivalCurve(through: observed.count - 1),
      cohortCount: cohorts.count)
  }

  /// Refuses data observed for one period only (trial 30, T30-6): one period gives one
  /// retention rate, the mean α/(α+β) of the churn probabilities, and says nothing about how
  /// they spread, so every (α, β) on that ridge fits equally well and the optimiser returned its
  /// starting point (α/(α+β) = 0.1 for `100,90`, `1,0.9` and a one-period triangle alike),
  /// printing a 12-period curve twice the constant-rate reading at period 12. The honest answer
  /// is the one rate, held constant, which the message gives.
  /// - Throws: `ARRQualityError` (`.dataError`) naming the one observed rate.
  static func requireTwoPeriods(_ likelihood: SBGLikelihood) throws(ARRQualityError) {
    guard likelihood.periods < 2, let lost = likelihood.lostWeights.first,
      let kept = likelihood.censoredWeights.first, lost + kept > 0
    else { return }
    let tenths = Int((1000 * kept / (lost + kept)).rounded())
    throw .data(
      "cannot fit the sBG model: only period 1 is observed, which gives one retention rate "
        + "(\(tenths / 10).\(tenths % 10)%); the model's two parameters need at least two "
        + "periods (3 values, e.g. 100,63.1,46.8); with one period, the honest projection is "
        + "that rate held constant")
  }

  /// Observed survival pooled over cohorts: the product over t of
  /// Σᵢ survivorsᵢ(t) / Σᵢ survivorsᵢ(t−1), summing only cohorts observed at t. For one cohort
  /// this is survivors(t) / survivors(0).
  static func pooledObservedSurvival(_ cohorts: [[Double]]) -> [Double] {
    if cohorts.count == 1, let first = cohorts[0].first, first > 0 {
      return cohorts[0].map { $0 / first }  // exact, rather than a product of ratios
    }
    let longest = cohorts.map(\.count).max() ?? 0
    var curve: [Double] = longest > 0 ? [1] : []
    var s = 1.0
    var t = 1
    while t < longest {
      var now = 0.0
      var before = 0.0
      for c in cohorts where c.count > t {
        now += c[t]
        before += c[t - 1]
      }
      s *= before > 0 ? now / before : 0
      curve.append(s)
      t += 1
    }
    return curve
  }
}
