import ARRAnalysis
import ARRCore
import ARRProjection

extension ReportContext {
  /// How last year's projection of one figure (NDR or GRR) did against what was then realised,
  /// as the projected rows and the projection charts quote it (session 35, render review 35).
  struct LastYearsProjection: Equatable, Sendable {
    /// "NDR" or "GRR".
    var name: String
    /// The miss in points of the figures as printed, without sign: "47.5", or whole points
    /// ("12") for a base of few accounts.
    var points: String
    /// True when last year's projection came in under what was realised (as printed); false
    /// when over or level.
    var isUnder: Bool
    /// True when what was realised lay outside last year's own P10–P90, compared as printed
    /// (``Analysis/side(of:in:decimals:f:)``, as `projection_missed` says it).
    var isOutside: Bool
    /// The miss in tenths of a point, as printed (whole points × 10 for a base of few).
    var tenths: Int64 = 0
  }

  /// A miss of last year's projection that every row built on it states, in tenths of a point:
  /// 3.0 points (render review 38, R38-5: ai-hypergrowth's GRR, projected 8.8 points over what
  /// was realised, inside its range, reached no row while billings' 3.0 did).
  static let statedMissTenths: Int64 = 30

  /// Last year's GRR projection when it missed by ``statedMissTenths`` or more: the quality-
  /// adjusted and loss rows rest on the same retention probabilities (R38-5).
  var statedRetentionMiss: LastYearsProjection? {
    guard metrics.ladder.recurring > 0, let g = lastYearsProjection(net: false),
      g.tenths >= Self.statedMissTenths
    else {
      return nil
    }
    return g
  }

  /// Last year's projection of NDR (`net`) or GRR against what was realised, or `nil` without
  /// a projection backtest.
  func lastYearsProjection(net: Bool) -> LastYearsProjection? {
    guard let b = projection?.backtest else { return nil }
    let (projected, realised, range) =
      net
      ? (b.forecast.ndr, b.realisedNDR, b.forecast.ndrRange)
      : (b.forecast.grr, b.realisedGRR, b.forecast.grrRange)
    guard projected.isFinite, realised.isFinite else { return nil }
    let few = b.forecast.basePrecision.isFew
    let d = few ? 0 : 1
    let scale = few ? 100.0 : 1000.0
    let step = { (x: Double) in Int64((x * scale).rounded(.toNearestOrAwayFromZero)) }
    let gap = step(projected) - step(realised)
    let points =
      few ? "\(abs(gap))" : format.displayedPointsMagnitude(projected, minus: realised)
    return LastYearsProjection(
      name: net ? "NDR" : "GRR", points: points, isUnder: gap < 0,
      isOutside: Analysis.side(of: realised, in: range, decimals: d, f: format) != nil,
      tenths: few ? abs(gap) * 10 : abs(gap))
  }

  /// Where the reader finds the miss in full: the `projection_missed` finding when it was
  /// raised (a miss of ``Finding/projectionMissPoints`` or more), else Retention's table of
  /// last year's projection.
  var lastYearsProjectionPointer: String {
    analysis.findings.contains { $0.code == .projectionMissed } ? "see Findings" : "see Retention"
  }
}
