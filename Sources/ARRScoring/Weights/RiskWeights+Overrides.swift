/// One value a weights file set away from the documented default.
public struct WeightOverride: Sendable, Equatable {
  /// The dotted key, as in the weights file (`intercept`, `weights.pilot`,
  /// `thresholds.at_risk`, `default_retention.wavering`).
  public var key: String
  /// The documented default.
  public var defaultValue: Double
  /// The value given.
  public var value: Double

  public init(key: String, defaultValue: Double, value: Double) {
    self.key = key
    self.defaultValue = defaultValue
    self.value = value
  }
}

extension RiskWeights {
  /// The values that differ from `base`, in the weights file's key order: the intercept, the
  /// signal weights in ``Signal`` order, the custom activity signals' weights (against 0 when
  /// `base` has none), the thresholds, the class retention defaults. A report
  /// lists them so a reader can tell custom weights from the documented ones.
  /// - Parameter base: What to compare with; the documented defaults unless given.
  /// - Returns: One override per differing value; empty for the defaults themselves.
  /// - Complexity: O(signals).
  public func overrides(comparedWith base: RiskWeights = .defaults) -> [WeightOverride] {
    var out: [WeightOverride] = []
    func compare(_ key: String, _ mine: Double, _ theirs: Double) {
      if mine != theirs { out.append(WeightOverride(key: key, defaultValue: theirs, value: mine)) }
    }
    compare("intercept", intercept, base.intercept)
    for s in Signal.allCases { compare("weights.\(s.key)", self[s], base[s]) }
    for key in customKeys {
      compare("weights.\(key)", customWeight(key) ?? 0, base.customWeight(key) ?? 0)
    }
    compare("thresholds.wavering", waveringThreshold, base.waveringThreshold)
    compare("thresholds.at_risk", atRiskThreshold, base.atRiskThreshold)
    for c in RevenueClass.allCases {
      compare(
        "default_retention.\(c.rawValue)", defaultRetention[c.index], base.defaultRetention[c.index]
      )
    }
    return out
  }

  /// Whether these are the documented defaults, value for value.
  public var isDocumentedDefault: Bool { overrides().isEmpty }
}
