import ARRCore

extension LedgerReader {
  /// What a ledger's own columns say of its discount column, when they tie out line by line
  /// (``discountTieOut(layout:header:body:isDecimalComma:file:)``).
  struct DiscountTieOut {
    /// Whether the amount read is before the discount (it is taken off each line) or already
    /// after it (read as written).
    var isBeforeDiscount: Bool
    /// The note saying which columns decided it.
    var note: String
  }

  /// Headers of an invoice's or a line's total, after discounts and with tax: the column the
  /// amount read, its discount and its tax are checked against.
  static let tieOutTotalNames: Set<String> = [
    "total", "total amount", "invoice total", "line total",
  ]

  /// The amount in cell `column` of `record`, as the tie-outs of a ledger's own columns read
  /// it: `nil` for a blank cell, a cell past the row's end or one that is no amount.
  static func tieOutCents(_ record: ImportTable.Record, _ column: Int, isDecimalComma: Bool)
    -> Int64?
  {
    guard column < record.cells.count, !record.cells[column].isEmpty else { return nil }
    return try? CubeMoney.cents(record.cells[column], isDecimalComma: isDecimalComma)
  }

  /// The discount reading the file decides itself (session 17, import lane: trial 16, M4): beside
  /// the amount read, a discount column (``discountColumn(layout:header:)``), a total column
  /// (``tieOutTotalNames``) and, if there is one, a tax column, the total is either the amount
  /// less the discount plus the tax on every line (the amount is before the discount: Maxio's
  /// invoice lines, `subtotal_amount − discount_amount + tax_amount = total_amount`) or the
  /// amount plus the tax on every line (the amount is already net of it). Either way the file
  /// says which reading holds, so neither is a range end; on every line with a discount one of
  /// the two must hold and the same one, on every other line with all the cells both do. `nil`
  /// when some line ties out neither way, or no line has a discount: the reading is then left
  /// to ``discountFinding(layout:header:body:isDecimalComma:file:currency:)`` and the range, as before.
  /// Before, Maxio's `total_amount`, already after beta's discount, was read with the finding
  /// that it might be before it, and the range's low end took the discount off a second time
  /// ($58,680 for $59,400).
  static func discountTieOut(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    isDecimalComma: Bool, file: String
  ) -> DiscountTieOut? {
    let keys = header.map(LedgerLayout.normalized)
    guard let amount = layout.columns[.amount],
      let discount = discountColumn(layout: layout, header: header),
      let total = keys.indices.first(where: {
        $0 != amount && $0 != discount && tieOutTotalNames.contains(keys[$0])
      })
    else { return nil }
    let tax = keys.indices.first {
      $0 != amount && $0 != total && LedgerLayout.isTaxHeader(header[$0])
    }
    func money(_ r: ImportTable.Record, _ c: Int) -> Int64? {
      tieOutCents(r, c, isDecimalComma: isDecimalComma)
    }
    var before = 0
    var after = 0
    var discounts: Int64 = 0
    for r in body {
      guard let a = money(r, amount), let t = money(r, total) else { continue }
      let d = money(r, discount) ?? 0
      let x = tax.flatMap { money(r, $0) } ?? 0
      let off = d < 0 ? 0 &- d : d
      let (net, o1) = a.subtractingReportingOverflow(off)
      let (withTax, o2) = net.addingReportingOverflow(x)
      let (gross, o3) = a.addingReportingOverflow(x)
      guard !o1, !o2, !o3 else { return nil }
      let isBefore = withTax == t
      let isAfter = gross == t
      guard isBefore || isAfter else { return nil }
      guard off != 0 else { continue }
      if isBefore { before += 1 } else { after += 1 }
      discounts = Money.saturatingSum(discounts, off)
    }
    guard (before > 0) != (after > 0) else { return nil }
    let lines = before + after
    let (a, d, t) = (header[amount], header[discount], header[total])
    let plusTax = tax.map { " plus \"\(header[$0])\"" } ?? ""
    let counted =
      "\(Counted.phrase(lines, "line")) carr\(lines == 1 ? "ies" : "y") a discount, "
      + "\(Money.decimalString(cents: discounts)) in all"
    if before > 0 {
      return DiscountTieOut(
        isBeforeDiscount: true,
        note: "\(file): on every line \"\(a)\" less \"\(d)\"\(plusTax) is \"\(t)\", so \"\(a)\" "
          + "is before the discount: each line is read net of it (\(counted), taken off), "
          + "decided by the file and not a range")
    }
    return DiscountTieOut(
      isBeforeDiscount: false,
      note: "\(file): on every line \"\(a)\"\(plusTax) is \"\(t)\", so \"\(a)\" is already "
        + "net of the discount beside it (\(counted)): read as written, decided by the file "
        + "and not a range")
  }
}
