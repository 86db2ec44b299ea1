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
  ///
  /// Trial 37, T37-19: an excess is a "recent spike" only when the as-of month falls below the
  /// account's average by more than its own swing in the 6 months before the window
  /// (``RevenueSignals/volatility(_:)``, the `usage_volatility` signal); a $0 as-of month is
  /// said as billed nothing (in arrears, or gone); and usage accounts billed above their
  /// average are quoted against it (what they would add at the as-of month's rate). The
  /// severity reads what is left: the excess less the usual swings and that addition.
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
          let runRate = 12 &* max(revenue.mrr(account: s.account, month: last), 0)
          let quality = s.qualityAdjustedARR
          var kind = RunRateExcess.Kind.spike
          if quality > runRate {
            if runRate == 0 {
              kind = .billedNothing
            } else if s.recurringARR > 0 {
              // The account's own swing before the 3-month window (trial 37, T37-19: usage
              // that alternates $100 / $1,000 every month was "a recent spike").
              let before = RunRateExcess.monthsBeforeWindow(
                revenue, account: s.account, last: last)
              let fall = 1 - Double(runRate) / Double(s.recurringARR)
              let swing = before.withUnsafeBufferPointer { RevenueSignals.volatility($0) }
              if fall <= swing { kind = .withinSwing }
            }
          }
          tally.add(
            account: s.account, quality: quality, runRate: runRate, recurring: s.recurringARR,
            probability: s.retentionProbability, kind: kind)
        }
        return tally
      }
    }.reduce(into: RunRateExcess()) { $0.merge($1) }
    let share = tally.share(of: scoring.qualityAdjustedARR)
    guard let largest = tally.largest, RunRateExcess.severity(share: share) != nil
    else { return nil }
    let stake = Double(tally.atStake) / Double(scoring.qualityAdjustedARR)
    let severity: Finding.Severity = stake >= Finding.aboveRunRateWarningShare ? .warning : .info
    let label = company.withAccountRows { $0.quotedLabel(largest.account) }
    let message =
      Self.aboveRunRateMessage(
        tally, share: share, label: label, asOf: f.month(company.asOf), f: f)
    return Finding(
      code: .qualityAboveRunRate, severity: severity, message: message, weight: share)
  }

  /// The words of `quality_above_run_rate` for `tally`.
  static func aboveRunRateMessage(
    _ tally: RunRateExcess, share: Double, label: String, asOf: String, f: NumberFormat
  ) -> String {
    guard let largest = tally.largest else { return "" }
    let count = tally.count
    let one = count == 1
    var out =
      "\(one ? "1 usage account's" : "\(f.integer(count)) usage accounts'") "
      + "quality-adjusted ARR exceeds 12 × what \(one ? "it bills" : "they bill") in "
      + "\(asOf), by \(f.compactMoney(cents: tally.excess)) in all "
      + "(\(f.percent(share)) of quality-adjusted ARR): usage counts at its 3-month average"
      + (largest.kind == .spike ? ", which keeps a recent spike in" : "")
      + " (largest: \(label), \(f.compactMoney(cents: largest.quality)) against "
      + (largest.runRate == 0
        ? "nothing billed in \(asOf))."
        : "\(f.compactMoney(cents: largest.runRate)) billed at the current rate).")
    /// "It", "All 20 of them" or "3 of them".
    func subject(_ n: Int) -> String {
      one ? "It" : n == count ? "All \(f.integer(n))" : "\(f.integer(n)) of them"
    }
    if tally.billedNothing > 0 {
      let n = tally.billedNothing
      out +=
        " \(subject(n)) billed nothing in \(asOf): usage billed in arrears and not yet billed "
        + "for the month, or \(n == 1 ? "an account that left" : "accounts that left")."
    }
    if tally.withinSwing > 0 {
      let n = tally.withinSwing
      let its = n == 1 ? "its" : "their"
      out +=
        " \(subject(n)) \(n == 1 ? "bills" : "bill") below \(its) average by no more than "
        + "\(its) own month-to-month swing in the 6 months before the window (usage "
        + "volatility): \(its) average is \(its) usual level, not a spike."
    }
    if tally.aboveAverage > 0 {
      let n = tally.aboveAverage
      out +=
        " Against it, \(n == 1 ? "1 usage account bills" : "\(f.integer(n)) usage accounts bill") "
        + "above \(n == 1 ? "its" : "their") 3-month average in \(asOf): at that month's rate "
        + "\(n == 1 ? "it" : "they") would add \(f.compactMoney(cents: tally.aboveAverageGain)) "
        + "of quality-adjusted ARR."
    }
    let stake = tally.atStake
    guard stake > 0 else {
      return out
        + " On balance, usage counted at the as-of month's rate would not lower "
        + "quality-adjusted ARR."
    }
    let spikes = tally.count - tally.billedNothing - tally.withinSwing
    let condition =
      spikes > 0 && tally.billedNothing > 0
      ? "If the spikes do not recur and the accounts billing nothing have left"
      : spikes > 0
        ? "If the spikes do not recur"
        : tally.billedNothing == 1 ? "If it has left" : "If they have left"
    out += " \(condition), quality-adjusted ARR is overstated by up to "
    guard stake < tally.excess else { return out + "that much." }
    var less: [String] = []
    if tally.withinSwing > 0 { less.append("the usual swings") }
    if tally.aboveAverage > 0 { less.append("what the accounts above their average would add") }
    return out
      + "\(f.compactMoney(cents: stake)) (the excess less \(less.joined(separator: " and ")))."
  }
}

