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
  /// - Parameters:
  ///   - bytes: The file's bytes (UTF-8).
  ///   - file: The file's name, for messages.
  /// - Returns: The defaults with the file's values applied.
  /// - Throws: ``ARRQualityError`` with status `.dataError`; its message names the file, the
  ///   key (dotted, e.g. `weights.pilot`) and the allowed range, and `problems` lists every
  ///   problem found.
  public static func load(_ bytes: [UInt8], file: String) throws(ARRQualityError)
    -> RiskWeights
  {
    let root: JSONValue
    do {
      root = try JSONValue.parse(bytes)
    } catch {
      let problem = InputProblem(
        file: file, line: error.line, column: error.column, message: error.message)
      throw ARRQualityError(
        kind: .invalidData, message: "\(problem) (the weights file must be JSON)",
        problems: [problem])
    }
    var w = RiskWeights.defaults
    var problems: [String] = []
    func number(_ value: JSONValue, _ key: String, _ range: ClosedRange<Double>) -> Double? {
      let allowed = "a number from \(format(range.lowerBound)) to \(format(range.upperBound))"
      guard let v = value.doubleValue, value.typeName == "a number" else {
        problems.append("key \"\(key)\" is \(value.typeName) (expected \(allowed))")
        return nil
      }
      guard range.contains(v) else {
        problems.append("key \"\(key)\" is \(format(v)), out of range (allowed \(allowed))")
        return nil
      }
      return v
    }
    func object(_ value: JSONValue, _ key: String, expected: String) -> [(String, JSONValue)]? {
      guard case .object(let pairs) = value else {
        problems.append("key \"\(key)\" is \(value.typeName) (expected an object of \(expected))")
        return nil
      }
      return pairs
    }
    let topKeys = ["intercept", "weights", "thresholds", "default_retention"]
    guard let top = object(root, "(top level)", expected: topKeys.joined(separator: ", ")) else {
      throw failure(file, problems)
    }
    for (key, value) in top {
      switch key {
      case "intercept":
        if let v = number(value, key, weightRange) { w.intercept = v }
      case "weights":
        let names = Signal.allCases.map(\.key)
        guard let pairs = object(value, key, expected: "signal weights") else { continue }
        for (name, v) in pairs {
          guard let signal = Signal(key: name) else {
            problems.append(
              "unknown key \"weights.\(name)\" (expected one of: \(names.joined(separator: ", ")))")
            continue
          }
          if let x = number(v, "weights.\(name)", weightRange) { w[signal] = x }
        }
      case "thresholds":
        guard let pairs = object(value, key, expected: "wavering, at_risk") else { continue }
        for (name, v) in pairs {
          switch name {
          case "wavering":
            if let x = number(v, "thresholds.wavering", thresholdRange) { w.waveringThreshold = x }
          case "at_risk":
            if let x = number(v, "thresholds.at_risk", thresholdRange) { w.atRiskThreshold = x }
          default:
            problems.append(
              "unknown key \"thresholds.\(name)\" (expected one of: wavering, at_risk)")
          }
        }
      case "default_retention":
        guard let pairs = object(value, key, expected: "retained, wavering, at_risk") else {
          continue
        }
        for (name, v) in pairs {
          guard let c = RevenueClass(rawValue: name) else {
            problems.append(
              "unknown key \"default_retention.\(name)\" (expected one of: retained, wavering, "
                + "at_risk)")
            continue
          }
          if let x = number(v, "default_retention.\(name)", retentionRange) {
            w.defaultRetention[c.index] = x
          }
        }
      default:
        problems.append(
          "unknown key \"\(key)\" (expected one of: \(topKeys.joined(separator: ", ")))")
      }
    }
    if problems.isEmpty && w.waveringThreshold > w.atRiskThreshold {
      problems.append(
        "key \"thresholds.wavering\" is \(format(w.waveringThreshold)), above "
          + "\"thresholds.at_risk\" \(format(w.atRiskThreshold)) (allowed: wavering ≤ at_risk)")
    }
    guard problems.isEmpty else { throw failure(file, problems) }
    return w
  }

  private static func failure(_ file: String, _ problems: [String]) -> ARRQualityError {
    let more =
      problems.count > 1
      ? " (and \(problems.count - 1) more problem"
        + (problems.count > 2 ? "s" : "") + ")" : ""
    return ARRQualityError(
      kind: .invalidData, message: "\(file): \(problems[0])\(more)",
      problems: problems.map { InputProblem(file: file, line: 0, message: $0) })
  }

  /// Shortest text of a number: `10`, `-3`, `0.95`.
  static func format(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
  }
}
