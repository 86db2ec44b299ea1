import ARRCore

extension MonthlyTableReader {
  /// A change log's levels carried forward: each row is a customer's MRR from the month of its
  /// change until the month of its next row (a churn's row at 0 ends it), through the last
  /// month read. A month with a row keeps the row's level (the month's last change, as a
  /// level's snapshots are read). The carried months are not in the file, so the tie-out's
  /// source counts them as read, and a note says how many and what they add.
  /// - Complexity: O(customers × months).
  static func fillChangeLog(
    _ data: inout CubeData, rowCount: [Int32], file: String, header: [String],
    layout: MonthlyTableLayout, log: inout ImportLog
  ) {
    let span = data.monthCount
    var filled = 0
    var added: Int64 = 0
    for a in data.accounts.indices {
      var level: Int64?
      for m in 0..<span {
        let i = a * span + m
        if rowCount[i] > 0 {
          level = data.cells[i]
        } else if let carried = level, carried != 0 {
          data.cells[i] = carried
          filled += 1
          added = added &+ carried
        }
      }
    }
    log.tieOut.add(added, to: \.sourceCents)
    let last = data.firstMonth.adding(months: span - 1)
    log.notes.append(
      "\(file): a change log (\"\(header[layout.period])\" is the date a level took effect): "
        + "each row's \"\(header[layout.amount])\" is the customer's MRR from its month until "
        + "its next row, carried through \(last), the last month read (the file gives no export "
        + "date); \(filled) customer-month\(filled == 1 ? "" : "s") carried forward, "
        + "\(Money.decimalString(cents: added)) counted in the tie-out's source as read")
  }
}
