import ARRCore

/// A cube's header of months written as spreadsheet day numbers (`45962`, `45992` … `46296`:
/// month-start dates pasted as values, or a header row formatted General), read as the months
/// they show (`docs/import.md`, "Month headers"; session 51, imp lane; trial 50, T50-15: the cube
/// was refused as "an invoice ledger with a customer but no date or amount", nothing saying the
/// header held dates).
///
/// A row is read so only when at least ``minimumCells`` of its cells are day numbers of
/// 1960–2099 (``CubeReader/serialDay(_:)``), every such cell is the first day of its month (or
/// every one the last), and they name consecutive months left to right: ids (`1001`, `1002`),
/// years or amounts never do. The cells are rewritten `YYYY-MM`, and a note says so.
enum SerialMonthHeaders {
  /// The fewest day numbers a header must hold.
  static let minimumCells = 3

  /// Rewrites the first such row among the header rows of `table`, with a note.
  /// - Complexity: O(cells of the rows searched).
  static func take(from table: inout ImportTable, notes: inout [String]) {
    for i in table.records.indices.prefix(CubeLayout.headerSearchRows) {
      let cells = table.records[i].cells
      guard CubeLayout.monthLikeCount(cells) < CubeLayout.minimumMonthHeaders,
        let months = months(cells)
      else { continue }
      for (c, month) in months { table.records[i].cells[c] = month.description }
      let first = months.first!
      let last = months.last!
      notes.append(
        "\(table.file):\(table.records[i].line): the month headers are spreadsheet day numbers "
          + "(\(cells[first.column]) … \(cells[last.column])), read as the months they show, "
          + "\(first.month) to \(last.month)")
      return
    }
  }

  /// `cell` without spaces and without a fraction after `.` or `,` (`45658.0`, `45658,0` as
  /// pandas or openpyxl write a date header pasted as values; a time, `45658.5`): the day
  /// number it holds (review 52, R52-6: such headers were refused, nothing said of dates).
  static func wholeDays(_ cell: String) -> String {
    let text = String(cell.filter { $0 != " " })
    guard let dot = text.firstIndex(where: { $0 == "." || $0 == "," }),
      text[text.index(after: dot)...].allSatisfy({ $0.isASCII && $0.isNumber }),
      text.index(after: dot) < text.endIndex
    else { return text }
    return String(text[..<dot])
  }

  /// The columns of `cells` that are day numbers and the months they show, when they are
  /// such a header; `nil` otherwise.
  static func months(_ cells: [String]) -> [(column: Int, month: Month)]? {
    var found = [(column: Int, day: CivilDate)]()
    for (c, cell) in cells.enumerated() {
      if let day = CubeReader.serialDay(wholeDays(cell)) { found.append((c, day)) }
    }
    guard found.count >= minimumCells else { return nil }
    let months = found.map { Month(year: $0.day.parts.year, month: $0.day.parts.month) }
    let isFirst = found.allSatisfy { $0.day.parts.day == 1 }
    let isLast = found.allSatisfy {
      CivilDate(daysSinceEpoch: $0.day.daysSinceEpoch + 1).parts.day == 1
    }
    guard isFirst || isLast,
      zip(months, months.dropFirst()).allSatisfy({ $0.adding(months: 1) == $1 })
    else { return nil }
    return zip(found, months).map { ($0.column, $1) }
  }
}
