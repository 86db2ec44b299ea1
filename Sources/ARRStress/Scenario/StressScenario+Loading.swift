extension StressScenario {
  /// Allowed range of `trial_conversion`, `expansion_multiplier` and every `churn_multiplier`.
  public static let multiplierRange: ClosedRange<Double> = 0...1_000
  /// Allowed range of `usage_change` and `price_change` (a fraction; −1 = to zero).
  public static let changeRange: ClosedRange<Double> = -1...10
  /// Allowed range of `pilots_renew` (a share).
  public static let shareRange: ClosedRange<Double> = 0...1
  /// Allowed range of `lose_top_accounts`.
  public static let accountCountRange: ClosedRange<Int> = 0...1_000_000_000
  /// The keys a scenario file may hold, in the order the docs list them.
  public static let keys = [
    "name", "description", "trial_conversion", "usage_change", "churn_multiplier",
    "expansion_multiplier", "lose_top_accounts", "pilots_renew", "price_change",
  ]
  /// The keys of a `churn_multiplier` object.
  public static let churnKeys =
    ["all"] + ContractType.allCases.map(\.rawValue) + RevenueClass.allCases.map(\.rawValue)

  /// Reads a scenario file. Every key is optional; unknown keys, repeated keys, wrong types and
  /// values out of range are all reported.
  /// - Parameters:
  ///   - bytes: The file's bytes (UTF-8 JSON).
  ///   - file: The file's path, for messages and the default name.
  /// - Returns: The scenario.
  /// - Throws: ``ARRQualityError`` with status `.dataError`: a syntax error names the file, line
  ///   and column; any other problem names the file, the key and the allowed range, and
  ///   `problems` lists every problem found.
  /// - Complexity: O(file size).
  public static func load(_ bytes: [UInt8], file: String) throws(ARRQualityError)
    -> StressScenario
  {
    // An empty file is the base (docs/stress.md), like `{}`: a placeholder a user fills later.
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      return StressScenario(name: defaultName(file))
    }
    let root: JSONValue
    do {
      root = try JSONValue.parse(bytes)
    } catch {
      let problem = InputProblem(
        file: file, line: error.line, column: error.column, message: error.message)
      throw ARRQualityError(
        kind: .invalidData, message: "\(problem) (a scenario file must be JSON)",
        problems: [problem])
    }
    var s = StressScenario(name: defaultName(file))
    var problems: [String] = []
    func number(_ value: JSONValue, _ key: String, _ range: ClosedRange<Double>) -> Double? {
      let allowed = "a number from \(format(range.lowerBound)) to \(format(range.upperBound))"
      guard case .number = value, let v = value.doubleValue, v.isFinite else {
        problems.append("key \"\(key)\" is \(value.typeName) (expected \(allowed))")
        return nil
      }
      guard range.contains(v) else {
        problems.append("key \"\(key)\" is \(format(v)), out of range (allowed \(allowed))")
        return nil
      }
      return v
    }
    func string(_ value: JSONValue, _ key: String) -> String? {
      guard let v = value.stringValue else {
        problems.append("key \"\(key)\" is \(value.typeName) (expected a string)")
        return nil
      }
      return v
    }
    guard case .object(let top) = root else {
      throw failure(
        file,
        [
          "the top level is \(root.typeName) (expected an object with keys among: "
            + keys.joined(separator: ", ") + ")"
        ])
    }
    var seen = Set<String>()
    for (key, value) in top {
      guard seen.insert(key).inserted else {
        problems.append("key \"\(key)\" is given more than once (expected at most once)")
        continue
      }
      switch key {
      case "name":
        if let v = string(value, key) { s.name = v }
      case "description":
        if let v = string(value, key) { s.description = v }
      case "trial_conversion":
        s.trialConversion = number(value, key, multiplierRange)
      case "usage_change":
        s.usageChange = number(value, key, changeRange)
      case "expansion_multiplier":
        s.expansionMultiplier = number(value, key, multiplierRange)
      case "pilots_renew":
        s.pilotsRenew = number(value, key, shareRange)
      case "price_change":
        s.priceChange = number(value, key, changeRange)
      case "lose_top_accounts":
        let r = accountCountRange
        let allowed = "an integer from \(r.lowerBound) to \(r.upperBound)"
        guard case .number = value, let v = value.doubleValue, v.isFinite else {
          problems.append("key \"\(key)\" is \(value.typeName) (expected \(allowed))")
          continue
        }
        guard v == v.rounded(), v >= Double(r.lowerBound), v <= Double(r.upperBound) else {
          problems.append("key \"\(key)\" is \(format(v)), out of range (allowed \(allowed))")
          continue
        }
        s.loseTopAccounts = Int(v)
      case "churn_multiplier":
        s.churnMultiplier = churn(value, number: number) { problems.append($0) }
      default:
        problems.append("unknown key \"\(key)\" (expected one of: \(keys.joined(separator: ", ")))")
      }
    }
    guard problems.isEmpty else { throw failure(file, problems) }
    return s
  }

  /// `churn_multiplier`: a bare number (meaning `all`) or an object of multipliers.
  private static func churn(
    _ value: JSONValue, number: (JSONValue, String, ClosedRange<Double>) -> Double?,
    report: (String) -> Void
  ) -> ChurnMultiplier? {
    var m = ChurnMultiplier()
    if case .number = value {
      guard let v = number(value, "churn_multiplier", multiplierRange) else { return nil }
      m.all = v
      return m
    }
    guard case .object(let pairs) = value else {
      report(
        "key \"churn_multiplier\" is \(value.typeName) (expected a number from 0 to "
          + "\(format(multiplierRange.upperBound)), or an object with keys among: "
          + churnKeys.joined(separator: ", ") + ")")
      return nil
    }
    var seen = Set<String>()
    for (name, v) in pairs {
      let key = "churn_multiplier.\(name)"
      guard seen.insert(name).inserted else {
        report("key \"\(key)\" is given more than once (expected at most once)")
        continue
      }
      if name == "all" {
        if let x = number(v, key, multiplierRange) { m.all = x }
      } else if let t = ContractType(rawValue: name) {
        if let x = number(v, key, multiplierRange) {
          m.byContractType[ContractType.allCases.firstIndex(of: t)!] = x
        }
      } else if let c = RevenueClass(rawValue: name) {
        if let x = number(v, key, multiplierRange) { m.byClass[c.index] = x }
      } else {
        report(
          "unknown key \"\(key)\" (expected one of: \(churnKeys.joined(separator: ", ")))")
      }
    }
    return m
  }

  /// The file's name without folders and without `.json`.
  static func defaultName(_ file: String) -> String {
    let base =
      file.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init)
      ?? file
    return base.hasSuffix(".json") ? String(base.dropLast(5)) : base
  }

  private static func failure(_ file: String, _ problems: [String]) -> ARRQualityError {
    let more =
      problems.count > 1
      ? " (and \(problems.count - 1) more problem" + (problems.count > 2 ? "s" : "") + ")" : ""
    return ARRQualityError(
      kind: .invalidData, message: "\(file): \(problems[0])\(more)",
      problems: problems.map { InputProblem(file: file, line: 0, message: $0) })
  }

  /// Shortest text of a number: `10`, `-1`, `0.5`.
  static func format(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
  }

  /// Reads the scenario file at `path`.
  /// - Parameter path: The file's path.
  /// - Returns: The scenario.
  /// - Throws: ``ARRQualityError`` `.noInput` (66) when the file is missing or unreadable,
  ///   `.dataError` (65) as ``load(_:file:)``.
  /// - Complexity: O(file size).
  public static func load(path: String) throws(ARRQualityError) -> StressScenario {
    try load(try InputFile.read(path), file: path)
  }
}
