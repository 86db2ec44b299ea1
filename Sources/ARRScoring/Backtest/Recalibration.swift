#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The documented default weights' intercept moved to the company's own base churn rate
/// (`docs/scoring.md`, "Recalibrating the intercept"), so that the default score reads as this
/// company's 12-month churn probability and not a generic one.
///
/// On the backtest's fit rows (scored at the base month with the default weights, log-odds
/// zᵢ, and their outcomes), the shift δ solves mean σ(zᵢ + δ) = q, where q is the observed churn
/// rate shrunk toward the default weights' own mean prediction p̄ by
/// ``Shrinkage/priorAccounts`` pseudo-accounts: q = (churners + n₀ p̄) ÷ (rows + n₀). So no
/// churner among a few accounts lowers the scores without making anyone certain to stay, and
/// thousands of rows leave q at the observed rate. A shift moves every score the same way on
/// the log-odds scale: the ranking (AUC) is unchanged.
///
/// Judged out of sample: the fit rows' folds are the fitted model's cross-validation folds
/// (fit row `j` in fold `j mod` ``Scoring/crossValidationFolds``; every other scored account in
/// the fold of the fit row before it), each fold's accounts are scored with the shift fitted
/// on the other folds, and the calibration and classes of the backtest are those scores'.
/// Today's scores use the shift fitted on every fit row.
public struct Recalibration: Sendable, Equatable {
  /// δ fitted on every fit row: added to the intercept for today's scores.
  public var interceptShift: Double
  /// δ fitted without each fold, by fold.
  public var foldShifts: [Double]
  /// Fit rows the shift is fitted on.
  public var accounts: Int
  /// Of those, the churned.
  public var churners: Int
  /// The default weights' mean predicted 12-month churn over those rows, p̄.
  public var configuredChurn: Double
  /// The rate the shift is fitted to, q (the observed rate shrunk toward p̄).
  public var targetChurn: Double

  /// `churners ÷ accounts`.
  public var observedChurn: Double { accounts > 0 ? Double(churners) / Double(accounts) : 0 }

  /// Fits the shifts.
  /// - Parameters:
  ///   - logOdds: The fit rows' log-odds under the default weights, in fit-row order.
  ///   - outcomes: Their churn.
  ///   - folds: Number of folds.
  /// - Returns: The recalibration; `nil` without rows.
  /// - Complexity: O(folds × iterations × rows).
  static func fit(logOdds: [Double], outcomes: [Bool], folds: Int) -> Recalibration? {
    guard !logOdds.isEmpty else { return nil }
    let all = solve(logOdds: logOdds, outcomes: outcomes) { _ in true }
    let shifts = (0..<folds).map { fold in
      solve(logOdds: logOdds, outcomes: outcomes) { $0 % folds != fold }.shift
    }
    return Recalibration(
      interceptShift: all.shift, foldShifts: shifts, accounts: logOdds.count,
      churners: outcomes.count(where: { $0 }), configuredChurn: all.configured,
      targetChurn: all.target)
  }

  /// The shift for the rows `isIncluded` keeps (all rows when it keeps none).
  static func solve(
    logOdds z: [Double], outcomes y: [Bool], isIncluded: (Int) -> Bool
  ) -> (shift: Double, configured: Double, target: Double) {
    var rows = z.indices.filter(isIncluded)
    if rows.isEmpty { rows = Array(z.indices) }
    let n = Double(rows.count)
    var predicted = 0.0
    var churned = 0.0
    for i in rows {
      predicted += sigmoid(z[i])
      if y[i] { churned += 1 }
    }
    let configured = predicted / n
    let n0 = Shrinkage.priorAccounts
    let target = (churned + n0 * configured) / (n + n0)
    // mean σ(z + δ) rises with δ from 0 to 1, and 0 < target < 1 whenever configured is: a
    // safeguarded Newton search on a bracket finds the one root.
    var lo = -30.0
    var hi = 30.0
    var delta = 0.0
    for _ in 0..<100 {
      var mean = 0.0
      var slope = 0.0
      for i in rows {
        let p = sigmoid(z[i] + delta)
        mean += p
        slope += p * (1 - p)
      }
      mean /= n
      slope /= n
      let gap = mean - target
      if abs(gap) < 1e-12 { break }
      if gap > 0 { hi = delta } else { lo = delta }
      var next = slope > 0 ? delta - gap / slope : .nan
      if !(next > lo && next < hi) { next = (lo + hi) / 2 }
      if abs(next - delta) < 1e-12 { break }
      delta = next
    }
    return (delta, configured, target)
  }

  static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}
