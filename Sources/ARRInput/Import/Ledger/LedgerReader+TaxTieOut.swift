import ARRCore

extension LedgerReader {
  /// Whether a ledger's amount is net of tax, as its own invoice totals say (trial 44, T44-16:
  /// Xero's `LineAmount` beside `TaxTotal` and `Total` was doubted as maybe tax-inclusive, though
  /// on every invoice the lines plus the tax are the total).
  ///
  /// Beside the amount read, a total column (``tieOutTotalNames``) and one or more tax columns,
  /// rows are grouped by their document number (each row its own document without one). A
  /// document's total and a tax column are its rows' cell when every row writes the same one (an
  /// invoice's `Total`, `TaxTotal`), else their sum (a line's `TaxAmount`). The amount is
  /// **net** when, on every document with all the cells, the amounts' sum plus some tax column
  /// is the total, within a cent a row (line taxes rounded one by one), and some document has
  /// tax. A document the sum alone makes the total, with tax on it, says the amount may hold the
  /// tax: then nothing is decided.
  /// - Returns: The note saying so, or `nil` when the file does not decide it.
  /// - Complexity: O(rows × tax columns).
  static func netOfTaxTieOut(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    isDecimalComma: Bool, file: String
  ) -> String? {
    let keys = header.map(LedgerLayout.normalized)
    guard let amount = layout.columns[.amount],
      let total = keys.indices.first(where: { $0 != amount && tieOutTotalNames.contains(keys[$0]) })
    else { return nil }
    let taxes = keys.indices.filter {
      $0 != amount && $0 != total && LedgerLayout.isTaxHeader(header[$0])
    }
    guard !taxes.isEmpty else { return nil }
    let document = layout.columns[.document]
    func money(_ r: ImportTable.Record, _ c: Int) -> Int64? {
      tieOutCents(r, c, isDecimalComma: isDecimalComma)
    }
    // Rows by document, in the order first seen (each row alone without a number).
    var order = [String]()
    var rows = [String: [ImportTable.Record]]()
    for (k, r) in body.enumerated() {
      let number = document.map { $0 < r.cells.count ? r.cells[$0] : "" } ?? ""
      let key = number.isEmpty ? "\u{0}\(k)" : number
      if rows[key] == nil { order.append(key) }
      rows[key, default: []].append(r)
    }
    // A document whose rows write different totals has a total per line: each line is its own
    // (review 48L, RL-4: a per-line total on two-line invoices skipped them, and "every invoice"
    // was said of the twelve single-line ones).
    var documents = [[ImportTable.Record]]()
    for key in order {
      let group = rows[key]!
      let totals = group.map { money($0, total) }
      if totals.allSatisfy({ $0 == totals[0] }) {
        documents.append(group)
      } else {
        documents += group.map { [$0] }
      }
    }
    var taxed = 0
    var used = Set<Int>()
    for group in documents {
      var sum: Int64 = 0
      for r in group {
        // A row with neither an amount nor a total is no line (a footer, a blank row); a line
        // missing one of them cannot be checked, so the file decides nothing.
        let a = money(r, amount)
        if a == nil && money(r, total) == nil { continue }
        guard let a else { return nil }
        sum = Money.saturatingSum(sum, a)
      }
      guard let t = group.lazy.compactMap({ money($0, total) }).first else { continue }
      // The document's tax in each column: its rows' one cell, or their sum.
      var fits: Int?
      var hasTax = false
      for c in taxes {
        let cells = group.map { money($0, c) }
        guard cells.allSatisfy({ $0 != nil }) else { continue }
        let values = cells.map { $0! }
        let x =
          values.allSatisfy({ $0 == values[0] }) && group.count > 1
          ? values[0] : values.reduce(Int64(0)) { Money.saturatingSum($0, $1) }
        if x != 0 { hasTax = true }
        let gap = Money.saturatingSum(sum, x) &- t
        if fits == nil, abs(gap) <= Int64(group.count) { fits = c }
      }
      // The lines alone make a taxed total: they may hold the tax; the file decides nothing.
      if hasTax && sum == t { return nil }
      guard let c = fits else { return nil }
      if hasTax {
        taxed += 1
        used.insert(c)
      }
    }
    guard taxed > 0 else { return nil }
    let taxNames = used.sorted().map { "\"\(header[$0])\"" }.joined(separator: " or ")
    let noun = document == nil ? "line" : "invoice"
    return "\(file): \"\(header[amount])\" is net of tax: on every \(noun) "
      + "(\(CountText.grouped(documents.count))) the amounts plus \(taxNames) make \"\(header[total])\", "
      + "decided by the file (the tax is left out)"
  }
}
