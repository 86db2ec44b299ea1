/// The point projection at one keep rate for every account that can leave (session 28, t28a
/// lane; trial 25, T25-2 follow-up): a short history whose own logo churn contradicts the
/// priors is projected at that churn too (`docs/projection.md`, "Projected retention at the
/// observed churn").
extension ForecastPlan {
  /// Expected 12-month NDR, GRR and logo retention of the paying accounts (the point
  /// projection that gives the mean, ``RetentionForecast/ndr``) with every account that can
  /// leave within the year staying with probability `keep` instead of its own P(stay).
  ///
  /// An account a term or a notice dated after the year holds (the plan's `isLocked`) stays
  /// with probability 1, and one certain to leave (retention probability 0: a notice dated
  /// within the year) with 0, as quality-adjusted ARR at the observed churn keeps their scored
  /// figures. Every account keeps its contract type's contraction and expansion, so with m the
  /// MRR at as-of, s = 1 for a held account, 0 for one leaving, and `keep` otherwise:
  /// - logo retention = Σ s ÷ accounts;
  /// - GRR = Σ m·s·(1 − c) ÷ Σ m;
  /// - NDR = Σ m·s·(1 − c + e) ÷ Σ m.
  /// - Parameter keep: The chance of staying the year, 0–1.
  /// - Returns: The three figures, or `nil` when no account pays at as-of.
  /// - Complexity: O(paying accounts + buckets).
  public func expected(
    keepingEveryLeavable keep: Double
  ) -> (ndr: Double, grr: Double, logoRetention: Double)? {
    guard !accounts.isEmpty else { return nil }
    return simulation(adjustments: nil, keep: min(max(keep, 0), 1)).simulation.expected
  }
}
