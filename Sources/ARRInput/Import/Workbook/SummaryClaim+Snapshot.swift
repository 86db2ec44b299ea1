import ARRCore

/// A KPI snapshot's claim: a tab or file of `label | value` rows (`ARR | $1,107,000`,
/// `Customers | 94`, `NDR | 112%`), dated by a month above its value (`Metric | Nov-26`) or by
/// its title (`As of November 30, 2026`), which states the company's ARR at one moment
/// (`docs/import.md`, "A KPI snapshot's claim").
///
/// Decided (session 44, lead; trial 44, T44-1): a data room's `Summary` tab of that shape was
/// "not used", while the report printed a customer list's ARR column as the company's claim with
/// a gap of $0; the tab said 30% more. Only tabs by month (three month columns) were read.
extension SummaryClaim {
  /// Rows looked at: a snapshot is a short block of metrics.
  static let maximumSnapshotRows = 60

  /// The claim of `table` read as a snapshot: the first row (ARR before MRR) whose label cell
  /// keys as an ARR or MRR label (``annualLabels``, ``monthlyLabels``) and whose one money cell
  /// is the first filled cell after it; `nil` when there is none, when the row holds more than
  /// one amount (a table by period, read as one when it has months), or when the label, the
  /// value's column header or the title names thousands (not read, as a summary tab in
  /// thousands is not).
  /// - Complexity: O(cells of the first ``maximumSnapshotRows`` records).
  static func snapshot(_ table: ImportTable) -> SummaryClaim? {
    let rows = Array(table.records.prefix(maximumSnapshotRows))
    for (names, isMonthly) in [(annualLabels, false), (monthlyLabels, true)] {
      for (i, r) in rows.enumerated() {
        guard let l = r.cells.firstIndex(where: { names.contains(MonthlyTableLayout.key($0)) }),
          let v = r.cells[(l + 1)...].firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
          let cents = money(r.cells[v]), cents > 0,
          r.cells[(v + 1)...].allSatisfy({ money($0) == nil })
        else { continue }
        let above = rows[..<i].reversed().lazy.map { $0.cell(v) }.filter { !$0.isEmpty }
        guard !ThousandsLabel.names(r.cells[l]), !above.contains(where: ThousandsLabel.names),
          !rows.prefix(TitleAsOf.maximumTitleLines).contains(where: {
            $0.cells.filter { !$0.isEmpty }.count <= 2
              && $0.cells.contains(where: ThousandsLabel.names)
          })
        else { return nil }
        let position = table.position(line: r.line, column: v + 1)
        let cell = Cell(
          position: table.sheet.map { String(position.dropFirst($0.workbook.count + 2)) }
            ?? position,
          cents: cents)
        var claim = SummaryClaim(
          source: table.file, label: r.cells[l], isMonthly: isMonthly, cells: [:])
        if let month = month(above: above.first, table: table) {
          claim.cells[month] = cell
        } else {
          claim.undated = cell
        }
        return claim
      }
    }
    return nil
  }

  /// A cell's amount, with a decimal point or else a decimal comma; `nil` when it is none.
  static func money(_ text: String) -> Int64? {
    guard !text.isEmpty else { return nil }
    return (try? CubeMoney.cents(text, isDecimalComma: false))
      ?? (try? CubeMoney.cents(text, isDecimalComma: true))
  }

  /// The snapshot's month: the header above its value when that names one month either way
  /// (`Nov-26`, `2026-11`), else the title's as-of date read in the order its digits decide
  /// (month first when they decide none and both readings give one month); `nil` when neither
  /// dates it.
  static func month(above header: String?, table: ImportTable) -> Month? {
    if let header {
      let reading = MonthHeader.read(header)
      if reading.isMonth && !reading.isAmbiguous { return reading.mdy ?? reading.dmy }
    }
    guard let title = TitleAsOf.find(in: table) else { return nil }
    let mdy = LedgerDate.parse(title.text, order: .mdy)?.month
    let dmy = LedgerDate.parse(title.text, order: .dmy)?.month
    if let order = title.order { return order == .mdy ? mdy : dmy }
    return mdy == dmy || dmy == nil ? mdy : mdy == nil ? dmy : nil
  }
}
