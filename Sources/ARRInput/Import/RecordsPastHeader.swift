import ARRCore

/// Rows of a delimited file with a value past the header's last column (`docs/import.md`,
/// "Values past the header"; session 35, hostile trial, H35-1). The commonest hand-made export
/// bug is an amount written `1,200.00` without quotes: its row then has one value more than the
/// header names, and every reader took its cells as they fell, the amount `1` and the rest
/// dropped (a ledger's headline 6.6% of the truth, exit 0, every row "used"), or a cube's
/// months shifted one column. The folder format already refuses such rows; every data-room
/// reader of delimited text now does too. Empty cells past the header (a spreadsheet's padding)
/// are no problem, and a workbook's sheet is exempt: its cells cannot shift, and a note or a
/// side calculation to the right of a table is common there.
extension ImportTable {
  /// The problem of `record` when it holds a value past the header's `width` columns: at the
  /// first such value's column, "expected N fields as in the header, found M (a value with a
  /// comma, such as an amount written 10,000, must be quoted …)"; `nil` otherwise.
  func valuePastHeader(_ record: Record, width: Int) -> InputProblem? {
    guard sheet == nil, record.cells.count > width,
      let first = record.cells[width...].firstIndex(where: { !$0.isEmpty })
    else { return nil }
    let found = record.cells.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? first + 1
    return InputProblem(
      file: file, line: record.line, column: first + 1,
      message: FieldMessages.fieldCount(expected: width, found: found))
  }

  /// Refuses, or with `--lenient` skips, the records below the header at `headerIndex` that
  /// hold a value past the header's last column (``valuePastHeader(_:width:)``).
  /// - Parameters:
  ///   - headerIndex: The header's index in ``records``.
  ///   - fileIndex: The file's index in `log`.
  ///   - isLenient: Whether such rows are skipped (each counted read and skipped as a bad row)
  ///     instead of refusing the file.
  ///   - log: The import log the skipped rows are recorded in.
  /// - Throws: `.invalidData` listing the rows (the first ``ARRQualityError/problemDisplayLimit``,
  ///   every one counted) when not lenient.
  /// - Complexity: O(cells below the header).
  mutating func dropValuesPastHeader(
    headerIndex: Int, fileIndex: Int, isLenient: Bool, log: inout ImportLog
  ) throws(ARRQualityError) {
    guard sheet == nil, headerIndex < records.count else { return }
    let width = records[headerIndex].cells.count
    var bad = BadRows()
    var kept = Array(records[...headerIndex])
    kept.reserveCapacity(records.count)
    for record in records[(headerIndex + 1)...] {
      guard let problem = valuePastHeader(record, width: width) else {
        kept.append(record)
        continue
      }
      if isLenient { log.files[fileIndex].rowsRead += 1 }
      bad.reject(
        [problem], line: record.line, fileIndex: fileIndex, isLenient: isLenient, log: &log)
    }
    try bad.check(in: file)
    if kept.count < records.count { records = kept }
  }

  /// The records below the header at `headerIndex` of a delimited file that end before the
  /// header's last column, on an amount, with a month column past their end: a line cut short
  /// (Excel, Sheets and exporters write every column of a row, empty ones as `,,`), whose
  /// missing months read as no revenue, a churn the file does not show (trial 48, T48-12). Rows
  /// of one cell (a footnote, a label) are not counted. Each with its line and field count.
  /// - Complexity: O(records below the header).
  func shortRows(headerIndex: Int, monthColumns: [Int]) -> [(line: Int, fields: Int)] {
    guard sheet == nil, headerIndex < records.count, let lastMonth = monthColumns.max() else {
      return []
    }
    var out = [(line: Int, fields: Int)]()
    for record in records[(headerIndex + 1)...] {
      let n = record.cells.count
      guard n <= lastMonth, n > 1, record.cells[n - 1].isEmpty == false,
        record.cells.lazy.filter({ !$0.isEmpty }).dropFirst().first != nil,
        monthColumns.contains(where: { $0 < n })
      else { continue }
      out.append((record.line, n))
    }
    return out
  }
}
