/// A delimited file that is not UTF-8 but Windows-1252 text, as Excel's "CSV (Comma
/// delimited)" saves on Western Windows (`docs/import.md`, "Text encoding"; decided, session 29,
/// t28b lane; trial 28, T28-21: a German invoice register saved so was refused with one problem
/// per accented cell, 69 of them, even with `--lenient`).
///
/// Such a file is decoded, with a note: every byte outside ASCII is a Windows-1252 character
/// and no UTF-8 sequence of two bytes or more is among them (UTF-8 text with a few bad bytes is
/// no Windows-1252 file). Windows-1252 maps each byte to one character, so two customers whose
/// ids differ stay two; a file in another single-byte encoding (Latin-2, Mac Roman) keeps its
/// customers apart too, only their accented letters shown wrong, which the note warns of. A
/// file that is neither is refused by ``ImportTable/read(_:file:)`` once, at its first cell
/// that is not UTF-8.
enum Windows1252 {
  /// The characters of bytes `80`–`9F` (`nil`: no character; `A0`–`FF` are U+00A0–U+00FF).
  static let high: [UInt32?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
    nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
  ]

  /// `bytes` decoded from Windows-1252 to UTF-8, with the line of the first byte outside
  /// ASCII; `nil` when `bytes` are ASCII, valid UTF-8, hold a UTF-8 sequence of two bytes or
  /// more, or a byte Windows-1252 leaves undefined (`81`, `8D`, `8F`, `90`, `9D`).
  /// - Complexity: O(bytes).
  static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], firstLine: Int)? {
    guard let first = bytes.firstIndex(where: { $0 >= 0x80 }) else { return nil }
    var i = first
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      if b >= 0x80 && b <= 0x9F && high[Int(b - 0x80)] == nil { return nil }
      if utf8SequenceLength(bytes, at: i) > 1 { return nil }
      i += 1
    }
    var out = [UInt8]()
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      guard b >= 0x80 else {
        out.append(b)
        continue
      }
      let scalar = b <= 0x9F ? high[Int(b - 0x80)]! : UInt32(b)
      out.append(contentsOf: Unicode.Scalar(scalar).map { Array(String($0).utf8) } ?? [])
    }
    let line = 1 + bytes[..<first].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    return (out, line)
  }

  /// The length of the well-formed UTF-8 sequence of two to four bytes at `i`, else 1.
  static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
    let b = bytes[i]
    let length: Int
    switch b {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 1
    }
    guard i + length <= bytes.count else { return 1 }
    for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return 1 }
    return String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil ? 1 : length
  }
}