/// The excess of usage contracts' quality-adjusted ARR over their run-rate (12 × as-of MRR),
/// summed over the accounts above it, for ``Analysis/aboveRunRate(_:scoring:f:)``.
struct RunRateExcess: Sendable, Equatable {
  /// Why an account's quality-adjusted ARR is above its run-rate (trial 37, T37-19).
  enum Kind: Sendable, Equatable {
    /// Its as-of month is below its average by more than its own swing.
    case spike
    /// It billed nothing in the as-of month (usage billed in arrears, or gone).
    case billedNothing
    /// Its as-of month is below its average by no more than its own swing before the window.
    case withinSwing
  }

  /// Accounts whose quality-adjusted ARR is above their run-rate.
  var count = 0
  /// Σ (quality-adjusted ARR − run-rate) over them, cents.
  var excess: Int64 = 0
  /// Of them, those that billed nothing in the as-of month.
  var billedNothing = 0
  /// Of them, those below their average by no more than their own swing, and their excess.
  var withinSwing = 0
  var withinSwingExcess: Int64 = 0
  /// Usage accounts billed above their 3-month average in the as-of month, and the
  /// quality-adjusted ARR they would add counted at that month's rate:
  /// Σ retention probability × (run-rate − recurring ARR), cents.
  var aboveAverage = 0
  var aboveAverageGain: Int64 = 0
  /// The account with the largest excess (the first of equals).
  var largest: (account: Int, quality: Int64, runRate: Int64, kind: Kind)?

  static func == (a: Self, b: Self) -> Bool {
    a.count == b.count && a.excess == b.excess && a.billedNothing == b.billedNothing
      && a.withinSwing == b.withinSwing && a.withinSwingExcess == b.withinSwingExcess
      && a.aboveAverage == b.aboveAverage && a.aboveAverageGain == b.aboveAverageGain
      && a.largest?.account == b.largest?.account && a.largest?.quality == b.largest?.quality
      && a.largest?.runRate == b.largest?.runRate && a.largest?.kind == b.largest?.kind
  }

  /// What the finding says quality-adjusted ARR may be overstated by: the excess less the
  /// accounts within their usual swing and less what the accounts above their average would
  /// add, never below 0.
  var atStake: Int64 { max(0, excess &- withinSwingExcess &- aboveAverageGain) }

  /// Counts one usage contract: its excess when its quality-adjusted ARR is above its
  /// run-rate; what it would add when it bills above its average (run-rate above recurring
  /// ARR); nothing otherwise.
  mutating func add(
    account: Int, quality: Int64, runRate: Int64, recurring: Int64 = 0,
    probability: Double = 0, kind: Kind = .spike
  ) {
    let over = quality &- runRate
    guard over > 0 else {
      if runRate > recurring, recurring > 0 {
        aboveAverage += 1
        aboveAverageGain &+= Int64((Double(runRate &- recurring) * probability).rounded())
      }
      return
    }
    count += 1
    excess &+= over
    if kind == .billedNothing { billedNothing += 1 }
    if kind == .withinSwing {
      withinSwing += 1
      withinSwingExcess &+= over
    }
    if over > (largest.map { $0.quality &- $0.runRate } ?? 0) {
      largest = (account, quality, runRate, kind)
    }
  }

  /// Adds the tally of the accounts after this one's (a later range of accounts): the same as
  /// adding them one by one here, the largest still the first of equals.
  mutating func merge(_ later: RunRateExcess) {
    count += later.count
    excess &+= later.excess
    billedNothing += later.billedNothing
    withinSwing += later.withinSwing
    withinSwingExcess &+= later.withinSwingExcess
    aboveAverage += later.aboveAverage
    aboveAverageGain &+= later.aboveAverageGain
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
    share < Finding.aboveRunRateShare
      ? nil : share >= Finding.aboveRunRateWarningShare ? .warning : .info
  }

  /// An account's MRR in the months before the 3-month window that ends at `last`: the row
  /// ``RevenueSignals/volatility(_:)`` reads its last 6 of (its swing before the window).
  static func monthsBeforeWindow(_ revenue: RevenueMatrix, account: Int, last: Int) -> [Int64] {
    let end = last - 2  // the window is last-2...last
    let start = max(0, end - RevenueSignals.volatilityWindow)
    return (start..<max(start, end)).map { revenue.mrr(account: account, month: $0) }
  }
}
