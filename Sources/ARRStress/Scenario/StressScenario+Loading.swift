import ARRCore
import ARRFileSystem
import ARRScoring

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
  /// - Throws: ``ARRQualityError`` `.invalidData`, read by ``JSONConfig``: a syntax error,
  ///   a repeated key, an unknown key, a wrong type or a value out of range, each with its line
  ///   and column; the message only counts them, so each is printed once.
  /// - Complexity: O(file size).
  public static func load(_ bytes: [UInt8], file: String) throws(ARRQualityError)
    -> StressScenario
  {
    // An empty file is the base (docs/stress.md), like `{}`: a placeholder a user fills later.
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
      return StressScenario(name: defaultName(file))
    }
    var config = try JSONConfig(bytes, file: file)
    var s = StressScenario(name: defaultName(file))
    for member in config.members(of: config.root, allowed: keys) ?? [] {
      switch member.key {
      case "name":
        if let v = config.string(member) { s.name = v }
      case "description":
        if let v = config.string(member) { s.description = v }
      case "trial_conversion":
        s.trialConversion = config.number(member, in: multiplierRange)
      case "usage_change":
        s.usageChange = config.number(member, in: changeRange)
      case "expansion_multiplier":
        s.expansionMultiplier = config.number(member, in: multiplierRange)
      case "pilots_renew":
        s.pilotsRenew = config.number(member, in: shareRange)
      case "price_change":
        s.priceChange = config.number(member, in: changeRange)
      case "lose_top_accounts":
        s.loseTopAccounts = config.integer(member, in: accountCountRange)
      case "churn_multiplier":
        s.churnMultiplier = churn(member, &config)
      default:
        break
      }
    }
    try config.finish()
    return s
  }

  /// `churn_multiplier`: a bare number (meaning `all`) or an object of multipliers.
  private static func churn(_ member: JSONConfig.Member, _ config: inout JSONConfig)
    -> ChurnMultiplier?
  {
    var m = ChurnMultiplier()
    if member.isNumber {
      guard let v = config.number(member, in: multiplierRange) else { return nil }
      m.all = v
      return m
    }
    guard member.isObject else {
      config.mismatch(
        member,
        expected: "a number from 0 to \(JSONConfig.format(multiplierRange.upperBound)), or an "
          + "object with keys among: " + churnKeys.joined(separator: ", "))
      return nil
    }
    let entries =
      config.members(of: member.node, allowed: churnKeys, prefix: "churn_multiplier.") ?? []
    for e in entries {
      guard let x = config.number(e, in: multiplierRange) else { continue }
      let name = String(e.key.dropFirst("churn_multiplier.".count))
      if name == "all" {
        m.all = x
      } else if let t = ContractType(rawValue: name) {
        m.byContractType[ContractType.allCases.firstIndex(of: t)!] = x
      } else if let c = RevenueClass(rawValue: name) {
        m.byClass[c.index] = x
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

  /// Shortest text of a number: `10`, `-1`, `0.5`.
  static func format(_ v: Double) -> String { JSONConfig.format(v) }

  /// Reads the scenario file at `path`.
  /// - Parameter path: The file's path.
  /// - Returns: The scenario.
  /// - Throws: ``ARRQualityError`` `.missingInput` when the file is missing, unreadable, a
  ///   folder or a device; `.invalidData` when it is larger than ``InputFile/jsonLimit`` or as
  ///   ``load(_:file:)``.
  /// - Complexity: O(file size).
  public static func load(path: String) throws(ARRQualityError) -> StressScenario {
    // `-` is standard input; the size is checked before reading (InputFile.jsonLimit).
    try load(try InputFile.read(path, limit: InputFile.jsonLimit), file: path)
  }
}
