import ARRCore
import ARRFileSystem

/// An output buffer that formats numbers, dates and months straight into bytes and, when backed
/// by a file, writes itself out in chunks of a few MiB.
///
/// The generator writes hundreds of millions of bytes for the benchmark company; building a
/// `String` per row would dominate its time, so every value is formatted by hand here.
struct ByteSink {
  /// Bytes not yet written (all bytes, for an in-memory sink).
  var bytes: [UInt8]
  /// The staged output file (``StagedFile``), renamed into place by the caller.
  private(set) var file: StagedFile?
  private static let chunk = 4 << 20

  /// An in-memory sink that keeps every byte.
  init() {
    bytes = []
    file = nil
  }

  /// A sink that writes to a staged file for `path`: nothing appears under `path` until the
  /// caller commits it (``OutputFile/commit(_:)``).
  /// - Throws: `ARRQualityError` (`.cannotCreateOutput`) when the file cannot be created.
  init(path: String) throws(ARRQualityError) {
    file = try StagedFile.create(for: path)
    bytes = []
    bytes.reserveCapacity(ByteSink.chunk + 64 * 1024)
  }

  /// Writes the buffer out when it holds a full chunk (no-op for an in-memory sink).
  /// - Throws: `ARRQualityError` with status `.ioError` when the write fails.
  mutating func flushIfFull() throws(ARRQualityError) {
    if file != nil && bytes.count >= ByteSink.chunk { try flush() }
  }

  /// Writes out what is buffered (no-op for an in-memory sink); the file stays staged.
  /// - Throws: `ARRQualityError` (`.outputFailed`) when the write fails (a full disk).
  mutating func finish() throws(ARRQualityError) { try flush() }

  /// Removes the staged file (after a failure elsewhere).
  mutating func discard() {
    file?.discard()
    file = nil
  }

  private mutating func flush() throws(ARRQualityError) {
    guard let file, !bytes.isEmpty else { return }
    try file.write(chunks: [bytes])
    bytes.removeAll(keepingCapacity: true)
  }

  // MARK: Formatting

  @inline(__always)
  mutating func byte(_ b: UInt8) { bytes.append(b) }

  /// Appends ASCII text (used for short fixed strings such as enum values).
  mutating func text(_ s: String) {
    var s = s
    s.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends an integer in decimal.
  mutating func integer(_ value: Int64) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var v = value.magnitude
    if v < 10 {
      bytes.append(48 &+ UInt8(truncatingIfNeeded: v))
      return
    }
    var count = 0
    var d = v
    while d > 0 {
      count += 1
      d /= 10
    }
    let start = bytes.count
    for _ in 0..<count { bytes.append(48) }
    var i = start + count - 1
    while v > 0 {
      bytes[i] = 48 &+ UInt8(truncatingIfNeeded: v % 10)
      v /= 10
      i -= 1
    }
  }

  /// Appends cents as currency units with exactly two decimals (`123450` → `1234.50`).
  mutating func money(_ cents: Int64) {
    if cents < 0 { bytes.append(UInt8(ascii: "-")) }
    let m = Int64(cents.magnitude)
    integer(m / 100)
    bytes.append(UInt8(ascii: "."))
    let f = m % 100
    bytes.append(48 &+ UInt8(truncatingIfNeeded: f / 10))
    bytes.append(48 &+ UInt8(truncatingIfNeeded: f % 10))
  }

  /// Appends `YYYY-MM`.
  mutating func month(_ m: Month) {
    fixed(m.year, width: 4)
    bytes.append(UInt8(ascii: "-"))
    fixed(m.month, width: 2)
  }

  /// Appends `YYYY-MM-DD`.
  mutating func date(_ d: CivilDate) {
    let p = d.parts
    fixed(p.year, width: 4)
    bytes.append(UInt8(ascii: "-"))
    fixed(p.month, width: 2)
    bytes.append(UInt8(ascii: "-"))
    fixed(p.day, width: 2)
  }

  /// Appends `value` zero-padded to `width` digits (value must be non-negative).
  mutating func fixed(_ value: Int, width: Int) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    var v = value
    if v >= divisor * 10 {
      integer(Int64(v))
      return
    }
    while divisor > 0 {
      bytes.append(48 &+ UInt8(truncatingIfNeeded: v / divisor))
      v %= divisor
      divisor /= 10
    }
  }
}
