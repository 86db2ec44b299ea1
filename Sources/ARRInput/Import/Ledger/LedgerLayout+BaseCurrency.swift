import ARRCore

/// An amount in each document's own currency beside the same amount in the company's base
/// currency (`docs/import.md`, "Amounts in a base currency"; trial 54, T54-19: Unleashed's
/// invoices, `SubTotal` in NZD, AUD or USD beside `BCSubTotal` in the company's currency,
/// different on 86 of 123 lines, were summed as one currency, "USD (assumed)", $552K).
extension LedgerLayout {
  /// Prefixes and suffixes of a header key naming an amount in the base currency.
  /// Not `base` alone: a `Base Amount` is as often the amount before tax or discount.
  static let basePrefixes = ["bc", "base currency ", "home currency ", "functional currency "]
  static let baseSuffixes = [
    " base currency", " (base currency)", " in base currency", " home currency",
    " (home currency)",
  ]

  /// The column whose key (of `keys`) is `keys[amount]` with a base-currency prefix or suffix
  /// (`bcsub total` beside `sub total`, `amount (base currency)` beside `amount`), if any.
  static func baseCurrencyColumn(_ keys: [String], amount: Int) -> Int? {
    keys.indices.first { c in
      c != amount && documentKey(keys[c]) == keys[amount]
    }
  }

  /// Whether `column` is written on every row of the first 500 below the header where
  /// `amount` is.
  static func isFilledBeside(_ table: ImportTable, headerIndex: Int, column: Int, amount: Int)
    -> Bool
  {
    table.records.dropFirst(headerIndex + 1).prefix(500).allSatisfy { r in
      amount >= r.cells.count || r.cells[amount].isEmpty
        || column < r.cells.count && !r.cells[column].isEmpty
    }
  }

  /// `key` without its base-currency prefix or suffix, or `nil` when it has none.
  static func documentKey(_ key: String) -> String? {
    for p in basePrefixes where key.hasPrefix(p) && key.count > p.count {
      return String(key.dropFirst(p.count))
    }
    for s in baseSuffixes where key.hasSuffix(s) && key.count > s.count {
      return String(key.dropLast(s.count))
    }
    return nil
  }

  /// Whether `column`'s cells below the header are words more often than codes: two at least,
  /// and half or more of those written, hold a letter and no digit (`Monthly Support`,
  /// `Training`; not `RPT400-1`, `INV-0006`). Of the first 500 rows.
  static func holdsWords(_ table: ImportTable, headerIndex: Int, column: Int) -> Bool {
    var (written, words) = (0, 0)
    for r in table.records.dropFirst(headerIndex + 1).prefix(500) where column < r.cells.count {
      let t = r.cells[column]
      guard !t.isEmpty else { continue }
      written += 1
      if t.contains(where: \.isLetter) && !t.contains(where: \.isNumber) { words += 1 }
    }
    return words >= 2 && 2 * words >= written
  }
}
