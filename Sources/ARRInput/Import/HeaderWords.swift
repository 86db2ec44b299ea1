/// ASCII fast paths of the two text normalisations every header search and label match runs
/// (``CubeLayout/normalized(_:)`` and ``LedgerLayout/normalized(_:)``), byte for byte the
/// same as their `Character` forms, which stay the reference and the path for any other text.
///
/// Why: the header search normalises every cell of a table's first rows, several times over (one
/// pass per reading tried), and the `Character` forms cost ~75 ns a byte (Unicode property
/// lookups per character). A hostile file with one 50 MB cell took 38 s to be refused, and one
/// with 100,000 columns 11 s (session 17, lead). On bytes they cost ~1 ns a byte.
enum HeaderWords {
  /// ``CubeLayout/normalized(_:)`` of ASCII text: lowercased, split at spaces, `_` and `-`, the
  /// words joined by one space; `nil` when `text` is not all ASCII.
  /// - Complexity: O(n) in the text's UTF-8 length.
  static func words(_ text: String) -> String? {
    normalize(text, splitsCamelCase: false)
  }

  /// ``LedgerLayout/normalized(_:)`` of ASCII text: leading `*` dropped, a space before an
  /// uppercase letter that follows a lowercase letter or a digit, then ``words(_:)``, then a
  /// trailing `(utc)` dropped; `nil` when `text` is not all ASCII.
  /// - Complexity: O(n) in the text's UTF-8 length.
  static func headerKey(_ text: String) -> String? {
    guard var key = normalize(text, splitsCamelCase: true) else { return nil }
    if key.utf8.count >= 5 && key.hasSuffix("(utc)") {
      key = String(key.dropLast(5))
      while key.last == " " { key.removeLast() }
    }
    return key
  }

  /// Whether `text`, lowercased, may hold one of `words` (lowercase ASCII): `false` only when
  /// `text` is all ASCII and holds none of them, letter case aside; `true` for any other text,
  /// which the caller reads by `Character`. A cheap "surely not" before a label's normalisation.
  /// - Complexity: O(n × words) in the text's UTF-8 length.
  static func mayContain(_ text: String, anyOf words: [String]) -> Bool {
    var lower = [UInt8]()
    lower.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if byte >= 0x80 { return true }
      lower.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
    }
    return words.contains { word in
      let w = Array(word.utf8)
      guard !w.isEmpty, w.count <= lower.count else { return w.isEmpty }
      return (0...(lower.count - w.count)).contains { lower[$0..<($0 + w.count)].elementsEqual(w) }
    }
  }

  private static func normalize(_ text: String, splitsCamelCase: Bool) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var start = 0
      if splitsCamelCase {
        while start < bytes.count && bytes[start] == UInt8(ascii: "*") { start += 1 }
      }
      var out = [UInt8]()
      out.reserveCapacity(bytes.count - start)
      var isSeparatorPending = false
      var previous: UInt8 = 0
      for i in start..<bytes.count {
        let b = bytes[i]
        guard b < 0x80 else { return nil }
        if b == UInt8(ascii: " ") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") {
          isSeparatorPending = !out.isEmpty
          previous = b
          continue
        }
        let isUpper = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
        if splitsCamelCase && isUpper
          && ((previous >= UInt8(ascii: "a") && previous <= UInt8(ascii: "z"))
            || (previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")))
        {
          isSeparatorPending = true
        }
        previous = b
        if isSeparatorPending {
          out.append(UInt8(ascii: " "))
          isSeparatorPending = false
        }
        out.append(isUpper ? b | 0x20 : b)
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}
