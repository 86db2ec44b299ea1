/// Writes JSON straight into UTF-8 bytes: the one serialiser behind ``JSONValue/serialized(pretty:)``
/// and the streaming path large reports take.
///
/// A report of a million accounts is hundreds of megabytes; building a ``JSONValue`` tree for it
/// and then a `String` cost seconds and gigabytes. The writer appends bytes to one buffer, and
/// callers may write parts of a document on separate writers (one per thread) and join the
/// buffers, because the layout of a value depends only on its indent.
///
/// Layout (pretty): two spaces per level, one member or element per line, `": "` after keys,
/// empty containers as `{}` and `[]`. Compact (`indent` < 0): no whitespace at all.
public struct JSONWriter: Sendable {
  /// The bytes written so far.
  public var bytes: [UInt8]

  /// Creates an empty writer.
  /// - Parameter capacity: Bytes to reserve up front.
  public init(capacity: Int = 0) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Appends a value laid out at `indent` (negative for compact).
  /// - Complexity: O(size of the output).
  public mutating func write(_ value: JSONValue, indent: Int) {
    switch value {
    case .null: ascii("null")
    case .bool(let b): ascii(b ? "true" : "false")
    case .int(let v): integer(v)
    case .double(let v): double(v)
    case .money(let c): money(c)
    case .number(let s): bytes.append(contentsOf: s.utf8)
    case .string(let s): string(s)
    case .array(let items):
      guard !items.isEmpty else { return ascii("[]") }
      bytes.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        separator(isFirst: i == 0, indent: indent + 1)
        write(item, indent: indent < 0 ? -1 : indent + 1)
      }
      close(UInt8(ascii: "]"), indent: indent)
    case .object(let pairs):
      guard !pairs.isEmpty else { return ascii("{}") }
      bytes.append(UInt8(ascii: "{"))
      for (i, (k, v)) in pairs.enumerated() {
        separator(isFirst: i == 0, indent: indent + 1)
        key(k, isPretty: indent >= 0)
        write(v, indent: indent < 0 ? -1 : indent + 1)
      }
      close(UInt8(ascii: "}"), indent: indent)
    }
  }

  /// Starts a member or element: a comma unless it is the first, then (pretty) a new line at
  /// `indent`. Pass the indent of the member itself, one deeper than its container's.
  @inline(__always)
  public mutating func separator(isFirst: Bool, indent: Int) {
    if !isFirst { bytes.append(UInt8(ascii: ",")) }
    if indent > 0 { newline(indent: indent) }
  }

  /// Ends a non-empty container opened at `indent`.
  @inline(__always)
  public mutating func close(_ bracket: UInt8, indent: Int) {
    if indent >= 0 { newline(indent: indent) }
    bytes.append(bracket)
  }

  /// Appends a line feed and `indent` levels of two spaces.
  @inline(__always)
  public mutating func newline(indent: Int) {
    bytes.append(0x0A)
    for _ in 0..<indent {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  /// Appends an object key and its colon.
  @inline(__always)
  public mutating func key(_ k: String, isPretty: Bool) {
    string(k)
    if isPretty {
      bytes.append(UInt8(ascii: ":"))
      bytes.append(0x20)
    } else {
      bytes.append(UInt8(ascii: ":"))
    }
  }

  /// Appends ASCII text verbatim.
  @inline(__always)
  public mutating func ascii(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends a quoted string, escaping `"`, `\` and control characters.
  /// - Complexity: O(length of `s`).
  public mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { string(utf8: $0) }
  }

  /// Appends UTF-8 text as a quoted string, escaped as ``string(_:)`` escapes a `String`.
  /// - Complexity: O(length of `utf8`).
  public mutating func string(utf8: ArraySlice<UInt8>) {
    utf8.withUnsafeBufferPointer { string(utf8: $0) }
  }

  /// Appends UTF-8 text as a quoted string, escaped as ``string(_:)`` escapes a `String`.
  /// - Complexity: O(length of `utf8`).
  public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    if !JSONWriter.needsEscaping(utf8) {
      bytes.append(contentsOf: utf8)
    } else {
      for b in utf8 { escaped(b) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// True when `utf8` holds a byte JSON must escape: a control character, `"` or `\`.
  /// Eight bytes at a time: a byte below 0x20 shows in `(x − 0x20…20) & ~x & 0x80…80`, a byte
  /// equal to `c` as a zero byte of `x ^ c…c` (the classic exact tests for "some byte is
  /// less than" and "some byte is zero"). The tail of text of eight bytes or more is its last
  /// eight bytes, read as one word again (bytes already checked pass again); shorter text byte
  /// by byte.
  /// - Complexity: O(length of `utf8`).
  @usableFromInline
  static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    @inline(__always) func flagged(_ x: UInt64) -> Bool {
      (x &- ones &* 0x20) & ~x & highs != 0 || hasZeroByte(x ^ (ones &* 0x22))
        || hasZeroByte(x ^ (ones &* 0x5C))
    }
    var i = 0
    if let base = UnsafeRawPointer(utf8.baseAddress), utf8.count >= 8 {
      while i + 8 <= utf8.count {
        if flagged(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return true }
        i += 8
      }
      return i < utf8.count
        && flagged(base.loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self))
    }
    while i < utf8.count {
      let b = utf8[i]
      if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return true }
      i += 1
    }
    return false
  }

  private mutating func escaped(_ b: UInt8) {
    var out: UInt64 = 0
    let n = withUnsafeMutableBytes(of: &out) {
      JSONWriter.escape(b, to: $0.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }
    withUnsafeBytes(of: &out) { bytes.append(contentsOf: $0[..<n]) }
  }

  /// Writes byte `b` of a string as JSON writes it at `out` (room for 6 bytes): `"`, `\` and
  /// control characters escaped, any other byte as it is.
  /// - Returns: The bytes written (1, 2 or 6).
  @inline(__always)
  static func escape(_ b: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
    func two(_ c: UInt8) -> Int {
      out[0] = UInt8(ascii: "\\")
      out[1] = c
      return 2
    }
    switch b {
    case UInt8(ascii: "\""): return two(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): return two(UInt8(ascii: "\\"))
    case 0x0A: return two(UInt8(ascii: "n"))
    case 0x0D: return two(UInt8(ascii: "r"))
    case 0x09: return two(UInt8(ascii: "t"))
    case ..<0x20:
      let hex: StaticString = "0123456789abcdef"
      let u: StaticString = "\\u00"
      out.update(from: u.utf8Start, count: 4)
      out[4] = hex.utf8Start[Int(b >> 4)]
      out[5] = hex.utf8Start[Int(b & 15)]
      return 6
    default:
      out[0] = b
      return 1
    }
  }

  /// Appends a whole number.
  @inline(__always)
  public mutating func integer(_ v: Int64) {
    append(Number(integer: v))
  }

  /// Appends money in cents as currency units with two decimals (`-0.05`, `1234.50`).
  @inline(__always)
  public mutating func money(_ cents: Int64) {
    append(Number(cents: cents))
  }

  /// Appends a double in shortest round-trip form; whole numbers below 10¹⁵ without a decimal
  /// point, non-finite values (which JSON cannot hold) as `null`.
  public mutating func double(_ v: Double) {
    guard v.isFinite else { return ascii("null") }
    if v == v.rounded(), abs(v) < 1e15 { return integer(Int64(v)) }
    bytes.append(contentsOf: "\(v)".utf8)
  }

  /// Appends `v` rounded half away from zero to `places` decimals (1…6), written exactly as
  /// ``double(_:)`` writes the rounded value, but without formatting a `Double`: the shortest
  /// round-trip form of a number with few decimals is that decimal with trailing zeros dropped.
  /// (From 5 places on, `Double` prints values under 10⁻⁴ with an exponent, `1e-05`: those
  /// take the slow path. Beyond 2⁵⁰ in scaled units a `Double`'s spacing nears 10^-places and
  /// the rounded decimal may no longer be the shortest form, so those take the slow path too.
  /// Six places are report.json's ratios and probabilities: session 40, trial 37, T37-11.)
  public mutating func decimal(_ v: Double, places: Int) {
    guard v.isFinite else { return ascii("null") }
    guard let n = Number(v, places: places) else {
      return double(Number.rounded(v, places: places))
    }
    append(n)
  }

  /// Appends `v` rounded half away from zero with exactly `places` decimals (0…6), trailing
  /// zeros kept (`0.5000`), as fixed-width table cells show numbers; nothing for a non-finite
  /// value. A value that rounds to zero has no sign.
  public mutating func fixed(_ v: Double, places: Int) {
    precondition((0...6).contains(places), "fixed(_:places:) takes 0…6 places")
    guard v.isFinite else { return }
    var scale: Int64 = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (v * Double(scale)).rounded(.toNearestOrAwayFromZero)
    // Past Int64 (an estimate beyond any real amount) the shortest form is exact enough.
    guard abs(scaled) < 9.2e18 else { return double(v) }
    let n = Int64(scaled)
    // 0 and 1 (most signal values, which are flags) without dividing: "0.0000", "1.0000".
    if n == 0 || n == scale {
      bytes.append(n == 0 ? UInt8(ascii: "0") : UInt8(ascii: "1"))
      guard places > 0 else { return }
      bytes.append(UInt8(ascii: "."))
      for _ in 0..<places { bytes.append(UInt8(ascii: "0")) }
      return
    }
    let m = n.magnitude
    var number = Number()
    if places > 0 {
      number.prepend(m % UInt64(scale), minimumCount: places)
      number.prepend(UInt8(ascii: "."))
    }
    number.prepend(m / UInt64(scale), minimumCount: 1)
    if n < 0 { number.prepend(UInt8(ascii: "-")) }
    append(number)
  }

  /// Appends a number's bytes in one piece.
  @inline(__always)
  private mutating func append(_ n: Number) {
    var n = n
    let start = n.start
    withUnsafeBytes(of: &n.buffer) {
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[start...]))
    }
  }
}

