import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

/// Everything the product computes about one company, stage by stage.
///
/// Built by ``run(_:weights:paths:)``: Metrics, then Scoring (which reads the metrics' recurring
/// revenue, and whose backtest scores the accounts paying a year ago as the company then would
/// have), then the projection made a year ago (from those scores), then the rest of
/// Projection. Reports and stress read this value; nothing here reaches back into the input.
public struct Analysis: Sendable {
  public var company: Company
  public var metrics: CompanyMetrics
  public var scoring: ScoringResult
  /// Curves, LTV, projected retention with ranges and the projection backtest; `nil` only
  /// when built without it.
  public var projection: ProjectionResult?
  /// What a reader should know about these figures, most important first, with stable codes
  /// (``findings(company:metrics:scoring:projection:)``; `docs/findings.md`).
  public var findings: [Finding]
  /// Trailing NDR with usage contracts at their trailing 3-month averages, when it differs
  /// from trailing NDR by enough that `usage_basis_ndr` holds
  /// (``usageAveragedNDR(_:raw:months:accounts:)``); `nil` otherwise. Each place quoting
  /// trailing NDR gives it beside the run-rate figure.
  public var usageAveragedTrailingNDR: Double?
  /// A short history's own logo churn and the quality-adjusted ARR at it, when it contradicts
  /// the priors the scores rest on (``observedLogoChurn(company:metrics:scoring:projection:)``);
  /// each place quoting quality-adjusted ARR or the expected loss gives it beside them.
  public var observedLogoChurn: ObservedLogoChurn?

  /// Bundles the stages' results and concludes the findings from them.
  public init(
    company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    projection: ProjectionResult? = nil
  ) {
    self.company = company
    self.metrics = metrics
    self.scoring = scoring
    self.projection = projection
    let trailing = metrics.trailingRetention
    let usageAveraged = Self.usageAveragedNDR(company, raw: trailing.ndr, months: trailing.months)
    self.usageAveragedTrailingNDR = usageAveraged
    let observed = Self.observedLogoChurn(
      company: company, metrics: metrics, scoring: scoring, projection: projection)
    self.observedLogoChurn = observed
    self.findings = Self.findings(
      company: company, metrics: metrics, scoring: scoring, projection: projection,
      usageAveragedNDR: usageAveraged, observedLogoChurn: observed)
  }

  /// Runs every stage on `company`.
  /// - Parameters:
  ///   - company: A validated company.
  ///   - weights: Scoring weights and thresholds (the documented defaults unless overridden).
  ///   - paths: Simulation paths of each retention forecast (today's and last year's
  ///     backtest); the report's ranges use ``Projection/defaultPaths``. Fewer paths give
  ///     noisier percentiles, never different deterministic figures.
  ///   - keepsForecastPlan: Whether the projection keeps the plan its forecast was made from
  ///     (``ProjectionResult/forecastPlan``), which only a stress run reads (it forecasts its
  ///     scenarios from it rather than building it again). Without scenarios, pass `false`: the
  ///     plan (16 MB at a million accounts) is then freed before the result is returned, not
  ///     held while the report is written.
  ///   - keepsRecurringMRR: Whether ``CompanyMetrics/recurringMRR`` is kept once scoring has
  ///     read it. Each score holds its account's figure (``AccountScore/recurringMRR``, one
  ///     score per account), and only a stress run reads the metrics' array afterwards.
  ///     Without scenarios, pass `false`: the array (8 MB at a million accounts) is then left
  ///     empty and freed before the projection, not held through it and the report's writing.
  /// - Returns: The analysis.
  /// - Complexity: O(accounts × months + paths × buckets).
  public static func run(
    _ company: Company, weights: RiskWeights = .defaults, paths: Int = Projection.defaultPaths,
    keepsForecastPlan: Bool = true, keepsRecurringMRR: Bool = true
  ) -> Analysis {
    var metrics = CompanyMetrics.compute(company)
    // Scoring reads the metrics' recurring revenue rather than computing it again. Its
    // backtest also scores the accounts paying a year ago as the company's history then
    // would have (``ScoringResult/yearAgo``): the projection made a year ago forecasts from
    // those scores, without scoring the year-old company again.
    var scoring = Scoring.run(company, recurringMRR: metrics.recurringMRR, weights: weights)
    if !keepsRecurringMRR { metrics.recurringMRR = [] }
    // The projection makes its backtest (from the year-ago scores) beside today's forecast.
    var projection = Projection.run(company, metrics: metrics, scoring: scoring, paths: paths)
    // Nothing else reads the year-ago scores (9 bytes per account paying then).
    scoring.yearAgo = nil
    if !keepsForecastPlan { projection.forecastPlan = nil }
    return Analysis(
      company: company, metrics: metrics, scoring: scoring, projection: projection)
  }
}
