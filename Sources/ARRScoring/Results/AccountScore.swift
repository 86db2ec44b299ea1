/// What the scores of one run share: the company and the model, so that an account's signals
/// and reasons can be worked out when asked for instead of for every account up front.
final class ScoringContext: Sendable {
  let measurer: SignalMeasurer
  let weights: RiskWeights

  init(measurer: SignalMeasurer, weights: RiskWeights) {
    self.measurer = measurer
    self.weights = weights
  }
}

/// One account's risk score, class, reasons and retention probability at the as-of month.
public struct AccountScore: Sendable {
  /// Index into `company.accounts`.
  public var account: Int
  /// 0–100: `100 × σ(log-odds)` under the model used (``ScoringResult/weightsUsed``).
  public var riskScore: Double
  public var revenueClass: RevenueClass
  /// Recurring MRR in cents (``RecurringRevenue/recurringMRR(of:)``).
  public var recurringMRR: Int64
  /// Probability-weighted share of this account's recurring ARR expected to remain in 12 months.
  public var retentionProbability: Double
  /// Paying (MRR or recurring MRR > 0) or in an active trial at the as-of month; only live
  /// accounts count as logos in the class mix.
  public var isLive: Bool
  let context: ScoringContext

  init(
    account: Int, riskScore: Double, revenueClass: RevenueClass, recurringMRR: Int64,
    retentionProbability: Double, isLive: Bool, context: ScoringContext
  ) {
    self.account = account
    self.riskScore = riskScore
    self.revenueClass = revenueClass
    self.recurringMRR = recurringMRR
    self.retentionProbability = retentionProbability
    self.isLive = isLive
    self.context = context
  }

  /// 12 × recurring MRR, cents.
  public var recurringARR: Int64 { 12 * recurringMRR }

  /// `round(recurring ARR × retention probability)`, cents, half away from zero.
  public var qualityAdjustedARR: Int64 {
    Money.round(Double(recurringARR) * retentionProbability)
  }

  /// `recurring ARR − quality-adjusted ARR`, cents: the ARR expected to be lost in 12 months.
  public var arrAtRisk: Int64 { recurringARR - qualityAdjustedARR }

  /// Every signal's value (computed on access).
  /// - Complexity: O(months).
  public var signals: [SignalValue] {
    let v = context.measurer.values(account)
    return Signal.allCases.map {
      SignalValue(signal: $0, value: v[$0.rawValue].isNaN ? nil : v[$0.rawValue])
    }
  }

  /// The top risk-raising reasons in words, largest contribution first (at most three); empty
  /// for retained accounts. Computed on access.
  /// - Complexity: O(months).
  public var reasons: [String] {
    guard revenueClass != .retained else { return [] }
    return Reasons.top(account: account, context: context, limit: 3)
  }
}
