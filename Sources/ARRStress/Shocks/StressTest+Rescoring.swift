import ARRAnalysis
import ARRScoring

extension StressTest {
  /// The state after a data shock: recurring MRR and liveness from the stressed run; touched
  /// accounts re-scored from their stressed signals with the base run's model, thresholds and
  /// retention calibration (``Scoring/riskScores(of:in:model:)``); lost accounts at
  /// probability 0.
  ///
  /// A usage fall never makes an account look safer (and a rise never riskier): with
  /// `usage_change` < 0 a touched account keeps the lower of its base and re-scored
  /// probabilities, with > 0 the higher. Scaling three of the six months the volatility signal
  /// reads can make a growing account's revenue look steadier, which is an artefact of the
  /// shock, not news about the account.
  /// - Complexity: O(accounts + touched × months).
  static func rescored(
    _ run: ShockedRun, base: Analysis, state: StressedAccounts, shock: CompanyShock.Result,
    usageChange: Double
  ) -> StressedAccounts {
    var s = state
    s.recurringMRR = run.recurringMRR
    s.isLive = run.isLive
    let model = base.scoring.weightsUsed
    let classRetention = base.scoring.classRetention
    let survivor = base.scoring.backtest?.total.shrunkSurvivorDollarRetention ?? 1
    let scores = Scoring.riskScores(of: shock.touched, in: run.company, model: model)
    for (i, score) in zip(shock.touched, scores) {
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
