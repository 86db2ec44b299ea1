/// A calendar month (`YYYY-MM`), stored as a single ordinal so months compare and subtract cheaply.
///
/// The ordinal is `year × 12 + (month − 1)`; `Month(year: 2025, month: 1)` follows
/// `Month(year: 2024, month: 12)` by exactly one.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// `year × 12 + (month − 1)`.
  public var ordinal: Int32

  /// Creates a month from its ordinal (`year × 12 + month − 1`).
  public init(ordinal: Int32) { self.ordinal = ordinal }

  /// Creates a month from a year and a month number (1–12).
  public init(year: Int, month: Int) {
    precondition((1...12).contains(month), "month must be 1...12")
    self.ordinal = Int32(year * 12 + month - 1)
  }

  /// The calendar year.
  public var year: Int { Int(ordinal.floorDiv(12)) }
  /// The month number, 1–12.
  public var month: Int { Int(ordinal - ordinal.floorDiv(12) * 12) + 1 }

  /// The month `count` months later (earlier when negative).
  public func adding(months count: Int) -> Month { Month(ordinal: ordinal + Int32(count)) }

  /// Months from `other` to `self` (positive when `self` is later).
  public func months(since other: Month) -> Int { Int(ordinal - other.ordinal) }

  /// `YYYY-MM`.
  public var description: String {
    let y = year
    let m = month
    return
      "\(y < 1000 ? String(repeating: "0", count: y < 10 ? 3 : y < 100 ? 2 : 1) : "")\(y)-\(m < 10 ? "0" : "")\(m)"
  }

  /// Parses `YYYY-MM`; returns `nil` for anything else.
  public init?(_ text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard let month = Month(bytes: bytes[...]) else { return nil }
    self = month
  }

  /// Parses `YYYY-MM` from UTF-8 bytes; returns `nil` for anything else.
  /// - Complexity: O(1).
  @inlinable
  public init?(bytes: ArraySlice<UInt8>) {
    guard bytes.count == 7 else { return nil }
    let b = bytes.startIndex
    guard bytes[b + 4] == UInt8(ascii: "-") else { return nil }
    var year = 0
    for i in 0..<4 {
      let d = Int(bytes[b + i]) &- 48
      guard d >= 0 && d <= 9 else { return nil }
      year = year * 10 + d
    }
    let m1 = Int(bytes[b + 5]) &- 48
    let m2 = Int(bytes[b + 6]) &- 48
    guard m1 >= 0 && m1 <= 1 && m2 >= 0 && m2 <= 9 else { return nil }
    let month = m1 * 10 + m2
    guard month >= 1 && month <= 12 else { return nil }
    self.ordinal = Int32(year * 12 + month - 1)
  }

  public static func < (lhs: Month, rhs: Month) -> Bool { lhs.ordinal < rhs.ordinal }
}

extension Int32 {
  @usableFromInline
  func floorDiv(_ d: Int32) -> Int32 {
    let q = self / d
    return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
  }
}

extension Month {
  /// Earliest year of a month in a company's data (docs/input.md: revenue months are
  /// 1900–2999): the loader refuses an earlier one at its cell, and `generate` refuses a
  /// history that would start before it.
  public static let minimumDataYear = 1900
  /// Latest year of a month in a company's data.
  public static let maximumDataYear = 2999
  /// The months a company's data may hold, 1900-01 to 2999-12: an `--as-of` outside them is
  /// the option's mistake, refused as a usage error (session 32, t28c).
  public static let dataRange =
    Month(year: minimumDataYear, month: 1)...Month(year: maximumDataYear, month: 12)
}
