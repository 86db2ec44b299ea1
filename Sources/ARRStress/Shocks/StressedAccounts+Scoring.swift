import ARRAnalysis
import ARRScoring

extension StressedAccounts {
  /// The base run's per-account state: recurring MRR, class, retention probability and
  /// liveness exactly as scoring gave them, every price factor 1.
  /// - Parameter base: The base analysis.
  /// - Complexity: O(accounts).
  public init(_ base: Analysis) {
    let scores = base.scoring.scores
    recurringMRR = scores.map(\.recurringMRR)
    revenueClass = scores.map(\.revenueClass)
    retentionProbability = scores.map(\.retentionProbability)
    priceFactor = Array(repeating: 1, count: scores.count)
    isLive = scores.map(\.isLive)
  }

  /// The class mix of the state, tallied exactly as scoring tallies it.
  /// - Complexity: O(accounts).
  public var classMix: ClassMix {
    var accounts = [0, 0, 0]
    var arr: [Int64] = [0, 0, 0]
    var quality: [Int64] = [0, 0, 0]
    for i in recurringMRR.indices {
      let c = revenueClass[i].index
      // Classed exactly as scoring classes: live with recurring MRR above zero.
      if isLive[i] && recurringMRR[i] > 0 { accounts[c] += 1 }
      arr[c] += 12 * recurringMRR[i]
      quality[c] += qualityAdjustedARR(i)
    }
    let totalARR = arr.reduce(0, +)
    let totalAccounts = accounts.reduce(0, +)
    return ClassMix(
      classes: (0..<3).map { c in
        ClassSummary(
          accounts: accounts[c], recurringARR: arr[c], qualityAdjustedARR: quality[c],
          arrShare: totalARR > 0 ? Double(arr[c]) / Double(totalARR) : 0,
          logoShare: totalAccounts > 0 ? Double(accounts[c]) / Double(totalAccounts) : 0)
      })
  }
}

extension StressTest {
  /// The state after a data shock: recurring MRR and liveness from the stressed run; touched
  /// accounts re-scored from their stressed signals with the base run's model, thresholds and
  /// retention calibration; lost accounts at probability 0.
  ///
  /// A usage fall never makes an account look safer (and a rise never riskier): with
  /// `usage_change` < 0 a touched account keeps the lower of its base and re-scored
  /// probabilities, with > 0 the higher. Scaling three of the six months the volatility signal
  /// reads can make a growing account's revenue look steadier, which is an artefact of the
  /// shock, not news about the account.
  /// - Complexity: O(accounts + touched × months).
  static func rescored(
    _ run: Analysis, base: Analysis, state: StressedAccounts, shock: CompanyShock.Result,
    usageChange: Double
  ) -> StressedAccounts {
    var s = state
    s.recurringMRR = run.metrics.recurringMRR
    s.isLive = run.scoring.scores.map(\.isLive)
    let model = base.scoring.weightsUsed
    let classRetention = base.scoring.classRetention
    let survivor = base.scoring.backtest?.total.shrunkSurvivorDollarRetention ?? 1
    var values = [Double](repeating: .nan, count: model.weights.count)
    for i in shock.touched {
      let scored = run.scoring.scores[i]
      for v in scored.signals { values[v.signal.rawValue] = v.value ?? .nan }
      // Custom activity signals (none unless monthly.csv has activity columns), by key.
      for v in scored.activitySignals {
        if let k = model.customKeys.firstIndex(of: v.key) {
          values[Signal.count + k] = v.value ?? .nan
        }
      }
      let score = values.withUnsafeBufferPointer {
        RiskWeights.score(logOdds: model.logOdds($0))
      }
      let cls = RevenueClass.of(score: score, weights: model)
      var p = classRetention?[cls.index] ?? (1 - score / 100) * survivor
      if usageChange < 0 { p = min(p, state.retentionProbability[i]) }
      if usageChange > 0 { p = max(p, state.retentionProbability[i]) }
      s.revenueClass[i] = cls
      s.retentionProbability[i] = p
    }
    for i in shock.lost { s.retentionProbability[i] = 0 }
    return s
  }
}
