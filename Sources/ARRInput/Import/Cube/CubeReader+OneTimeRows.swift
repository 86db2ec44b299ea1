import ARRCore

/// A cube's rows whose line label names revenue billed once (`docs/import.md`, "A column saying
/// what each row holds"): their customer's one-time revenue by month, not dropped (trial 44,
/// T44-12: a claim of 12 × (MRR + services) could not be diagnosed as counting one-time fees).
///
/// The rows are kept aside while the file is read and carried once its accounts and currency
/// are known. A row the one-time path cannot carry safely is left out as before (named in the
/// note of rows left out, skipped as a one-time revenue row), never a refusal of the file
/// (review 48L, RL-1, RL-6, RL-9, RL-10): no customer, a cell that is no amount or is negative
/// (a refund), another currency than the file's, or a file of several exports (a re-pull
/// restates MRR rows only). A customer with no row of recurring revenue is an account of
/// one-time revenue alone.
extension CubeReader {
  /// One such row, as read.
  struct OneTimeRow: Sendable {
    /// The customer's key, as the customer path would key it (empty when none), and its name
    /// for an account the row alone makes.
    var customer: String
    var customerName: String?
    /// The label written for it in the note of rows left out: `Acme: Professional services`.
    var name: String
    var label: String
    var line: Int
    var snippet: String
    /// Its amount in each month column read, `nil` for a cell that is no amount.
    var cents: [Int64?]
    /// The currency its currency cell or its amounts name, if any.
    var codes: Set<String>
  }

  /// Reads a one-time row's cells (every month column of `layout`), with the currency its
  /// currency cell or its amounts name.
  static func oneTimeRow(
    _ cells: [String], customer: String, customerName: String?, name: String, label: String,
    line: Int,
    layout: CubeLayout, currencyColumn: Int?, amountCells: AmountCells
  ) -> OneTimeRow {
    func cell(_ c: Int) -> String { c < cells.count ? cells[c] : "" }
    var codes = Set<String>()
    // A currency cell naming no currency it can read counts as another one.
    if let c = currencyColumn, !isBlank(cell(c)) {
      codes.insert(CurrencySigns.code(cell: cell(c), named: nil) ?? cell(c))
    }
    var cents = [Int64?]()
    cents.reserveCapacity(layout.months.count)
    for m in layout.months {
      let text = cell(m.column)
      if isBlank(text) {
        cents.append(0)
        continue
      }
      let v = amountCells.hundredthsIfAny(text)
      cents.append(v)
      if let code = CurrencySigns.code(amount: text, named: nil) { codes.insert(code) }
    }
    return OneTimeRow(
      customer: customer, customerName: customerName, name: name, label: label, line: line,
      snippet: snippet(cells),
      cents: cents, codes: codes)
  }

  /// Why `row` cannot be carried as one-time revenue, or `nil` when it can: `isInExports`, the
  /// file holds several exports; `currency`, the file's.
  static func whyLeftOut(_ row: OneTimeRow, isInExports: Bool, currency: String?) -> String? {
    if row.customer.isEmpty { return "no customer" }
    if isInExports { return "in a file of several exports" }
    if row.cents.contains(where: { $0 == nil }) { return "a cell that is no amount" }
    if row.cents.contains(where: { ($0 ?? 0) < 0 }) { return "a credit (a negative cell)" }
    if let other = row.codes.sorted().first(where: { $0 != currency }),
      currency != nil || row.codes.count > 1
    {
      return "in \(other), not the file's currency"
    }
    return nil
  }

  /// A one-time row not carried: its total over the months up to the last read, its cell in
  /// that month, and why.
  typealias LeftOutRow = (row: OneTimeRow, cents: Int64, lastCents: Int64, why: String)

  /// Carries `rows` into `data.oneTime` (their customers' accounts by `index`; a customer with
  /// no other row becomes an account of one-time revenue alone), counting them in the tie-out
  /// and in the rows used, or leaves them out. `isInExports`: the file holds several exports (a
  /// re-pull restates MRR rows only, so its one-time rows are left out: review 48L, RL-9).
  /// - Returns: The rows carried, counted by label for the note, and the rows left out.
  /// - Complexity: O(rows × month columns).
  static func carry(
    _ rows: [OneTimeRow], into data: inout CubeData, index: inout [String: Int],
    layout: CubeLayout, first: Month, last: Month, isInExports: Bool, fileIndex: Int,
    file: String, log: inout ImportLog
  ) -> (carried: LineLabels.OneTimeRows, leftOut: [LeftOutRow]) {
    var carried = LineLabels.OneTimeRows()
    var left = [LeftOutRow]()
    for row in rows {
      var sum: Int64 = 0
      var lastCents: Int64 = 0
      for (k, m) in layout.months.enumerated() where m.month <= last {
        sum = sum &+ (row.cents[k] ?? 0)
        if m.month == last { lastCents = row.cents[k] ?? 0 }
      }
      if let why = whyLeftOut(row, isInExports: isInExports, currency: data.currency) {
        left.append((row, sum, lastCents, why))
        continue
      }
      if data.oneTime == nil { data.oneTime = [Int64](repeating: 0, count: data.cells.count) }
      let a: Int
      if let known = index[row.customer] {
        a = known
      } else {
        a = data.accounts.count
        index[row.customer] = a
        data.accounts.append(
          ImportedAccount(id: row.customer, name: row.customerName, source: (file, row.line)))
        let zeros = repeatElement(Int64(0), count: data.monthCount)
        data.cells.append(contentsOf: zeros)
        data.usage?.append(contentsOf: zeros)
        data.oneTime!.append(contentsOf: zeros)
      }
      for (k, m) in layout.months.enumerated() {
        let v = row.cents[k]!
        log.tieOut.add(v, to: \.sourceCents)
        guard m.month <= last else {
          log.tieOut.add(v, to: \.afterAsOfCents)
          continue
        }
        let i = a * data.monthCount + m.month.months(since: first)
        let (s, o) = data.oneTime![i].addingReportingOverflow(v)
        if o { log.tieOut.hasOverflowed = true } else { data.oneTime![i] = s }
      }
      log.files[fileIndex].rowsUsed += 1
      carried.add(row.label, cents: sum)
    }
    return (carried, left)
  }
}
