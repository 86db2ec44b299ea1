import ARRCore
import ARRMetrics
import ARRProjection
import ARRScoring

/// Everything the product computes about one company, stage by stage.
///
/// Built by ``run(_:weights:)``: Metrics, then Scoring (which reads the metrics' recurring
/// revenue), then Projection. Reports and stress read this value; nothing here reaches back
/// into the input.
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

  /// Bundles the stages' results and concludes the findings from them.
  public init(
    company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    projection: ProjectionResult? = nil
  ) {
    self.company = company
    self.metrics = metrics
    self.scoring = scoring
    self.projection = projection
    self.findings = Self.findings(
      company: company, metrics: metrics, scoring: scoring, projection: projection)
  }

  /// Runs every stage on `company`.
  /// - Parameters:
  ///   - company: A validated company.
  ///   - weights: Scoring weights and thresholds (the documented defaults unless overridden).
  /// - Returns: The analysis.
  /// - Complexity: O(accounts × months).
  public static func run(_ company: Company, weights: RiskWeights = .defaults) -> Analysis {
    let metrics = CompanyMetrics.compute(company)
    let scoring = Scoring.run(company, weights: weights)
    let projection = Projection.run(
      company, metrics: metrics, scoring: scoring, weights: weights)
    return Analysis(
      company: company, metrics: metrics, scoring: scoring, projection: projection)
  }
}
