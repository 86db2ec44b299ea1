/// The three revenue classes an account falls into by its risk score (`docs/scoring.md`).
public enum RevenueClass: String, Sendable, CaseIterable {
  /// Score below the wavering threshold.
  case retained
  /// Score at or above the wavering threshold and below the at-risk threshold.
  case wavering
  /// Score at or above the at-risk threshold.
  case atRisk = "at_risk"

  /// The class of `score` under `weights`' thresholds.
  /// - Parameters:
  ///   - score: Risk score, 0–100.
  ///   - weights: Supplies the thresholds.
  /// - Returns: `.atRisk` from the at-risk threshold up, `.wavering` from the wavering threshold
  ///   up, else `.retained`.
  public static func of(score: Double, weights: RiskWeights) -> RevenueClass {
    if score >= weights.atRiskThreshold { return .atRisk }
    if score >= weights.waveringThreshold { return .wavering }
    return .retained
  }

  /// A risk score as every report prints it, to one decimal: the nearest tenth, but never on
  /// the other side of a threshold from the score itself (render review 38, R38-4: the
  /// Markdown truncated and the CSV and JSON rounded, so one account read 14.9 and 15.0, and
  /// accounts.csv showed "retained" at 15.0 and "wavering" at 40.0 beside thresholds of 15 and
  /// 40). A score of 14.96 under a wavering threshold of 15 prints 14.9; 39.97 under 40, 39.9.
  /// - Parameters:
  ///   - score: Risk score, 0–100.
  ///   - weights: Supplies the thresholds.
  /// - Returns: The printed value, a multiple of 0.1 (as a `Double`).
  public static func shownScore(_ score: Double, weights: RiskWeights) -> Double {
    var tenths = (score * 10).rounded(.toNearestOrAwayFromZero)
    // The last tenth under a threshold, and the first at or over it.
    func under(_ t: Double) -> Double { (t * 10).rounded(.up) - 1 }
    func atOrOver(_ t: Double) -> Double { (t * 10).rounded(.up) }
    for t in [weights.waveringThreshold, weights.atRiskThreshold] {
      if score < t, tenths >= t * 10 { tenths = under(t) }
      if score >= t, tenths < t * 10 { tenths = atOrOver(t) }
    }
    return tenths / 10
  }

  /// Position in ``allCases`` (0 retained, 1 wavering, 2 at risk), for array-indexed tallies.
  public var index: Int {
    switch self {
    case .retained: return 0
    case .wavering: return 1
    case .atRisk: return 2
    }
  }
}

extension RevenueClass {
  /// The class in words: "retained", "wavering", "at-risk". Lives with the class, not in the
  /// reports, because findings (ARRAnalysis) name classes in the same words.
  public var label: String {
    switch self {
    case .retained: return "retained"
    case .wavering: return "wavering"
    case .atRisk: return "at-risk"
    }
  }
}
