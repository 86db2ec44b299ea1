import ARRCore

/// Escaping of text the input supplies (account names and ids, segment and company names)
/// wherever the Markdown report prints it.
extension MarkdownText {
  /// `s` as literal text in Markdown: every character that could start markup is
  /// backslash-escaped, so the text shows as written and never as formatting, a link or HTML.
  ///
  /// Why: a data room's account named `Acme **Ltd** [x](http://e.vil)` printed bold text and a
  /// live link into the board report; only `|` and `<` were escaped, by the table (trial 18b,
  /// G8; docs/report-style.md, session 18, findings lane). Escaped: `\` `` ` `` `*` `[` `]`
  /// `<` `>` `|` `~` `&` `!`, `#` where it leads the text (only there can it open a heading),
  /// and `_` unless letters or digits stand on both sides (inside a word it cannot open or close
  /// emphasis, so `cus_A0001` stays as it is). Line breaks become
  /// spaces. CommonMark shows a backslash-escaped punctuation character as itself, so the
  /// rendered text is unchanged; ``MarkdownTable`` and ``MarkdownReport/escapingRawHTML(_:)``
  /// leave an escaped character as it is.
  /// - Parameter s: Text from the input.
  /// - Returns: The text, safe to print anywhere in the report.
  /// - Complexity: O(characters).
  static func escaped(_ s: String) -> String {
    let chars = Array(s)
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for (i, c) in chars.enumerated() {
      switch c {
      case "\\", "`", "*", "[", "]", "<", ">", "|", "~", "&", "!":
        out.append("\\")
        out.append(c)
      case "#":
        // Only a leading `#` can open a heading; elsewhere (`Blueline Inc #10`) it is itself,
        // and `\#` would be noise in a memo the text is pasted into (trial 22, T22-L3).
        if chars[..<i].allSatisfy({ $0 == " " }) { out.append("\\") }
        out.append(c)
      case "_":
        let inWord =
          i > 0 && i + 1 < chars.count && isWordCharacter(chars[i - 1])
          && isWordCharacter(chars[i + 1])
        if !inWord { out.append("\\") }
        out.append(c)
      case "\n", "\r", "\r\n":
        out.append(" ")
      case _ where c.unicodeScalars.contains(where: isHostile):
        // A control character (a terminal escape: the report is printed to the terminal by
        // default) or a bidirectional override is written as its code, as messages write it
        // (`\u{1B}`), so the data cannot drive the terminal or reorder the text (trial 30,
        // T30-11: an id's ESC[31m reached the terminal raw).
        for scalar in c.unicodeScalars {
          if isHostile(scalar) {
            out += InputProblem.escapedCode(scalar)
          } else {
            out.unicodeScalars.append(scalar)
          }
        }
      default:
        out.append(c)
      }
    }
    return out
  }

  /// A C0 or C1 control character, DEL, or a bidirectional embedding, override or isolate
  /// (U+202A–U+202E, U+2066–U+2069): never written as itself in a report.
  static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return InputProblem.isControl(scalar) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  /// A letter or digit (any script): `_` between two of them is inside a word.
  private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
