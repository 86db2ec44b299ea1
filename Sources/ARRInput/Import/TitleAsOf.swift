import ARRCore

/// The report's date a table's title lines give (`As of 6/30/2025`, `as at 31 March 2025`,
/// `Revenue schedule — as of: 2025-06-30`): the day the export was made, so lines dated after it
/// are scheduled, not yet happened (`docs/import.md`, "The report's date in a title line";
/// decided, session 32, lead, on trial 28's T28-13: Salesforce's revenue-schedule report titled
/// "As of 6/30/2025" runs each deal's schedule to its end, 2026-06, and was read as of 2026-06,
/// a year of scheduled revenue counted as billed).
///
/// Title lines are the table's leading records above its header, the first ten at most
/// (``titleLines(of:)``: at most two non-empty cells, or a title a CSV split at its commas,
/// narrower than the header below). A line is read when it holds `as of`, `as at` or `as-of`
/// (or the same words of the languages the importer reads: `Stand`, `per`, `au`, `en date du`,
/// `a fecha`, `al`, and `through`, `to date`, `up to`), or words saying when the export was
/// made (`Report date`, `Exported`, `Generated`, `Run`, `Printed`), an `on`, `at`, `vom`, `de`
/// or `du` after them allowed, as words of their own, followed by a date
/// (``LedgerDate/parse(_:order:)``, the reader of every other date of a file: ISO, a numeric
/// date, a date with a month name in any language the importer reads, a date-time, or a
/// month); what follows the date (`(USD)`) is not part of it. A title line of several cells is
/// read first as one, its cells joined by the commas a CSV split it at: `As of Dec 12, 2026`
/// unquoted is the cells `As of Dec 12` and ` 2026` (review 46b, R46b-12: read as no date, so
/// the month-name title of the docs' own example dated nothing in the command line, while the
/// quoted cell of the unit test did; review 47b, R47b-10: any number of cells).
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
    "as of", "as at", "as-of", "stand", "per", "au", "en date du", "a fecha", "al", "through",
    "thru", "to date", "up to", "report date", "run date", "export date", "exported",
    "generated", "printed", "run",
  ]
  /// How many of ``phrases`` say "as of" (in the languages the importer reads headers in:
  /// German `Stand`, `per`; French `au`, `en date du`; Spanish `a fecha`, `al`; English
  /// `through`, `to date`, `up to`; review 47b, R47b-10); the rest say when the export was
  /// made.
  static let asOfPhrases = 13
  /// Leading records looked at: a title block is a few lines.
  static let maximumTitleLines = 10

  /// The first report's date among `table`'s title lines; `nil` when none gives one.
  /// - Complexity: O(characters of the first ``maximumTitleLines`` records).
  static func find(in table: ImportTable) -> TitleAsOf? {
    for (line, filled) in titleLines(of: table) {
      // The line's cells joined back where a CSV split the title at its commas, then each.
      let cells = filled.count >= 2 ? [joined(filled)] + filled : filled
      for cell in cells {
        if let text = dateText(in: cell) {
          return TitleAsOf(text: text, cell: String(cell.drop(while: \.isWhitespace)), line: line)
        }
      }
    }
    return nil
  }

  /// Every report's date `table`'s title lines tie to a phrase of ``phrases``, in the order
  /// read (a line's joined cells, or its cells one by one when the joined line gives none):
  /// `as of 2026-12-31 (exported 2026-12-12 09:14)` gives both dates (review 47b, R47b-7: the
  /// stamp, when the data was taken, was unread behind the period-end `as of`).
  /// - Complexity: O(characters of the first ``maximumTitleLines`` records).
  static func findAll(in table: ImportTable) -> [TitleAsOf] {
    var found = [TitleAsOf]()
    for (line, filled) in titleLines(of: table) {
      let whole = joined(filled)
      for cell in dates(in: whole).isEmpty && filled.count > 1 ? filled : [whole] {
        let trimmed = String(cell.drop(while: \.isWhitespace))
        for text in dates(in: cell) {
          found.append(TitleAsOf(text: text, cell: trimmed, line: line))
        }
      }
    }
    return found
  }

  /// The table's title lines and their non-empty cells: its leading records (the first
  /// ``maximumTitleLines`` at most) up to the header. A line of at most two non-empty cells is
  /// a title line; so is a wider one when a record below it within the window has at least two
  /// more (a title a CSV split at its commas, `MRR by customer, as of Dec 12, 2026` unquoted in
  /// three cells, above a header of many: review 47b, R47b-10); the first line as wide as
  /// every record below it is the header, where title lines end.
  /// - Complexity: O(cells of the first 2 × ``maximumTitleLines`` records).
  static func titleLines(of table: ImportTable) -> [(line: Int, cells: [String])] {
    let records = Array(table.records.prefix(maximumTitleLines * 2))
    let filled = records.map { $0.cells.filter { !$0.allSatisfy(\.isWhitespace) } }
    var lines = [(line: Int, cells: [String])]()
    for i in records.indices.prefix(maximumTitleLines) {
      if filled[i].count > 2
        && !filled[(i + 1)...].contains(where: { $0.count >= filled[i].count + 2 })
      {
        break
      }
      lines.append((records[i].line, filled[i]))
    }
    return lines
  }

  /// A title line's cells as one: joined by the commas a CSV split them at, and the space
  /// after each the reader trimmed (`As of Dec 12` and `2026`: `As of Dec 12, 2026`).
  static func joined(_ cells: [String]) -> String {
    cells.map { String($0.drop(while: \.isWhitespace)) }.joined(separator: ", ")
  }

  /// The first date written after a phrase of ``phrases`` in `cell` (``dates(in:)``).
  static func dateText(in cell: String) -> String? { dates(in: cell).first }

  /// Every date written after a phrase of ``phrases`` in `cell`, phrase by phrase in their
  /// order: the longest run of up to four words after it that reads as a date in either
  /// day/month order, trailing `,` `.` `)` `;` dropped.
  static func dates(in cell: String) -> [String] {
    let characters = Array(cell)
    let lower = characters.map { Character($0.lowercased()) }
    var found = [String]()
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
        if let text = date(after: characters[end...], isExportWord: isExportWord) {
          found.append(text)
        }
      }
    }
    return found
  }

  /// Words a phrase may be followed by before its date (`Exported on 12 Dec 2026`, `Run at
  /// 2026-12-12 09:14`, `Stand vom 12.12.2026`, `a fecha de 12/12/2026`).
  static let dateLeads: Set<String> = ["on", "at", "vom", "de", "del", "du"]

  /// The date that opens `rest` (the text after a phrase), or `nil`.
  static func date(after rest: ArraySlice<Character>, isExportWord: Bool) -> String? {
    let rest = rest.drop { $0 == ":" || $0.isWhitespace }
    var words = rest.split(whereSeparator: { $0.isWhitespace })
    if let first = words.first {
      var lead = String(first).lowercased()
      if lead.hasSuffix(":") { lead.removeLast() }
      if dateLeads.contains(lead) { words.removeFirst() }
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
          return nil
        }
        return text
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
