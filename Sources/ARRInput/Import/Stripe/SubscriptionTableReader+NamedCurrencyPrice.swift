import ARRCore

/// A price header naming its currency (`ACV (USD)`) beside a currency column (`docs/import.md`,
/// "Subscriptions table", "annual price"; session 51, crm lane; review 51, R51-24).
///
/// Session 50 read `ACV (USD)` as the price, its code the currency of rows without a currency
/// cell, so beside `Currency` = `EUR` on every row the dollar amounts were reported as euros
/// (+10%, the wrong currency), and rows in three currencies were refused as "prices in 3
/// currencies" though the column is in one.
///
/// Decided: when the rows' currency cells all name one currency and a column beside holds the
/// same price unconverted (`ACV (local)`, `ACV (LCY)`, `ACV (original)`, `Local ACV`), that column is the
/// price, read in the rows' currency; otherwise the named column is read in its own currency on
/// every row and the currency column is not read (it gives another column's currency). A note
/// says which.
extension SubscriptionTableReader {
  /// Words after a price's name (its brackets dropped) naming the unconverted amount.
  static let localQualifiers: Set<String> = [
    "local", "lcy", "lc", "original", "native", "transaction", "local currency",
    "in local currency", "contract currency", "billing currency",
  ]

  /// Chooses the price column and the currency column for a price header naming its currency
  /// beside a currency column (see the notes); returns the note, `nil` when there is no such
  /// pair.
  /// - Complexity: O(rows + columns).
  static func namedCurrencyPrice(
    _ columns: inout [Role: Int], header: [String], rows: ArraySlice<ImportTable.Record>,
    file: String
  ) -> String? {
    guard let role = [Role.monthly, .annual, .price, .total].first(where: { columns[$0] != nil }),
      let own = columns[role], let code = priceHeaderCurrency(header[own]),
      let c = columns[.currency]
    else { return nil }
    let stripped = AmountUnit.strip(LedgerLayout.normalized(header[own]), raw: header[own]).key
    let base = LedgerLayout.strippingCurrency(stripped).key
    let sibling = header.indices.first { k in
      guard k != own, k != c else { return false }
      let key = LedgerLayout.normalized(header[k]).filter { $0 != "(" && $0 != ")" }
      if key == base { return true }
      // A qualifier before the name (`Local ACV`, `Original ACV`; review 52, R52-25).
      if key.hasSuffix(" " + base) {
        return localQualifiers.contains(String(key.dropLast(base.count + 1)))
      }
      guard key.hasPrefix(base + " ") else { return false }
      return localQualifiers.contains(String(key.dropFirst(base.count + 1)))
    }
    var codes = Set<String>()
    // A blank cell is a row in the table's home currency, not the others' (review 52, R52-35:
    // a register filling `Currency` only for foreign contracts read the home rows' dollars as
    // euros): the rows name one currency only when every row names it.
    for r in rows {
      let t = r.cell(c)
      codes.insert(t.allSatisfy(\.isWhitespace) ? "" : CurrencySigns.code(cell: t) ?? t)
    }
    if let s = sibling, codes.count == 1, let only = codes.first, !only.isEmpty {
      columns[role] = s
      return "\(file): \"\(header[own])\" converts \"\(header[s])\" to \(code), and every row's "
        + "\"\(header[c])\" is \(only): \"\(header[s])\" is read as the price, in \(only)"
    }
    columns[.currency] = nil
    return "\(file): \"\(header[own])\" names its currency: its amounts are read in \(code) on "
      + "every row; \"\(header[c])\" gives the currency of another column"
      + (sibling.map { " (\"\(header[$0])\")" } ?? "") + " and is not read"
  }
}
