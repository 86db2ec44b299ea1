/// Money helpers. Money is always integer cents (`Int64`); these convert at the edges.
public enum Money {
  /// `123450` → `"1234.50"`, `-5` → `"-0.05"`: the JSON and CSV form.
  public static func decimalString(cents: Int64) -> String {
    let negative = cents < 0
    let magnitude = cents.magnitude
    let units = magnitude / 100
    let fraction = magnitude % 100
    return (negative ? "-" : "") + String(units) + "." + (fraction < 10 ? "0" : "")
      + String(fraction)
  }

  /// Rounds a fractional number of cents half away from zero.
  public static func round(_ cents: Double) -> Int64 {
    guard cents.isFinite else { return 0 }
    return Int64(cents.rounded(.toNearestOrAwayFromZero))
  }

  /// Parses a plain decimal amount (`1234.5`, `-3`, `0.25`) into cents; `nil` if it is not one
  /// or has more than two decimals. Used for JSON numbers; CSV money has its own fast parser.
  public static func cents(fromDecimal text: String) -> Int64? {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes = bytes.dropFirst()
    }
    var units: Int64 = 0
    var frac: Int64 = 0
    var fracDigits = 0
    var seenDot = false
    var digits = 0
    for b in bytes {
      if b == UInt8(ascii: ".") {
        if seenDot { return nil }
        seenDot = true
        continue
      }
      guard b >= 48 && b <= 57 else { return nil }
      let d = Int64(b - 48)
      if seenDot {
        fracDigits += 1
        if fracDigits > 2 { return nil }
        frac = frac * 10 + d
      } else {
        digits += 1
        let (m, o1) = units.multipliedReportingOverflow(by: 10)
        let (s, o2) = m.addingReportingOverflow(d)
        if o1 || o2 { return nil }
        units = s
      }
    }
    guard digits > 0 else { return nil }
    if fracDigits == 1 { frac *= 10 }
    let (c, o1) = units.multipliedReportingOverflow(by: 100)
    let (t, o2) = c.addingReportingOverflow(frac)
    if o1 || o2 { return nil }
    return negative ? -t : t
  }
}
