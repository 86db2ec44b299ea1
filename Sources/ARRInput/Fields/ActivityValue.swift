import ARRCore

/// Reads one cell of an extra `monthly.csv` column: the same reading as
/// ``SnapshotColumn/value(_:as:)`` with `.number`, on bytes, so the hot path allocates nothing
/// for plain decimals.
enum ActivityValue {
  /// What a cell holds.
  enum Cell: Equatable {
    /// Empty, spaces only, or `N/A` (any case): missing, not text.
    case missing
    /// Not a finite number.
    case unreadable
    case number(Float)
  }

  /// Reads a cell.
  /// - Parameter bytes: The cell's bytes (unquoted).
  /// - Returns: Missing, unreadable, or the number.
  /// - Complexity: O(bytes).
  @inline(__always)
  static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Cell {
    let (lo, hi) = FieldText.trimmed(bytes)
    if lo == hi { return .missing }
    if hi - lo == 3, bytes[lo] | 0x20 == 0x6E, bytes[lo + 1] == 0x2F, bytes[lo + 2] | 0x20 == 0x61 {
      return .missing
    }
    // Fast path: [+-]digits[.digits], at most 15 digits (exact in a Double).
    var i = lo
    var negative = false
    if bytes[i] == 0x2D || bytes[i] == 0x2B {
      negative = bytes[i] == 0x2D
      i += 1
    }
    var mantissa = 0.0
    var digits = 0
    var scale = 1.0
    var seenPoint = false
    var simple = i < hi
    while i < hi && simple {
      let c = bytes[i]
      if c >= 0x30 && c <= 0x39 {
        mantissa = mantissa * 10 + Double(c - 0x30)
        digits += 1
        if seenPoint { scale *= 10 }
      } else if c == 0x2E && !seenPoint {
        seenPoint = true
      } else {
        simple = false
      }
      i += 1
    }
    if simple && digits > 0 && digits <= 15 {
      let v = mantissa / scale
      return .number(Float(negative ? -v : v))
    }
    // Anything else (exponents, more digits, text) as Swift reads a Double.
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    guard let v = Double(text), v.isFinite, Float(v).isFinite else { return .unreadable }
    return .number(Float(v))
  }

  /// Reads a cell given as text (a field with escaped quotes, or a test).
  static func read(_ text: String) -> Cell { FieldText.withBytes(text) { read($0) } }
}
