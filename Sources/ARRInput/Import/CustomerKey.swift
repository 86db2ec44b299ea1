/// A customer's id or name as a key: spellings a reader cannot tell apart are one customer
/// (`docs/import.md`, "Customers written alike"; session 35, hostile trial, H35-3: a ledger's
/// `Acme Corp` written once with a no-break space pasted from a web page became an account of
/// its own, a phantom logo that churned, and the finding naming it printed two identical
/// names).
enum CustomerKey {
  /// `text` with every Unicode space (no-break U+00A0, figure U+2007, narrow no-break U+202F,
  /// the en and em spaces U+2000–U+200A, ideographic U+3000, a tab) a plain space, a run of
  /// them one space, zero-width characters (U+200B–U+200D, U+2060, U+FEFF) dropped, and the
  /// ends trimmed. Letter case is kept: a billing system's ids are case-sensitive (Stripe's).
  /// - Complexity: O(length); plain ASCII with single spaces is returned as it is.
  static func plain(_ text: String) -> String {
    var isPlain = true
    var previousSpace = true
    for b in text.utf8 {
      if b >= 0x80 || b == 0x09 || (b == 0x20 && previousSpace) {
        isPlain = false
        break
      }
      previousSpace = b == 0x20
    }
    if isPlain && !previousSpace { return text }
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for u in text.unicodeScalars {
      if isZeroWidth(u) { continue }
      if isSpace(u) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.append(u)
    }
    return String(out)
  }

  static func isSpace(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x200B...0x200D, 0x2060, 0xFEFF: return true
    default: return false
    }
  }
}
