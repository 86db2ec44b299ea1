import ARRCore

/// What to add to "shape not recognised" when a file is nearly a cube (`docs/import.md`,
/// "Errors"): month headers exported as spreadsheet day numbers, or months running down a column
/// (a cube transposed, one column per customer); or nearly a ledger or a subscriptions table
/// (``RecordTableHint``).
enum ShapeHints {
  /// `; …` hints for `table`, or `""`.
  /// - Complexity: O(cells of the first ``CubeLayout/headerSearchRows`` rows).
  static func hints(_ table: ImportTable) -> String {
    let rows = table.records.prefix(CubeLayout.headerSearchRows)
    var out = ""
    // A header row of spreadsheet day numbers (a General-formatted date row): 45292 is
    // 2024-01-01, counted from 1899-12-30 (Excel's day 0, its 1900 leap-year bug included).
    for r in rows {
      let serials = r.cells.filter { LedgerReader.serialHint($0) != "" }
      // Month headers run month after month; a data row's amounts (a deal's 48000 under
      // `Amount`, `Annual contract value` and `Annual recurring revenue`) repeat or jump
      // (session 18, import4 lane: trial 17, CRM2 and LS1 were told to format month headers).
      let months = serials.compactMap { Int32($0) }.map {
        CivilDate(daysSinceEpoch: $0 - 25_569).month
      }
      let steps = zip(months, months.dropFirst()).filter { $1.months(since: $0) == 1 }.count
      guard serials.count >= CubeLayout.minimumMonthHeaders,
        steps >= CubeLayout.minimumMonthHeaders - 1, let n = Int32(serials[0])
      else {
        continue
      }
      let day = CivilDate(daysSinceEpoch: n - 25_569)
      out +=
        "; header cells such as \"\(serials[0])\" on line \(r.line) look like spreadsheet day "
        + "numbers (\(serials[0]) is \(day)): format the month headers as dates (e.g. mmm-yy) in "
        + "the workbook, or export them written out"
      break
    }
    // Months down a column, each once and consecutive: one column per customer, one row per
    // month. (A ledger's dates repeat their months and skip some: no hint.)
    let width = rows.map(\.cells.count).max() ?? 0
    for c in 0..<min(width, 3) {
      let cells = rows.map { $0.cell(c) }
      let months = cells.filter { MonthHeader.read($0).isMonth }
      let read = months.compactMap { MonthHeader.read($0).mdy ?? MonthHeader.read($0).dmy }
      // Days inside their months (`2024-01-05`, `2024-02-10`) are events, not month labels: a
      // customer list's signup dates, one a month, are no transposed cube (eleventh session's
      // trial: residnt79/articulate_takehome's `customers.csv` was told to transpose the sheet).
      let isEventDate = months.contains { text in
        guard let d = CivilDate(text) else { return false }
        return d != CivilDate.firstDay(of: d.month) && d != CivilDate.lastDay(of: d.month)
      }
      guard months.count >= CubeLayout.minimumMonthHeaders, read.count == months.count,
        !isEventDate, zip(read, read.dropFirst()).allSatisfy({ $1.months(since: $0) == 1 })
      else { continue }
      out +=
        "; months run down column \(c + 1) (\"\(months[0])\", \"\(months[1])\", …): a cube has "
        + "one row per customer and one column per month; transpose the sheet"
      break
    }
    // Every line quoted whole (`"month,MRR"`): the file reads as one column whose cells hold
    // the delimiters (a tool quoted lines it had already joined).
    if let first = table.records.first?.cells, first.count == 1,
      let d = [",", ";", "\t"].first(where: { first[0].contains($0) })
    {
      out +=
        "; line \(table.records[0].line) is one quoted cell holding "
        + (d == "\t" ? "tabs" : "\"\(d)\"") + " (\"\(first[0].prefix(40))\"): each line is quoted "
        + "whole, so the file has one column; remove the quotes around each line"
    }
    // A header of two rows: month names without years below a row of years (merged over
    // each year's months in a workbook; review 13, F29: refused with no hint).
    let list = Array(rows)
    for k in list.indices.dropFirst() {
      let names = list[k].cells.filter { monthNames.contains(CubeLayout.normalized($0)) }
      let years = list[k - 1].cells.filter { c in
        c.count == 4 && Int(c).map { (1990...2100).contains($0) } == true
      }
      guard names.count >= CubeLayout.minimumMonthHeaders, !years.isEmpty else { continue }
      out +=
        "; line \(list[k].line) has month names without a year (\"\(names[0])\", "
        + "\"\(names[1])\", …) under years on line \(list[k - 1].line) (\"\(years[0])\""
        + (years.count > 1 ? ", \"\(years[1])\"" : "") + "): a header of two rows; write one "
        + "header row of months with their years (Jan-24, Feb-24, …) and import again"
      break
    }
    // A monthly table whose month cells are spreadsheet day numbers: said instead of what a
    // subscriptions table would lack (review 13, F27).
    if let hint = MonthlyTableLayout.daySerialHint(in: table) { return out + hint }
    // A CRM's deals with a close date alone: said instead of the renames a ledger would want
    // (session 18, import4 lane: trial 17, CRM2).
    if let hint = SubscriptionTableReader.datelessDealsHint(table) { return out + hint }
    return out + RecordTableHint.hint(table)
  }

  /// Month names alone, without a year, after ``CubeLayout/normalized(_:)``.
  static let monthNames: Set<String> = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.",
  ]
}
