import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Analysis {
  /// `short_history`: fewer than ``Finding/shortHistoryMonths`` months of data, or of revenue
  /// history, which counts from the first month any account paid (session 19, usage lane;
  /// trial 18b, G13: twelve months of rows whose first ten are all $0 are two months of
  /// history). When the months observed lost logos at a rate that, compounded over 12 months,
  /// falls outside the priors' P10–P90 of projected logo retention, the finding says so beside
  /// that range, and gives quality-adjusted ARR at that rate (`observed`,
  /// ``observedLogoChurn(company:metrics:scoring:projection:)``).
  /// - Returns: The finding, or `nil` with enough history.
  static func shortHistory(
    company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    projection: ProjectionResult?, observed: ObservedLogoChurn?, f: NumberFormat
  ) -> Finding? {
    let first = firstRevenueMonth(metrics)
    let revenueMonths = first.map { company.asOf.months(since: $0) + 1 } ?? 0
    guard
      company.monthCount < Finding.shortHistoryMonths
        || revenueMonths < Finding.shortHistoryMonths
    else { return nil }
    let source =
      scoring.configuredWeights.isDocumentedDefault
      ? "the documented defaults" : "the `--weights` file"
    let data = count(company.monthCount, "month", f)
    var message: String
    if let first, revenueMonths < company.monthCount {
      message = "Only \(count(revenueMonths, "month", f)) of revenue history (the data covers "
      message += "\(data); no account paid before \(f.month(first)))"
    } else if first == nil {
      message = "No month with revenue in \(data) of data"
    } else {
      message = "Only \(data) of history"
    }
    message += ": scores and retention use \(source), not this company's own churn (priors only "
    message += "— not enough history), and no projection could be checked against a year of "
    message += "outcomes (that needs \(Finding.shortHistoryMonths) months)."
    // Session 27, t27b lane (trial 25, T25-4): the projection is said unproven here and beside
    // its figures in the summary.
    if projection?.forecast != nil {
      message += " Projected NDR and GRR are therefore unproven, and the summary says so beside "
      message += "them."
    }
    // Measured once, by the analysis: set only when the months observed contradict the range.
    if let observed, let range = projection?.forecast?.logoRetentionRange {
      message += contradiction(
        (observed.lost, observed.atRisk, observed.months), range: range, f: f)
      message += " At that rate quality-adjusted ARR would be "
      message += "\(f.compactMoney(cents: observed.qualityAdjustedARR)), not the "
      message += "\(f.compactMoney(cents: scoring.qualityAdjustedARR)) the priors give"
      // Session 28, t28a lane (T25-2 follow-up): the projected retention at that rate too.
      if let fc = projection?.forecast {
        let pct = { (x: Double) in f.percent(x, decimals: fc.precision.isFew ? 0 : 1) }
        message += ", and the projected 12-month NDR \(pct(observed.projectedNDR)), GRR "
        message += "\(pct(observed.projectedGRR)) and logo retention "
        message += "\(pct(observed.projectedLogoRetention)), not the priors' \(pct(fc.ndr)), "
        message += "\(pct(fc.grr)) and \(pct(fc.logoRetention)): each account that can leave "
        message += "within the year kept at that rate, with its own expansion and contraction"
      }
      message += "."
    }
    return Finding(code: .shortHistory, severity: .warning, message: message, weight: 4)
  }

  /// The first month any account paid (MRR > 0): the oldest cohort's start (``Cohorts``).
  static func firstRevenueMonth(_ metrics: CompanyMetrics) -> Month? {
    metrics.cohorts.cohorts.first?.startMonth
  }

  /// Logos lost over the months after `first` up to as-of: each month's accounts paying the
  /// month before (at risk) and those of them paying 0 this month (lost), summed; `nil` when
  /// no month after `first` had an account at risk.
  /// - Complexity: O(accounts × months since `first`).
  static func observedLogoChurn(_ company: Company, from first: Month) -> (
    lost: Int, atRisk: Int, months: Int
  )? {
    let start = company.offset(of: first)
    let last = company.monthCount - 1
    guard start >= 0, start < last else { return nil }
    var lost = 0
    var atRisk = 0
    for a in 0..<company.accountCount {
      for m in (start + 1)...last where company.revenue.mrr(account: a, month: m - 1) > 0 {
        atRisk += 1
        if company.revenue.mrr(account: a, month: m) == 0 { lost += 1 }
      }
    }
    return atRisk > 0 ? (lost, atRisk, last - start) : nil
  }

  /// Least departures that make a compounded rate below the P10 worth saying, and least
  /// departures the P90's rate must have expected for none-or-few to be worth saying.
  static let contradictionDepartures = 2

  /// The sentence that says the months observed contradict the priors' range, or "".
  ///
  /// The observed monthly logo churn q = lost ÷ at risk, compounded, keeps (1 − q)¹² of logos
  /// in 12 months. Below the range's P10 with at least 2 departures, or above its P90 when the
  /// P90's own monthly rate, 1 − P90^(1/12), expected at least 2 departures among those at
  /// risk, the data so far contradicts the priors.
  static func contradiction(
    _ seen: (lost: Int, atRisk: Int, months: Int), range: PercentileRange, f: NumberFormat
  ) -> String {
    guard let isBelow = contradicts(seen, range: range) else { return "" }
    let q = Double(seen.lost) / Double(seen.atRisk)
    let kept = pow(1 - q, 12)
    let what =
      " In the \(count(seen.months, "month", f)) observed it lost \(f.integer(seen.lost)) of "
      + "\(f.integer(seen.atRisk)) paying accounts at risk (\(f.percent(q)) a month), which "
      + "compounded over 12 months keeps \(f.percent(kept)) of logos, "
    let edge =
      isBelow
      ? "below the P10 of \(f.percent(range.p10))" : "above the P90 of \(f.percent(range.p90))"
    return what + edge + " the priors give projected logo retention (P10–P90 "
      + "\(f.percent(range.p10))–\(f.percent(range.p90))): the company's own months contradict the "
      + "priors."
  }
}
