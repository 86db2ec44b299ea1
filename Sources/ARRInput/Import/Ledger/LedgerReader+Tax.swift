import ARRCore

/// A tax column beside a ledger's amount: which amount was read, and whether it may include tax.
extension LedgerReader {
  /// A tax column (`TVA`, `MwSt`, `IVA`, `VAT`, `Tax`) beside the amount read: a note when the
  /// amount's header names it net of tax (`Montant HT`), else a finding saying which column was
  /// read and that it may include tax (revenue overstated by it).
  static func taxNote(
    layout: LedgerLayout, header: [String], file: String, isDiscountDecided: Bool = false
  ) -> (text: String, isFinding: Bool)? {
    guard let amount = layout.columns[.amount],
      let tax = header.firstIndex(where: {
        LedgerLayout.isTaxHeader($0)
      }), tax != amount
    else { return nil }
    let read = header[amount]
    let key = LedgerLayout.strippingCurrency(LedgerLayout.normalized(read)).key
    if LedgerLayout.netAmountNames.contains(key) {
      return (
        "\(file): amounts read from \"\(read)\", named net of tax; the tax column "
          + "\"\(header[tax])\" is left out", false
      )
    }
    if LedgerLayout.subtotalNames.contains(key) {
      return (
        "\(file): amounts read from \"\(read)\", a subtotal before tax; the tax column "
          + "\"\(header[tax])\" is left out"
          + shippingSentence(layout: layout, header: header)
          + (isDiscountDecided
            ? ""
            : " (a subtotal may be before the invoice's discounts too: if so, revenue is "
              + "overstated by them)"),
        false
      )
    }
    return (
      "\(file): amounts read from \"\(read)\", beside a tax column \"\(header[tax])\": if "
        + "\"\(read)\" includes tax, revenue is overstated by it (a column named net of tax, "
        + "e.g. `Net Amount`, `Montant HT`, `Nettobetrag`, `Base imponible`, is read first)", true
    )
  }

  /// Headers of a column holding what the seller keeps of a sale after a store's commission
  /// (App Store Connect's `Developer Proceeds`).
  static let proceedsColumnNames: Set<String> = [
    "developer proceeds", "proceeds", "net proceeds", "partner share",
  ]

  /// A proceeds column beside the amount read: a note saying the amounts are what customers pay
  /// and the proceeds, after the store's commission, are not ARR (decided, session 18, import4
  /// lane; trial 17, AS2: nothing said which one the figures were).
  static func proceedsNote(layout: LedgerLayout, header: [String], file: String) -> String? {
    guard let amount = layout.columns[.amount],
      let p = header.firstIndex(where: {
        proceedsColumnNames.contains(LedgerLayout.normalized($0))
      }), p != amount
    else { return nil }
    return "\(file): amounts read from \"\(header[amount])\", what customers pay (ARR is of "
      + "revenue billed, as for every source); \"\(header[p])\" beside it is what the seller "
      + "keeps after the store's commission, and is not read"
  }
}
