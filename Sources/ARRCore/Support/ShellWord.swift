/// A value as one word of a POSIX shell command, for the commands the tool suggests in its
/// messages (session 27, t27b lane; trial 25, T25-9: `e.g. arr-quality analyze room/Kunden MRR
/// – Übersicht 2024 (final) 📈.csv`, pasted, was split by the shell at each space and stopped at
/// the parenthesis). See `docs/import.md`, "Errors".
public enum ShellWord {
  /// The bytes a word may hold unquoted: ASCII letters and digits and `_ @ % + = : , . / -`,
  /// none of which a POSIX shell treats specially inside a word.
  static func isPlain(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default:
      return "_@%+=:,./-".utf8.contains(byte)
    }
  }

  /// `text` unchanged when every byte of it is plain (``isPlain(_:)``) and it is not empty;
  /// otherwise in single quotes, each `'` inside written `'\''` (close the quotes, an escaped
  /// quote, reopen them): inside single quotes a POSIX shell reads every other character, `$`,
  /// backquotes, spaces, parentheses and non-ASCII letters included, as itself.
  /// - Complexity: O(length of `text`).
  public static func quoted(_ text: String) -> String {
    if !text.isEmpty && text.utf8.allSatisfy(isPlain) { return text }
    return "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
