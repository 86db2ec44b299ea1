// MonthlyTableReader: the rows read, and what they say of re-pulls and of days within a month.
import ARRCore

extension MonthlyTableReader {
  /// A customer-month's cell and a subscription id in it (empty without such a column): the
  /// unit whose last snapshot of the month is its level.
  struct SnapshotKey: Hashable {
    var cell: Int
    var stream: String
  }

  /// One row read: its customer, month and amount, and where the amount was.
  struct Row {
    var account: Int
    var month: Month
    /// The day the month cell names (its first day for a month alone).
    var day: CivilDate?
    var cents: Int64
    var line: Int
    var column: Int
    var text: String
    /// The export the row belongs to (repeated headers above it; raised when a later export
    /// repeats it exactly).
    var export: Int
    /// The export the row was read in (below that many repeated headers).
    var readExport: Int
    /// The row's line in that export: its own, or the line of the later row repeating it.
    var exportLine: Int
    /// The row's cells, as read (shared with the table's record, not copied).
    var cells: [String]
    /// Usage units of the row's usage column (0 without one).
    var usage: Int64
    /// One-time revenue of the row's one-time column, in cents (0 without one).
    var oneTime: Int64
  }

  /// Counts each export's own revenue rows in the months of the exports above (its rows beyond
  /// them are new months, no evidence either way), against its repeats (``RePullEvidence``).
  static func countNewRows(
    _ rows: [Row], exports: Int, into evidence: inout RePullEvidence
  ) {
    var monthsOf = [(first: Month, last: Month)?](repeating: nil, count: exports + 1)
    for row in rows {
      let seen = monthsOf[row.readExport]
      monthsOf[row.readExport] = (
        min(seen?.first ?? row.month, row.month), max(seen?.last ?? row.month, row.month)
      )
    }
    var above = [(first: Month, last: Month)?](repeating: nil, count: exports + 1)
    var range: (first: Month, last: Month)?
    for e in 0...exports {
      above[e] = range
      if let m = monthsOf[e] {
        range = (min(range?.first ?? m.first, m.first), max(range?.last ?? m.last, m.last))
      }
    }
    for row in rows where row.readExport > 0 && row.cents != 0 {
      if let r = above[row.readExport], r.first <= row.month && row.month <= r.last {
        evidence.newRow(in: row.readExport)
      }
    }
  }

  /// Whether some customer has rows on two different days of one month (through `last`): a
  /// table finer than months.
  static func hasTwoDaysInAMonth(_ rows: [Row], first: Month, last: Month, span: Int)
    -> Bool
  {
    var dayOfCell = [Int: CivilDate]()
    for row in rows where row.month <= last {
      guard let day = row.day else { continue }
      let i = row.account * span + row.month.months(since: first)
      if let seen = dayOfCell[i], seen != day { return true }
      dayOfCell[i] = day
    }
    return false
  }
}
