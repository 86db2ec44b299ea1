import ARRCore

/// Rows of a ledger that are no transaction: a balance carried forward and a totals row.
extension LedgerReader {
  /// The cell of a row that names a balance carried forward (`Beginning Balance`, `Opening
  /// balance`, `Balance forward`, `Brought forward`, `Ending balance`), if any.
  static func balanceLabel(_ cells: [String]) -> String? {
    cells.first { c in
      guard !c.isEmpty, c.count < 40 else { return false }
      var t = Substring(CubeLayout.normalized(c))
      while t.last == ":" { t = t.dropLast() }
      return [
        "beginning balance", "opening balance", "balance forward", "balance brought forward",
        "brought forward", "balance b/f", "ending balance", "closing balance",
      ].contains(t)
    }
  }

  /// A totals row: its first non-empty cell says total, grand total, subtotal or sum.
  static func isTotals(_ cells: [String]) -> Bool {
    guard let first = cells.first(where: { !$0.isEmpty }) else { return false }
    var t = Substring(CubeLayout.normalized(first))
    while t.last == ":" { t = t.dropLast() }
    return t == "sum" || t == "total" || t == "totals" || t.hasPrefix("total ")
      || t.hasPrefix("grand total") || t.hasPrefix("subtotal") || t.hasPrefix("sum of")
  }
}
