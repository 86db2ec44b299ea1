import ARRCore
import ARRMetrics
import ARRScoring

/// The projection stage of `analyze` (`docs/projection.md`): sBG curves per segment and contract type,
/// Kaplan–Meier logo survival, LTV per segment, projected 12-month NDR/GRR/logo retention with
/// a seeded range, why it differs from trailing, and the same projection made a year ago
/// checked against what happened. Definitions: `docs/projection.md`.
public enum Projection {
  /// The simulation's fixed seed (2007, the year of the sBG paper).
  public static let defaultSeed: UInt64 = 2007
  /// Simulation paths.
  public static let defaultPaths = 10_000
  /// Annual discount rate when company.json gives none.
  public static let defaultDiscountRate = 0.10
  /// Months between the projection backtest's base month and the as-of month.
  public static let backtestHorizon = 12

  /// Runs the whole projection stage.
  /// - Parameters:
  ///   - company: The company.
  ///   - metrics: Its metrics (``CompanyMetrics/compute(_:)``).
  ///   - scoring: Its scoring (``Scoring/run(_:recurringMRR:weights:)``), with its
  ///     ``ScoringResult/yearAgo``, from which the projection made a year ago forecasts.
  ///   - paths: Simulation paths.
  ///   - seed: Simulation seed.
  /// - Returns: The result.
  /// - Complexity: O(accounts × months) for the spells, plus O(paths × buckets) per
  ///   simulation and one sBG fit per group.
  public static func run(
    _ company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    paths: Int = defaultPaths, seed: UInt64 = defaultSeed
  ) -> ProjectionResult {
    // The projection made a year ago reads the company as known then and the year-ago scores,
    // today's forecast and the curves read the company now: none reads another, so all three
    // are made side by side (session 41: the backtest's point-in-time company and its
    // movements ran on one thread while the other core idled).
    let ((planned, lastYear), survived) = Concurrent.pair(
      {
        Concurrent.pair(
          { plannedForecast(company, scoring: scoring, paths: paths, seed: seed) },
          { backtest(company, metrics: metrics, scoring: scoring, paths: paths, seed: seed) })
      },
      { survival(company, named: scoring.namedSegments(limit: segmentLimit)) })
    return finish(
      company, metrics: metrics, scoring: scoring, planned: planned, survived: survived,
      backtest: lastYear)
  }

  /// Runs the projection stage with its backtest already made
  /// (``backtest(_:metrics:scoring:paths:seed:)``, with the same paths and seed).
  /// - Parameters:
  ///   - company: The company.
  ///   - metrics: Its metrics.
  ///   - scoring: Its scoring.
  ///   - backtest: The projection made a year ago.
  ///   - paths: Simulation paths.
  ///   - seed: Simulation seed.
  /// - Returns: The result; the same as ``run(_:metrics:scoring:paths:seed:)``'s.
  /// - Complexity: O(accounts × months) for the spells, plus O(paths × buckets) for the
  ///   simulation and one sBG fit per group.
  public static func run(
    _ company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    backtest: ProjectionBacktestOutcome, paths: Int = defaultPaths, seed: UInt64 = defaultSeed
  ) -> ProjectionResult {
    // The forecast and the curves share nothing but the company, and each runs mostly on one
    // thread: side by side they take the longer one's time, not the sum.
    let (planned, survived) = Concurrent.pair(
      { plannedForecast(company, scoring: scoring, paths: paths, seed: seed) },
      { survival(company, named: scoring.namedSegments(limit: segmentLimit)) })
    return finish(
      company, metrics: metrics, scoring: scoring, planned: planned, survived: survived,
      backtest: backtest)
  }

  /// The projection's result from its forecast, its curves and its backtest: the explanation
  /// and the logo survival made from them, side by side.
  private static func finish(
    _ company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    planned: (ForecastPlan, RetentionForecast?),
    survived: (LifetimeTable, [RetentionCurve], [SegmentLifetimeValue]),
    backtest: ProjectionBacktestOutcome
  ) -> ProjectionResult {
    let (plan, forecast) = planned
    let (table, curves, lifetimeValues) = survived
    // The explanation reads the base a year apart, the logo survival only the spells.
    let (explained, logoSurvival) = Concurrent.pair(
      {
        explanation(
          company, forecast: forecast, trailing: metrics.trailingRetention, scoring: scoring,
          lifetimes: table.lifetimes)
      },
      { kaplanMeier(table.lifetimes) })
    return ProjectionResult(
      forecast: forecast, explanation: explained, backtest: backtest.result,
      backtestNote: backtest.note, curves: curves, kaplanMeier: logoSurvival,
      lifetimeValues: lifetimeValues, forecastPlan: plan)
  }

  /// The forecast plan of `company` and its forecast.
  private static func plannedForecast(
    _ company: Company, scoring: ScoringResult, paths: Int, seed: UInt64
  ) -> (ForecastPlan, RetentionForecast?) {
    let plan = ForecastPlan(company, scoring: scoring)
    return (plan, plan.forecast(paths: paths, seed: seed))
  }

  /// Every account's paying spell, the sBG curves of its groups and their lifetime values.
  /// - Parameter named: The segments given a curve and an LTV (``segmentLimit``); `nil` for
  ///   every segment.
  private static func survival(
    _ company: Company, named: Set<String>?
  ) -> (LifetimeTable, [RetentionCurve], [SegmentLifetimeValue]) {
    let table = LifetimeTable(lifetimes: AccountLifetimes(company))
    let groups = Groups(company, named: named)
    let curves = curves(company, lifetimes: table, groups: groups)
    return (
      table, curves, lifetimeValues(company, curves: curves, groups: groups, lifetimes: table)
    )
  }

  /// Kaplan–Meier logo survival in months: duration = months paid from the first paying month
  /// until the first month at zero; censored when still paying at as-of. The censored leave the
  /// risk set before the churns of their own duration: a churn after d months paid shows in
  /// month d + 1 of the account's life, which an account still paying in its d-th month at
  /// as-of has not reached (render review 35, R35-4: with the usual rule, the accounts that
  /// first paid in the as-of month counted as at risk of a one-month churn, seed-example's
  /// survival after a month 37 of 38 for a true 17 of 18).
  static func kaplanMeier(_ life: AccountLifetimes) -> [KMPoint] {
    // Counted by duration: the estimate needs no list of accounts (8 bytes each) and no sort.
    let longest = Int(life.length.max() ?? 0)
    var counts = [(censored: Int, events: Int)](repeating: (0, 0), count: longest + 1)
    for a in life.start.indices where life.start[a] >= 0 {
      if life.isCensored(a) {
        counts[Int(life.length[a])].censored += 1
      } else {
        counts[Int(life.length[a])].events += 1
      }
    }
    return KaplanMeier.estimate(counts: counts, isCensoredFirst: true)
  }
}
