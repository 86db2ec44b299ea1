import ARRCore
import ARRMetrics
import ARRScoring

extension Analysis {
  /// `quality_above_run_rate`: usage contracts whose quality-adjusted ARR exceeds 12 × what
  /// they bill in the as-of month (render review 35, R35-1: recurring ARR counts usage at its
  /// trailing 3-month average, so a spike in the last three months is carried into it; one
  /// account billing $180,627 a year read $368,120 quality-adjusted, and 65 accounts of
  /// ai-hypergrowth ended above their run-rate by $384,686 in all, with nothing said). Raised
  /// when the excess is at least ``Finding/aboveRunRateShare`` of quality-adjusted ARR; names
  /// the account with the largest excess.
  /// - Returns: The finding, or `nil`.
  /// - Complexity: O(accounts).
  static func aboveRunRate(_ company: Company, scoring: ScoringResult, f: NumberFormat)
    -> Finding?
  {
    let last = company.monthCount - 1
    guard last >= 0, scoring.qualityAdjustedARR > 0 else { return nil }
    let revenue = company.revenue
    var count = 0
    var excess: Int64 = 0
    var largest: (account: Int, quality: Int64, runRate: Int64)?
    company.withAccountRows { rows in
      for s in scoring.scores where s.isLive {
        let terms = rows.terms(s.account)
        guard
          RecurringRevenue.treatment(trial: terms.trialStatus, contract: terms.contractType)
            == .usageAveraged
        else { continue }
        let runRate = 12 &* max(revenue.mrr(account: s.account, month: last), 0)
        let over = s.qualityAdjustedARR &- runRate
        guard over > 0 else { continue }
        count += 1
        excess &+= over
        if over > (largest.map { $0.quality &- $0.runRate } ?? 0) {
          largest = (s.account, s.qualityAdjustedARR, runRate)
        }
      }
    }
    let share = Double(excess) / Double(scoring.qualityAdjustedARR)
    guard let largest, share >= Finding.aboveRunRateShare else { return nil }
    let label = company.withAccountRows { $0.quotedLabel(largest.account) }
    let message =
      "\(count == 1 ? "1 usage account's" : "\(f.integer(count)) usage accounts'") "
      + "quality-adjusted ARR exceeds 12 × what \(count == 1 ? "it bills" : "they bill") in "
      + "\(f.month(company.asOf)), by \(f.compactMoney(cents: excess)) in all "
      + "(\(f.percent(share)) of quality-adjusted ARR): usage counts at its 3-month average, "
      + "which keeps a recent spike in (largest: \(label), "
      + "\(f.compactMoney(cents: largest.quality)) against \(f.compactMoney(cents: largest.runRate)) "
      + "billed at the current rate). If the spikes do not recur, quality-adjusted ARR is "
      + "overstated by up to that much."
    return Finding(
      code: .qualityAboveRunRate, severity: share >= 0.05 ? .warning : .info, message: message,
      weight: share)
  }
}
