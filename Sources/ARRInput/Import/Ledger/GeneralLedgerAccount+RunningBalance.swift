import ARRCore

extension GeneralLedgerAccount {
  /// Headers of a ledger account's running balance (Xero's `Running Balance`, QuickBooks'
  /// `Balance`).
  static let balanceNames: Set<String> = [
    "running balance", "balance", "running total", "cumulative balance",
  ]

  /// Where a ledger account's running balance stops agreeing with its lines, or `nil` when it
  /// agrees throughout (or the table has no such column).
  ///
  /// The balance before the first line is the opening balance (a row with no date whose first
  /// cell starts `Opening`), else the first line's balance, from which the check starts. Each
  /// line moves it by its credit less its debit, or by the opposite on a ledger that shows a
  /// revenue account's balance as negative (the sign the first line that moves it agrees with);
  /// a line with no balance cell adds its amount to the next one's step. The first line whose
  /// balance differs from the one its lines give is the break: a line above it is missing or
  /// repeated, or one amount differs. A row naming another account (no date, no amounts, no
  /// balance, neither `Opening…` nor `Total…`) starts the balance afresh, as a report of several
  /// accounts restarts it for each (`docs/import.md`, "General ledger account"; session 25,
  /// t25a lane, the t24b lane's leftover of T22-22). Lines whose amounts do not read are left
  /// to the reading's own problems: the check stops there.
  /// - Complexity: O(lines).
  static func balanceBreak(
    _ body: [ImportTable.Record], header: ImportTable.Record, date: Int, debit: Int, credit: Int,
    cells: AmountCells, dateOrder: DateOrder?
  ) -> (line: Int, column: String, stated: Int64, expected: Int64, opening: Int64?)? {
    let keys = header.cells.map { LedgerLayout.strippingCurrency(LedgerLayout.normalized($0)).key }
    guard let balance = keys.firstIndex(where: { balanceNames.contains($0) }) else { return nil }
    var opening: Int64?
    var running: Int64?
    var sign: Int64?
    var delta: Int64 = 0
    for r in body {
      let stated = cells.hundredthsIfAny(r.cell(balance))
      guard LedgerDate.parse(r.cell(date), order: dateOrder) != nil else {
        let first = r.cells.first { !$0.isEmpty } ?? ""
        let key = CubeLayout.normalized(first)
        if running == nil, key.hasPrefix("opening"), let stated {
          (opening, running) = (stated, stated)
        } else if !key.hasPrefix("opening"), !key.hasPrefix("total"), r.cell(debit).isEmpty,
          r.cell(credit).isEmpty, r.cell(balance).isEmpty
        {
          // A row naming the next account (`Other Revenue`, `260 - Other Revenue`): its
          // balance starts afresh (trial 50, T50-3: Xero's report restarts it per account).
          (opening, running, delta) = (nil, nil, 0)
        }
        continue
      }
      var amount: Int64 = 0
      for (c, s) in [(credit, Int64(1)), (debit, -1)] where !r.cell(c).isEmpty {
        guard let v = cells.hundredthsIfAny(r.cell(c)) else { return nil }
        amount += s * v
      }
      delta += amount
      guard let stated else { continue }
      guard let before = running else {
        (running, delta) = (stated, 0)
        continue
      }
      if sign == nil && delta != 0 { sign = stated == before - delta ? -1 : 1 }
      let expected = before + (sign ?? 1) * delta
      if stated != expected {
        return (r.line, header.cells[balance], stated, expected, opening)
      }
      (running, delta) = (stated, 0)
    }
    return nil
  }

  /// The import finding of a running balance that breaks (``balanceBreak(_:header:date:debit:credit:cells:dateOrder:)``).
  static func balanceFinding(
    file: String,
    _ b: (line: Int, column: String, stated: Int64, expected: Int64, opening: Int64?)
  ) -> String {
    "\(file): the running balance (\"\(b.column)\") breaks at line \(b.line): it reads "
      + "\(Money.decimalString(cents: b.stated)) where "
      + (b.opening.map { "the opening balance \(Money.decimalString(cents: $0))" }
        ?? "the first line's balance")
      + " and the lines' credit less debit give \(Money.decimalString(cents: b.expected)) "
      + "(\(Money.decimalString(cents: b.stated - b.expected)) apart): a line above it is "
      + "missing or repeated, or an amount differs; the lines are read as they are"
  }
}
