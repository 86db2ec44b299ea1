import ARRCore
import ARRMetrics
import ARRScoring

extension Projection {
  /// The projection made as of `asOf − 12` with only what was known then
  /// (``Company/pointInTime(_:)``, then ``Scoring/run(_:weights:)`` on that company), compared
  /// with the trailing retention realised at as-of over the same base accounts.
  /// - Returns: the backtest, or a note saying why there is none.
  /// - Complexity: one scoring run on the truncated company plus one forecast.
  static func backtest(
    _ company: Company, metrics: CompanyMetrics, weights: RiskWeights, paths: Int, seed: UInt64
  ) -> (result: ProjectionBacktest?, note: String?) {
    let base = company.monthCount - 1 - backtestHorizon
    guard base >= 0 else {
      return (
        nil,
        "the data covers \(company.monthCount) month\(company.monthCount == 1 ? "" : "s"); a "
          + "projection made 12 months ago needs at least 13"
      )
    }
    let t = metrics.trailingRetention
    guard let ndr = t.ndr, let grr = t.grr, let logo = t.logoRetention else {
      return (nil, "no account paid in \(company.month(at: base)), so there was nothing to project")
    }
    let past = company.pointInTime(company.month(at: base))
    let scoring = Scoring.run(past, weights: weights)
    guard let f = forecast(past, scoring: scoring, paths: paths, seed: seed) else {
      return (nil, "no account paid in \(company.month(at: base)), so there was nothing to project")
    }
    return (
      ProjectionBacktest(
        forecast: f, realisedNDR: ndr, realisedGRR: grr, realisedLogoRetention: logo,
        methodUsed: scoring.retentionSource.rawValue, modelUsed: scoring.modelUsed.rawValue),
      nil
    )
  }
}
