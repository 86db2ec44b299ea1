import ARRAnalysis
import ARRCore
import ARRScoring

/// Per-account state of one column, in account order (parallel arrays).
public struct StressedAccounts: Sendable, Equatable {
  /// Recurring MRR, cents.
  public var recurringMRR: [Int64]
  /// Class after the shocks.
  public var revenueClass: [RevenueClass]
  /// 12-month retention probability after the shocks.
  public var retentionProbability: [Double]
  /// `1 + price_change` for accounts renewing within 12 months, else 1.
  public var priceFactor: [Double]
  /// Paying or in an active trial at the as-of month (counts as a logo).
  public var isLive: [Bool]

  /// round(12 × recurring MRR × retention probability × min(price factor, 1)) of account `i`,
  /// cents, half away from zero (the price factor is left out when it is 1, so the base is
  /// exact). A price rise is expansion: it raises what stayers pay, projected NDR, never the
  /// share of today's ARR expected to stay (trial 37, T37-20: +20% read quality-adjusted ARR
  /// above recurring ARR and a negative expected loss); a price cut is lost ARR and lowers it.
  /// - Parameter i: Account index.
  /// - Returns: The account's quality-adjusted ARR.
  public func qualityAdjustedARR(_ i: Int) -> Int64 {
    let arr = Double(12 * recurringMRR[i])
    let f = min(priceFactor[i], 1)
    return Money.round(f == 1 ? arr * retentionProbability[i] : arr * retentionProbability[i] * f)
  }
}

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
