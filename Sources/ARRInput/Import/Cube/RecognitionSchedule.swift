import ARRCore

/// A revenue-recognition schedule (a deferred-revenue waterfall, as accountants keep it): one row
/// per invoice with a ledger's columns (`Invoice #`, `Customer`, `Invoice date`, `Term (months)`,
/// `Invoice total`) and a run of month columns holding the revenue recognised from it in each
/// month, often a `Deferred revenue` balance and a `Total` row (`docs/import.md`, "Customer
/// cube", revenue-recognition schedules). The month columns are the file's own recognised
/// revenue: it is read as a cube, its rows summed per customer, and the columns that are no
/// months are left out with a note.
///
/// Decided (session 24, lane t24b; trial 22, T22-16): read as an invoice ledger, the 24 month
/// columns were listed as ignored and the invoice totals spread again by their size: $378,000
/// with a critical ±29% range, for the schedule's exact $384,000.
enum RecognitionSchedule {
  /// The schedule's month columns' headers, when `table` (with `--shape auto`) reads as an
  /// invoice ledger and the same header row holds a run of at least
  /// ``CubeLayout/minimumMonthHeaders`` month columns, some cell of which holds an amount other
  /// than zero; `nil` otherwise.
  static func find(in table: ImportTable, options: ImportOptions) -> CubeLayout? {
    guard options.shape == .auto,
      let ledger = LedgerLayout.find(in: table, dialect: .ledger),
      let cube = try? CubeLayout.find(in: table, dateOrder: options.dateOrder),
      cube.headerIndex == ledger.headerIndex, cube.months.count >= CubeLayout.minimumMonthHeaders
    else { return nil }
    let columns = cube.months.map(\.column)
    let holdsAmounts = table.records[(cube.headerIndex + 1)...].contains { r in
      columns.contains { c in
        c < r.cells.count && !r.cells[c].isEmpty
          && ((try? CubeMoney.cents(r.cells[c], isDecimalComma: false))
            ?? (try? CubeMoney.cents(r.cells[c], isDecimalComma: true))).map { $0 != 0 } == true
      }
    }
    return holdsAmounts ? cube : nil
  }

  /// The note saying how the schedule was read: its months, and the columns left out.
  static func note(_ layout: CubeLayout, table: ImportTable) -> String {
    let header = table.records[layout.headerIndex].cells
    let first = header[layout.months[0].column]
    let last = header[layout.months[layout.months.count - 1].column]
    return "\(table.file): read as a revenue-recognition schedule: a ledger's columns (one row per "
      + "invoice) beside \(layout.months.count) month columns (\"\(first)\" … \"\(last)\") holding "
      + "the revenue recognised in each month, which are read, summed per customer"
      + (layout.ignored.isEmpty
        ? ""
        : "; the columns that are no months are left out: "
          + layout.ignored.map { "\"\($0)\"" }.joined(separator: ", ")
          + " (an invoice's total or a deferred balance is no month's revenue)")
  }
}
