import ARRProjection
import ARRScoring

extension StressResult {
  /// The identities every column of the stress table must satisfy (``StressFigures``) that one
  /// breaks, each in words naming the column; empty when all hold.
  ///
  /// In the base and in every scenario: the class mix sums to recurring ARR and to
  /// quality-adjusted ARR, quality-adjusted ARR lies within 0 and recurring ARR, ARR at risk is
  /// their difference, and the forecast's percentile ranges are finite and in order.
  /// - Complexity: O(scenarios).
  public var brokenIdentities: [String] {
    var broken: [String] = []
    let columns = [("Base", base)] + scenarios.map { ($0.scenario.name, $0.figures) }
    for (name, f) in columns {
      func require(_ holds: Bool, _ identity: String) {
        if !holds { broken.append("\(name): \(identity)") }
      }
      require(f.classes.recurringARR == f.recurringARR, "class ARR does not sum to recurring ARR")
      require(
        f.classes.qualityAdjustedARR == f.qualityAdjustedARR,
        "class quality-adjusted ARR does not sum to quality-adjusted ARR")
      require(
        (0...max(0, f.recurringARR)).contains(f.qualityAdjustedARR),
        "quality-adjusted ARR outside 0 … recurring ARR")
      require(
        f.arrAtRisk == f.recurringARR - f.qualityAdjustedARR,
        "ARR at risk ≠ recurring − quality-adjusted ARR")
      if let forecast = f.forecast {
        for r in [forecast.ndrRange, forecast.grrRange, forecast.logoRetentionRange] {
          require(
            r.p10.isFinite && r.p90.isFinite && r.p10 <= r.p50 && r.p50 <= r.p90,
            "a forecast range is not finite and in order")
        }
      }
    }
    return broken
  }
}
