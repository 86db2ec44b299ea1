extension ShiftedBetaGeometric {
  /// Discounted expected lifetime of a customer at acquisition, in periods of revenue:
  /// DEL(d | α, β) = Σ_{t≥0} S(t)/(1+d)ᵗ = ₂F₁(1, β; α+β; 1/(1+d)) (Fader & Hardie, "Customer-
  /// Base Valuation in a Contractual Setting", Marketing Science 29(1), 2010). The first
  /// period's payment arrives at once and is not discounted.
  /// - Parameter discountRate: d per period (e.g. 0.10 for 10% a year on annual contracts),
  ///   d > 0.
  /// - Returns: DEL, or `nan` when d ≤ 0 (the undiscounted sum diverges when α ≤ 1).
  /// - Complexity: O(log(1e-17) / log(1/(1+d))) series terms.
  public func discountedExpectedLifetime(discountRate: Double) -> Double {
    guard discountRate > 0 else { return .nan }
    return SpecialFunctions.hypergeometric2F1(1, beta, alpha + beta, 1 / (1 + discountRate))
  }

  /// Discounted expected residual lifetime of a customer who has made n−1 renewals and is
  /// about to decide on the n-th (Fader & Hardie 2010):
  /// DERL(d | α, β, n−1) = Σ_{t≥n} S(t)/S(n−1) / (1+d)^{t−n}
  ///                     = (β+n−1)/(α+β+n−1) · ₂F₁(1, β+n; α+β+n; 1/(1+d)).
  /// The next payment, due if she renews, is not discounted.
  /// - Parameters:
  ///   - discountRate: d per period, d > 0.
  ///   - renewals: renewals already made, n − 1 ≥ 0.
  /// - Returns: DERL, or `nan` when d ≤ 0 or renewals < 0.
  /// - Complexity: as ``discountedExpectedLifetime(discountRate:)``.
  public func discountedExpectedResidualLifetime(discountRate: Double, renewals: Int) -> Double {
    guard discountRate > 0, renewals >= 0 else { return .nan }
    let n = Double(renewals + 1)
    let retention = (beta + n - 1) / (alpha + beta + n - 1)
    return retention
      * SpecialFunctions.hypergeometric2F1(1, beta + n, alpha + beta + n, 1 / (1 + discountRate))
  }
}
