#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The risk model: an intercept and one weight per ``Signal`` on the log-odds scale, the class
/// thresholds on the 0–100 score, and the per-class retention used when there is no history.
///
/// The risk score is `100 × σ(intercept + Σ weight × value)`, σ the logistic function: with
/// the default weights it reads as a rough 12-month churn probability in percent, and with
/// weights fitted to the company's own churn (see ``LogisticFit``) it is exactly the model's
/// predicted probability. Every default is justified in `docs/scoring.md`.
public struct RiskWeights: Sendable, Equatable {
  /// Log-odds of churn for an annual account billed annually with no other signal.
  public var intercept: Double
  /// One weight per signal, indexed by ``Signal/rawValue``.
  public var weights: [Double]
  /// Scores at or above this (and below ``atRiskThreshold``) are wavering.
  public var waveringThreshold: Double
  /// Scores at or above this are at risk.
  public var atRiskThreshold: Double
  /// 12-month retention probability per class (indexed by ``RevenueClass/index``) when the
  /// history is too short for a backtest.
  public var defaultRetention: [Double]

  /// Creates weights; `weights` must hold one value per signal and `defaultRetention` three.
  public init(
    intercept: Double, weights: [Double], waveringThreshold: Double, atRiskThreshold: Double,
    defaultRetention: [Double]
  ) {
    precondition(weights.count == Signal.count && defaultRetention.count == 3)
    self.intercept = intercept
    self.weights = weights
    self.waveringThreshold = waveringThreshold
    self.atRiskThreshold = atRiskThreshold
    self.defaultRetention = defaultRetention
  }

  /// The weight of one signal.
  public subscript(signal: Signal) -> Double {
    get { weights[signal.rawValue] }
    set { weights[signal.rawValue] = newValue }
  }

  /// The documented defaults (`docs/scoring.md` gives the reason for each).
  public static let defaults: RiskWeights = {
    var w = RiskWeights(
      intercept: -3.0, weights: Array(repeating: 0, count: Signal.count),
      waveringThreshold: 15, atRiskThreshold: 40, defaultRetention: [0.95, 0.75, 0.40])
    w[.monthToMonth] = 1.5
    w[.usageContract] = 1.3
    w[.pilot] = 2.0
    w[.multiYear] = -0.7
    w[.billedMonthly] = 0.3
    w[.billedQuarterly] = 0.1
    w[.billedInArrears] = 0.3
    w[.billedUpfront] = -0.3
    w[.trialActive] = 2.0
    w[.trialConvertedRecently] = 0.8
    w[.trialExpired] = 3.0
    w[.usageDecline] = 2.5
    w[.zeroUsageMonths] = 2.0
    w[.usageVolatility] = 0.8
    w[.mrrContraction] = 1.5
    w[.newAccount] = 0.6
    w[.renewalDue] = 0.5
    w[.cancellationNotice] = 4.0
    w[.cancelled] = 5.0
    w[.seatUnderuse] = 1.5
    w[.fewIntegrations] = 0.6
    w[.pastDue] = 1.2
    w[.belowCommitment] = 1.0
    w[.unknownTerms] = 0.9
    return w
  }()

  /// Allowed range of the intercept and of every weight.
  public static let weightRange: ClosedRange<Double> = -10...10
  /// Allowed range of the thresholds.
  public static let thresholdRange: ClosedRange<Double> = 0...100
  /// Allowed range of a default retention.
  public static let retentionRange: ClosedRange<Double> = 0...1

  /// `Σ weight × value + intercept`, skipping `.nan` values (unavailable or unknown signals
  /// add nothing).
  /// - Parameter values: ``Signal/count`` signal values.
  /// - Returns: The log-odds of churn.
  /// - Complexity: O(signals).
  @inlinable
  public func logOdds(_ values: UnsafeBufferPointer<Double>) -> Double {
    weightedSum(values) + intercept
  }

  /// `Σ weight × value` over the signals with a value, in signal order: the log-odds without
  /// the intercept. The intercept is added last, so a caller that stores these sums and adds an
  /// intercept adjusted later gets exactly ``logOdds(_:)`` of the adjusted weights.
  /// - Parameter values: One value per ``Signal`` (`.nan` = none).
  /// - Returns: The weighted sum.
  /// - Complexity: O(signals).
  @inlinable
  public func weightedSum(_ values: UnsafeBufferPointer<Double>) -> Double {
    var z = 0.0
    for i in 0..<Signal.count {
      let v = values[i]
      if !v.isNaN { z += weights[i] * v }
    }
    return z
  }

  /// The 0–100 risk score of a log-odds value: `100 × 1 / (1 + e^−z)`.
  /// - Parameter logOdds: Log-odds of churn.
  /// - Returns: The score.
  @inlinable
  public static func score(logOdds z: Double) -> Double {
    100 / (1 + exp(-z))
  }
}
