import ARRCore

/// A label saying a table's amounts are running totals (`Income by customer — year to date`,
/// `YTD revenue`, `Cumulative billings`): each month's cell then holds every month before it
/// in the year too, and read as that month's revenue the headline is many times too high
/// (trial 21, Y1: a year-to-date schedule read as MRR gave $5.83M for a December run-rate of
/// $498K, 11.7×, with nothing said). Such a label stops `--values auto`, as a label saying the
/// cells are annual does; `--values mrr` or `--values billings` reads the cells as written, with
/// a note (`docs/import.md`, "Running totals").
///
/// A label alone is not enough: a title's "YTD" often names the period a report covers, its
/// cells each month's own amount. So the cells must rise too: running totals grow in every
/// month a customer pays (``risingShare(_:)``), while monthly amounts mostly hold level.
/// Header cells are not read: a `YTD` column beside the months is a total, not the cells'
/// kind.
enum CumulativeLabel {
  /// Whether `text` (a title, a header cell, a sheet's or a file's name) says its amounts are
  /// running totals: `year to date`, `ytd`, `fytd`, `fiscal year to date`, `cumulative`,
  /// `running total`, any letter case, between any separators.
  static func names(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    if words.contains(where: { ["ytd", "fytd", "cumulative", "cumulated"].contains($0) }) {
      return true
    }
    for (k, w) in words.enumerated() where k + 2 < words.count {
      if w == "year" && words[k + 1] == "to" && words[k + 2] == "date" { return true }
    }
    for (k, w) in words.enumerated() where k + 1 < words.count {
      if w == "running" && (words[k + 1] == "total" || words[k + 1] == "totals") { return true }
    }
    return false
  }

  /// The first title line, sheet name or file name (without its extension) that says the
  /// amounts are running totals (``AnnualLabel/Label``).
  /// - Complexity: O(cells of the title lines).
  static func find(
    titles: ArraySlice<ImportTable.Record>, header: ImportTable.Record, sheet: String? = nil,
    file: String? = nil
  ) -> AnnualLabel.Label? {
    AnnualLabel.Label.first(
      titles: titles, header: header, headerColumns: [], sheet: sheet, file: file, where: names)
  }

  /// The share of an account's consecutive months within one calendar year, both with a
  /// positive amount, in which the amount rises; `nil` under 12 such pairs. Running totals of
  /// monthly payments rise in nearly every such pair; monthly amounts rise only where a
  /// customer expands.
  /// - Complexity: O(accounts × months).
  static func risingShare(_ data: CubeData) -> Double? {
    let n = data.monthCount
    guard n > 1, data.cells.count == data.accounts.count * n else { return nil }
    var pairs = 0
    var rises = 0
    for a in data.accounts.indices {
      for m in 1..<n where data.firstMonth.adding(months: m).month != 1 {
        let before = data.cells[a * n + m - 1]
        let now = data.cells[a * n + m]
        guard before > 0 && now > 0 else { continue }
        pairs += 1
        if now > before { rises += 1 }
      }
    }
    return pairs >= 12 ? Double(rises) / Double(pairs) : nil
  }

  /// The share of rising pairs at which cells under a running-totals label are read as running
  /// totals (half: monthly amounts rise in a small minority).
  static let risingThreshold = 0.5

  /// Stops `--values auto` at `label` when the cells rise as running totals do (a share of
  /// rising pairs of at least ``risingThreshold``); with `--values mrr`, `arr` or `billings`
  /// given, a note that the label was overruled; with cells that do not rise, a note that they
  /// are read as each month's own amount.
  /// - Throws: `ARRQualityError` `.invalidData` naming the label and what to export instead.
  static func check(
    _ label: AnnualLabel.Label?, data: CubeData, file: String, values: ImportValues,
    notes: inout [String]
  ) throws(ARRQualityError) {
    guard let label else { return }
    let share = risingShare(data)
    guard values == .auto, let share, share >= risingThreshold else {
      let why =
        values == .auto
        ? "the cells do not rise month to month as running totals would"
        : "--values \(values.rawValue) was given"
      notes.append(
        "\(file): \(label.place)\"\(label.text)\" (line \(label.line)) speaks of running totals, "
          + "but \(why): each cell is read as its month's own amount")
      return
    }
    throw .data(
      "\(file):\(label.line): \(label.place)\"\(label.text)\" says the cells are running totals "
        + "(year to date or cumulative), and they rise in \(Int((share * 100).rounded()))% of the "
        + "months a customer pays: read as each month's revenue, a month would count every month "
        + "before it in its year too and the headline would be many times too high; export each "
        + "month's own amounts, or pass --values mrr or --values billings if the cells are "
        + "monthly figures after all")
  }
}
