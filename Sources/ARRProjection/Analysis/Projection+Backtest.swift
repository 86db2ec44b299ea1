import ARRCore
import ARRMetrics
import ARRScoring

/// The projection backtest of a company (``Projection/backtest(_:metrics:scoring:paths:seed:)``):
/// the backtest, or a note saying why there is none.
public struct ProjectionBacktestOutcome: Sendable {
  /// The projection made a year ago against what happened; `nil` when there is none.
  public var result: ProjectionBacktest?
  /// Why there is no backtest; `nil` when there is one.
  public var note: String?
}

extension Projection {
  /// The projection made as of `asOf − 12` with only what was known then, compared with the
  /// trailing retention realised at as-of over the same base accounts: the forecast of
  /// ``Company/pointInTime(_:)`` at that month from the scores its paying accounts had then
  /// (``ScoringResult/yearAgo``, which today's backtest pass made while measuring those very
  /// accounts at that very month), the same forecast as ``Scoring/run(_:recurringMRR:weights:)``
  /// and ``forecast(_:scoring:adjustments:paths:seed:movementPriors:)`` of that company give.
  /// - Parameters:
  ///   - company: The company.
  ///   - metrics: Its metrics (their trailing retention is what was realised).
  ///   - scoring: Its scoring, with its ``ScoringResult/yearAgo`` (present whenever the
  ///     company has more than 12 months).
  ///   - paths: Simulation paths.
  ///   - seed: Simulation seed.
  /// - Returns: The backtest, or a note saying why there is none.
  /// - Complexity: O(accounts) for the plan, plus one forecast.
  public static func backtest(
    _ company: Company, metrics: CompanyMetrics, scoring: ScoringResult,
    paths: Int = defaultPaths, seed: UInt64 = defaultSeed
  ) -> ProjectionBacktestOutcome {
    let base = company.monthCount - 1 - backtestHorizon
    guard base >= 0 else {
      return ProjectionBacktestOutcome(
        result: nil,
        note: "the data covers \(company.monthCount) month\(company.monthCount == 1 ? "" : "s"); a "
          + "projection made 12 months ago needs at least 13"
      )
    }
    let t = metrics.trailingRetention
    guard let ndr = t.ndr, let grr = t.grr, let logo = t.logoRetention else {
      return ProjectionBacktestOutcome(
        result: nil,
        note: "no account paid in \(company.month(at: base)), so there was nothing to project")
    }
    guard let yearAgo = scoring.yearAgo else {
      preconditionFailure("the scoring of a company with a backtest keeps its year-ago scores")
    }
    let past = company.pointInTime(company.month(at: base))
    guard let f = ForecastPlan(past, yearAgo: yearAgo).forecast(paths: paths, seed: seed) else {
      return ProjectionBacktestOutcome(
        result: nil,
        note: "no account paid in \(company.month(at: base)), so there was nothing to project")
    }
    return ProjectionBacktestOutcome(
      result: ProjectionBacktest(
        forecast: f, realisedNDR: ndr, realisedGRR: grr, realisedLogoRetention: logo,
        methodUsed: yearAgo.retentionSource.rawValue, modelUsed: yearAgo.modelUsed.rawValue),
      note: nil
    )
  }
}
