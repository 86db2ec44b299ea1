/// What a cell style's number format says of its numbers beyond their digits.
enum NumberStyle: Sendable, Equatable {
  case plain
  case date
  /// A percent format (built-in 9 and 10, a code with `%`): the stored 0.2 shows as `20%`.
  case percent
  /// A format that names a currency: its sign (`€`, `£`, `$`) or ISO code (`USD`), as the
  /// format writes it (`[$€-407]`, `"£"#,##0`, `[$USD] #,##0`).
  case currency(String)
}

/// Whether a cell's number format shows a date, decided from the format alone.
public enum NumberFormat {
  /// Built-in format ids that are dates or date-times (ECMA-376 §18.8.30: 14–17 and 22, and
  /// the East Asian date formats 27–36 and 50–58). Times of day (18–21, 45–47) are not dates.
  static let builtInDateIDs: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

  /// Whether a custom format code shows a date.
  ///
  /// The rule: in the first section (before `;`), ignoring quoted text, backslash- and
  /// `_`/`*`-escaped characters and `[…]` blocks (colours, conditions, locales, elapsed `[h]`),
  /// a `y` or `d` token makes it a date, and so does an `m` without `h` or `s` (months alone,
  /// e.g. `mmm-yy` or `mmmm`; `h:mm` is minutes). `General`, `0.00`, `0.0E+00`, `#,##0` are
  /// not dates (`e`, a year in some locales, is left out: it is also the exponent).
  static func isDate(formatCode code: String) -> Bool {
    var hasYearOrDay = false
    var hasMonthOrMinute = false
    var hasTime = false
    var inQuote = false
    var inBracket = false
    var skipNext = false
    for c in code.lowercased() {
      if skipNext {
        skipNext = false
        continue
      }
      if inQuote {
        if c == "\"" { inQuote = false }
        continue
      }
      if inBracket {
        if c == "]" { inBracket = false }
        continue
      }
      switch c {
      case "\"": inQuote = true
      case "[": inBracket = true
      case "\\", "_", "*": skipNext = true
      case ";": return hasYearOrDay || (hasMonthOrMinute && !hasTime)
      case "y", "d": hasYearOrDay = true
      case "m": hasMonthOrMinute = true
      case "h", "s": hasTime = true
      default: break
      }
    }
    return hasYearOrDay || (hasMonthOrMinute && !hasTime)
  }

  /// Built-in percent formats (`0%`, `0.00%`).
  static let builtInPercentIDs: Set<Int> = [9, 10]

  /// The style of built-in format `id` (ECMA-376 §18.8.30). The built-in currency formats
  /// (5–8, 41–44) show the locale's currency, which the file does not name: plain.
  static func style(builtIn id: Int) -> NumberStyle {
    if builtInDateIDs.contains(id) { return .date }
    if builtInPercentIDs.contains(id) { return .percent }
    return .plain
  }

  /// Currency signs a format may show, and codes the importers read beside an amount.
  static let signs: Set<Character> = ["€", "£", "$", "¥"]

  /// The style of a custom format code: a date (``isDate(formatCode:)``); a percent when its
  /// first section has a `%` outside quotes and escapes; a currency when that section shows a
  /// currency sign (quoted, escaped or bare) or a `[$…]` block names one (`[$€-407]`, `[$USD]`;
  /// `[$-409]`, a locale alone, names none); else plain (review 13, F6 and F37).
  static func style(formatCode code: String) -> NumberStyle {
    if isDate(formatCode: code) { return .date }
    var currency: String?
    var isPercent = false
    var inQuote = false
    var bracket: String?
    var skipNext = false
    var quoted = ""
    for c in code {
      if skipNext {
        skipNext = false
        if signs.contains(c) { currency = currency ?? String(c) }
        continue
      }
      if inQuote {
        if c == "\"" {
          inQuote = false
          let t = quoted.trimmingSpaces
          if let sign = t.first(where: { signs.contains($0) }) {
            currency = currency ?? String(sign)
          } else if t.count == 3, t.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            currency = currency ?? t
          }
          quoted = ""
        } else {
          quoted.append(c)
        }
        continue
      }
      if var b = bracket {
        if c == "]" {
          if b.hasPrefix("$") {
            let symbol = b.dropFirst().prefix { $0 != "-" }.trimmingSpaces
            if !symbol.isEmpty { currency = currency ?? symbol }
          }
          bracket = nil
        } else {
          b.append(c)
          bracket = b
        }
        continue
      }
      switch c {
      case "\"": inQuote = true
      case "[": bracket = ""
      case "\\": skipNext = true
      case "_", "*": skipNext = true
      case ";": return isPercent ? .percent : currency.map { .currency($0) } ?? .plain
      case "%": isPercent = true
      default: if signs.contains(c) { currency = currency ?? String(c) }
      }
    }
    return isPercent ? .percent : currency.map { .currency($0) } ?? .plain
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: String {
    String(
      drop { $0 == " " || $0 == "\u{A0}" }.reversed().drop { $0 == " " || $0 == "\u{A0}" }
        .reversed())
  }
}
