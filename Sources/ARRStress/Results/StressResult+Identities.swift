import ARRProjection
import ARRScoring

extension StressResult {
  /// The identities every column of the stress table must satisfy (``StressFigures``) that one
  /// breaks, each in words naming the column; empty when all hold.
  ///
  /// In the base and in every scenario: the class mix's (``ClassMix/brokenIdentities(recurringARR:qualityAdjustedARR:arrAtRisk:)``)
  /// and the forecast's (``RetentionForecast/brokenIdentities``).
  /// - Complexity: O(scenarios).
  public var brokenIdentities: [String] {
    var broken: [String] = []
    let columns = [("Base", base)] + scenarios.map { ($0.scenario.name, $0.figures) }
    for (name, f) in columns {
      let column =
        f.classes.brokenIdentities(
          recurringARR: f.recurringARR, qualityAdjustedARR: f.qualityAdjustedARR,
          arrAtRisk: f.arrAtRisk) + (f.forecast?.brokenIdentities ?? [])
      broken += column.map { "\(name): \($0)" }
    }
    return broken
  }
}
