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

  /// The value as shown in a message: quoted by the caller, cut at 60 characters.
  static func display(_ text: String) -> String {
    text.count <= 60 ? text : String(text.prefix(60)) + "…"
  }

  /// Runs `body` on the UTF-8 bytes of `text` (for tests and JSON strings).
  static func withBytes<R, E: Error>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R
  ) throws(E) -> R {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { (b) throws(E) -> R in try body(b) }
  }
}
