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
  /// One weight per signal, indexed by ``Signal/rawValue``, then one per custom activity
  /// signal, in ``customKeys`` order (index ``Signal/count`` + k).
  public var weights: [Double]
  /// Keys of the custom activity signals weighted after the built-in ones
  /// (``ActivitySignals/keys(of:)`` of each activity column); empty for the defaults, which
  /// give every custom signal weight 0 (``including(activityColumns:)``).
  public var customKeys: [String]
  /// Scores at or above this (and below ``atRiskThreshold``) are wavering.
  public var waveringThreshold: Double
  /// Scores at or above this are at risk.
  public var atRiskThreshold: Double
  /// 12-month retention probability per class (indexed by ``RevenueClass/index``) when the
  /// history is too short for a backtest.
  public var defaultRetention: [Double]

  /// Creates weights; `weights` must hold one value per signal and per custom key, and
  /// `defaultRetention` three.
  public init(
    intercept: Double, weights: [Double], waveringThreshold: Double, atRiskThreshold: Double,
    defaultRetention: [Double], customKeys: [String] = []
  ) {
    precondition(
      weights.count == Signal.count + customKeys.count && defaultRetention.count == 3)
    self.intercept = intercept
    self.weights = weights
    self.customKeys = customKeys
    self.waveringThreshold = waveringThreshold
    self.atRiskThreshold = atRiskThreshold
    self.defaultRetention = defaultRetention
  }

  /// The weight of one signal.
  public subscript(signal: Signal) -> Double {
    get { weights[signal.rawValue] }
    set { weights[signal.rawValue] = newValue }
  }

  /// The weight of a custom activity signal by key; `nil` when the key is not among
  /// ``customKeys``.
  public func customWeight(_ key: String) -> Double? {
    customKeys.firstIndex(of: key).map { weights[Signal.count + $0] }
  }

  /// These weights for a company whose activity columns are `names`: the custom keys become
  /// exactly those columns' signals, in column order, each keeping its weight here when it has
  /// one (a weights file set it) and weight 0 otherwise (the default: a custom signal scores
  /// only when fitted or configured).
  /// - Parameter names: The activity columns' names (``ActivityColumn/name``).
  /// - Returns: The weights, one per built-in and custom signal.
  /// - Complexity: O(signals × custom keys).
  public func including(activityColumns names: [String]) -> RiskWeights {
    let keys = names.flatMap { ActivitySignals.keys(of: $0) }
    if keys == customKeys { return self }
    var w = self
    w.weights = Array(weights[0..<Signal.count]) + keys.map { customWeight($0) ?? 0 }
    w.customKeys = keys
    return w
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
  /// - Parameter values: One value per weight (``Signal/count`` plus the custom signals).
  /// - Returns: The log-odds of churn.
  /// - Complexity: O(signals).
  @inlinable
  public func logOdds(_ values: UnsafeBufferPointer<Double>) -> Double {
    weightedSum(values) + intercept
  }

  /// `Σ weight × value` over the signals with a value, in signal order: the log-odds without
  /// the intercept. The intercept is added last, so a caller that stores these sums and adds an
  /// intercept adjusted later gets exactly ``logOdds(_:)`` of the adjusted weights.
  /// - Parameter values: One value per ``Signal`` then per custom key (`.nan` = none).
  /// - Returns: The weighted sum.
  /// - Complexity: O(signals).
  @inlinable
  public func weightedSum(_ values: UnsafeBufferPointer<Double>) -> Double {
    var z = 0.0
    for i in 0..<weights.count {
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
