import ARRCore

/// Why a cell is not an acceptable amount of money.
enum MoneyError: Error, Equatable, Sendable {
  case notAnAmount
  case tooManyDecimals
  case negative
  case tooLarge
}

/// Parses amounts of money straight from bytes to integer cents.
///
/// Accepted: an optional `-` (rejected later as negative where amounts must not be), an optional
/// currency sign (`$`, `€`, `£`), digits either plain (`1234`) or in groups of three after a
/// first group of one to three (`1,234,567`), then optionally `.` and one or two decimals.
/// Spaces and tabs around the value are ignored.
enum MoneyParser {
  /// More integer digits than this could overflow `Int64` cents.
  static let maxIntegerDigits = 16

  /// Parses `bytes` to cents.
  /// - Parameter bytes: The cell, e.g. `$1,234.50`.
  /// - Returns: The amount in cents (negative when a `-` was given).
  /// - Throws: ``MoneyError``.
  /// - Complexity: O(n).
  @inline(__always)
  static func cents(_ bytes: UnsafeBufferPointer<UInt8>) throws(MoneyError) -> Int64 {
    let (magnitude, isNegative) = try parse(bytes)
    return isNegative ? -magnitude : magnitude
  }

  /// Parses a cell that must not be negative: any minus sign is rejected, `-0` and `-0.00`
  /// included (the contract forbids the sign, whatever the value), and so is an amount above
  /// `maximum`.
  /// - Parameters:
  ///   - bytes: The cell.
  ///   - maximum: The largest amount accepted, in cents; by default ``Money/maximumMRRCents``,
  ///     the largest whose 12 × still fits.
  /// - Returns: The amount in cents.
  /// - Throws: ``MoneyError``.
  @inline(__always)
  static func nonNegativeCents(
    _ bytes: UnsafeBufferPointer<UInt8>, maximum: Int64 = Money.maximumMRRCents
  ) throws(MoneyError) -> Int64 {
    let (magnitude, isNegative) = try parse(bytes)
    if isNegative { throw .negative }
    if magnitude > maximum { throw .tooLarge }
    return magnitude
  }

  /// The magnitude in cents and whether a minus sign was given.
  @inline(__always)
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(MoneyError) -> (
    Int64, Bool
  ) {
    let (lo, hi) = FieldText.trimmed(bytes)
    guard lo < hi, let p = bytes.baseAddress else { throw .notAnAmount }
    var i = lo
    var negative = false
    if p[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    i = skipCurrencySign(p, i, hi)
    if !negative && i < hi && p[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    var units: Int64 = 0
    var digits = 0
    var significant = 0
    var groupDigits = 0
    var sawComma = false
    while i < hi {
      let c = p[i]
      let d = Int64(c) &- 48
      if d >= 0 && d <= 9 {
        // Leading zeros are no digits of the value: `00000000000000000100.00` is 100.00, as
        // fixed-width exports write it (hostile 56, H56-5: "too large").
        if units != 0 || d != 0 { significant += 1 }
        units = units &* 10 &+ d
        digits += 1
        groupDigits += 1
        if significant > maxIntegerDigits { throw .tooLarge }
        i += 1
      } else if c == UInt8(ascii: ",") {
        // The first group has 1–3 digits; every later one exactly 3.
        if sawComma ? groupDigits != 3 : (groupDigits == 0 || groupDigits > 3) {
          throw .notAnAmount
        }
        sawComma = true
        groupDigits = 0
        i += 1
      } else {
        break
      }
    }
    guard digits > 0, !sawComma || groupDigits == 3 else { throw .notAnAmount }
    var fraction: Int64 = 0
    if i < hi {
      guard p[i] == UInt8(ascii: ".") else { throw .notAnAmount }
      i += 1
      var fractionDigits = 0
      while i < hi {
        let d = Int64(p[i]) &- 48
        guard d >= 0 && d <= 9 else { throw .notAnAmount }
        fractionDigits += 1
        if fractionDigits <= 2 { fraction = fraction &* 10 &+ d }
        i += 1
      }
      if fractionDigits == 0 { throw .notAnAmount }
      if fractionDigits > 2 { throw .tooManyDecimals }
      if fractionDigits == 1 { fraction &*= 10 }
    }
    // At most 16 integer digits: below 10^18 cents, so this cannot overflow.
    return (units &* 100 &+ fraction, negative)
  }

  @inline(__always)
  private static func skipCurrencySign(_ p: UnsafePointer<UInt8>, _ i: Int, _ hi: Int) -> Int {
    guard i < hi else { return i }
    if p[i] == UInt8(ascii: "$") { return i + 1 }
    // £ is C2 A3; € is E2 82 AC.
    if p[i] == 0xC2 && i + 1 < hi && p[i + 1] == 0xA3 { return i + 2 }
    if p[i] == 0xE2 && i + 2 < hi && p[i + 1] == 0x82 && p[i + 2] == 0xAC { return i + 3 }
    return i
  }
}

extension MoneyParser {
  /// Parses `text` (for `company.json` strings and tests).
  static func cents(_ text: String) throws(MoneyError) -> Int64 {
    try FieldText.withBytes(text) { (b) throws(MoneyError) -> Int64 in try cents(b) }
  }

  /// Parses `text` that must not be negative (``nonNegativeCents(_:maximum:)``).
  static func nonNegativeCents(_ text: String, maximum: Int64 = Money.maximumMRRCents)
    throws(MoneyError) -> Int64
  {
    try FieldText.withBytes(text) { (b) throws(MoneyError) -> Int64 in
      try nonNegativeCents(b, maximum: maximum)
    }
  }
}
