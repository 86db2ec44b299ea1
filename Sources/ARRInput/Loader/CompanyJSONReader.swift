import ARRCore

/// Reads `company.json` into a ``CompanyProfile``, checking every key.
enum CompanyJSONReader {
  static let file = "company.json"
  static let keys = [
    "name", "currency", "as_of", "reported_arr", "gross_margin", "discount_rate", "cac",
  ]

  /// Parses `bytes`; every problem is logged as fatal, with its line and column.
  /// - Returns: The profile (fields with problems left unset).
  /// - Complexity: O(bytes).
  static func read(_ bytes: [UInt8], log: inout ProblemLog) -> CompanyProfile {
    var profile = CompanyProfile.assumingUSD
    var config: JSONConfig
    do {
      config = try JSONConfig(bytes, file: file)
    } catch {
      for p in error.problems { log.fatal(p) }
      return profile
    }
    for member in config.members(of: config.root, allowed: keys) ?? [] {
      if member.isNull { continue }
      switch member.key {
      case "name":
        if let s = config.string(member) { profile.name = s }
      case "currency":
        if let s = config.string(member) {
          if s.utf8.count == 3, s.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
            profile.currency = s
            profile.isCurrencyAssumed = false
          } else {
            config.mismatch(member, expected: "a currency code of 3 capital letters, e.g. \"USD\"")
          }
        }
      case "as_of":
        if let s = config.string(member) {
          if let m = Month(s) {
            profile.asOf = m
          } else {
            config.mismatch(member, expected: "a month \"YYYY-MM\", e.g. \"2025-03\"")
          }
        }
      case "cac":
        // A number for every segment, or an object with one amount per segment name.
        if member.isObject {
          let segments = config.members(of: member.node, allowed: nil, prefix: "cac.") ?? []
          for bySegment in segments where !bySegment.isNull {
            let segment = String(bySegment.key.dropFirst("cac.".count))
            if let cents = amount(bySegment, &config, &log) {
              profile.cacBySegment[segment] = cents
            }
          }
        } else if let cents = amount(member, &config, &log) {
          profile.cac = cents
        }
      case "reported_arr":
        if let cents = amount(member, &config, &log) { profile.reportedARR = cents }
      case "gross_margin", "discount_rate":
        if let d = config.number(member, in: 0...1) {
          if member.key == "gross_margin" {
            profile.grossMargin = d
          } else {
            profile.discountRate = d
          }
        }
      default:
        break
      }
    }
    for p in config.problems { log.fatal(p) }
    return profile
  }

  /// An amount given as a number (`1500.5`) or a string (`"$1,500.50"`).
  private static func amount(
    _ member: JSONConfig.Member, _ config: inout JSONConfig, _ log: inout ProblemLog
  ) -> Int64? {
    let expected =
      "an amount, e.g. 1234.50 or \"$1,234.50\""
      + (member.key == "cac" ? ", or an object of amounts by segment, e.g. {\"smb\": 300}" : "")
    guard let text = config.numberOrStringText(member, expected: expected) else { return nil }
    do throws(MoneyError) {
      return try MoneyParser.nonNegativeCents(text)
    } catch {
      if error == .tooManyDecimals { log.tooManyDecimals += 1 }
      config.report(FieldMessages.amount(member.key, text, error), at: member.node.offset)
      return nil
    }
  }
}
