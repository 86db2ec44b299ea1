import ARRCore

/// The commonest cells of `monthly.csv` read eight bytes at a time: a plain amount (`49`,
/// `49.9`, `49.98`), count (`958`) or activity number (`12`, `78.5`) of at most eight bytes,
/// a month (`2024-06`), and a date (`2024-06-01`, of `accounts.csv`).
///
/// For the plain records of the batched reader (``MonthlyChunkParser/stagePlain(_:end:from:)``):
/// each function answers only for a cell of the simple form it knows and returns `nil` for
/// anything else (a sign, a currency sign, digit groups, a space, more than eight bytes), which
/// the caller then reads with the reference parser (``MoneyParser``, ``ScalarParsers``,
/// ``ActivityValue``). Where it answers, its value is the reference's, bit for bit (tested
/// against them: `PlainNumberTests`); it only saves the per-byte loop.
///
/// The cell's bytes are given as one little-endian word holding at least its `count` bytes
/// (bytes after them are ignored), so the caller must be able to read eight bytes from the
/// cell's start.
enum PlainNumber {
  /// The value of the first `count` (1...8) bytes of `word` read as decimal digits, the first
  /// byte the most significant; `nil` when any of them is not a digit.
  @inline(__always)
  static func digits(_ word: UInt64, count: Int) -> UInt64? {
    // The digits moved to the top of the word, the bytes below them made '0' (leading zeros).
    let shift = UInt64(truncatingIfNeeded: 8 &* (8 &- count))
    let w = (word &<< shift) | (0x3030_3030_3030_3030 & ~(~UInt64(0) &<< shift))
    // Every byte 0x30...0x39: the high nibble 3, and still 3 after adding 6.
    guard w & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030,
      (w &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030
    else { return nil }
    // Pairs, then quads, then all eight digits combined (10 × high + low at each step).
    var v = w & 0x0F0F_0F0F_0F0F_0F0F
    v = (v &* (10 << 8 + 1)) &>> 8
    v = ((v & 0x00FF_00FF_00FF_00FF) &* (100 << 16 + 1)) &>> 16
    return ((v & 0x0000_FFFF_0000_FFFF) &* (10_000 << 32 + 1)) &>> 32
  }

  /// Where the first `.` of the first `count` bytes of `word` is, or `count` when none is.
  @inline(__always)
  private static func point(_ word: UInt64, count: Int) -> Int {
    let x = word ^ 0x2E2E_2E2E_2E2E_2E2E
    // The lowest zero byte of x is exact (the classic test errs only above a true zero byte).
    let zeros = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    return min(zeros.trailingZeroBitCount &>> 3, count)
  }

  /// The first `count` bytes of `word` but the one at `index` (< 8), the later ones moved down
  /// one byte: the digits on both sides of a point, as one number.
  @inline(__always)
  private static func removing(_ word: UInt64, at index: Int) -> UInt64 {
    let bits = UInt64(truncatingIfNeeded: 8 &* index)
    let low = word & ((1 &<< bits) &- 1)
    return low | ((word &>> (bits &+ 8)) &<< bits)
  }

  /// An amount of one or more digits, then optionally `.` and one or two digits, in cents:
  /// ``MoneyParser/nonNegativeCents(_:maximum:)`` of the same cell.
  @inline(__always)
  static func cents(_ word: UInt64, count: Int) -> Int64? {
    guard count >= 1 && count <= 8 else { return nil }
    let p = point(word, count: count)
    if p == count {
      guard let units = digits(word, count: count) else { return nil }
      return Int64(units) &* 100
    }
    let decimals = count &- p &- 1
    guard p >= 1, decimals == 1 || decimals == 2,
      let v = digits(removing(word, at: p), count: count &- 1)
    else { return nil }
    return Int64(v) &* (decimals == 1 ? 10 : 1)
  }

  /// A count of one or more digits: ``ScalarParsers/count(_:)`` of the same cell.
  @inline(__always)
  static func count(_ word: UInt64, count: Int) -> Int64? {
    guard count >= 1 && count <= 8, let v = digits(word, count: count) else { return nil }
    return Int64(v)
  }

  /// Powers of ten, exact in a `Double`: the divisors of ``activity(_:count:)``.
  private static let scales: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

  /// An activity number of one or more digits, then optionally `.` and one or more digits (no
  /// sign): ``ActivityValue/read(_:)`` of the same cell, which divides the digits read as one
  /// integer (exact below 2^53) by the power of ten of its decimals, in `Double`, then rounds
  /// to `Float`.
  @inline(__always)
  static func activity(_ word: UInt64, count: Int) -> Float? {
    guard count >= 1 && count <= 8 else { return nil }
    let p = point(word, count: count)
    if p == count {
      guard let v = digits(word, count: count) else { return nil }
      return Float(Double(v))
    }
    let decimals = count &- p &- 1
    guard p >= 1, decimals >= 1, let v = digits(removing(word, at: p), count: count &- 1)
    else { return nil }
    return Float(Double(v) / scales[decimals])
  }

  /// A month `YYYY-MM` (exactly seven bytes): ``ScalarParsers/month(_:)`` of the same cell,
  /// with its checks (a month 01–12 of a year from ``ScalarParsers/minimumYear`` to
  /// ``ScalarParsers/maximumYear``).
  @inline(__always)
  static func month(_ word: UInt64, count: Int) -> Month? {
    guard count == 7, let (year, month) = yearAndMonth(word),
      month >= 1 && month <= 12,
      year >= UInt64(ScalarParsers.minimumYear) && year <= UInt64(ScalarParsers.maximumYear)
    else { return nil }
    return Month(
      ordinal: Int32(truncatingIfNeeded: year) &* 12 &+ Int32(truncatingIfNeeded: month) &- 1)
  }

  /// A date `YYYY-MM-DD` of exactly ten bytes, `word` its first eight and `tail` its last two
  /// (little-endian): ``ScalarParsers/date(_:)`` of the same cell (the day checked by
  /// ``CivilDate/init(year:month:day:)``, as there).
  @inline(__always)
  static func date(_ word: UInt64, _ tail: UInt16) -> CivilDate? {
    guard word &>> 56 == 0x2D, let (year, month) = yearAndMonth(word),
      let day = digits(UInt64(tail), count: 2)
    else { return nil }
    return CivilDate(year: Int(year), month: Int(month), day: Int(day))
  }

  /// The year and month of `YYYY-MM` in the first seven bytes of `word` (the eighth ignored),
  /// unchecked but for the dash and the digits.
  @inline(__always)
  private static func yearAndMonth(_ word: UInt64) -> (year: UInt64, month: UInt64)? {
    guard (word &>> 32) & 0xFF == 0x2D else { return nil }
    // The dash and the eighth byte made '0', so that one check covers the six digits.
    let w = (word & 0x00FF_FF00_FFFF_FFFF) | 0x3000_0030_0000_0000
    guard w & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030,
      (w &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030
    else { return nil }
    let d = w & 0x0F0F_0F0F_0F0F_0F0F
    // The year from its two pairs (``digits(_:count:)``'s first two steps), the month from
    // bytes 5 and 6.
    let pairs = (d &* (10 << 8 + 1)) &>> 8
    let year = (((pairs & 0x00FF_00FF) &* (100 << 16 + 1)) &>> 16) & 0xFFFF
    return (year, ((d &>> 40) & 0xF) &* 10 &+ ((d &>> 48) & 0xF))
  }
}
