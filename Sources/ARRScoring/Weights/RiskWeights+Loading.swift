import ARRCore

extension RiskWeights {
  /// Reads a weights file (`--weights FILE`): JSON whose every key is optional and overrides
  /// the default.
  ///
  /// ```json
  /// { "intercept": -3.0,
  ///   "weights": { "month_to_month": 1.5, "usage_decline": 2.5 },
  ///   "thresholds": { "wavering": 15, "at_risk": 40 },
  ///   "default_retention": { "retained": 0.95, "wavering": 0.75, "at_risk": 0.40 } }
  /// ```
  /// Every key is validated: unknown keys, wrong types and values out of range are all reported.
  /// A custom activity signal's weight (`weights.logins_level`, `weights.logins_trend`) is a
  /// known key only when `activityColumns` has that column: a file naming a column the company
  /// lacks is an error, like any unknown key.
  /// - Parameters:
  ///   - bytes: The file's bytes (UTF-8).
  ///   - file: The file's name, for messages.
  ///   - activityColumns: The company's activity columns (``ActivityColumn/name``), in order.
  /// - Returns: The defaults with the file's values applied.
  /// - Throws: ``ARRQualityError`` `.invalidData`, read by ``JSONConfig``: a syntax error,
  ///   a repeated key, an unknown key (dotted, e.g. `weights.pilot`), a wrong type or a value
  ///   out of range, each with its line and column; the message only counts them.
  public static func load(
    _ bytes: [UInt8], file: String, activityColumns: [String] = []
  ) throws(ARRQualityError) -> RiskWeights {
    var config = try JSONConfig(bytes, file: file)
    var w = RiskWeights.defaults.including(activityColumns: activityColumns)
    let topKeys = ["intercept", "weights", "thresholds", "default_retention"]
    let classKeys = RevenueClass.allCases.map(\.rawValue)
    for member in config.members(of: config.root, allowed: topKeys) ?? [] {
      switch member.key {
      case "intercept":
        if let v = config.number(member, in: weightRange) { w.intercept = v }
      case "weights":
        let names = Signal.allCases.map(\.key) + w.customKeys
        let entries =
          config.members(
            of: member.node, allowed: names, what: "weights", prefix: "weights.") ?? []
        for e in entries {
          guard let x = config.number(e, in: weightRange) else { continue }
          let key = String(e.key.dropFirst("weights.".count))
          if let signal = Signal(key: key) {
            w[signal] = x
          } else if let k = w.customKeys.firstIndex(of: key) {
            w.weights[Signal.count + k] = x
          }
        }
      case "thresholds":
        let entries =
          config.members(
            of: member.node, allowed: ["wavering", "at_risk"], what: "thresholds",
            prefix: "thresholds.") ?? []
        for e in entries {
          guard let x = config.number(e, in: thresholdRange) else { continue }
          if e.key == "thresholds.wavering" {
            w.waveringThreshold = x
          } else {
            w.atRiskThreshold = x
          }
        }
      case "default_retention":
        let entries =
          config.members(
            of: member.node, allowed: classKeys, what: "default_retention",
            prefix: "default_retention.") ?? []
        for e in entries {
          if let x = config.number(e, in: retentionRange),
            let c = RevenueClass(rawValue: String(e.key.dropFirst("default_retention.".count)))
          {
            w.defaultRetention[c.index] = x
          }
        }
      default:
        break
      }
    }
    if config.problems.isEmpty && w.waveringThreshold > w.atRiskThreshold {
      config.report(
        "thresholds.wavering is \(format(w.waveringThreshold)), above thresholds.at_risk "
          + "\(format(w.atRiskThreshold)) (expected wavering ≤ at_risk)")
    }
    try config.finish()
    return w
  }

  /// Shortest text of a number: `10`, `-3`, `0.95`.
  static func format(_ v: Double) -> String { JSONConfig.format(v) }
}
