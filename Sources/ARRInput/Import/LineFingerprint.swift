import ARRCore

/// What `import.json` keeps of each company file `import` wrote, to tell whether the file was
/// edited since (T50-34; `docs/import.md`, "The folder"): the number of its non-blank lines and
/// the wrapping sum of a 64-bit hash of each line's bytes (a trailing CR left out, so an editor
/// that saves CRLF line ends changes nothing).
///
/// A sum, not a hash of the whole file, so that the writer can add the lines of the pieces it
/// makes in any order and the loader the lines of the chunks it reads: lines that only moved are
/// not an edit (no figure depends on the order of `monthly.csv`'s lines), a line changed, added,
/// removed or repeated is.
struct LineFingerprint: Sendable, Equatable {
  /// Non-blank lines.
  var lines = 0
  /// The wrapping sum of every line's hash.
  var sum: UInt64 = 0

  /// The fingerprint as `import.json` writes it: 16 hexadecimal digits.
  var hex: String {
    let digits = String(sum, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// Adds the line `bytes[start..<end]` (its line feed left out).
  private mutating func addLine(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) {
    var end = end
    if end > start, bytes[end - 1] == 13 { end -= 1 }
    guard end > start else { return }
    // FNV-1a over the bytes, then a finaliser that spreads every bit, so that sums of similar
    // lines do not cancel.
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for k in start..<end { h = (h ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
    h ^= h >> 33
    h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    h &*= 0xc4ce_b9fe_1a85_ec53
    h ^= h >> 33
    lines += 1
    sum &+= h
  }

  /// Adds the whole lines of `count` bytes, and the last line too when `isFinal`.
  /// - Returns: The bytes consumed (up to and including the last line feed; all when `isFinal`).
  /// - Complexity: O(count).
  mutating func add(_ bytes: UnsafePointer<UInt8>, count: Int, isFinal: Bool) -> Int {
    var start = 0
    for k in 0..<count where bytes[k] == 10 {
      addLine(bytes, start, k)
      start = k + 1
    }
    guard isFinal else { return start }
    addLine(bytes, start, count)
    return count
  }

  /// The fingerprint of `bytes`.
  static func of(_ bytes: [UInt8]) -> LineFingerprint {
    var f = LineFingerprint()
    bytes.withUnsafeBufferPointer { b in
      if let base = b.baseAddress { _ = f.add(base, count: b.count, isFinal: true) }
    }
    return f
  }

  /// The fingerprint of the bytes `chunks` makes, each piece on its own (every piece the
  /// folder's writer makes ends with a line feed).
  /// - Complexity: O(bytes), making each piece once.
  static func of(_ chunks: ByteChunks) -> LineFingerprint {
    var f = LineFingerprint()
    chunks.forEachPiece { (piece: [UInt8]) in
      let part = LineFingerprint.of(piece)
      f.lines += part.lines
      f.sum &+= part.sum
    }
    return f
  }

  /// The fingerprint of a file, read in chunks.
  /// - Throws: `ARRQualityError` 66 when a read fails.
  /// - Complexity: O(bytes).
  static func of(_ source: ByteSource) throws(ARRQualityError) -> LineFingerprint {
    var f = LineFingerprint()
    try source.read(0..<source.size, chunkSize: 1 << 20) { bytes, count, isFinal in
      (f.add(bytes, count: count, isFinal: isFinal), false)
    }
    return f
  }
}
