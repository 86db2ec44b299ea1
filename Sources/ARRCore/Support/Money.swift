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

  /// What goes before an amount of currency `code` in a report: `"$"` (USD), `"€"` (EUR),
  /// `"£"` (GBP), `"₪"` (ILS), `"¥"` (JPY), `"CA$"` (CAD), `"A$"` (AUD); any other code as itself
  /// and a space (`"CHF "`); nothing for an empty code. `code` is trimmed of spaces and
  /// upper-cased first. The one table of symbols: the report's number format uses it too.
  public static func currencySymbol(_ code: String) -> String {
    switch normalisedCurrency(code) {
    case "USD": return "$"
    case "EUR": return "€"
    case "GBP": return "£"
    case "ILS": return "₪"
    case "JPY": return "¥"
    case "CAD": return "CA$"
    case "AUD": return "A$"
    case "": return ""
    case let other: return other + " "
    }
  }

  /// An ISO 4217 code without spaces, upper-cased: `" usd"` → `"USD"`.
  public static func normalisedCurrency(_ code: String) -> String {
    String(
      decoding: code.utf8.filter { $0 != UInt8(ascii: " ") }.map {
        $0 >= 97 && $0 <= 122 ? $0 - 32 : $0
      }, as: UTF8.self)
  }

  /// `1234567` → `"1,234,567"`.
  public static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value).utf8)
    var out: [UInt8] = []
    out.reserveCapacity(digits.count + digits.count / 3)
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(d)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Money for a message a reader sees (import notes and findings), written as the report writes
  /// money with cents: the currency's symbol, thousands separators and two decimals.
  /// `18_516_913` USD → `"$185,169.13"`, `-5` → `"-$0.05"`, `123_456_789` CHF →
  /// `"CHF 1,234,567.89"`; a currency without decimals (JPY, KRW: ``CurrencyDigits``) rounds
  /// half away from zero to whole units (`123_450` → `"¥1,235"`). Not for JSON or CSV, which
  /// keep ``decimalString(cents:)``.
  ///
  /// With `wholeUnits`, the amount is rounded half away from zero to whole currency units, as
  /// the report's tables and prose show money (`18_516_913` → `"$185,169"`): for amounts a
  /// reader compares with the report's (credits or refunds left out). An amount that would
  /// round to zero keeps its cents (`30` → `"$0.30"`), never a bare `"$0"`. Without it, cents stay,
  /// for amounts whose cents matter (a totals row that misses the sum of its lines).
  /// - Parameters:
  ///   - cents: The amount, in hundredths of the currency unit.
  ///   - currency: ISO 4217 code; `nil` for USD, the default of a company that names none.
  ///   - wholeUnits: Round to whole currency units.
  public static func text(cents: Int64, currency: String? = nil, wholeUnits: Bool = false)
    -> String
  {
    let code = normalisedCurrency(currency ?? "USD")
    let magnitude = cents.magnitude
    let sign = cents < 0 ? "-" : ""
    let units = magnitude / 100 + (magnitude % 100 >= 50 ? 1 : 0)
    // An amount under half a unit keeps its cents: "refunds of $0 exceed …" would say nothing.
    if CurrencyDigits.of(code) == 0 || (wholeUnits && (units > 0 || magnitude == 0)) {
      return (units == 0 ? "" : sign) + currencySymbol(code) + grouped(units)
    }
    let fraction = magnitude % 100
    return sign + currencySymbol(code) + grouped(magnitude / 100) + "."
      + (fraction < 10 ? "0" : "") + String(fraction)
  }

  /// The largest MRR, in cents, whose annual run rate (12 ×) is still an exact `Int64`:
  /// 768,614,336,404,564,650 cents, i.e. 7,686,143,364,045,646.50 in currency units.
  ///
  /// Every input amount (a cell of `monthly.csv` or `accounts.csv`), every month's total over all
  /// accounts, and the total over all months must stay at or below it; beyond, the loader reports
  /// a data error (see ``RevenueMatrix/firstExcess()``). That keeps every later sum and the
  /// annualisation exact without checks in the hot loops: a sum of amounts of one company, over
  /// accounts and months, never exceeds this bound, and 12 × the bound fits.
  public static let maximumMRRCents: Int64 = Int64.max / 12

  /// Rounds a fractional number of cents half away from zero.
  ///
  /// Estimates (projections, stressed figures) are `Double`s; one beyond what `Int64` holds
  /// saturates at `Int64.min`/`Int64.max` rather than trapping, and a non-finite one is 0. Exact
  /// figures never reach this: they are integer sums kept within ``maximumMRRCents``.
  public static func round(_ cents: Double) -> Int64 {
    guard cents.isFinite else { return 0 }
    let r = cents.rounded(.toNearestOrAwayFromZero)
    // 2^63 is the first Double above Int64.max; −2^63 is Int64.min exactly.
    if r >= 9_223_372_036_854_775_808.0 { return .max }
    if r <= -9_223_372_036_854_775_808.0 { return .min }
    return Int64(r)
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
