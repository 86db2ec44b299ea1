import ARRCore

extension LedgerReader {
  /// When the amounts are read from an invoice's subtotal (`sub_total`, ``LedgerLayout/subtotalNames``)
  /// beside its `total` and a tax column: the lines whose subtotal exceeds the total less the tax,
  /// by how much in all, as a finding (session 16, import lane). A subtotal is before tax and, in
  /// most billing systems, before the invoice's discounts and credits too: those lines' revenue
  /// is overstated by the excess, which is not taken off (the amounts are read as written).
  static func subtotalFinding(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    isDecimalComma: Bool, file: String
  ) -> String? {
    let keys = header.map(LedgerLayout.normalized)
    guard let amount = layout.columns[.amount], amount < keys.count,
      LedgerLayout.subtotalNames.contains(keys[amount]),
      let tax = header.firstIndex(where: LedgerLayout.isTaxHeader),
      let total = keys.firstIndex(where: {
        ["total", "invoice total", "total amount"].contains($0)
      })
    else { return nil }
    var lines = 0
    var first = 0
    var excess: Int64 = 0
    for r in body where max(amount, tax, total) < r.cells.count {
      guard let sub = try? CubeMoney.cents(r.cells[amount], isDecimalComma: isDecimalComma),
        let t = try? CubeMoney.cents(r.cells[tax], isDecimalComma: isDecimalComma),
        let whole = try? CubeMoney.cents(r.cells[total], isDecimalComma: isDecimalComma),
        case let (net, false) = whole.subtractingReportingOverflow(t),
        case let (over, false) = sub.subtractingReportingOverflow(net), over > 0
      else { continue }
      if lines == 0 { first = r.line }
      lines += 1
      excess = Money.saturatingSum(excess, over)
    }
    guard lines > 0 else { return nil }
    return "\(file): \(Counted.phrase(lines, "line")) (the first on line \(first)) read from "
      + "\"\(header[amount])\" exceed\(lines == 1 ? "s" : "") \"\(header[total])\" less "
      + "\"\(header[tax])\" by \(Money.decimalString(cents: excess)) in all: a "
      + "discount or credit taken after the subtotal; revenue and ARR are overstated by it "
      + "(it is not taken off)"
  }
}
