import ARRCore

/// Date cells that say no value (`N/A`, `NULL`, `None`, `NaN`, `NaT`, as spreadsheets, databases
/// and pandas write a missing date): read as blank, and counted for a note (`docs/import.md`).
struct NoValueCells {
  /// The words, lowercased.
  static let words: Set<String> = ["null", "none", "nan", "nat", "n/a"]

  static func isNoValue(_ text: String) -> Bool { words.contains(text.lowercased()) }

  private(set) var count = 0
  private(set) var example: (text: String, line: Int, header: String)?

  /// Counts a no-value cell of column `header` on `line`.
  mutating func add(_ text: String, line: Int, header: String) {
    count += 1
    if example == nil { example = (text, line, header) }
  }

  /// `file: N date cells say no value (…): read as blank`, or `nil` when none did.
  func note(file: String) -> String? {
    guard let e = example else { return nil }
    return
      "\(file): \(CountText.grouped(count)) date cell\(count == 1 ? " says" : "s say") no value (\"\(e.text)\" "
      + "under \"\(e.header)\" on line \(e.line)): read as blank, no date"
  }
}
