import ARRCore

/// A cube written the other way round: months down the rows, customers across the columns
/// (`Month,Ibis Insurance,Jaguar Jets,…,Total` over one row per month; trial 50, T50-37). Turned
/// back into a cube (customers as rows, months as columns), it is read as any cube: a `Total`
/// column becomes its totals row, checked against the customers' sums.
///
/// Decided (session 53, lead): such a table was refused as a ledger with no customer or date,
/// naming neither the layout nor the way through. It is turned only when it cannot be anything
/// else: one column whose cells read as months one month apart (either direction), at least
/// ``leastMonths``, on every row below the header but a totals row; at least two other columns,
/// headed by text that reads as no month or company metric, and every cell of them in the month
/// rows an amount or empty (a customer's name in a cell makes it a monthly table, read as one);
/// and a column naming a total that is each month's sum of the others — the proof they are
/// parts of one whole, customers, not the company's own lines by month (revenue, costs,
/// deposits), which are left to the readers as before. The turned table is named
/// `<file> (transposed)`, the total column its totals row, and its "lines" are the file's
/// columns, which a note says.
enum TransposedCube {
  /// Least month rows of a transposed cube.
  static let leastMonths = 3

  /// The table turned into a cube, with its note; `nil` when it is not a transposed cube.
  /// - Complexity: O(cells).
  static func turn(_ table: ImportTable) -> (table: ImportTable, note: String)? {
    let records = table.records
    // The header: the first row of two or more cells, all text, none a month. Title lines
    // above it (one cell each) are kept above the turned header.
    guard
      let h = records.firstIndex(where: { r in r.cells.lazy.filter { !$0.isEmpty }.count >= 2 }),
      records.count - h - 1 >= leastMonths
    else { return nil }
    let header = records[h].cells
    guard header.allSatisfy({ !MonthHeader.read($0).isMonth }) else { return nil }
    var body = Array(records[(h + 1)...])
    // A last row naming a total (`Total`, `Grand total`) sums the months: left out of the turn.
    if let last = body.last, CubeTotals.kind(last.cells, monthColumns: []) != .none {
      body.removeLast()
    }
    guard body.count >= leastMonths else { return nil }
    // The month column: months on every body row, one month apart in one direction, read row
    // by row (lazily) and let go at the first row that breaks the run: a ledger's columns
    // (every table is asked) stop within a row or two.
    func month(_ r: ImportTable.Record, _ c: Int) -> Month? {
      let reading = MonthHeader.read(r.cell(c))
      return reading.isAmbiguous ? nil : reading.mdy ?? reading.dmy
    }
    let monthColumn = header.indices.first { c in
      MonthRun.step(of: body.lazy.map { month($0, c) }) != nil
    }
    guard let m = monthColumn else { return nil }
    let columns = header.indices.filter { $0 != m && !header[$0].isEmpty }
    guard columns.count >= 3,
      body.allSatisfy({ r in columns.allSatisfy { isAmountOrEmpty(r.cell($0)) } })
    else {
      return nil
    }
    // The proof that the columns are parts of one whole (customers), not the company's own
    // lines by month (revenue, costs, deposits): a column naming a total that is, on every
    // month row, the sum of the others.
    guard
      let total = columns.first(where: { CubeTotals.kind([header[$0]], monthColumns: []) != .none }
      )
    else { return nil }
    let customers = columns.filter { $0 != total }
    guard customers.count >= 2, !customers.contains(where: { CompanyMetrics.isMetric(header[$0]) }),
      body.allSatisfy({ r in isSum(r, total: total, of: customers) })
    else { return nil }
    // Turned: the month column's header heads the names; each other column is a row, its
    // "line" its column's number in the file.
    var turned = table
    turned.file = "\(table.file) (transposed)"
    turned.records =
      Array(records[..<h])
      + [ImportTable.Record(line: records[h].line, cells: ["Customer"] + body.map { $0.cell(m) })]
      + (customers + [total]).map { c in
        ImportTable.Record(line: c + 1, cells: [header[c]] + body.map { $0.cell(c) })
      }
    turned.blankLines = []
    let note =
      "\(turned.file): a transposed cube, months down the rows (column \(m + 1), "
      + "\"\(header[m])\", \(body.first!.cell(m)) to \(body.last!.cell(m))) and customers across "
      + "the columns of \(table.file): read turned back, a customer per column, so the line "
      + "numbers given for it are the file's column numbers"
    return (turned, note)
  }

  /// Whether the amount in `total` is the sum of those in `parts`, in exact cents within half a
  /// cent for each amount added (a spreadsheet's total of rounded cells), the cells read with one
  /// decimal mark for the whole row: a point first, then a comma (`1.234,50`).
  static func isSum(_ row: ImportTable.Record, total: Int, of parts: [Int]) -> Bool {
    [false, true].contains { isDecimalComma in
      guard let sum = cents(row.cell(total), isDecimalComma: isDecimalComma) else { return false }
      var added: Int64 = 0
      for c in parts {
        guard let v = cents(row.cell(c), isDecimalComma: isDecimalComma) else { return false }
        let (next, isOverflow) = added.addingReportingOverflow(v)
        if isOverflow { return false }
        added = next
      }
      let slack = Int64(parts.count + 1) / 2
      return added >= sum - slack && added <= sum + slack
    }
  }

  /// The amount in `cell` in cents (`$1,234.50`, `(150)` negative, empty or a dash 0), as the
  /// cube's own amounts are read (``CubeMoney``); `nil` when it is none.
  static func cents(_ cell: String, isDecimalComma: Bool) -> Int64? {
    try? CubeMoney.cents(cell, isDecimalComma: isDecimalComma, roundsPastCent: true)
  }

  /// Whether `cell` is empty or an amount: digits with at most a currency sign, separators,
  /// parentheses or a minus sign around them.
  static func isAmountOrEmpty(_ cell: String) -> Bool {
    var hasDigit = false
    for byte in cell.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): hasDigit = true
      case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "("),
        UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "$"), UInt8(ascii: "'"):
        continue
      default:
        // A currency sign outside ASCII (€, £, ¥) is several bytes, each ≥ 0x80.
        if byte < 0x80 { return false }
      }
    }
    // No digit: empty, or one sign standing for nothing (`-`, `—`).
    return hasDigit || cell.count <= 1
  }
}
