import ARRCore
import ARRWorkbook

extension ImportTable {
  /// Fills each blank cell of the label `columns` (0-based) below the header that lies inside a
  /// vertical merge of one column whose first cell holds the value: Excel's meaning of a merge
  /// is that value on every row it covers (trial 41, T41-19: "Acme" merged over its two product
  /// rows was refused "no customer id or name" at A5, with the advice to unmerge and fill down
  /// by hand). Merges reaching the header, spanning columns, or whose value labels a total
  /// (`Total`) are left as the sheet stores them. Amount columns are never filled: a merged
  /// amount would be counted once per row.
  /// - Returns: A note counting the ranges filled, naming the first, and the sheet rows each
  /// range covers (its rows are one customer's by the sheet's own formatting: no "one per
  /// product?" doubt); `nil` when none was filled.
  /// - Complexity: O(merges × rows).
  mutating func fillMergedLabels(columns: [Int], headerIndex: Int) -> (
    note: String, rows: [ClosedRange<Int>]
  )? {
    guard let sheet, !sheet.verticalMerges.isEmpty, headerIndex < records.count else {
      return nil
    }
    let headerLine = records[headerIndex].line
    var filled = [(range: CellRange, value: String)]()
    var cellCount = 0
    for m in sheet.verticalMerges
    where m.range.first.column == m.range.last.column
      && columns.contains(m.range.first.column - 1) && m.range.first.row > headerLine
      && !m.value.isEmpty && CubeTotals.kind([m.value], monthColumns: []) != .total
    {
      let c = m.range.first.column - 1
      var isFilled = false
      for i in records.indices
      where m.range.first.row < records[i].line && records[i].line <= m.range.last.row {
        guard c < records[i].cells.count, records[i].cells[c].isEmpty else { continue }
        records[i].cells[c] = m.value
        isFilled = true
        cellCount += 1
      }
      if isFilled { filled.append(m) }
    }
    guard let first = filled.first else { return nil }
    let one = filled.count == 1
    let note =
      "\(file): \(Counted.phrase(filled.count, "merged range")) of the customer column "
      + "(first \(first.range.first):\(first.range.last), \"\(first.value)\") read with "
      + "\(one ? "its" : "each one's") value on every row \(one ? "it covers" : "they cover"), as "
      + "the sheet shows \(one ? "it" : "them") (\(Counted.phrase(cellCount, "cell")) filled): each "
      + "range's rows are one customer's, summed"
    return (note, filled.map { $0.range.first.row...$0.range.last.row })
  }
}
