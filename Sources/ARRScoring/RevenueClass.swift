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
