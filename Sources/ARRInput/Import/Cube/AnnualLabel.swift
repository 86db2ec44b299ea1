import ARRCore

/// A cube whose title or header says its cells are annual (`ARR by Customer`, `Annual Recurring
/// Revenue`, `Annualised run-rate`): read as monthly revenue, every figure would be 12 times
/// too high, with nothing in the numbers to say so (`docs/import.md`, "MRR, ARR or billings").
enum AnnualLabel {
  /// The first title line above the header, or the header's first non-empty cell (the label of
  /// the customer column, `Customer ARR`), that names annual recurring revenue and not monthly
  /// revenue: its line and text. Another header cell names a column of its own (an `ARR`
  /// snapshot beside monthly MRR cells), not the month cells.
  /// - Complexity: O(cells of the title lines and the header).
  ///
  /// Then the workbook sheet's (tab's) name, then the file's name without its extension
  /// (`ARR by customer`, `customer-arr-by-month.csv`): where a spreadsheet's title most often
  /// lives (review 13, F19: a tab named "ARR by customer" was read as MRR, 12 times too high).
  /// Those come with `place` naming them and the header's line.
  static func find(
    titles: ArraySlice<ImportTable.Record>, header: ImportTable.Record, monthColumns: Set<Int>,
    sheet: String? = nil, file: String? = nil
  ) -> Label? {
    let first = header.cells.firstIndex { !$0.isEmpty }.map { [$0] } ?? []
    return Label.first(
      titles: titles, header: header, headerColumns: first.filter { !monthColumns.contains($0) },
      sheet: sheet, file: file, where: isAnnual)
  }

  /// Where a cube says its cells are annual: a line and its text, and, for a sheet's or a
  /// file's name, which (`place`, ending in a space; empty for a cell).
  struct Label: Sendable, Equatable {
    var line: Int
    var text: String
    var place = ""
    /// Why the text says so, when not by its words alone (`, equal to …`).
    var because = ""

    /// The first place that `says` holds for, in the order a spreadsheet's label is looked
    /// for: each title line above the header (its first such cell), the header's cells at
    /// `headerColumns`, the workbook sheet's name, the file's name without its extension. One
    /// search for every label (``AnnualLabel``, ``ThousandsLabel``), which differ only in what
    /// they look for and in which header cells may carry it.
    /// - Complexity: O(cells of the title lines + `headerColumns`).
    static func first(
      titles: ArraySlice<ImportTable.Record>, header: ImportTable.Record, headerColumns: [Int],
      sheet: String?, file: String?, where says: (String) -> Bool
    ) -> Label? {
      for r in titles {
        if let text = r.cells.first(where: says) { return Label(line: r.line, text: text) }
      }
      for c in headerColumns where c < header.cells.count && says(header.cells[c]) {
        return Label(line: header.line, text: header.cells[c])
      }
      if let sheet, says(sheet) {
        return Label(line: header.line, text: sheet, place: "the sheet name ")
      }
      if let file {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        if says(stem.isEmpty ? name : stem) {
          return Label(line: header.line, text: name, place: "the file name ")
        }
      }
      return nil
    }
  }

  /// An annual column beside the months (`Current ARR`) whose values equal each row's last
  /// month cell: the month cells are annual too (review 13, F9: such a cube was read as MRR, 12
  /// times too high, with the column "ignored"). Equal on at least four in five of the rows with
  /// both amounts, and on at least two rows (or the only one); a column equal to 12 × the cell
  /// says the cells are monthly, and is no label.
  /// - Parameters:
  ///   - rows: The body's rows that are customers'.
  ///   - lastMonth: The last month column read.
  ///   - amount: A cell's hundredths, `nil` when it is no amount.
  /// - Complexity: O(rows × columns of the header).
  static func column(
    header: ImportTable.Record, monthColumns: Set<Int>, rows: [ImportTable.Record],
    lastMonth: Int, amount: (String) -> Int64?
  ) -> Label? {
    for c in header.cells.indices where !monthColumns.contains(c) && isAnnual(header.cells[c]) {
      var equal = 0
      var both = 0
      for r in rows where c < r.cells.count && lastMonth < r.cells.count {
        guard let a = amount(r.cells[c]), let m = amount(r.cells[lastMonth]), a != 0, m != 0
        else { continue }
        both += 1
        if a == m { equal += 1 }
      }
      if isMost(equal, of: both) {
        return Label(
          line: header.line, text: header.cells[c], place: "the column ",
          because: ", equal to the last month's cell on \(equal) of \(both) rows,")
      }
    }
    return nil
  }

  /// Whether `count` of `both` compared rows is "most" for a column's evidence: four in five,
  /// and at least two rows (or the only one). One rule for the cube's own annual column and a
  /// customer list's (``ListAnnualColumn``).
  static func isMost(_ count: Int, of both: Int) -> Bool {
    both > 0 && (count >= 2 || both == 1) && 5 * count >= 4 * both
  }

  /// Whether `text` names annual recurring revenue: the word `ARR`, `annual recurring revenue`,
  /// `annualised`/`annualized`, `run rate`. Month words beside it (`ARR by month`, `Monthly ARR`,
  /// `month-end`) say how the annual figures are laid out, not that they are monthly; a text
  /// that also names monthly revenue (``namesMonthlyRevenue(_:)``) is ambiguous, and is annual
  /// here too, so that `--values auto` stops and asks rather than choosing MRR.
  static func isAnnual(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    let joined = words.joined(separator: " ")
    return words.contains("arr") || joined.contains("annual recurring revenue")
      || words.contains { $0.hasPrefix("annualised") || $0.hasPrefix("annualized") }
      || joined.contains("run rate")
  }

  /// Whether `text` also names monthly revenue: the word `MRR`, `monthly recurring` or `monthly
  /// revenue` (not a month word alone: `by month`, `month-end`, `Monthly ARR`).
  static func namesMonthlyRevenue(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    let joined = words.joined(separator: " ")
    return words.contains("mrr") || joined.contains("monthly recurring")
      || joined.contains("monthly revenue")
  }
}
