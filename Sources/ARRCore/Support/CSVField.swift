/// A text cell of a CSV the tool writes (RFC 4180), safe to open in a spreadsheet: quoted when
/// it holds a comma, quote or line break, and written after a `'` when it starts like a formula
/// (OWASP's "CSV injection" advice). One guard for every CSV written: the report's
/// `accounts.csv` (decided, session 31, lead; trial 30, T30-16) and the company folder `import`
/// writes (session 56, imp lane; hostile 55, H55-1: an id `=HYPERLINK("http://evil",…)` from a
/// data room was written raw into the folder's `accounts.csv` and `monthly.csv`).
public enum CSVField {
  /// First bytes a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`) or that it
  /// strips before one (tab, CR): a text cell starting with one is written after a `'`.
  public static let formulaStarts: Set<UInt8> = [
    UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
  ]

  /// The cell `s` as written (see the type's notes).
  public static func text(_ s: String) -> String {
    var w = JSONWriter()
    append(s, to: &w)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// Appends the cell `s` to `w`.
  public static func append(_ s: String, to w: inout JSONWriter) {
    var s = s
    s.withUTF8 { append(utf8: $0, to: &w) }
  }

  /// ``append(_:to:)`` for text already in UTF-8. Only text cells go through here; numbers are
  /// written by their own code and keep their minus sign.
  public static func append<Bytes: Collection<UInt8>>(utf8: Bytes, to w: inout JSONWriter) {
    let isFormulaLike = utf8.first.map { formulaStarts.contains($0) } ?? false
    let needsQuotes = utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard needsQuotes else {
      if isFormulaLike { w.bytes.append(UInt8(ascii: "'")) }
      return w.bytes.append(contentsOf: utf8)
    }
    w.bytes.append(UInt8(ascii: "\""))
    if isFormulaLike { w.bytes.append(UInt8(ascii: "'")) }
    for b in utf8 {
      if b == UInt8(ascii: "\"") { w.bytes.append(b) }
      w.bytes.append(b)
    }
    w.bytes.append(UInt8(ascii: "\""))
  }
}
