/// Active trials at the as-of month and the ARR they are expected to bring.
public struct TrialOutlook: Sendable, Equatable {
  /// Accounts with `trial_status` `active`.
  public var accounts: Int
  /// 12 × their as-of MRR, cents.
  public var arr: Int64
  /// Probability that an active trial converts (after the scenario's `trial_conversion`).
  public var conversionProbability: Double
  /// round(12 × Σ as-of MRR × conversion probability), cents.
  public var expectedARR: Int64
}
