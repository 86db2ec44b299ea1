import ARRCore

/// A gross amount beside a tax column (`docs/import.md`, "Invoice ledger", taxes): the revenue
/// is the amount net of the tax. Decided (session 24, lane t24b; trial 22, T22-22): Xero's
/// account transactions were read from `Gross` beside `VAT` and `Credit` though Gross − VAT =
/// Credit on every line, 20% high, with only a note that the amount might include tax.
extension LedgerReader {
  /// Share of the lines holding the amount, the tax and a number in another column on which the
  /// amount less the tax must equal that column for it to be the net amount ("nearly every
  /// line": a rounding cent or a line typed by hand leaves the rest decisive).
  static let netMatchShare = 0.95

  /// Headers of an amount that says it includes tax: with a tax column and no net column beside
  /// it, the amount less the tax is read.
  static let grossNames: Set<String> = [
    "gross", "gross amount", "amount gross", "gross total", "total gross", "amount incl tax",
    "amount incl. tax", "amount including tax", "total incl tax", "total incl. tax",
    "total including tax", "amount inc tax", "total inc tax", "bruttobetrag", "betrag brutto",
    "montant ttc", "importe total",
  ]

  /// The tax column beside the amount read, if any.
  static func taxColumn(layout: LedgerLayout, header: [String]) -> Int? {
    guard let amount = layout.columns[.amount] else { return nil }
    return header.indices.first {
      $0 != amount && LedgerLayout.isTaxHeader(header[$0])
    }
  }

  /// Moves the amount read to a column holding it net of tax: when the amount is not named net
  /// (nor a subtotal) and, on at least ``netMatchShare`` of the lines (3 or more) holding the
  /// amount, the tax and a number in another unassigned column, the amount less the tax equals
  /// that column.
  /// - Returns: The note saying so, or `nil` when no column is the net.
  static func netColumn(
    _ layout: inout LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    file: String
  ) -> String? {
    guard let amount = layout.columns[.amount], amount < header.count,
      let tax = taxColumn(layout: layout, header: header)
    else { return nil }
    let key = LedgerLayout.strippingCurrency(LedgerLayout.normalized(header[amount])).key
    guard !LedgerLayout.netAmountNames.contains(key), !LedgerLayout.subtotalNames.contains(key)
    else { return nil }
    let assigned = Set(layout.columns.values)
    var best: (column: Int, matches: Int, lines: Int)?
    for isComma in [false, true] {
      func value(_ r: ImportTable.Record, _ c: Int) -> Int64? {
        guard c < r.cells.count, !r.cells[c].isEmpty else { return nil }
        return try? CubeMoney.cents(r.cells[c], isDecimalComma: isComma)
      }
      for c in header.indices where c != tax && !assigned.contains(c) {
        var (matches, lines) = (0, 0)
        for r in body {
          guard let a = value(r, amount), let t = value(r, tax), let n = value(r, c) else {
            continue
          }
          lines += 1
          if a - taxInAmountSign(t, amount: a) == n && a != n { matches += 1 }
        }
        if lines >= 3, Double(matches) >= netMatchShare * Double(lines),
          matches > best?.matches ?? 0
        {
          best = (c, matches, lines)
        }
      }
    }
    guard let best else { return nil }
    layout.columns[.amount] = best.column
    layout.ignored.removeAll { $0 == header[best.column] }
    layout.ignored.append(header[amount])
    return "\(file): amounts read from \"\(header[best.column])\", the amount net of tax: "
      + "\"\(header[amount])\" less \"\(header[tax])\" equals it on "
      + "\(best.matches) of the \(best.lines) lines holding all three, so \"\(header[amount])\" "
      + "includes the tax and is not read"
  }

  /// `table` with an amount named as including tax (``grossNames``) less the tax column on each
  /// line, when no column is the net (``netColumn(_:header:body:file:)``): the cells are
  /// rewritten, and a note says so.
  static func grossLessTax(
    _ table: inout ImportTable, layout: LedgerLayout, isDecimalComma: Bool, file: String,
    notes: inout [String]
  ) {
    let header = table.records[layout.headerIndex].cells
    guard let amount = layout.columns[.amount], amount < header.count,
      grossNames.contains(
        LedgerLayout.strippingCurrency(LedgerLayout.normalized(header[amount])).key),
      let tax = taxColumn(layout: layout, header: header)
    else { return }
    var rewritten = 0
    for i in (layout.headerIndex + 1)..<table.records.count {
      let cells = table.records[i].cells
      guard amount < cells.count, tax < cells.count, !cells[tax].isEmpty,
        let a = try? CubeMoney.cents(cells[amount], isDecimalComma: isDecimalComma),
        let t = try? CubeMoney.cents(cells[tax], isDecimalComma: isDecimalComma), t != 0
      else { continue }
      table.records[i].cells[amount] = GeneralLedgerAccount.text(
        a - taxInAmountSign(t, amount: a), isDecimalComma: isDecimalComma)
      rewritten += 1
    }
    guard rewritten > 0 else { return }
    notes.append(
      "\(file): \"\(header[amount])\" includes tax and no column beside it is the amount net of "
        + "it: each line's amount is \"\(header[amount])\" less \"\(header[tax])\" "
        + "(\(rewritten) line\(rewritten == 1 ? "" : "s"))")
  }
}
