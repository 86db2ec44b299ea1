import ARRCore

/// Byte helpers shared by the field parsers.
enum FieldText {
  /// The offsets of `bytes` without leading and trailing spaces and tabs.
  @inline(__always)
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var lo = 0
    var hi = bytes.count
    while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
    while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
    return (lo, hi)
  }

  /// True when every byte is printable ASCII (0x20 to 0x7E): such text is valid UTF-8 and holds
  /// no control character, so neither check of a label (``FieldMessages/isValidUTF8(_:)``,
  /// ``oneLine(_:)``) needs to look at it again. Eight bytes at a time (the last word
  /// overlapping the one before), a byte at a time below eight.
  /// - Complexity: O(bytes / 8).
  @inline(__always)
  static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    guard let base = bytes.baseAddress, n > 0 else { return true }
    guard n >= 8 else {
      for i in 0..<n where bytes[i] &- 0x20 > 0x5E { return false }
      return true
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    var flags: UInt64 = 0
    var i = 0
    while true {
      let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      // A byte below 0x20 (the classic "has less": exact for whether any byte is), or at or
      // above 0x7F (its top bit, or its top bit once one is added: a carry comes only from a
      // byte 0xFF, itself flagged).
      flags |= ((w &- 0x20 &* ones) & ~w) | (w &+ ones) | w
      if i &+ 8 == n { break }
      i = min(i &+ 8, n &- 8)
    }
    return flags & 0x8080_8080_8080_8080 == 0
  }

  /// `bytes[lo..<hi]` (at most 16 bytes) copied into two words, zero after the last byte: with
  /// the count, a short cell compared with a few known ones a word at a time (``ShortNames``,
  /// the segments of `accounts.csv`).
  @inline(__always)
  static func words(
    _ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int
  ) -> (UInt64, UInt64) {
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) {
      $0.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[lo..<hi])))
    }
    return words
  }

  /// A label (an account's name, a segment) on one line: each run of control characters (a
  /// line break inside a quoted value, a tab, a NUL) becomes one space. Reports print labels in
  /// sentences and table cells, where a line break would end the paragraph or the row.
  static func oneLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      return text
    }
    var out = ""
    var inRun = false
    for u in text.unicodeScalars {
      if u.value < 0x20 || u.value == 0x7F {
        if !inRun { out += " " }
        inRun = true
      } else {
        out.unicodeScalars.append(u)
        inRun = false
      }
    }
    return out
  }

  /// True when the cell is empty or only spaces.
  @inline(__always)
  static func isEmpty(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let (lo, hi) = trimmed(bytes)
    return lo == hi
  }

  /// ASCII-lowercased, trimmed bytes: for header names, enums and booleans.
  static func lowercasedTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let (lo, hi) = trimmed(bytes)
    var out = [UInt8]()
    out.reserveCapacity(hi - lo)
    for i in lo..<hi {
      let c = bytes[i]
      out.append(c >= 65 && c <= 90 ? c + 32 : c)
    }
    return out
  }

  /// The value as shown in a message, quoted by the caller: whole up to 60 characters, else
  /// its first 40, `…` and its last 16 (``ShownText/bounded(_:)``).
  static func display(_ text: String) -> String { ShownText.bounded(text) }

  /// Runs `body` on the UTF-8 bytes of `text` (for tests and JSON strings).
  static func withBytes<R, E: Error>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R
  ) throws(E) -> R {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { (b) throws(E) -> R in try body(b) }
  }
}
