import ARRCore

/// A discount column beside a ledger's amount (`docs/import.md`, "Invoice ledger"; review 13, F24).
extension LedgerReader {
  /// Headers of a column holding each line's discount as an amount (Stripe's invoice lines:
  /// `Discount Amount`).
  static let discountColumnNames: Set<String> = [
    "discount", "discounts", "discount amount", "discount amounts", "total discount",
    "total discount amount", "total discount amounts", "discount total", "line discount",
  ]

  /// A discount column beside the amount read, with a discount on some line: a finding saying
  /// how much, since nothing says whether the amount is before it or after it (review 13, F24:
  /// Stripe's invoice lines' `Discount Amount` was only listed as ignored, and a line's `Amount`
  /// there is before its discounts: 100.00 read for 50.00 paid). The amount read is kept; a
  /// header naming it after discounts (`Amount after discount`, `Net amount`) says nothing more.
  static func discountFinding(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    isDecimalComma: Bool, file: String, currency: String?
  ) -> String? {
    guard let amount = layout.columns[.amount],
      let discount = discountColumn(layout: layout, header: header)
    else { return nil }
    let read = header[amount]
    var lines = 0
    var first = 0
    var discounts: Int64 = 0
    var amounts: Int64 = 0
    for r in body where discount < r.cells.count && amount < r.cells.count {
      guard let d = try? CubeMoney.cents(r.cells[discount], isDecimalComma: isDecimalComma),
        d != 0, let a = try? CubeMoney.cents(r.cells[amount], isDecimalComma: isDecimalComma)
      else { continue }
      if lines == 0 { first = r.line }
      lines += 1
      discounts = discounts &+ (d < 0 ? -d : d)
      amounts = amounts &+ a
    }
    guard lines > 0 else { return nil }
    let share =
      amounts > 0 ? " (\((discounts &* 100 &+ amounts / 2) / amounts)% of their amounts)" : ""
    return "\(file): \(lines) line\(lines == 1 ? "" : "s") (the first on line \(first)) "
      + "carr\(lines == 1 ? "ies" : "y") a discount under \"\(header[discount])\", "
      + "\(Money.text(cents: discounts, currency: currency, wholeUnits: true)) in all\(share), "
      + "and the amounts are read "
      + "from \"\(read)\" as written: if \"\(read)\" is before the discount (as in Stripe's "
      + "invoice lines), revenue and ARR are overstated by it; the discount is not taken off"
  }

  /// The discount column beside the amount read, when the amount's header does not name it
  /// after discounts (`Amount after discount`, `Net amount`): ``discountFinding``'s column.
  static func discountColumn(layout: LedgerLayout, header: [String]) -> Int? {
    guard let amount = layout.columns[.amount], amount < header.count,
      let discount = header.firstIndex(where: {
        discountColumnNames.contains(LedgerLayout.normalized($0))
      }), discount != amount
    else { return nil }
    let key = LedgerLayout.normalized(header[amount])
    return key.contains("discount") || key.contains("net") ? nil : discount
  }
}
