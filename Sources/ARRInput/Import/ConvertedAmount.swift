import ARRCore

/// An amount converted to one reporting currency beside each row's own amount and currency
/// (`mrr` in the row's `currency`, and `mrr_usd`; `Amount` and `Amount (USD)`): warehouse
/// tables and finance exports write both (`docs/import.md`, "Several currencies"; trial 41,
/// T41-18: a subscriptions table in euros, pounds and dollars with `mrr_usd` beside `mrr` was
/// refused as three currencies, as were the monthly table and the ledger of the same rows).
///
/// Decided (session 43): with a currency column naming two currencies or more, the rows' own
/// amounts cannot be added, and the converted column is read, in the currency its header names;
/// the currency column is then not the amount's currency (a note says so, with the currencies it
/// names). With one currency (or none), the readers keep their own rule: the own amounts with a
/// currency column, the converted ones without.
enum ConvertedAmount {
  /// The column beside `column` whose header is the same amount named in a currency (`mrr_usd`,
  /// `MRR (USD)` beside `mrr`; in the same unit, cents or not), and that currency; `nil` when
  /// `column`'s own header names a currency or there is no such column.
  /// - Complexity: O(columns).
  static func twin(of column: Int, header: [String]) -> (column: Int, currency: String)? {
    guard column < header.count else { return nil }
    let own = split(header[column])
    guard own.currency == nil else { return nil }
    for c in header.indices where c != column {
      let other = split(header[c])
      if let code = other.currency, other.key == own.key, other.isMinor == own.isMinor {
        return (c, code)
      }
    }
    return nil
  }

  /// `raw` normalised without its unit and currency, in either order (`amount_usd_cents`,
  /// `amount_cents_usd`), and the currency it names.
  static func split(_ raw: String) -> (key: String, currency: String?, isMinor: Bool) {
    let unit = AmountUnit.strip(LedgerLayout.normalized(raw), raw: raw)
    var (key, code) = LedgerLayout.strippingCurrency(unit.key)
    var isMinor = unit.isMinor
    if code != nil && !isMinor {
      (key, isMinor) = AmountUnit.strip(key, raw: key)
    } else if code == nil {
      let first = LedgerLayout.strippingCurrency(LedgerLayout.normalized(raw))
      if let c = first.currency {
        let again = AmountUnit.strip(first.key, raw: first.key)
        (key, code, isMinor) = (again.key, c, again.isMinor)
      }
    }
    return (key, code, isMinor)
  }

  /// The currency codes `column`'s cells name, each once, in the order the rows first name
  /// them (cells naming none are passed over).
  /// - Complexity: O(rows).
  static func codes(in column: Int, of rows: some Sequence<ImportTable.Record>) -> [String] {
    var seen = Set<String>()
    var out = [String]()
    for r in rows where column < r.cells.count {
      if let code = CurrencySigns.code(cell: r.cells[column]), seen.insert(code).inserted {
        out.append(code)
      }
    }
    return out
  }

  /// The converted column to read instead of `amount` (its ``twin(of:header:)``), when the
  /// `currency` column of `rows` names two currencies or more, with its currency and the note
  /// saying so; `nil` when the own amounts stay read. The one decision of every reader.
  /// - Complexity: O(rows).
  static func choice(
    amount: Int, currency: Int, header: [String], rows: some Sequence<ImportTable.Record>,
    file: String
  ) -> (column: Int, currency: String, note: String)? {
    guard let twin = twin(of: amount, header: header) else { return nil }
    let codes = codes(in: currency, of: rows)
    guard codes.count > 1 else { return nil }
    return (
      twin.column, twin.currency,
      note(
        file: file, read: header[twin.column], currency: twin.currency, own: header[amount],
        currencyHeader: header[currency], codes: codes)
    )
  }

  /// The note saying the converted column is read: `read` in `currency`, not `own` in the
  /// currencies `codes` of the column `currencyHeader`.
  static func note(
    file: String, read: String, currency: String, own: String, currencyHeader: String,
    codes: [String]
  ) -> String {
    "\(file): amounts read from \"\(read)\", in \(currency): the rows' own amounts (\"\(own)\") "
      + "are in \(CountText.grouped(codes.count)) currencies under \"\(currencyHeader)\" ("
      + codes.prefix(5).joined(separator: ", ") + (codes.count > 5 ? ", …" : "")
      + "), which cannot be added, and \"\(read)\" gives each in \(currency)"
  }
}

extension ConvertedAmount {
  /// A ledger's: when the amount read is the plain one (`amount`, a currency column beside it)
  /// and its twin names a currency (``LedgerLayout/twinAmount``), and the currency column names
  /// two currencies or more, the twin is read in its currency and the currency column is not;
  /// returns the note, or `nil` (layout unchanged).
  /// - Complexity: O(rows).
  static func settle(
    _ layout: inout LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    file: String
  ) -> String? {
    guard let a = layout.columns[.amount], let t = layout.twinAmount,
      layout.amountCurrency == nil, let c = layout.columns[.currency],
      let converted = choice(amount: a, currency: c, header: header, rows: body, file: file),
      converted.column == t
    else { return nil }
    layout.columns[.amount] = t
    layout.amountCurrency = converted.currency
    layout.columns[.currency] = nil
    // The twin note (``LedgerReader``) says the plain column names no currency: not so here.
    layout.twinAmount = nil
    layout.ignored.removeAll { $0 == header[t] }
    layout.ignored += [header[a], header[c]]
    return converted.note
  }
}
