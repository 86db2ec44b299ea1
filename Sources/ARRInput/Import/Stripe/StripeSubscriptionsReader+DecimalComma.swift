import ARRCore

/// A Stripe subscriptions export saved by a European spreadsheet: prices with a decimal comma
/// (`720,00`) (`docs/import.md`, "Stripe subscriptions export"; session 55, crm lane; trial 54,
/// T54-27: a Danish Excel's copy of a real export had all 432 rows refused as "not an amount",
/// `--decimal-comma` changing nothing).
///
/// Decided as a subscriptions table's prices are (``SubscriptionTableDecimalMark``):
/// `--decimal-comma` when given, else comma evidence in the amount column without point
/// evidence, with a note. The amount cells of such a file are read with their marks swapped
/// (`1.234,50` as `1,234.50`), the rest of the row as written.
extension StripeSubscriptionsReader {
  /// Whether the amounts in `columns`' amount column use a decimal comma (see the type's
  /// notes).
  /// - Throws: `ARRQualityError` `.invalidData` when the cells show both marks.
  static func isDecimalComma(
    _ table: ImportTable, columns: [Role: Int], options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> Bool {
    guard let c = columns[.amount] else { return options.isDecimalComma ?? false }
    return try SubscriptionTableDecimalMark.decide(
      table.records.dropFirst(), column: c, file: table.file, options: options, log: &log
    ).isDecimalComma
  }

  /// `record` with the decimal and group marks of its amount cells (`.amount`, `.amountOff`)
  /// swapped: `720,00` → `720.00`, `1.234,50` → `1,234.50`.
  static func withPointMarks(_ record: ImportTable.Record, columns: [Role: Int])
    -> ImportTable.Record
  {
    var out = record
    for role in [Role.amount, .amountOff] {
      guard let c = columns[role], c < out.cells.count else { continue }
      out.cells[c] = String(
        out.cells[c].map { $0 == "," ? "." : $0 == "." ? "," : $0 })
    }
    return out
  }
}
