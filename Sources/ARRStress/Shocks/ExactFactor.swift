import ARRCore

/// A scale factor 1 + u kept as an exact fraction `numerator / denominator` (a power of ten),
/// so integer amounts (cents, usage units) are scaled without a binary fraction in between.
///
/// Why: `usage_change` −0.3 multiplied cents by the `Double` 0.7, which is
/// 0.6999999999999999555910790149937 in binary; an amount whose 70% is an exact half cent
/// (688,755 cents → 482,128.5) then rounded down instead of away from zero, 72 cents short
/// over a company's stressed headline (trial 18b, G15). The change is read as the decimal it
/// is written as: the shortest decimal that reads back as the same `Double` (Swift's
/// `description`), which is the scenario file's own text whenever that has at most 15
/// significant digits. Beyond **18** decimal places the change is rounded half away from zero
/// to 18 (docs/stress.md; session 18, findings lane).
public struct ExactFactor: Sendable, Equatable {
  /// Most decimal places of a change kept exactly.
  public static let maximumDecimals = 18

  /// The factor's numerator (1 + u = numerator / denominator, in lowest terms by tens).
  public private(set) var numerator: UInt64
  /// A power of ten, at most 10^18.
  public private(set) var denominator: UInt64

  /// The factor 1 + `change`; `nil` for a change below −1, above 10, or not finite (outside
  /// ``StressScenario/changeRange``, which scenario files are checked against).
  /// - Parameter change: The change as a fraction (−0.3 = down 30%).
  public init?(change: Double) {
    guard change.isFinite, StressScenario.changeRange.contains(change) else { return nil }
    guard let (units, decimals) = Self.decimal(change) else { return nil }
    var d: UInt64 = 1
    for _ in 0..<decimals { d *= 10 }
    // |units| ≤ 10 × d and d ≤ 10^18, so d + units stays within 0...11 × 10^18 < 2^64.
    let n =
      units >= 0 ? d + UInt64(units) : d - UInt64(units.magnitude)
    numerator = n
    denominator = d
    while denominator > 1 && numerator % 10 == 0 {
      numerator /= 10
      denominator /= 10
    }
  }

  /// `amount` × the factor, rounded half away from zero; `nil` when the result is beyond
  /// `Int64` (never for an amount within ``Money/maximumMRRCents``: the factor is at most 11).
  /// - Parameter amount: Cents or usage units.
  /// - Returns: The scaled amount.
  /// - Complexity: O(1).
  public func scaled(_ amount: Int64) -> Int64? {
    let product = amount.magnitude.multipliedFullWidth(by: numerator)
    // The quotient fits in 64 bits only when the high word is below the divisor.
    guard product.high < denominator else { return nil }
    var (q, r) = denominator.dividingFullWidth(product)
    // Half away from zero on the magnitude: r ≥ d − r, i.e. 2r ≥ d without overflow.
    if r >= denominator - r {
      let (next, o) = q.addingReportingOverflow(1)
      guard !o else { return nil }
      q = next
    }
    if amount >= 0 {
      return q <= UInt64(Int64.max) ? Int64(q) : nil
    }
    return q <= Int64.min.magnitude ? Int64(truncatingIfNeeded: 0 &- q) : nil
  }

  /// `value` as `units / 10^decimals` (decimals ≤ ``maximumDecimals``), read from its shortest
  /// decimal text (`-0.3`, `1e-05`, `10.0`); digits past the 18th decimal place are rounded
  /// half away from zero.
  private static func decimal(_ value: Double) -> (units: Int64, decimals: Int)? {
    let text = value.description
    var digits: [UInt8] = []
    var fraction = 0
    var exponent = 0
    var isNegative = false
    var seenPoint = false
    var bytes = Array(text.utf8)[...]
    if bytes.first == UInt8(ascii: "-") {
      isNegative = true
      bytes = bytes.dropFirst()
    }
    while let b = bytes.first {
      bytes = bytes.dropFirst()
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits.append(b - UInt8(ascii: "0"))
        if seenPoint { fraction += 1 }
      case UInt8(ascii: "."):
        seenPoint = true
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        guard let e = Int(String(decoding: bytes, as: UTF8.self)) else { return nil }
        exponent = e
        bytes = []
      default:
        return nil
      }
    }
    // value = digits × 10^(exponent − fraction): with d decimals, units = digits × 10^(d − that).
    var decimals = fraction - exponent
    // Trailing zeros of the digits say nothing: drop them first (10.0 → 1 × 10^1).
    while decimals > 0, digits.count > 1, digits.last == 0 {
      digits.removeLast()
      decimals -= 1
    }
    var roundUp = false
    if decimals > maximumDecimals {
      // Keep the digits down to the 18th place; round on the first dropped digit.
      let drop = decimals - maximumDecimals
      if drop > digits.count {
        digits = [0]
      } else {
        let kept = digits.count - drop
        roundUp = digits[kept] >= 5
        digits = kept > 0 ? Array(digits[..<kept]) : [0]
      }
      decimals = maximumDecimals
    }
    var units: Int64 = 0
    for d in digits {
      let (m, o1) = units.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int64(d))
      guard !o1, !o2 else { return nil }
      units = s
    }
    if roundUp { units += 1 }
    // Whole numbers written with a positive exponent (1e+01) scale up instead.
    while decimals < 0 {
      let (m, o) = units.multipliedReportingOverflow(by: 10)
      guard !o else { return nil }
      units = m
      decimals += 1
    }
    return (isNegative ? -units : units, decimals)
  }
}
