/// The shifted-beta-geometric (sBG) model of contract duration (Fader & Hardie, "How to
/// Project Customer Retention", Journal of Interactive Marketing 21(1), 2007).
///
/// Each customer renews at the end of every period with her own constant probability 1 − θ;
/// θ varies across customers as Beta(α, β). A cohort's retention rate therefore rises with
/// tenure: the customers likely to leave leave first.
public struct ShiftedBetaGeometric: Sendable, Equatable {
  /// Beta shape α (> 0); a larger α means more churn-prone customers.
  public var alpha: Double
  /// Beta shape β (> 0); a larger β means more loyal customers.
  public var beta: Double

  /// Below this, α or β has run to 0: the likelihood was maximised at a bound.
  public static let degenerateBelow = 0.001
  /// Above this, α or β has run to ∞ (both together: one churn rate for every customer, the
  /// geometric limit, where the parameters themselves carry no meaning).
  public static let degenerateAbove = 10_000.0

  /// True when α or β lies outside ``degenerateBelow``…``degenerateAbove``: a fit there sits
  /// at a bound of the parameter space, not at an interior maximum, and is not reported as
  /// fitted (`docs/projection.md`).
  public var isDegenerate: Bool {
    !(alpha >= Self.degenerateBelow && alpha <= Self.degenerateAbove
      && beta >= Self.degenerateBelow && beta <= Self.degenerateAbove)
  }

  /// True when α and β both ran past ``degenerateAbove``: the geometric limit, one churn rate
  /// α/(α+β) for every customer (no heterogeneity), where the ratio is all the fit identifies.
  /// Whether that ratio is stable is the caller's test (``Projection``'s curves compare it with
  /// the observed churn).
  public var isGeometricLimit: Bool {
    alpha > Self.degenerateAbove && beta > Self.degenerateAbove && alpha.isFinite && beta.isFinite
      && meanChurn > 0 && meanChurn < 1
  }

  /// Creates the model with both shape parameters, which must be positive and finite.
  public init(alpha: Double, beta: Double) {
    self.alpha = alpha
    self.beta = beta
  }

  /// P(T = t): the probability that a new customer's last period is t, i.e. she churns at the
  /// end of period t (P(T=1) = α/(α+β), P(T=t) = P(T=t−1)·(β+t−2)/(α+β+t−1)).
  /// - Parameter t: the period, t ≥ 1; returns 0 for t < 1.
  /// - Returns: the probability.
  /// - Complexity: O(t).
  public func churnProbability(at t: Int) -> Double {
    guard t >= 1 else { return 0 }
    var p = alpha / (alpha + beta)
    if t == 1 { return p }
    for k in 2...t {
      p *= (beta + Double(k) - 2) / (alpha + beta + Double(k) - 1)
    }
    return p
  }

  /// S(t): the probability that a new customer is still a customer after t periods (has renewed
  /// t times), S(0) = 1, S(t) = S(t−1)·r(t).
  /// - Parameter t: the period, t ≥ 0; returns 1 for t ≤ 0.
  /// - Returns: the survival probability.
  /// - Complexity: O(t).
  public func survival(_ t: Int) -> Double {
    guard t >= 1 else { return 1 }
    var s = 1.0
    for k in 1...t { s *= retentionRate(k) }
    return s
  }

  /// r(t) = S(t)/S(t−1) = (β+t−1)/(α+β+t−1): the share of customers alive at t−1 who renew at
  /// the end of period t. Rises towards 1 with t.
  /// - Parameter t: the period, t ≥ 1.
  /// - Returns: the retention rate.
  public func retentionRate(_ t: Int) -> Double {
    (beta + Double(t) - 1) / (alpha + beta + Double(t) - 1)
  }

  /// S(0), …, S(horizon) in one pass.
  /// - Parameter horizon: the last period, ≥ 0.
  /// - Returns: `horizon + 1` survival probabilities starting with 1.
  /// - Complexity: O(horizon).
  public func survivalCurve(through horizon: Int) -> [Double] {
    var curve = [1.0]
    curve.reserveCapacity(max(horizon, 0) + 1)
    var s = 1.0
    var t = 1
    while t <= horizon {
      s *= retentionRate(t)
      curve.append(s)
      t += 1
    }
    return curve
  }

  /// The mean churn probability E[θ] = α/(α+β): the churn a brand-new cohort shows in its first
  /// period, and the constant churn a model without heterogeneity would assume.
  public var meanChurn: Double { alpha / (alpha + beta) }
}
