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
  /// a `y` or `d` token makes it a date, and so does an `m` without `h`, `s` or an elapsed
  /// time block (months alone, e.g. `mmm-yy` or `mmmm`; `h:mm` and `[h]:mm` are minutes). `General`, `0.00`, `0.0E+00`, `#,##0` are
  /// not dates (`e`, a year in some locales, is left out: it is also the exponent).
  static func isDate(formatCode code: String) -> Bool {
    var hasYearOrDay = false
    var hasMonthOrMinute = false
    var hasTime = false
    for token in FormatToken.firstSection(of: code) {
      switch token {
      case .character(let c):
        switch c.lowercased() {
        case "y", "d": hasYearOrDay = true
        case "m": hasMonthOrMinute = true
        case "h", "s": hasTime = true
        default: break
        }
      case .bracket(let b):
        // An elapsed time (`[h]:mm`, `[mm]:ss`): its `mm` are minutes, not months.
        if !b.isEmpty, b.lowercased().allSatisfy({ "hms".contains($0) }) { hasTime = true }
      case .quoted, .escaped: break
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
    for token in FormatToken.firstSection(of: code) {
      switch token {
      case .escaped(let c), .character(let c):
        if c == "%", case .character = token { isPercent = true }
        if signs.contains(c) { currency = currency ?? String(c) }
      case .quoted(let text):
        let t = text.trimmingSpaces
        if let sign = t.first(where: { signs.contains($0) }) {
          currency = currency ?? String(sign)
        } else if t.count == 3, t.allSatisfy({ $0.isASCII && $0.isUppercase }) {
          currency = currency ?? t
        }
      case .bracket(let b):
        if b.hasPrefix("$") {
          let symbol = b.dropFirst().prefix { $0 != "-" }.trimmingSpaces
          if !symbol.isEmpty { currency = currency ?? symbol }
        }
      }
    }
    return isPercent ? .percent : currency.map { .currency($0) } ?? .plain
  }
}

/// One token of a number format code: what ``NumberFormat/isDate(formatCode:)`` and
/// ``NumberFormat/style(formatCode:)`` read, scanned once by one rule (ECMA-376 §18.8.31), where three scans each kept their own
/// copy of the quoting rules.
enum FormatToken: Sendable, Equatable {
  /// Text in double quotes, shown as written (`"£"`, `" USD"`).
  case quoted(String)
  /// The character after `\` (shown as written), `_` (a space its width) or `*` (repeated
  /// to fill the cell).
  case escaped(Character)
  /// A `[…]` block's inside: a colour, a condition, a locale and currency (`$€-407`), an
  /// elapsed time (`h`).
  case bracket(String)
  /// Any other character: a digit placeholder, a date or time letter, `%`, a bare sign.
  case character(Character)

  /// The tokens of `code`'s first section (before the first `;` outside quotes, escapes and
  /// brackets: the format of positive numbers). A quote or bracket left open at the end gives
  /// no token.
  /// - Complexity: O(code's length).
  static func firstSection(of code: String) -> [FormatToken] {
    var out = [FormatToken]()
    var quoted: String?
    var bracket: String?
    var isEscaping = false
    for c in code {
      if isEscaping {
        isEscaping = false
        out.append(.escaped(c))
      } else if var q = quoted {
        if c == "\"" {
          out.append(.quoted(q))
          quoted = nil
        } else {
          q.append(c)
          quoted = q
        }
      } else if var b = bracket {
        if c == "]" {
          out.append(.bracket(b))
          bracket = nil
        } else {
          b.append(c)
          bracket = b
        }
      } else {
        switch c {
        case "\"": quoted = ""
        case "[": bracket = ""
        case "\\", "_", "*": isEscaping = true
        case ";": return out
        default: out.append(.character(c))
        }
      }
    }
    return out
  }
}

extension StringProtocol {
  fileprivate var trimmingSpaces: String {
    String(
      drop { $0 == " " || $0 == "\u{A0}" }.reversed().drop { $0 == " " || $0 == "\u{A0}" }
        .reversed())
  }
}
