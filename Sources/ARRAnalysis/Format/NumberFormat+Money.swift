import ARRCore

/// Money, from integer cents (Int64) to text.
///
/// Cents are always hundredths of the currency unit, JPY included (the input stores yen × 100);
/// JPY only prints no decimals.
extension NumberFormat {
  /// Compact money for prose and charts: three significant figures with K, M, B or T.
  ///
  /// `452_000_000` → `"$4.52M"`, `81_200_000` → `"$812K"`, `120_000_000_000` → `"$1.20B"`,
  /// `95_000` → `"$950"`, `-130_000` → `"-$1.30K"`, `0` → `"$0"`. Amounts under 1,000 units print
  /// whole units. Rounding is half away from zero and carries into the next suffix:
  /// `99_950_000` (999.5K) → `"$1.00M"`. Beyond 999T the whole number of trillions is grouped.
  /// - Parameter cents: the amount in cents.
  /// - Returns: the text, with a leading `-` for negative amounts that do not round to zero.
  public func compactMoney(cents: Int64) -> String {
    compactMoney(cents: cents, significantDigits: 3)
  }

  /// ``compactMoney(cents:)`` with `significantDigits` significant figures (3 or 4): four tell
  /// apart two amounts that print alike with three (`1_640_016_000` → `"$16.40M"` beside
  /// `1_641_728_100` → `"$16.42M"`; render review 28, R28-8).
  /// - Parameters:
  ///   - cents: the amount in cents.
  ///   - significantDigits: 3 (the default figure) or 4.
  /// - Returns: the text, with a leading `-` for negative amounts that do not round to zero.
  public func compactMoney(cents: Int64, significantDigits: Int) -> String {
    let body = Self.compactDigits(cents.magnitude, significantDigits: significantDigits)
    let isZero = body == "0"
    return (cents < 0 && !isZero ? "-" : "") + currencySymbol + body
  }

  /// A compact money change with its sign: `"+$120K"`, `"-$30.0K"`; zero prints `"$0"`.
  /// - Parameter cents: the change in cents.
  public func signedCompactMoney(cents: Int64) -> String {
    let text = compactMoney(cents: cents)
    return cents > 0 && text != currencySymbol + "0" ? "+" + text : text
  }

  /// Whole currency units with thousands separators, for tables: `123_456_750` → `"$1,234,568"`.
  /// - Parameter cents: the amount in cents; rounded half away from zero to whole units.
  public func money(cents: Int64) -> String {
    let magnitude = cents.magnitude
    let units = magnitude / 100 + (magnitude % 100 >= 50 ? 1 : 0)
    return (cents < 0 && units != 0 ? "-" : "") + currencySymbol + Money.grouped(units)
  }

  /// A whole-unit money change with its sign: `"+$1,200"`, `"-$30"`; zero prints `"$0"`.
  /// - Parameter cents: the change in cents.
  public func signedMoney(cents: Int64) -> String {
    let text = money(cents: cents)
    return cents > 0 && text != currencySymbol + "0" ? "+" + text : text
  }

  /// Whole currency units as money text, for amounts already rounded to units (a footed
  /// table's cells): `1234` → `"$1,234"`, `-30` → `"-$30"`. Written from the units themselves:
  /// the largest ARR in units, times 100, is beyond `Int64`.
  /// - Parameter units: The amount in whole currency units.
  public func money(units: Int64) -> String {
    (units < 0 ? "-" : "") + currencySymbol + Money.grouped(units.magnitude)
  }

  /// Whole currency units as a signed change: `1200` → `"+$1,200"`, `-30` → `"-$30"`, `0` →
  /// `"$0"`.
  /// - Parameter units: The change in whole currency units.
  public func signedMoney(units: Int64) -> String {
    (units > 0 ? "+" : "") + money(units: units)
  }

  /// Money with cents and thousands separators: `123_450` → `"$1,234.50"`, `-5` → `"-$0.05"`.
  /// For JPY (no minor units) the amount is rounded half away from zero to whole yen.
  /// - Parameter cents: the amount in cents.
  public func moneyWithCents(cents: Int64) -> String {
    guard fractionDigits == 2 else { return money(cents: cents) }
    let magnitude = cents.magnitude
    return (cents < 0 ? "-" : "") + currencySymbol
      + DecimalText.text(scaled: magnitude, places: 2, isGrouped: true)
  }

  /// Suffix tiers: the divisor in cents for each suffix.
  private static let tiers: [(divisor: UInt64, suffix: String)] = [
    (100_000, "K"), (100_000_000, "M"), (100_000_000_000, "B"), (100_000_000_000_000, "T"),
  ]

  /// The digits and suffix of a compact amount, without sign or symbol.
  static func compactDigits(_ cents: UInt64, significantDigits: Int = 3) -> String {
    let units = divideRounded(cents, by: 100, scale: 1)
    if units < 1000 { return String(units) }
    // Take the first (suffix, decimals) whose rounded mantissa still has the figures asked
    // for, so rounding that reaches 1000 (10000) moves on to the next precision or suffix.
    let four = significantDigits >= 4
    let bound: UInt64 = four ? 10_000 : 1000
    for (divisor, suffix) in tiers {
      for places in four ? [3, 2, 1, 0] : [2, 1, 0] {
        let scale: UInt64 = places == 3 ? 1000 : places == 2 ? 100 : places == 1 ? 10 : 1
        let mantissa = divideRounded(cents, by: divisor, scale: scale)
        // At most that many figures, and under 1000 of the suffix ("1000K" is "1.000M").
        if mantissa < bound, mantissa / scale < 1000 {
          return DecimalText.text(scaled: mantissa, places: places, isGrouped: false) + suffix
        }
      }
    }
    let trillions = divideRounded(cents, by: tiers[tiers.count - 1].divisor, scale: 1)
    return Money.grouped(trillions) + "T"
  }

  /// `round(value × scale ÷ divisor)` half away from zero without overflow
  /// (`value ≤ 2^63`, `scale ≤ 1000`, `divisor` even; the quotient × scale stays under 2^64
  /// for the tiers' divisors, 10⁵ and up, and the remainder × scale under 10¹⁷).
  private static func divideRounded(_ value: UInt64, by divisor: UInt64, scale: UInt64) -> UInt64 {
    let (whole, remainder) = value.quotientAndRemainder(dividingBy: divisor)
    // whole × scale + round(remainder × scale ÷ divisor); remainder × scale < divisor × 100.
    let part = remainder * scale
    let (q, r) = part.quotientAndRemainder(dividingBy: divisor)
    return whole * scale + q + (r * 2 >= divisor ? 1 : 0)
  }
}
