/// Reads `company.json` into a ``CompanyProfile``, checking every key.
enum CompanyJSONReader {
  static let file = "company.json"
  static let keys = [
    "name", "currency", "as_of", "reported_arr", "gross_margin", "discount_rate", "cac",
  ]

  /// Parses `bytes`; every problem is logged as fatal.
  /// - Returns: The profile (fields with problems left unset).
  /// - Complexity: O(bytes).
  static func read(_ bytes: [UInt8], log: inout ProblemLog) -> CompanyProfile {
    var profile = CompanyProfile()
    func problem(_ message: String) {
      log.fatal(InputProblem(file: file, line: 0, message: message))
    }
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes)
    } catch {
      log.fatal(
        InputProblem(
          file: file, line: error.line, column: error.column,
          message: "not valid JSON: \(error.message)"))
      return profile
    }
    guard case .object(let pairs) = value else {
      problem("expected a JSON object at the top level, found \(value.typeName)")
      return profile
    }
    for (key, v) in pairs {
      if case .null = v { continue }
      switch key {
      case "name":
        if let s = v.stringValue {
          profile.name = s
        } else {
          problem("name is \(v.typeName) (expected a string)")
        }
      case "currency":
        if let s = v.stringValue, s.utf8.count == 3, s.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
          profile.currency = s
        } else {
          problem(
            "currency \(shown(v)) is not a currency code (expected 3 capital letters, e.g. USD)")
        }
      case "as_of":
        if let s = v.stringValue, let m = Month(s) {
          profile.asOf = m
        } else {
          problem("as_of \(shown(v)) is not a month (expected \"YYYY-MM\", e.g. \"2025-03\")")
        }
      case "cac":
        // A number for every segment, or an object with one amount per segment name.
        if case .object(let bySegment) = v {
          for (segment, amountValue) in bySegment {
            if case .null = amountValue { continue }
            if let cents = amount("cac.\(segment)", amountValue, problem) {
              profile.cacBySegment[segment] = cents
            }
          }
        } else if let cents = amount(key, v, problem) {
          profile.cac = cents
        }
      case "reported_arr":
        if let cents = amount(key, v, problem) { profile.reportedARR = cents }
      case "gross_margin", "discount_rate":
        if isNumber(v), let d = v.doubleValue, d >= 0, d <= 1 {
          if key == "gross_margin" { profile.grossMargin = d } else { profile.discountRate = d }
        } else {
          problem("\(key) \(shown(v)) is out of range (expected a number from 0 to 1, e.g. 0.75)")
        }
      default:
        problem("unknown key \"\(key)\" (allowed: \(keys.joined(separator: ", ")))")
      }
    }
    return profile
  }

  private static func isNumber(_ v: JSONValue) -> Bool {
    switch v {
    case .int, .double, .number, .money: return true
    default: return false
    }
  }

  /// The value as written, for messages.
  private static func shown(_ v: JSONValue) -> String {
    FieldText.display(v.serialized(pretty: false))
  }

  private static func amount(_ key: String, _ v: JSONValue, _ problem: (String) -> Void) -> Int64? {
    let text: String
    switch v {
    case .number(let s): text = s
    case .int(let i): text = String(i)
    case .string(let s): text = s
    default:
      problem(
        "\(key) is \(v.typeName) (expected an amount, e.g. 1234.50 or \"$1,234.50\""
          + (key == "cac" ? ", or an object of amounts by segment, e.g. {\"smb\": 300})" : ")"))
      return nil
    }
    do throws(MoneyError) {
      return try MoneyParser.nonNegativeCents(text)
    } catch {
      problem(FieldMessages.amount(key, text, error))
      return nil
    }
  }
}