/// The bytes of one number, written right to left into a stack buffer (sign, digits, point),
/// so that a writer appends them in one piece rather than a few bytes at a time. The one
/// formatting of whole numbers, money and rounded decimals behind ``JSONWriter`` and
/// ``JSONWriter/Cursor``.
@usableFromInline
struct Number {
  /// 40 bytes: room for a sign, 20 digits, a point and more digits.
  @usableFromInline var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
  /// Where the written bytes start; they run to the end of ``buffer``.
  @usableFromInline var start = 40

  @inlinable init() {}

  /// A whole number.
  @inlinable @inline(__always)
  init(integer v: Int64) {
    prepend(v.magnitude, minimumCount: 1)
    if v < 0 { prepend(UInt8(ascii: "-")) }
  }

  /// Money in cents as currency units with two decimals (`-0.05`, `1234.50`).
  @inlinable @inline(__always)
  init(cents: Int64) {
    let m = cents.magnitude
    prepend(m % 100, minimumCount: 2)
    prepend(UInt8(ascii: "."))
    prepend(m / 100, minimumCount: 1)
    if cents < 0 { prepend(UInt8(ascii: "-")) }
  }

  /// The finite `v` rounded half away from zero to `places` decimals (1…6), as
  /// ``JSONWriter/decimal(_:places:)`` writes it; `nil` beyond 2⁵⁰ in scaled units, and for a
  /// nonzero rounded value under 10⁻⁴ (5 or 6 places), where the rounded value
  /// (``rounded(_:places:)``) must be written in shortest form instead (`5e-05`).
  @inlinable @inline(__always)
  init?(_ v: Double, places: Int) {
    // At 0 places `double` prints whole values from 10¹⁵ with a trailing `.0`; not needed here.
    precondition((1...6).contains(places), "decimal(_:places:) takes 1…6 places")
    var scale: UInt64 = 1
    for _ in 0..<places { scale *= 10 }
    let n = (v * Double(scale)).rounded(.toNearestOrAwayFromZero)
    guard abs(n) < 1_125_899_906_842_624 else { return nil }
    let m = UInt64(abs(n))
    // Under 10⁻⁴ the shortest form has an exponent (`1e-05`): 5 or 6 places only.
    if places > 4, m != 0, m < scale / 10_000 { return nil }
    if m == 0 {
      prepend(UInt8(ascii: "0"))
      return
    }
    var fraction = m % scale
    if fraction != 0 {
      var width = places
      while fraction % 10 == 0 {
        fraction /= 10
        width -= 1
      }
      prepend(fraction, minimumCount: width)
      prepend(UInt8(ascii: "."))
    }
    prepend(m / scale, minimumCount: 1)
    if n < 0 { prepend(UInt8(ascii: "-")) }
  }

