import ARRCore

/// Why a count cell (seats, integrations, usage) is not acceptable.
enum CountError: Error, Equatable, Sendable {
  case notANumber
  case negative
  case tooLarge
}

/// Parsers for whole numbers, booleans, months and dates, straight from bytes.
enum ScalarParsers {
  /// Parses a non-negative whole number: digits, optionally in thousands groups (`4,521`).
  /// - Throws: ``CountError``.
  /// - Complexity: O(n).
  @inline(__always)
  static func count(_ bytes: UnsafeBufferPointer<UInt8>) throws(CountError) -> Int64 {
    let (lo, hi) = FieldText.trimmed(bytes)
    guard lo < hi, let p = bytes.baseAddress else { throw .notANumber }
    var i = lo
    if p[i] == UInt8(ascii: "-") {
      // Only a well-formed negative number earns the "negative" message.
      if hi - i > 1, (i + 1..<hi).allSatisfy({ p[$0] >= 48 && p[$0] <= 57 }) { throw .negative }
      throw .notANumber
    }
    var value: Int64 = 0
    var digits = 0
    // Digits after any leading zeros: those the value has (as in ``MoneyParser``).
    var significant = 0
    var groupDigits = 0
    var sawComma = false
    while i < hi {
      let c = p[i]
      let d = Int64(c) &- 48
      if d >= 0 && d <= 9 {
        if value != 0 || d != 0 { significant += 1 }
        digits += 1
        groupDigits += 1
        if significant > 18 { throw .tooLarge }
        value = value &* 10 &+ d
      } else if c == UInt8(ascii: ",") {
        if sawComma ? groupDigits != 3 : (groupDigits == 0 || groupDigits > 3) {
          throw .notANumber
        }
        sawComma = true
        groupDigits = 0
      } else {
        throw .notANumber
      }
      i += 1
    }
    guard digits > 0, !sawComma || groupDigits == 3 else { throw .notANumber }
    return value
  }

  static let boolNames = ["true", "1", "yes", "false", "0", "no"].map { Array($0.utf8) }
  static let boolTable = ShortNames(boolNames, [true, true, true, false, false, false])

  /// Parses `true/false`, `1/0`, `yes/no`, in any letter case; `nil` for anything else.
  @inline(__always)
  static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    boolTable.value(bytes)
  }

  /// Earliest year of a month in the data (docs/input.md): ``Month/minimumDataYear``.
  static let minimumYear = Int32(Month.minimumDataYear)
  /// Latest year of a month in the data: ``Month/maximumDataYear``.
  static let maximumYear = Int32(Month.maximumDataYear)

  /// Parses `YYYY-MM` (spaces around allowed); `nil` for anything else.
  /// - Complexity: O(1).
  @inline(__always)
  static func month(_ bytes: UnsafeBufferPointer<UInt8>) -> Month? {
    var lo = 0
    var hi = bytes.count
    if hi != 7 { (lo, hi) = FieldText.trimmed(bytes) }
    guard hi - lo == 7, let p = bytes.baseAddress.map({ $0 + lo }) else { return nil }
    guard p[4] == UInt8(ascii: "-") else { return nil }
    var year: Int32 = 0
    for k in 0..<4 {
      let d = Int32(p[k]) &- 48
      guard d >= 0 && d <= 9 else { return nil }
      year = year &* 10 &+ d
    }
    let m1 = Int32(p[5]) &- 48
    let m2 = Int32(p[6]) &- 48
    guard m1 >= 0 && m1 <= 1 && m2 >= 0 && m2 <= 9 else { return nil }
    let month = m1 &* 10 &+ m2
    guard month >= 1 && month <= 12 else { return nil }
    // Revenue months are 1900–2999: `0000-01` or `0025-06` (a mistyped year) is reported at
    // its cell, not later as a 24,000-month span with no position.
    guard year >= minimumYear && year <= maximumYear else { return nil }
    return Month(ordinal: year &* 12 &+ month &- 1)
  }

  /// Parses `YYYY-MM-DD` (spaces around allowed), checking the day exists as
  /// ``CivilDate/init(bytes:)`` does, without copying the bytes.
  @inline(__always)
  static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
    // The usual cell, exactly `YYYY-MM-DD`, from two loads (``PlainNumber/date(_:_:)``, the
    // same value; session 18, perf: ~100 instructions an `accounts.csv` row); any other form,
    // or a day that does not exist, below.
    if bytes.count == 10, let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      if let date = PlainNumber.date(
        UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)),
        UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
      {
        return date
      }
    }
    return dateReference(bytes)
  }

  /// ``date(_:)`` byte by byte: the reference ``PlainNumber/date(_:_:)`` is tested against.
  static func dateReference(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
    let (lo, hi) = FieldText.trimmed(bytes)
    guard hi - lo == 10, bytes[lo + 4] == UInt8(ascii: "-"), bytes[lo + 7] == UInt8(ascii: "-")
    else { return nil }
    @inline(__always) func number(_ from: Int, _ n: Int) -> Int? {
      var v = 0
      for i in 0..<n {
        let d = Int(bytes[lo + from + i]) &- 48
        guard d >= 0 && d <= 9 else { return nil }
        v = v &* 10 &+ d
      }
      return v
    }
    guard let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }
}

extension ScalarParsers {
  /// Parses `text` as a count (tests and JSON).
  static func count(_ text: String) throws(CountError) -> Int64 {
    try FieldText.withBytes(text) { (b) throws(CountError) -> Int64 in try count(b) }
  }
  /// Parses `text` as a boolean (tests).
  static func bool(_ text: String) -> Bool? { FieldText.withBytes(text) { bool($0) } }
  /// Parses `text` as a month (tests).
  static func month(_ text: String) -> Month? { FieldText.withBytes(text) { month($0) } }
  /// Parses `text` as a date (tests).
  static func date(_ text: String) -> CivilDate? { FieldText.withBytes(text) { date($0) } }
}
