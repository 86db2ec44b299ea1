import ARRCore

/// The report's date a table's title lines give (`As of 6/30/2025`, `as at 31 March 2025`,
/// `Revenue schedule — as of: 2025-06-30`): the day the export was made, so lines dated after it
/// are scheduled, not yet happened (`docs/import.md`, "The report's date in a title line";
/// decided, session 32, lead, on trial 28's T28-13: Salesforce's revenue-schedule report titled
/// "As of 6/30/2025" runs each deal's schedule to its end, 2026-06, and was read as of 2026-06,
/// a year of scheduled revenue counted as billed).
///
/// Title lines are the table's leading records with at most two non-empty cells (a header has
/// more), the first ten at most. A cell is read when it holds `as of`, `as at` or `as-of`, or
/// words saying when the export was made (`Report date`, `Exported`, `Generated`, `Run`,
/// `Printed`, an `on` or `at` after them allowed), as words of their own, followed by a date
/// (``LedgerDate/parse(_:order:)``, the reader of every other date of a file: ISO, a numeric
/// date, a date with a month name, a date-time, or a month); what follows the date (`(USD)`)
/// is not part of it. A title line of two cells is read first as one, its cells joined by the
/// comma a CSV split it at: `As of Dec 12, 2026` unquoted is the cells `As of Dec 12` and
/// ` 2026` (review 46b, R46b-12: read as no date, so the month-name title of the docs' own
/// example dated nothing in the command line, while the quoted cell of the unit test did).
struct TitleAsOf: Sendable, Equatable {
  /// The date as written (`6/30/2025`).
  var text: String
  /// The title cell as written (`As of 6/30/2025`).
  var cell: String
  /// The 1-based line of the title.
  var line: Int

  /// Words that name the report's date; the date follows them. The as-of words first: a title
  /// `Run rate as of …` is read at `as of`.
  static let phrases = [
    "as of", "as at", "as-of", "report date", "run date", "export date", "exported", "generated",
    "printed", "run",
  ]
  /// How many of ``phrases`` say "as of"; the rest say when the export was made.
  static let asOfPhrases = 3
  /// Leading records looked at: a title block is a few lines.
  static let maximumTitleLines = 10

  /// The first report's date among `table`'s title lines; `nil` when none gives one.
  /// - Complexity: O(characters of the first ``maximumTitleLines`` records).
  static func find(in table: ImportTable) -> TitleAsOf? {
    for record in table.records.prefix(maximumTitleLines) {
      let filled = record.cells.filter { !$0.allSatisfy(\.isWhitespace) }
      guard filled.count <= 2 else { return nil }
      // The line's cells joined back where a CSV split the title at its comma, then each.
      let cells = filled.count == 2 ? [joined(filled)] + filled : filled
      for cell in cells {
        if let text = dateText(in: cell) {
          return TitleAsOf(
            text: text, cell: String(cell.drop(while: \.isWhitespace)), line: record.line)
        }
      }
    }
    return nil
  }

  /// A title line's two cells as one: joined by the comma a CSV split them at, and the space
  /// after it the reader trimmed (`As of Dec 12` and `2026`: `As of Dec 12, 2026`).
  static func joined(_ cells: [String]) -> String {
    cells.map { String($0.drop(while: \.isWhitespace)) }.joined(separator: ", ")
  }

  /// The date written after a phrase of ``phrases`` in `cell`: the longest run of up to four
  /// words after it that reads as a date in either day/month order, trailing `,` `.` `)` `;`
  /// dropped.
  static func dateText(in cell: String) -> String? {
    let characters = Array(cell)
    let lower = characters.map { Character($0.lowercased()) }
    for (index, phrase) in phrases.map(Array.init).enumerated() where lower.count >= phrase.count {
      let isExportWord = index >= asOfPhrases
      for start in 0...(lower.count - phrase.count)
      where lower[start..<start + phrase.count].elementsEqual(phrase) {
        // A word of its own: `as of`, not `alias office`.
        let end = start + phrase.count
        if start > 0 && lower[start - 1].isLetter || end < lower.count && lower[end].isLetter {
          continue
        }
        // An export word heads its date: after a noun it names something else (`Billing run
        // 2026-12-01`, `MRR generated 2026-12-01 through 2026-12-31`; review 47b, R47b-5).
        if isExportWord && !isExportWordHeading(lower, at: start) { continue }
        let rest = characters[end...].drop { $0 == ":" || $0.isWhitespace }
        var words = rest.split(whereSeparator: { $0.isWhitespace })
        // `Exported on 12 Dec 2026`, `Run at 2026-12-12 09:14`.
        if let first = words.first,
          ["on", "at", "on:", "at:"].contains(String(first).lowercased())
        {
          words.removeFirst()
        }
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
          var text = words.prefix(count).map { String($0) }.joined(separator: " ")
          while let last = text.last, ",.);".contains(last) { text.removeLast() }
          // An export is made on a day: `Run 2025-01 to 2025-12` dates no export.
          if !text.isEmpty, !(isExportWord && isMonthOnly(text)),
            LedgerDate.parse(text, order: .mdy) ?? LedgerDate.parse(text, order: .dmy) != nil
          {
            // A date opening a period (`2026-12-01 through 2026-12-31`) dates no report.
            if let next = words.dropFirst(count).first,
              periodWords.contains(String(next).lowercased())
            {
              break
            }
            return text
          }
        }
      }
    }
    return nil
  }

  /// Words after a date that make it a period's start, not a report's date.
  static let periodWords: Set<String> = [
    "to", "through", "thru", "until", "till", "-", "–", "—", "bis", "au", "hasta", "al",
  ]

  /// Words an export word may follow and still head the date (`Report generated on …`).
  static let exportWordLeads: Set<String> = ["report", "file", "export", "data", "last", "was"]

  /// Whether the export word at `start` of `lower` heads its date: first in the cell, after a
  /// separator (`:`, `-`, `(`, `|`, `,`), or after a word of ``exportWordLeads``; not after
  /// another noun (`Billing run`, `Revenue generated`).
  static func isExportWordHeading(_ lower: [Character], at start: Int) -> Bool {
    var i = start - 1
    while i >= 0 && lower[i].isWhitespace { i -= 1 }
    guard i >= 0 else { return true }
    if !lower[i].isLetter && !lower[i].isNumber { return true }
    var j = i
    while j >= 0 && lower[j].isLetter { j -= 1 }
    return exportWordLeads.contains(String(lower[(j + 1)...i]))
  }

  /// The day/month order the date's own digits decide (`6/30/2025`: month first); `nil` when
  /// they decide none (`6/5/2025`, or a date with a month name or year first).
  var order: DateOrder? {
    guard case .success(let order) = LedgerDate.order(of: [(text, line)]) else { return nil }
    return order
  }

  /// Whether the date names a month and no day (`Dec 2026`, `2026-12`): two parts at most.
  var isMonthOnly: Bool { Self.isMonthOnly(text) }

  /// Whether `text` has two parts at most (a month and a year), so names no day.
  static func isMonthOnly(_ text: String) -> Bool {
    text.split(whereSeparator: { " -/.,'’".contains($0) }).count <= 2
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
