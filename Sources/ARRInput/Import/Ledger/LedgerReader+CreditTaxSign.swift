import ARRCore

extension LedgerReader {
  /// A row's tax cell `tax` in the sign of its amount `cents`: a credit note's rows written
  /// negative with their tax positive (Xero and Zoho exports write the tax unsigned) hold the
  /// tax's magnitude, so a negative row's positive tax is negated (`docs/import.md`, "An invoice's
  /// own row beside its item lines"; session 44, imp lane; review 43, V3: a credit note's gross
  /// row, −990 with tax 90, was no sum of its line −900 and the tax, and was read as a second
  /// credit). Other rows' tax is read as written. So also where an amount including tax is read
  /// less its tax (``grossLessTax(_:layout:isDecimalComma:file:notes:)``, ``netColumn(_:header:body:file:)``):
  /// a credit note's `Gross` −990 with tax 90 is −900 net, not −1,080.
  static func taxInAmountSign(_ tax: Int64, amount cents: Int64) -> Int64 {
    cents < 0 && tax > 0 ? 0 &- tax : tax
  }

  /// Each row's tax of `documents` in the sign of its amount (``taxInAmountSign(_:amount:)``).
  static func signTaxByAmount<Key: Hashable>(
    _ documents: inout [Key: [(line: Int, cents: Int64, isMain: Bool, isBare: Bool, tax: Int64)]]
  ) {
    for (key, rows) in documents where rows.contains(where: { $0.cents < 0 && $0.tax > 0 }) {
      documents[key] = rows.map { r in
        var r = r
        r.tax = taxInAmountSign(r.tax, amount: r.cents)
        return r
      }
    }
  }
}
