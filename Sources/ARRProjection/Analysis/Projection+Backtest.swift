import ARRCore
import ARRMetrics
import ARRScoring

/// The projection backtest of a company (``Projection/backtest(_:metrics:weights:paths:seed:)``):
/// the backtest, or a note saying why there is none.
public struct ProjectionBacktestOutcome: Sendable {
  /// The projection made a year ago against what happened; `nil` when there is none.
  public var result: ProjectionBacktest?
  /// Why there is no backtest; `nil` when there is one.
  public var note: String?
}

extension Projection {
  /// The projection made as of `asOf − 12` with only what was known then
  /// (``Company/pointInTime(_:)``, then ``Scoring/run(_:weights:)`` on that company), compared
  /// with the trailing retention realised at as-of over the same base accounts.
  ///
  /// It needs nothing of today's scoring: ``Analysis`` runs it before today's, so that the two
  /// scorings (each a value per account) are never held at once.
  /// - Parameters:
  ///   - company: The company.
  ///   - metrics: Its metrics (their trailing retention is what was realised).
  ///   - weights: The scoring weights.
  ///   - paths: Simulation paths.
  ///   - seed: Simulation seed.
  /// - Returns: The backtest, or a note saying why there is none.
  /// - Complexity: one scoring run on the truncated company plus one forecast.
  public static func backtest(
    _ company: Company, metrics: CompanyMetrics, weights: RiskWeights = .defaults,
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
    let past = company.pointInTime(company.month(at: base))
    let scoring = Scoring.run(past, weights: weights)
    guard let f = forecast(past, scoring: scoring, paths: paths, seed: seed) else {
      return ProjectionBacktestOutcome(
        result: nil,
        note: "no account paid in \(company.month(at: base)), so there was nothing to project")
    }
    return ProjectionBacktestOutcome(
      result: ProjectionBacktest(
        forecast: f, realisedNDR: ndr, realisedGRR: grr, realisedLogoRetention: logo,
        methodUsed: scoring.retentionSource.rawValue, modelUsed: scoring.modelUsed.rawValue),
      note: nil
    )
  }
}
