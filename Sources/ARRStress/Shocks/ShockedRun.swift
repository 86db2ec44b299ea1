import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRScoring

/// What a stress column reads from the company it runs on, and nothing more: its ARR ladder,
/// trailing retention, each account's recurring MRR and liveness.
///
/// For the base (and any scenario that leaves the data alone) these come from the base
/// analysis. After a data shock they are recomputed on the stressed company with the same
/// definitions as the metrics and scoring stages, but without what a shock cannot change or the
/// stress table does not read: no bridge, cohorts, concentration or split, no backtest, fit,
/// calibration or projection (the base run's model and calibration are kept on purpose,
/// `docs/stress.md`).
struct ShockedRun: Sendable {
  /// The company the column runs on: the base company, or the stressed one.
  var company: Company
  /// Headline, recurring and committed ARR.
  var ladder: ARRLadder
  /// Trailing 12-month NDR, GRR and logo retention.
  var trailingRetention: TrailingRetention
  /// Recurring MRR per account, cents.
  var recurringMRR: [Int64]
  /// Whether each account is live at the as-of month (``Scoring/isLive(recurringMRR:asOfMRR:trialStatus:hasStarted:)``).
  var isLive: [Bool]

  /// The base column's run: every value as the base analysis gave it.
  /// - Parameters:
  ///   - base: The base analysis.
  ///   - isLive: Its scores' liveness (``StressedAccounts/isLive`` of the base state, made
  ///     once for every column).
  init(base: Analysis, isLive: [Bool]) {
    company = base.company
    ladder = base.metrics.ladder
    trailingRetention = base.metrics.trailingRetention
    recurringMRR = base.metrics.recurringMRR
    self.isLive = isLive
  }

  /// The run of a stressed company: ladder, trailing retention, recurring MRR and liveness
  /// recomputed by the metrics and scoring stages' own definitions.
  /// - Parameter stressed: The company after the scenario's data shocks.
  /// - Complexity: O(accounts × 13) for trailing retention plus O(accounts) for the rest.
  init(stressed: Company) {
    company = stressed
    // One pass of account facts for the ladder and recurring MRR (not three).
    (ladder, recurringMRR, _) = ARRLadder.computeWithAccountMRR(stressed)
    trailingRetention = TrailingRetention.compute(stressed)
    isLive = Scoring.liveness(stressed, recurringMRR: recurringMRR)
  }
}
