/// Percentages, percentage-point changes and ratios, from fractions (`docs/output.md`: ratios are
/// fractions, `1.084` means 108.4%).
///
/// NaN and infinities (a ratio over zero) print `"n/a"`, never `nan` or `inf`.
extension NumberFormat {
  /// A fraction as a percentage: `1.084` → `"108.4%"`, `0.5` → `"50.0%"`, `12.5` → `"1,250.0%"`.
  /// - Parameters:
  ///   - fraction: the value as a fraction (1 = 100%).
  ///   - decimals: digits after the point (default 1), 0–6.
  /// - Returns: the text, rounded half away from zero; `"n/a"` when not finite.
  public func percent(_ fraction: Double, decimals: Int = 1) -> String {
    let places = min(max(decimals, 0), 6)
    guard let text = DecimalText.fixed(fraction * 100, places: places, isGrouped: true) else {
      return "n/a"
    }
    return text + "%"
  }

  /// A relative change with its sign: `0.12` → `"+12.0%"`, `-0.034` → `"-3.4%"`; a change that
  /// rounds to zero prints `"0.0%"`.
  /// - Parameters:
  ///   - fraction: the change as a fraction.
  ///   - decimals: digits after the point (default 1), 0–6.
  public func signedPercent(_ fraction: Double, decimals: Int = 1) -> String {
    signed(percent(fraction, decimals: decimals))
  }

  /// A difference of two percentages in percentage points: `0.024` → `"+2.4 pts"`,
  /// `-0.005` → `"-0.5 pts"`, `0` → `"0.0 pts"`.
  /// - Parameter fractionDifference: the difference of two fractions (`1.08 − 1.056`).
  /// - Returns: the text with one decimal; `"n/a"` when not finite.
  public func signedPoints(_ fractionDifference: Double) -> String {
    guard let text = DecimalText.fixed(fractionDifference * 100, places: 1, isGrouped: true)
    else { return "n/a" }
    return signed(text) + " pts"
  }

  /// A multiple such as the quick ratio: `3.24` → `"3.2×"` (U+00D7 multiplication sign).
  /// - Parameters:
  ///   - value: the ratio.
  ///   - decimals: digits after the point (default 1), 0–6.
  /// - Returns: the text; `"n/a"` when not finite (e.g. nothing lost in the period).
  public func ratio(_ value: Double, decimals: Int = 1) -> String {
    guard let text = DecimalText.fixed(value, places: min(max(decimals, 0), 6), isGrouped: true)
    else { return "n/a" }
    return text + "×"
  }

  /// Prefixes `+` to a formatted positive number; leaves negatives, zero and `n/a` alone.
  private func signed(_ text: String) -> String {
    guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9")
    else { return text }
    let isZero = text.utf8.allSatisfy { !($0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9")) }
    return isZero ? text : "+" + text
  }
}
