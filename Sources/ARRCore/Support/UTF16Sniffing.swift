/// The one rule for telling a UTF-16 text file (the "Unicode text" a spreadsheet or a Windows
/// editor saves) from UTF-8 by its first bytes, so that the readers can say "save it as UTF-8"
/// instead of "missing columns" or "unexpected character".
package enum UTF16Sniffing {
  /// Bytes examined at the start of a file.
  package static let probeCount = 512

  /// Whether `bytes`, a file's start, is UTF-16: a byte order mark (FF FE or FE FF), or NUL
  /// bytes between the letters, at least a quarter of the first ``probeCount`` bytes (UTF-16
  /// text in Latin letters has one in two). A stray NUL in UTF-8 is not: the readers report it
  /// at its line and column.
  /// - Parameter bytes: The file's first bytes (more are ignored).
  /// - Complexity: O(``probeCount``).
  package static func isUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
    let head = bytes.prefix(probeCount)
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
    let nuls = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
    return head.count >= 2 && nuls * 4 >= head.count
  }
}
