import ARRProjection

/// Whether what was realised lay inside the P10–P90 range that last year's projection gave
/// (render review 28, R28-3: last year's realised NDR was above last year's own P90 in four
/// reports, always above, and no report said so). Shared by `projection_missed` and the
/// report's "How last year's projection did".
extension Analysis {
  /// Which side of a P10–P90 range a figure lies on.
  public enum RangeSide: String, Sendable {
    /// Below the P10.
    case below
    /// Above the P90.
    case above
  }

  /// The side of `range` on which `x` lies, compared as printed: a figure that prints the same
  /// as the edge it passes ("110.5%" against a P90 of "110.5%") is inside, so the words never
  /// say "110.5% was above 110.5%".
  /// - Parameters:
  ///   - x: The figure, a fraction.
  ///   - range: The P10–P90 range.
  ///   - decimals: The digits the figures print with (0 for a base of few accounts, else 1).
  ///   - f: The company's number format.
  /// - Returns: `.below`, `.above`, or `nil` when the figure lies inside (edges included).
  public static func side(
    of x: Double, in range: PercentileRange, decimals: Int, f: NumberFormat
  ) -> RangeSide? {
    let printed = f.percent(x, decimals: decimals)
    if x < range.p10, printed != f.percent(range.p10, decimals: decimals) { return .below }
    if x > range.p90, printed != f.percent(range.p90, decimals: decimals) { return .above }
    return nil
  }

  /// The realised NDR and GRR of a projection backtest that lay outside last year's own
  /// P10–P90, as a sentence without its full stop: "Realised NDR 115.2% was above last year's
  /// P90 of 110.5%: the range did not hold", or with both "Realised NDR … and realised GRR 70.0%
  /// was below its P10 of 73.7%: the ranges did not hold"; `nil` when both lay inside. Logo
  /// retention is left to the table: the finding speaks of NDR and GRR.
  /// - Parameters:
  ///   - b: The projection backtest.
  ///   - f: The company's number format.
  /// - Returns: The sentence, or `nil`.
  public static func realisedOutsideRange(_ b: ProjectionBacktest, f: NumberFormat) -> String? {
    let d = b.forecast.basePrecision.isFew ? 0 : 1
    let figures: [(String, Double, PercentileRange)] = [
      ("NDR", b.realisedNDR, b.forecast.ndrRange), ("GRR", b.realisedGRR, b.forecast.grrRange),
    ]
    var clauses: [String] = []
    for (name, realised, range) in figures {
      guard let s = side(of: realised, in: range, decimals: d, f: f) else { continue }
      let edge =
        s == .above
        ? "P90 of \(f.percent(range.p90, decimals: d))"
        : "P10 of \(f.percent(range.p10, decimals: d))"
      let whose = clauses.isEmpty ? "last year's" : "its"
      clauses.append(
        "realised \(name) \(f.percent(realised, decimals: d)) was \(s.rawValue) \(whose) \(edge)")
    }
    guard !clauses.isEmpty else { return nil }
    return "R" + clauses.joined(separator: " and ").dropFirst() + ": the range"
      + (clauses.count > 1 ? "s" : "") + " did not hold"
  }
}
