import ARRCore

/// Date columns of a customer list, a cube's rows, a ledger or a subscriptions table written as
/// spreadsheet day numbers
/// (`45658` for 2025-01-01: dates pasted as values, or a column formatted General), read as the
/// dates they are (`docs/import.md`, "Customer list"; session 22, lead; trial 22, T22-1: a
/// `Cancellation date` column of serials was listed as ignored on a note, and four notices on
/// 61% of ARR were lost: quality-adjusted ARR $507K where the dates give $199K).
///
/// A column is read so only when **every** cell with a value is a whole number of five digits
/// that Excel shows as a date of 1960–2099 (serials 21916–73050, counted from 1899-12-30, Excel's
/// day 0 with its 1900 leap-year bug): a date column has no other reading of such cells. A
/// column mixing written dates and serials is left to the usual rules (its cells that do not
/// read are problems, or the column is not read, with a note). A note names the column and
/// its first cell's reading.
extension CubeReader {
  /// The date roles whose columns may hold day numbers.
  static let serialDateRoles: [CubeLayout.Role] = [
    .startDate, .endDate, .trialEndDate, .cancelDate,
  ]

  /// Rewrites, in `rows`, each date column of ``serialDateRoles`` whose every valued cell is a
  /// spreadsheet day number as `YYYY-MM-DD`, with a note per column.
  /// - Complexity: O(rows × date columns).
  static func readSerialDates(
    _ rows: inout [ImportTable.Record], roles: [CubeLayout.Role: Int], header: [String],
    file: String, notes: inout [String]
  ) {
    readSerialDates(
      &rows[...],
      columns: serialDateRoles.compactMap { role in roles[role].map { ($0, role.rawValue) } },
      header: header, file: file, notes: &notes)
  }

  /// Rewrites, in `rows`, each of `columns` (its index, and a name for a header cell missing)
  /// whose every valued cell is a spreadsheet day number as `YYYY-MM-DD`, with a note per
  /// column: the one rule for a customer list's, a cube's, a ledger's and a subscriptions
  /// table's date columns. A cell repeating the header (exports joined into one file) is no
  /// value here.
  /// - Complexity: O(rows × date columns).
  static func readSerialDates(
    _ rows: inout ArraySlice<ImportTable.Record>, columns: [(index: Int, name: String)],
    header: [String], file: String, notes: inout [String]
  ) {
    for (c, fallback) in columns {
      let name = c < header.count ? header[c] : fallback
      var first: (line: Int, text: String)?
      var isSerial = true
      for r in rows where c < r.cells.count {
        let text = r.cells[c]
        guard !text.isEmpty, !NoValueCells.isNoValue(text), text != name else { continue }
        guard serialDay(text) != nil else {
          isSerial = false
          break
        }
        if first == nil { first = (r.line, text) }
      }
      guard isSerial, let first else { continue }
      for i in rows.indices where c < rows[i].cells.count {
        if let day = serialDay(rows[i].cells[c]) { rows[i].cells[c] = day.description }
      }
      notes.append(
        "\(file): column \(FieldMessages.quoted(name)) holds spreadsheet day numbers, read as "
          + "dates (\(first.text) on line \(first.line) is \(serialDay(first.text)!)); format "
          + "the column as dates in the workbook to keep them written out")
    }
  }

  /// The day/month order of the date columns of ``serialDateRoles`` (start, end, trial end,
  /// cancel) of a customer list's or a cube's `rows`: `given` (`--date-order`, or the order a
  /// cube's month headers decided), else the one shared decision of a ledger's dates
  /// (``LedgerDate/order(of:file:given:others:title:rhythm:column:notes:findings:)``: the cells read, else the
  /// file's other date columns, else one error asking for `--date-order`), said in `notes`.
  ///
  /// Decided (session 36, imp; hostile trial 35, H35-6's suggested rule, one decision shared by
  /// every reader): a customer list saved by Excel (`3/14/2024`, `1/2/2026`) had each date
  /// that reads both ways refused as "not a date", or its cancel date column dropped with a
  /// note, though a cell of the same file decides the order.
  ///
  /// With `isLenient` (a customer list under `--lenient`), nothing deciding is no error: the
  /// order stays `nil`, said in a note, and each cell that reads two ways is a bad cell of its
  /// row, blanked and listed by the caller, the other cells read (session 38, imp; review 37,
  /// R37-4: the whole cancel column was dropped for one such cell, clear ISO cancellations of
  /// other accounts with it). Cells that say both orders, or other date columns that disagree,
  /// are still refused.
  static func factDateOrder(
    _ rows: [ImportTable.Record], roles: [CubeLayout.Role: Int], header: [String],
    file: String, given: DateOrder?, isLenient: Bool = false, notes: inout [String]
  ) throws(ARRQualityError) -> DateOrder? {
    if let given { return given }
    let columns = serialDateRoles.compactMap { roles[$0] }
    guard !columns.isEmpty else { return nil }
    var cells = [(text: String, line: Int)]()
    for r in rows {
      for c in columns where c < r.cells.count && !r.cells[c].isEmpty {
        cells.append((r.cells[c], r.line))
      }
    }
    let others = OtherDateColumns(body: rows[...], header: header, read: Set(columns))
    do {
      return try LedgerDate.order(
        of: cells, file: file, given: nil, others: others,
        column: { LedgerDate.column(of: $0, rows: rows, columns: columns, header: header) },
        notes: &notes)
    } catch {
      guard isLenient, case .success(nil) = LedgerDate.order(of: cells),
        case .some(.none) = try? others.decide(file: file)
      else { throw error }
      notes.append(
        error.message + " (--lenient: each date that reads two ways is not read, and listed; "
          + "the column's other dates are read)")
      return nil
    }
  }

  /// The day a spreadsheet day number names, or `nil` for any other text.
  static func serialDay(_ text: String) -> CivilDate? {
    guard LedgerReader.serialHint(text) != "", let n = Int32(text) else { return nil }
    return CivilDate(daysSinceEpoch: n - 25_569)
  }
}
