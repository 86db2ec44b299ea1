import ARRCore

/// A ledger's amount in the base currency beside the same amount in each transaction's own
/// currency (`docs/import.md`, "Invoice ledger", currency): NetSuite's transaction saved search
/// writes `Amount` (the subsidiary's base currency) beside `Amount (Foreign Currency)`, with
/// `Currency` and `Exchange Rate` naming the transaction's; QuickBooks' reports write `Amount`
/// beside `Foreign Amount` the same way.
///
/// With such a foreign-amount column and a currency column, the currency column names the
/// foreign amount's currency, not the amount read: `Amount` is read, in one currency, the base.
/// The base is the currency of the lines whose foreign amount equals their amount (a
/// transaction in the base currency, converted at 1), when those name one; otherwise no
/// currency is read from the file (`--currency` names it). Lines whose equal amounts name two
/// currencies leave the reading open: the currency column is read as before.
///
/// Decided (session 27, t27a lane; trial 25, T25-16): NetSuite's export with 5 of 20 customers
/// invoiced in euros was refused as holding two currencies, and the advised `--currency USD
/// --lenient` dropped those 5 customers, whose `Amount` was already in dollars ($648K for
/// $805K).
enum BaseCurrencyAmount {
  /// Headers (``LedgerLayout/normalized(_:)``) of an amount in the transaction's own currency,
  /// beside the base-currency amount.
  static let foreignAmountNames: Set<String> = [
    "amount (foreign currency)", "amount foreign currency", "foreign currency amount",
    "amount (foreign)", "foreign amount", "amount in foreign currency", "fx amount",
    "amount (transaction currency)", "transaction currency amount", "amount (fc)",
  ]

  /// Headers of the rate converting the foreign amount to the base.
  static let rateNames: Set<String> = [
    "exchange rate", "fx rate", "currency rate", "conversion rate", "exchange rate (base)",
  ]

  /// Reads `layout`'s currency column as the foreign amount's when a foreign-amount column is
  /// beside the amount read: the column is no longer the amount's currency, the amount header
  /// is taken as naming the base currency (when the lines show one), and the note saying so is
  /// returned; `nil` (layout unchanged) when the table has no such pair, or when the lines show
  /// more than one base.
  /// - Complexity: O(rows).
  static func settle(
    _ layout: inout LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    file: String
  ) -> String? {
    guard let amount = layout.columns[.amount], let currency = layout.columns[.currency],
      layout.amountCurrency == nil,
      let foreign = header.indices.first(where: {
        $0 != amount && foreignAmountNames.contains(LedgerLayout.normalized(header[$0]))
      })
    else { return nil }
    let rate = header.indices.first { rateNames.contains(LedgerLayout.normalized(header[$0])) }
    // Lines per currency, and the currencies of lines whose two amounts are equal.
    var lines = [String: Int]()
    var order = [String]()
    var base = [String: Int]()
    for r in body {
      guard let code = CurrencySigns.code(cell: r.cell(currency)) else { continue }
      if lines[code] == nil { order.append(code) }
      lines[code, default: 0] += 1
      guard let a = cents(r.cell(amount)), let f = cents(r.cell(foreign)), a == f, a != 0 else {
        continue
      }
      if base[code] == nil { base[code] = r.line }
    }
    guard base.count <= 1, !lines.isEmpty else { return nil }
    layout.columns[.currency] = nil
    layout.ignored.append(header[currency])
    layout.amountCurrency = base.keys.first
    let counts = order.enumerated().map { i, code in
      i == 0 ? "\(Counted.phrase(lines[code]!, "line")) in \(code)" : "\(lines[code]!) in \(code)"
    }
    let converted = rate.map { " (at \(FieldMessages.quoted(header[$0])))" } ?? ""
    let named =
      base.first.map { code, line in
        "in \(code), the base currency (what \(FieldMessages.quoted(header[currency])) says on "
          + "every line whose \(FieldMessages.quoted(header[foreign])) equals its amount, the "
          + "first on line \(line))"
      }
      ?? "in the base currency, which no line names (no line's "
      + "\(FieldMessages.quoted(header[foreign])) equals its amount): pass --currency to name it"
    return "\(file): amounts read from \(FieldMessages.quoted(header[amount])) \(named); "
      + "\(FieldMessages.quoted(header[currency])) (\(counts.joined(separator: ", "))) names "
      + "the currency of \(FieldMessages.quoted(header[foreign])), which is not read: each "
      + "line's \(FieldMessages.quoted(header[amount])) is already converted\(converted), so "
      + "every line is read, in one currency"
  }

  /// Cents of `text` with a decimal point, else a decimal comma; `nil` when it is no amount.
  private static func cents(_ text: String) -> Int64? {
    guard !text.isEmpty else { return nil }
    return (try? CubeMoney.cents(text, isDecimalComma: false))
      ?? (try? CubeMoney.cents(text, isDecimalComma: true))
  }
}
