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
  /// the account with the largest excess. The as-of month is the company's last column: a
  /// company is always cut at its as-of month (``Company/pointInTime(_:)``, `--as-of`).
  /// - Returns: The finding, or `nil`.
  /// - Complexity: O(accounts).
  static func aboveRunRate(_ company: Company, scoring: ScoringResult, f: NumberFormat)
    -> Finding?
  {
    let last = company.monthCount - 1
    guard last >= 0, scoring.qualityAdjustedARR > 0 else { return nil }
    let revenue = company.revenue
    // Account ranges on every core, their tallies merged in account order (session 41: one
    // thread, the other core idle).
    let ranges = Concurrent.ranges(
      scoring.scores.count, parallelFrom: Concurrent.minimumParallelCells)
    let tally = Concurrent.map(ranges) { _, range in
      company.withAccountRows { rows in
        var tally = RunRateExcess()
        for i in range {
          let s = scoring.scores[i]
          guard s.isLive else { continue }
          let terms = rows.terms(s.account)
          guard
            RecurringRevenue.treatment(trial: terms.trialStatus, contract: terms.contractType)
              == .usageAveraged
          else { continue }
          tally.add(
            account: s.account, quality: s.qualityAdjustedARR,
            runRate: 12 &* max(revenue.mrr(account: s.account, month: last), 0))
        }
        return tally
      }
    }.reduce(into: RunRateExcess()) { $0.merge($1) }
    let share = tally.share(of: scoring.qualityAdjustedARR)
    guard let largest = tally.largest, let severity = RunRateExcess.severity(share: share)
    else { return nil }
    let count = tally.count
    let label = company.withAccountRows { $0.quotedLabel(largest.account) }
    let message =
      "\(count == 1 ? "1 usage account's" : "\(f.integer(count)) usage accounts'") "
      + "quality-adjusted ARR exceeds 12 × what \(count == 1 ? "it bills" : "they bill") in "
      + "\(f.month(company.asOf)), by \(f.compactMoney(cents: tally.excess)) in all "
      + "(\(f.percent(share)) of quality-adjusted ARR): usage counts at its 3-month average, "
      + "which keeps a recent spike in (largest: \(label), "
      + "\(f.compactMoney(cents: largest.quality)) against \(f.compactMoney(cents: largest.runRate)) "
      + "billed at the current rate). If the spikes do not recur, quality-adjusted ARR is "
      + "overstated by up to that much."
    return Finding(
      code: .qualityAboveRunRate, severity: severity, message: message, weight: share)
  }
}

/// The excess of usage contracts' quality-adjusted ARR over their run-rate (12 × as-of MRR),
/// summed over the accounts above it, for ``Analysis/aboveRunRate(_:scoring:f:)``.
struct RunRateExcess: Sendable, Equatable {
  /// Accounts whose quality-adjusted ARR is above their run-rate.
  var count = 0
  /// Σ (quality-adjusted ARR − run-rate) over them, cents.
  var excess: Int64 = 0
  /// The account with the largest excess (the first of equals).
  var largest: (account: Int, quality: Int64, runRate: Int64)?

  static func == (a: Self, b: Self) -> Bool {
    a.count == b.count && a.excess == b.excess && a.largest?.account == b.largest?.account
      && a.largest?.quality == b.largest?.quality && a.largest?.runRate == b.largest?.runRate
  }

  /// Counts one usage contract; nothing when it is at or under its run-rate.
  mutating func add(account: Int, quality: Int64, runRate: Int64) {
    let over = quality &- runRate
    guard over > 0 else { return }
    count += 1
    excess &+= over
    if over > (largest.map { $0.quality &- $0.runRate } ?? 0) {
      largest = (account, quality, runRate)
    }
  }

  /// Adds the tally of the accounts after this one's (a later range of accounts): the same as
  /// adding them one by one here, the largest still the first of equals.
  mutating func merge(_ later: RunRateExcess) {
    count += later.count
    excess &+= later.excess
    if let l = later.largest,
      l.quality &- l.runRate > (largest.map { $0.quality &- $0.runRate } ?? 0)
    {
      largest = l
    }
  }

  /// The excess as a share of the company's quality-adjusted ARR (`total`, > 0).
  func share(of total: Int64) -> Double { Double(excess) / Double(total) }

  /// `nil` under ``Finding/aboveRunRateShare`` (1%), a warning from 5%, information between.
  static func severity(share: Double) -> Finding.Severity? {
    share < Finding.aboveRunRateShare ? nil : share >= 0.05 ? .warning : .info
  }
}
