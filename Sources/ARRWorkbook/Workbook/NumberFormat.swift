/// Whether a cell's number format shows a date, decided from the format alone.
enum NumberFormat {
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
}
