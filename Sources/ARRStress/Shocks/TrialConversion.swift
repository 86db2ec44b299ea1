import ARRCore

/// The base probability that an active trial converts, learned from the company's own trials.
public struct TrialConversion: Sendable, Equatable {
  /// Trials resolved in the data needed to use the company's own rate.
  public static let minimumResolvedTrials = 10
  /// The rate used when fewer trials are resolved: a documented default (see `docs/stress.md`).
  public static let defaultProbability = 0.25

  /// Accounts with `trial_status` `converted`.
  public var converted: Int
  /// Accounts with `trial_status` `expired`.
  public var expired: Int
  /// `converted ÷ (converted + expired)` when at least ``minimumResolvedTrials`` are resolved,
  /// else ``defaultProbability``.
  public var probability: Double
  /// True when ``probability`` is the default.
  public var isDefault: Bool
  /// The median of the converted trials' first paid MRR in the data (cents; the lower middle
  /// value of an even count), `nil` when no converted trial pays in any month of the data:
  /// what a converted trial has paid here, so a free trial's conversion can be priced in words
  /// (the report's stress notes) without guessing a price (render review 30, R30-14).
  public var medianConvertedMRR: Int64?
  /// The earliest start month of a resolved trial: the window ``probability`` pools, named
  /// where it is printed (render review 38, R38-9: "59.5%" pooled every trial since 2024-11
  /// beside a table whose latest months convert at 52.5%); `nil` without a resolved trial.
  public var firstResolvedMonth: Month?

  /// The conversion history of `company`.
  /// - Parameter company: The company.
  /// - Returns: Counts, the probability and the converted trials' median first paid MRR.
  /// - Complexity: O(accounts + converted trials × months + c log c) for c converted trials.
  public init(_ company: Company) {
    var c = 0
    var e = 0
    var firstPaid: [Int64] = []
    var first: Month?
    let revenue = company.revenue
    for (i, a) in company.accounts.enumerated() {
      if a.trialStatus == .converted || a.trialStatus == .expired {
        first = min(first ?? a.startDate.month, a.startDate.month)
      }
      if a.trialStatus == .converted {
        c += 1
        if let m = (0..<company.monthCount).lazy.map({ revenue.mrr(account: i, month: $0) })
          .first(where: { $0 > 0 })
        {
          firstPaid.append(m)
        }
      } else if a.trialStatus == .expired {
        e += 1
      }
    }
    converted = c
    expired = e
    firstResolvedMonth = first
    firstPaid.sort()
    medianConvertedMRR = firstPaid.isEmpty ? nil : firstPaid[(firstPaid.count - 1) / 2]
    isDefault = c + e < Self.minimumResolvedTrials
    probability = isDefault ? Self.defaultProbability : Double(c) / Double(c + e)
  }

  /// `p` with its odds multiplied by `k`: `k·p / (1 − p + k·p)`; `p` itself when `k == 1`.
  /// - Parameters:
  ///   - p: A probability, 0–1.
  ///   - k: The odds multiplier, ≥ 0.
  /// - Returns: The new probability, 0–1 (0 when `k == 0`; `p` when `p` is 0 or 1 and `k > 0`).
  public static func scaleOdds(_ p: Double, by k: Double) -> Double {
    if k == 1 || p <= 0 { return max(0, p) }
    if k == 0 { return 0 }
    if p >= 1 { return 1 }
    return min(1, max(0, k * p / (1 - p + k * p)))
  }
}
