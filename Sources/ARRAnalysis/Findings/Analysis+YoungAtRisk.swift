import ARRCore
import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Analysis {
  /// The at-risk accounts that are there for being new: with no backtest (priors only: the
  /// weights were not checked against this company's churn), those whose score without the
  /// `new_account` signal's part would fall below the at-risk threshold. Their class then says
  /// the data is young, not that they are failing (session 29; render review 28, R28-16:
  /// seed-example, two months of data, put all 37 accounts in the at-risk class, each
  /// "month-to-month, billed monthly; new account (1 month of tenure)": −3.0 + 1.5 + 0.3 +
  /// 0.55 + 0.4 = −0.25, 43.8%, and 31.0% without the 0.55 of being new, wavering).
  ///
  /// With a backtest the weights were checked (or fitted) against the company's own churn, so
  /// tenure counts as evidence and nothing is said.
  /// - Parameter s: The company's scoring.
  /// - Returns: The accounts and their recurring ARR (cents); (0, 0) with a backtest or when
  ///   `new_account` does not raise a score.
  /// - Complexity: O(at-risk accounts × months), only without a backtest.
  static func youngAtRisk(_ s: ScoringResult) -> (accounts: Int, recurringARR: Int64) {
    let w = s.weightsUsed
    let weight = w[.newAccount]
    guard s.backtest == nil, weight > 0 else { return (0, 0) }
    var accounts = 0
    var arr: Int64 = 0
    for score in s.scores where score.isClassed && score.revenueClass == .atRisk {
      guard let v = s.signals(for: score)[Signal.newAccount.rawValue].value, v > 0,
        score.riskScore < 100
      else { continue }
      let p = score.riskScore / 100
      let older = RiskWeights.score(logOdds: log(p / (1 - p)) - weight * v)
      if RevenueClass.of(score: older, weights: w) != .atRisk {
        accounts += 1
        arr += score.recurringARR
      }
    }
    return (accounts, arr)
  }

  /// ``youngAtRisk(_:)`` in words for `at_risk_arr`: "all 37 would be wavering or retained but
  /// for being new (under 12 months of tenure): with no history to check the weights, that says
  /// the data is young, not that these accounts are failing", "30 of them ($6.00K) would be …",
  /// "it would be …" for a class of one; `nil` when none.
  static func youngAtRiskWords(
    _ s: ScoringResult, atRisk: ClassSummary, f: NumberFormat
  ) -> String? {
    let young = youngAtRisk(s)
    guard young.accounts > 0 else { return nil }
    let who =
      young.accounts == atRisk.accounts
      ? (young.accounts == 1 ? "it" : "all \(f.integer(young.accounts))")
      : "\(f.integer(young.accounts)) of them (\(f.compactMoney(cents: young.recurringARR)))"
    let them = young.accounts == 1 ? "this account is" : "these accounts are"
    return "\(who) would be wavering or retained but for being new (under 12 months of tenure): "
      + "with no history to check the weights, that says the data is young, not that \(them) "
      + "failing"
  }
}
