import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The logo churn a short history's own months show, when it contradicts the priors that
/// quality-adjusted ARR rests on (`docs/metrics.md`, "Quality-adjusted ARR at the observed
/// churn"; trial 25, T25-2: a consumer app losing 8% of its logos a month was valued on B2B
/// priors at 77.7% of headline, while its own months kept 37% of logos a year).
public struct ObservedLogoChurn: Sendable, Equatable {
  /// Paying accounts lost: paying one month, $0 the next, summed over the months observed.
  public var lost: Int
  /// Paying accounts at risk: paying the month before, summed over the months observed.
  public var atRisk: Int
  /// Months observed (each after the first month with revenue, to as-of).
  public var months: Int
  /// True when the rate keeps fewer logos than the priors' P10; false when more than the P90.
  public var isBelowPriors: Bool
  /// Quality-adjusted ARR were every classed account that can leave within the year kept with
  /// probability ``keptIn12Months`` (accounts whose year their terms decide keep their scored
  /// figure: a term or a notice dated after the year, which stay, and a notice dated within
  /// it, which leaves), cents.
  public var qualityAdjustedARR: Int64
  /// The expected 12-month loss at this rate: recurring ARR − ``qualityAdjustedARR``, cents.
  public var expectedLoss: Int64
  /// Projected 12-month NDR, GRR and logo retention (the point projection that gives the
  /// mean, ``RetentionForecast/ndr``) with every paying account that can leave within the year
  /// kept with probability ``keptIn12Months``, those a term or a notice dated after the year
  /// holds at probability 1 and those whose notice falls within it at 0, as in
  /// ``qualityAdjustedARR``; each keeps its contract type's expansion and
  /// contraction (``ForecastPlan/expected(keepingEveryLeavable:)``; session 28, t28a lane).
  public var projectedNDR: Double
  public var projectedGRR: Double
  public var projectedLogoRetention: Double

  /// lost ÷ at risk.
  public var monthlyRate: Double { Double(lost) / Double(atRisk) }
  /// (1 − monthly rate)¹²: the logos kept in 12 months at this rate.
  public var keptIn12Months: Double { pow(1 - monthlyRate, 12) }
}

extension Analysis {
  /// The months observed and the figures at their churn, when the history is short (the
  /// `short_history` finding holds), the projection gives a logo-retention range, and the
  /// observed rate contradicts it (``contradicts(_:range:)``); `nil` otherwise.
  /// - Complexity: O(accounts × months).
  static func observedLogoChurn(
    company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    projection: ProjectionResult?
  ) -> ObservedLogoChurn? {
    guard let first = firstRevenueMonth(metrics),
      company.monthCount < Finding.shortHistoryMonths
        || company.asOf.months(since: first) + 1 < Finding.shortHistoryMonths,
      let range = projection?.forecast?.logoRetentionRange,
      let seen = observedLogoChurn(company, from: first),
      let isBelow = contradicts(seen, range: range)
    else { return nil }
    let kept = pow(1 - Double(seen.lost) / Double(seen.atRisk), 12)
    let asOf = company.asOf
    var adjusted: Int64 = 0
    for s in scoring.scores where s.isClassed {
      let terms = company.terms(of: s.account)
      // Whose year the terms decide keeps its scored figure: a term or a notice dated after
      // the year (it stays), a notice dated within it (it leaves: 0; session 28, t28a lane).
      let isHeld =
        TermLock.holds(terms, asOf: asOf) || DatedNotice.reading(terms, asOf: asOf) != .none
      adjusted += isHeld ? s.qualityAdjustedARR : Money.round(Double(s.recurringARR) * kept)
    }
    // The plan is rebuilt when the projection did not keep it (a run without scenarios):
    // O(accounts), and only for a short history that contradicts the priors.
    let plan = projection?.forecastPlan ?? ForecastPlan(company, scoring: scoring)
    guard let projected = plan.expected(keepingEveryLeavable: kept) else { return nil }
    return ObservedLogoChurn(
      lost: seen.lost, atRisk: seen.atRisk, months: seen.months, isBelowPriors: isBelow,
      qualityAdjustedARR: adjusted, expectedLoss: scoring.recurringARR - adjusted,
      projectedNDR: projected.ndr, projectedGRR: projected.grr,
      projectedLogoRetention: projected.logoRetention)
  }

  /// Whether the observed rate contradicts the priors' projected logo retention `range`: `true`
  /// when, compounded over 12 months, it keeps fewer logos than the P10 with at least
  /// ``contradictionDepartures`` departures; `false` when it keeps more than the P90 and the
  /// P90's own monthly rate, 1 − P90^(1/12), expected at least that many departures among those
  /// at risk; `nil` when it does not contradict them.
  static func contradicts(
    _ seen: (lost: Int, atRisk: Int, months: Int), range: PercentileRange
  ) -> Bool? {
    let kept = pow(1 - Double(seen.lost) / Double(seen.atRisk), 12)
    if kept < range.p10 && seen.lost >= contradictionDepartures { return true }
    let expected = Double(seen.atRisk) * (1 - pow(range.p90, 1.0 / 12))
    if kept > range.p90 && expected >= Double(contradictionDepartures) { return false }
    return nil
  }
}
