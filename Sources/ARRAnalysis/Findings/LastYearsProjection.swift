import ARRProjection

/// How last year's projection of one figure (NDR or GRR) did against what was then realised,
/// as the projected rows, the projection charts and the findings quote it (session 35, render
/// review 35). Defined here, upstream of the report, so a finding and the row beside it read
/// the same miss (session 40; render review 40, R40-2: the `risk_signals_missing` finding
/// called quality-adjusted ARR "likely overstated" while the row beside it, knowing last year's
/// GRR ran 3.0 points low, said "may be off either way").
public struct LastYearsProjection: Equatable, Sendable {
  /// "NDR" or "GRR".
  public var name: String
  /// The miss in points of the figures as printed, without sign: "47.5", or whole points
  /// ("12") for a base of few accounts.
  public var points: String
  /// True when last year's projection came in under what was realised (as printed); false
  /// when over or level.
  public var isUnder: Bool
  /// True when what was realised lay outside last year's own P10–P90, compared as printed
  /// (``Analysis/side(of:in:decimals:f:)``, as `projection_missed` says it).
  public var isOutside: Bool
  /// The miss in tenths of a point, as printed (whole points × 10 for a base of few).
  public var tenths: Int64 = 0

  public init(name: String, points: String, isUnder: Bool, isOutside: Bool, tenths: Int64 = 0) {
    self.name = name
    self.points = points
    self.isUnder = isUnder
    self.isOutside = isOutside
    self.tenths = tenths
  }

  /// A miss that every figure built on the projection states, in tenths of a point: 3.0 points
  /// (render review 38, R38-5: ai-hypergrowth's GRR, projected 8.8 points over what was
  /// realised, inside its range, reached no row while billings' 3.0 did).
  public static let statedMissTenths: Int64 = 30

  /// True when the miss is ``statedMissTenths`` or more.
  public var isStated: Bool { tenths >= Self.statedMissTenths }

  /// Last year's projection of NDR (`net`) or GRR against what was realised, or `nil` without
  /// a projection backtest or with a figure that is not finite.
  /// - Parameters:
  ///   - projection: The company's projection.
  ///   - net: NDR when true, GRR when false.
  ///   - f: The company's number format (the miss is the figures' as printed).
  /// - Complexity: O(1).
  public static func of(_ projection: ProjectionResult?, net: Bool, f: NumberFormat)
    -> LastYearsProjection?
  {
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
    let points = few ? "\(abs(gap))" : Analysis.displayedPoints(projected, realised, f)
    return LastYearsProjection(
      name: net ? "NDR" : "GRR", points: points, isUnder: gap < 0,
      isOutside: Analysis.side(of: realised, in: range, decimals: d, f: f) != nil,
      tenths: few ? abs(gap) * 10 : abs(gap))
  }

  /// Last year's GRR projection when it missed by ``statedMissTenths`` or more and there is
  /// recurring ARR: quality-adjusted ARR and the expected loss rest on the same retention
  /// probabilities GRR sums, so they carry its miss (R38-5).
  /// - Parameters:
  ///   - projection: The company's projection.
  ///   - recurringARR: The company's recurring ARR, in cents.
  ///   - f: The company's number format.
  public static func statedRetentionMiss(
    _ projection: ProjectionResult?, recurringARR: Int64, f: NumberFormat
  ) -> LastYearsProjection? {
    guard recurringARR > 0, let g = of(projection, net: false, f: f), g.isStated else {
      return nil
    }
    return g
  }
}
