import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The sBG log-likelihood of one or more cohorts' survivor counts, with its analytic gradient
/// in log-parameters (Fader & Hardie 2007; multi-cohort form from their note
/// "Fitting the sBG Model to Multi-Cohort Data").
///
/// A cohort observed for n periods with survivors n₀ ≥ n₁ ≥ … ≥ nₙ contributes
/// Σₜ (nₜ₋₁ − nₜ)·ln P(T=t) for those lost in period t, plus nₙ·ln S(n) for those still alive
/// (right-censored). Cohorts add, so the whole triangle reduces to two weight vectors: the
/// number lost at each t, and the number censored at each t.
public struct SBGLikelihood: Sendable {
  /// Customers lost in period t, summed over cohorts (index t − 1).
  public private(set) var lostWeights: [Double]
  /// Customers still alive when their cohort's observation ends at t (index t − 1).
  public private(set) var censoredWeights: [Double]

  /// Builds the likelihood from survivor series, one per cohort, each starting at period 0.
  /// - Parameter cohorts: survivors at periods 0, 1, …, nᵢ for each cohort (counts or
  ///   percentages; only their ratios matter to the fit, their scale sets the log-likelihood's).
  /// - Throws: `ARRQualityError` of kind `.invalidData` when a lone series has fewer than two
  ///   values (in a triangle, a cohort with only period 0 is allowed and adds nothing, but one
  ///   cohort must reach period 1), a cohort has no values, a value that is negative or not finite, period 0 not positive, or survivors that
  ///   increase; or when the data cannot identify the model (nobody lost, or everybody lost
  ///   in the first period).
  /// - Complexity: O(total number of values).
  public init(cohorts: [[Double]]) throws(ARRQualityError) {
    var lost: [Double] = []
    var censored: [Double] = []
    var problems: [String] = []
    for (i, series) in cohorts.enumerated() {
      let name = cohorts.count == 1 ? "survival series" : "cohort \(i + 1)"
      // The newest cohort of a triangle may be observed only at period 0: nobody in it has
      // had a chance to leave, so it adds nothing to the likelihood. Alone, it fits nothing.
      guard series.count >= 2 else {
        if series.count == 0 || cohorts.count == 1 {
          problems.append(
            "\(name) has \(series.count) value(s); expected at least 2 (period 0 and 1)")
        } else if !(series[0].isFinite && series[0] > 0) {
          problems.append("\(name): period 0 must be positive, found \(series[0])")
        }
        continue
      }
      if let bad = series.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
        problems.append("\(name), period \(bad): \(series[bad]) is not a count ≥ 0")
        continue
      }
      guard series[0] > 0 else {
        problems.append("\(name): period 0 must be positive, found \(series[0])")
        continue
      }
      if let up = (1..<series.count).first(where: { series[$0] > series[$0 - 1] }) {
        problems.append(
          "\(name), period \(up): \(series[up]) exceeds period \(up - 1) (\(series[up - 1])); "
            + "survivors cannot increase")
        continue
      }
      let n = series.count - 1
      if lost.count < n {
        lost += Array(repeating: 0, count: n - lost.count)
        censored += Array(repeating: 0, count: n - censored.count)
      }
      for t in 1...n { lost[t - 1] += series[t - 1] - series[t] }
      censored[n - 1] += series[n]
    }
    if cohorts.isEmpty { problems.append("no cohorts given") }
    if problems.isEmpty, lost.isEmpty, !cohorts.isEmpty {
      problems.append("no cohort is observed past period 0; expected one with periods 0 and 1")
    }
    if !problems.isEmpty {
      throw .data("cannot fit the sBG model: " + problems.joined(separator: "; "))
    }
    if lost.allSatisfy({ $0 == 0 }) {
      throw .data(
        "cannot fit the sBG model: no customer was lost, so retention is 100% and churn "
          + "heterogeneity cannot be estimated")
    }
    if censored.allSatisfy({ $0 == 0 }) && lost.dropFirst().allSatisfy({ $0 == 0 }) {
      throw .data(
        "cannot fit the sBG model: every customer was lost in the first period, so "
          + "retention is 0% and cannot be projected")
    }
    lostWeights = lost
    censoredWeights = censored
  }

  /// The longest observation window, in periods.
  public var periods: Int { lostWeights.count }

  /// The log-likelihood at (α, β).
  /// - Parameter model: the parameters.
  /// - Returns: the log-likelihood (−∞ where a probability underflows to zero).
  /// - Complexity: O(periods).
  public func logLikelihood(_ model: ShiftedBetaGeometric) -> Double {
    evaluate(alpha: model.alpha, beta: model.beta).value
  }

  /// The log-likelihood and its gradient with respect to (ln α, ln β).
  /// - Parameters:
  ///   - logAlpha: ln α.
  ///   - logBeta: ln β.
  /// - Returns: the value and ∂/∂ln α, ∂/∂ln β.
  /// - Complexity: O(periods).
  public func valueAndGradient(logAlpha: Double, logBeta: Double) -> (
    value: Double, gradient: (Double, Double)
  ) {
    let alpha = exp(logAlpha)
    let beta = exp(logBeta)
    let r = evaluate(alpha: alpha, beta: beta)
    return (r.value, (alpha * r.dAlpha, beta * r.dBeta))
  }

  /// ln P(t) = ln α + Σ_{j<t−1} ln(β+j) − Σ_{j<t} ln(α+β+j); ln S(t) = Σ_{j<t} [ln(β+j) −
  /// ln(α+β+j)]. Running sums of the logs and of their derivatives give all t in one pass.
  private func evaluate(alpha: Double, beta: Double) -> (
    value: Double, dAlpha: Double, dBeta: Double
  ) {
    var value = 0.0
    var dA = 0.0
    var dB = 0.0
    var sumLogAB = 0.0  // Σ_{j<t} ln(α+β+j)
    var sumInvAB = 0.0  // Σ_{j<t} 1/(α+β+j)
    var sumLogB = 0.0  // Σ_{j<t−1} ln(β+j), then advanced to j<t
    var sumInvB = 0.0
    let logAlpha = log(alpha)
    for t in 1...periods {
      let j = Double(t - 1)
      sumLogAB += log(alpha + beta + j)
      sumInvAB += 1 / (alpha + beta + j)
      let lost = lostWeights[t - 1]
      if lost > 0 {
        value += lost * (logAlpha + sumLogB - sumLogAB)
        dA += lost * (1 / alpha - sumInvAB)
        dB += lost * (sumInvB - sumInvAB)
      }
      sumLogB += log(beta + j)
      sumInvB += 1 / (beta + j)
      let alive = censoredWeights[t - 1]
      if alive > 0 {
        value += alive * (sumLogB - sumLogAB)
        dA -= alive * sumInvAB
        dB += alive * (sumInvB - sumInvAB)
      }
    }
    return (value, dA, dB)
  }
}
