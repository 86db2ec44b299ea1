import ARRCore

/// The report's date a table's title lines give (`As of 6/30/2025`, `as at 31 March 2025`,
/// `Revenue schedule — as of: 2025-06-30`): the day the export was made, so lines dated after it
/// are scheduled, not yet happened (`docs/import.md`, "The report's date in a title line";
/// decided, session 32, lead, on trial 28's T28-13: Salesforce's revenue-schedule report titled
/// "As of 6/30/2025" runs each deal's schedule to its end, 2026-06, and was read as of 2026-06,
/// a year of scheduled revenue counted as billed).
///
/// Title lines are the table's leading records with at most two non-empty cells (a header has
/// more), the first ten at most. A cell is read when it holds `as of`, `as at` or `as-of` as
/// words of their own, followed by a date (``LedgerDate/parse(_:order:)``: ISO, a numeric date, a date with
/// a month name, or a month); what follows the date (`(USD)`) is not part of it.
struct TitleAsOf: Sendable, Equatable {
  /// The date as written (`6/30/2025`).
  var text: String
  /// The title cell as written (`As of 6/30/2025`).
  var cell: String
  /// The 1-based line of the title.
  var line: Int

  /// Words that name the report's date; the date follows them.
  static let phrases = ["as of", "as at", "as-of"]
  /// Leading records looked at: a title block is a few lines.
  static let maximumTitleLines = 10

  /// The first report's date among `table`'s title lines; `nil` when none gives one.
  /// - Complexity: O(characters of the first ``maximumTitleLines`` records).
  static func find(in table: ImportTable) -> TitleAsOf? {
    for record in table.records.prefix(maximumTitleLines) {
      let filled = record.cells.filter { !$0.allSatisfy(\.isWhitespace) }
      guard filled.count <= 2 else { return nil }
      for cell in filled {
        if let text = dateText(in: cell) {
          return TitleAsOf(
            text: text, cell: String(cell.drop(while: \.isWhitespace)), line: record.line)
        }
      }
    }
    return nil
  }

  /// The date written after an as-of phrase in `cell`: the longest run of up to four words
  /// after it that reads as a date in either day/month order, trailing `,` `.` `)` `;`
  /// dropped.
  static func dateText(in cell: String) -> String? {
    let characters = Array(cell)
    let lower = characters.map { Character($0.lowercased()) }
    for phrase in phrases.map(Array.init) where lower.count >= phrase.count {
      for start in 0...(lower.count - phrase.count)
      where lower[start..<start + phrase.count].elementsEqual(phrase) {
        // A word of its own: `as of`, not `alias office`.
        let end = start + phrase.count
        if start > 0 && lower[start - 1].isLetter || end < lower.count && lower[end].isLetter {
          continue
        }
        let rest = characters[end...].drop { $0 == ":" || $0.isWhitespace }
        let words = rest.split(whereSeparator: { $0.isWhitespace })
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
          var text = words.prefix(count).map { String($0) }.joined(separator: " ")
          while let last = text.last, ",.);".contains(last) { text.removeLast() }
          if !text.isEmpty,
            LedgerDate.parse(text, order: .mdy) ?? LedgerDate.parse(text, order: .dmy) != nil
          {
            return text
          }
        }
      }
    }
    return nil
  }

  /// The day/month order the date's own digits decide (`6/30/2025`: month first); `nil` when
  /// they decide none (`6/5/2025`, or a date with a month name or year first).
  var order: DateOrder? {
    guard case .success(let order) = LedgerDate.order(of: [(text, line)]) else { return nil }
    return order
  }

  /// Whether the date reads one way month first and another day first.
  var isAmbiguous: Bool { LedgerDate.isAmbiguous(text) }

  /// The month of the date, read in `order` (the date's own when it decides); `nil` when it
  /// reads two ways and no order is given.
  func month(order given: DateOrder?) -> Month? {
    guard !isAmbiguous || given != nil else { return nil }
    return LedgerDate.parse(text, order: given ?? order ?? .mdy).map(\.month)
  }
}
