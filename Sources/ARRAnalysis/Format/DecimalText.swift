import ARRCore

/// Locale-free decimal text for doubles and integers: the one rounding rule every report figure and
/// every chart coordinate goes through, so the same number prints the same bytes on every machine.
///
/// Rounding is half away from zero. Because most decimal fractions are not exact in binary
/// (`0.0125` is stored as `0.01249999…`), a scaled value within a few units in the last place
/// of a half (a relative `1e-15`, at least `1e-9` absolute) is treated as that half, as a person
/// rounding by hand would.
package enum DecimalText {
  /// Largest scaled magnitude converted exactly; beyond it the value is not formatted.
  static let maxScaled: Double = 9.0e18

  /// `10^places` for `places` in 0…18.
  static func powerOfTen(_ places: Int) -> Double {
    var p = 1.0
    for _ in 0..<max(0, places) { p *= 10 }
    return p
  }

  /// `|x| × 10^places`, rounded half away from zero, and whether `x` was negative.
  /// Returns `nil` for NaN, infinities and magnitudes too large for `UInt64`.
  static func roundedScaled(_ x: Double, places: Int) -> (isNegative: Bool, magnitude: UInt64)? {
    guard x.isFinite else { return nil }
    let scaled = abs(x) * powerOfTen(places)
    guard scaled < maxScaled else { return nil }
    let whole = scaled.rounded(.down)
    let tolerance = min(max(1e-9, scaled * 1e-15), 0.25)
    let roundsUp = scaled - whole >= 0.5 - tolerance
    return (x < 0, UInt64(whole) + (roundsUp ? 1 : 0))
  }

  /// A scaled magnitude as text with `places` decimals: `(12345, 2)` → `"123.45"`;
  /// thousands separators in the whole part when `isGrouped`.
  static func text(scaled magnitude: UInt64, places: Int, isGrouped: Bool) -> String {
    guard places > 0 else { return isGrouped ? Money.grouped(magnitude) : String(magnitude) }
    var divisor: UInt64 = 1
    for _ in 0..<places { divisor *= 10 }
    let whole = magnitude / divisor
    let fraction = String(magnitude % divisor)
    let padding = String(repeating: "0", count: places - fraction.count)
    return (isGrouped ? Money.grouped(whole) : String(whole)) + "." + padding + fraction
  }

  /// `x` with exactly `places` decimals (`-0.05` → `"-0.1"` for one place), a leading `-` only
  /// when the rounded value is not zero; `nil` when `x` is not finite or too large.
  package static func fixed(_ x: Double, places: Int, isGrouped: Bool = false) -> String? {
    guard let (isNegative, magnitude) = roundedScaled(x, places: places) else { return nil }
    let body = text(scaled: magnitude, places: places, isGrouped: isGrouped)
    return (isNegative && magnitude != 0 ? "-" : "") + body
  }
}
