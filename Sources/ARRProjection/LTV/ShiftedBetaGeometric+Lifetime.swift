extension ShiftedBetaGeometric {
  /// Discounted expected lifetime of a customer at acquisition, in periods of revenue:
  /// DEL(d | α, β) = Σ_{t≥0} S(t)/(1+d)ᵗ = ₂F₁(1, β; α+β; 1/(1+d)) (Fader & Hardie, "Customer-
  /// Base Valuation in a Contractual Setting", Marketing Science 29(1), 2010). The first
  /// period's payment arrives at once and is not discounted.
  ///
  /// At d = 0 it is the undiscounted expected lifetime E[T] = Σ_{t≥0} S(t) = ₂F₁(1, β; α+β; 1),
  /// which by Gauss's theorem is (α+β−1)/(α−1) when α > 1. When α ≤ 1, S(t) falls only like
  /// t^−α (the beta mixing puts so much weight near θ = 0 that some customers practically
  /// never leave) and the sum diverges: the result is +∞, and
  /// ``lifetimeDivergenceNote(discountRate:)`` says why in words.
  /// - Parameter discountRate: d per period (e.g. 0.10 for 10% a year on annual contracts),
  ///   d ≥ 0.
  /// - Returns: DEL; +∞ when d = 0 and α ≤ 1; `nan` when d < 0 or d is not finite.
  /// - Complexity: O(1) at d = 0; otherwise O(log(1e-17) / log(1/(1+d))) series terms.
  public func discountedExpectedLifetime(discountRate: Double) -> Double {
    guard discountRate.isFinite, discountRate >= 0 else { return .nan }
    if discountRate == 0 { return alpha > 1 ? (alpha + beta - 1) / (alpha - 1) : .infinity }
    return SpecialFunctions.hypergeometric2F1(1, beta, alpha + beta, 1 / (1 + discountRate))
  }

  /// Discounted expected residual lifetime of a customer who has made n−1 renewals and is
  /// about to decide on the n-th (Fader & Hardie 2010):
  /// DERL(d | α, β, n−1) = Σ_{t≥n} S(t)/S(n−1) / (1+d)^{t−n}
  ///                     = (β+n−1)/(α+β+n−1) · ₂F₁(1, β+n; α+β+n; 1/(1+d)).
  /// The next payment, due if she renews, is not discounted.
  ///
  /// At d = 0, Gauss's theorem gives (β+n−1)/(α−1) when α > 1 and +∞ otherwise (see
  /// ``discountedExpectedLifetime(discountRate:)``).
  /// - Parameters:
  ///   - discountRate: d per period, d ≥ 0.
  ///   - renewals: renewals already made, n − 1 ≥ 0.
  /// - Returns: DERL; +∞ when d = 0 and α ≤ 1; `nan` when d < 0, d is not finite or
  ///   renewals < 0.
  /// - Complexity: as ``discountedExpectedLifetime(discountRate:)``.
  public func discountedExpectedResidualLifetime(discountRate: Double, renewals: Int) -> Double {
    guard discountRate.isFinite, discountRate >= 0, renewals >= 0 else { return .nan }
    let n = Double(renewals + 1)
    if discountRate == 0 { return alpha > 1 ? (beta + n - 1) / (alpha - 1) : .infinity }
    let retention = (beta + n - 1) / (alpha + beta + n - 1)
    return retention
      * SpecialFunctions.hypergeometric2F1(1, beta + n, alpha + beta + n, 1 / (1 + discountRate))
  }

  /// Why DEL and DERL are infinite, in words, or `nil` when they are finite.
  ///
  /// Only an undiscounted valuation (d = 0) of a model with α ≤ 1 diverges; reports print this
  /// sentence beside the missing figures instead of leaving a bare `null`.
  /// - Parameter discountRate: d per period.
  /// - Returns: the sentence, e.g. "Without discounting (d = 0) the expected lifetime is
  ///   infinite: α = 0.70 is not above 1, …".
  public func lifetimeDivergenceNote(discountRate: Double) -> String? {
    guard discountRate == 0, !(alpha > 1) else { return nil }
    return "Without discounting (d = 0) the expected lifetime is infinite: α = "
      + twoDecimals(alpha) + " is not above 1, so survival falls only like "
      + "t^−α (some customers practically never leave) and the sum of S(t) diverges. "
      + "DEL and DERL are finite only with a discount rate above 0 or α > 1."
  }

  /// `x` with two decimals, rounded half away from zero, for the sentence above (this module
  /// has no report formatting; `alpha` here is in (0, 1]).
  private func twoDecimals(_ x: Double) -> String {
    guard x.isFinite, abs(x) < 1e15 else { return "\(x)" }
    let hundredths = Int64((abs(x) * 100).rounded())
    let fraction = hundredths % 100
    return (x < 0 && hundredths != 0 ? "-" : "") + "\(hundredths / 100)."
      + (fraction < 10 ? "0" : "") + "\(fraction)"
  }
}