  /// `v` rounded half away from zero to `places` decimals, as a `Double`.
  static func rounded(_ v: Double, places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (v * scale).rounded(.toNearestOrAwayFromZero) / scale
  }

  /// The number's bytes.
  @inlinable var count: Int { 40 - start }

  /// Copies the number's bytes to `out` (room for ``count`` bytes).
  @inlinable @inline(__always)
  func copy(to out: UnsafeMutablePointer<UInt8>) {
    var buffer = buffer
    let start = start
    withUnsafeBytes(of: &buffer) {
      UnsafeMutableRawPointer(out).copyMemory(from: $0.baseAddress! + start, byteCount: 40 - start)
    }
  }

  /// Writes `b` before the bytes written so far.
  @inlinable @inline(__always)
  mutating func prepend(_ b: UInt8) {
    start -= 1
    let i = start
    withUnsafeMutableBytes(of: &buffer) { $0[i] = b }
  }

  /// Writes the decimal digits of `v`, left-padded with zeros to `minimumCount`, before the
  /// bytes written so far.
  @inlinable @inline(__always)
  mutating func prepend(_ v: UInt64, minimumCount: Int) {
    let end = start
    var i = start
    withUnsafeMutableBytes(of: &buffer) { raw in
      var x = v
      repeat {
        i -= 1
        raw[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: x % 10)
        x /= 10
      } while x != 0
      while end - i < minimumCount {
        i -= 1
        raw[i] = UInt8(ascii: "0")
      }
    }
    start = i
  }
}
