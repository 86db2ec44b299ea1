import ARRCore

/// A cube's header of month names without years (`Jan`, `Feb` … `Dec`) under a group row of
/// years (`FY2024` over Jan to Dec, `FY2025` over the next months; Excel's layout, the year cells
/// merged across their months): the two rows read as one header of months (`docs/import.md`,
/// "Month headers"; decided, session 29, t28b lane; trial 28, T28-20: refused with "at most 0
/// month-like headers", which did not say that `Jan` was seen and rejected for want of a year).
///
/// Each month name takes the year of the nearest group cell at or left of its column, read as
/// a calendar year (`FY2024` over `Jan` is January 2024), and a note says so: a fiscal year that
/// starts in another month is not known from the file. The months so read must rise column by
/// column; otherwise (a fiscal year running `Jul` to `Jun` under one label) the rows are left as
/// they are and the refusal says to write each month with its year (``yearlessHint(_:)``).
enum MonthGroupRow {
  /// The fewest month names without a year for a row to be read as such a header.
  static let minimumNames = 3

  /// The month of `cell` when it is a month name alone (`Jan`, `january`, `Sept.`), else `nil`.
  static func monthName(_ cell: String) -> Int? {
    var word = Substring(cell.lowercased()).drop { $0 == " " }
    while word.last == " " { word = word.dropLast() }
    while word.last == "." { word = word.dropLast() }
    guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
    return MonthHeader.monthNumber(word)
  }

  /// The year `cell` names alone: `2024`, `FY2024`, `FY 2024`, `FY24`, `FY-24` (case ignored);
  /// two-digit years only after `FY`.
  static func year(_ cell: String) -> Int? {
    var t = Substring(cell.uppercased().filter { !" -'_".contains($0) })
    let isFiscal = t.hasPrefix("FY")
    if isFiscal { t = t.dropFirst(2) }
    guard t.allSatisfy(\.isASCII), t.allSatisfy(\.isNumber), let n = Int(t) else { return nil }
    if t.count == 4, (1900...2199).contains(n) { return n }
    if t.count == 2, isFiscal { return 2000 + n }
    return nil
  }

  /// The first row among the header rows holding at least ``minimumNames`` month names without
  /// a year, with its index and those cells' columns.
  static func yearlessRow(_ table: ImportTable) -> (index: Int, columns: [Int])? {
    for (i, r) in table.records.prefix(CubeLayout.headerSearchRows).enumerated() {
      guard CubeLayout.monthLikeCount(r.cells) == 0 else { continue }
      let columns = r.cells.indices.filter { monthName(r.cells[$0]) != nil }
      if columns.count >= minimumNames { return (i, columns) }
    }
    return nil
  }

  /// Writes the year of the group row above into each month name of the header below it
  /// (`Jan` → `Jan 2024`), with a note; leaves `table` as it is when no such pair of rows is
  /// found or the months would not rise column by column.
  /// - Complexity: O(cells of the first rows).
  static func take(from table: inout ImportTable, notes: inout [String]) {
    guard let (h, columns) = yearlessRow(table), h > 0 else { return }
    let group = table.records[h - 1].cells
    let header = table.records[h].cells
    var months = [(column: Int, month: Month)]()
    for c in columns {
      // The nearest non-empty group cell at or left of the column: a year, else no reading.
      guard
        let g = stride(from: min(c, group.count - 1), through: 0, by: -1).first(where: {
          group[$0].contains { $0 != " " }
        }),
        let y = year(group[g]), let m = monthName(header[c])
      else { return }
      let month = Month(year: y, month: m)
      if let last = months.last, month <= last.month { return }
      months.append((c, month))
    }
    for (c, month) in months {
      table.records[h].cells[c] = "\(header[c]) \(month.year)"
    }
    let years = Array(Set(months.map(\.month.year))).sorted()
    let groupCells = columns.compactMap { c -> String? in
      group.indices.contains(c) && !group[c].isEmpty ? group[c] : nil
    }
    notes.append(
      "\(table.file): the month names on line \(table.records[h].line) (\(header[columns[0]]) "
        + "…) take their years from the row above (\(groupCells.prefix(3).joined(separator: ", "))"
        + "\(groupCells.count > 3 ? ", …" : "")), read as calendar years: \(months[0].month) to "
        + "\(months[months.count - 1].month) (\(years.count == 1 ? "1 year" : "\(years.count) years")); "
        + "if the fiscal year starts in another month, write each month with its year "
        + "(Jan-24 …)")
  }

  /// `; line 2 has month names without a year (Jan, Feb, …): write Jan-24 …` for a header
  /// row of month names no group row of years made months (``take(from:notes:)``), or `nil`.
  static func yearlessHint(_ table: ImportTable) -> String? {
    guard let (h, columns) = yearlessRow(table) else { return nil }
    let r = table.records[h]
    let shown = columns.prefix(2).map { r.cells[$0] }.joined(separator: ", ")
    return
      "line \(r.line) has month names without a year (\(shown) …): write each with its year "
      + "(Jan-24, Feb-24 …, or 2024-01) in one header row, or put a row of years (2024 or "
      + "FY2024, calendar years) directly above them"
  }
}
