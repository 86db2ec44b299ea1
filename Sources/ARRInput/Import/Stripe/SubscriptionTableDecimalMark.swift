import ARRCore

/// The decimal mark of a subscriptions table's prices, decided from the price column as a
/// ledger's is from its amounts (`docs/import.md`, "Subscriptions table"): a cell with both marks
/// (the last is the decimal), a mark followed by one or two final digits, or a mark repeated (a
/// group mark) is evidence (``CubeMoney/evidence(_:)``). A semicolon-separated table of
/// `11,99` prices, as European exports write them, had every row refused as "not an amount"
/// with no word of `--decimal-comma`.
enum SubscriptionTableDecimalMark {
  /// Whether the prices in `column` of `body` use a decimal comma: `--decimal-comma` when given;
  /// else comma evidence without point evidence (with a note in `log`), and the cell that
  /// decided it (`inferredFrom`, for the price cells' messages: review 8 found `"1,234" has
  /// more than 2 decimals` with no word that `"9,5"` two lines down made the comma decimal).
  /// - Throws: `ARRQualityError` `.invalidData` when cells show both marks, naming one of each.
  /// - Complexity: O(rows), stopping once both marks are seen.
  static func decide(
    _ body: ArraySlice<ImportTable.Record>, column: Int, file: String, options: ImportOptions,
    log: inout ImportLog
  ) throws(ARRQualityError) -> (isDecimalComma: Bool, inferredFrom: (line: Int, text: String)?) {
    if let given = options.isDecimalComma { return (given, nil) }
    var comma: (line: Int, text: String)?
    var point: (line: Int, text: String)?
    for r in body where column < r.cells.count {
      switch CubeMoney.evidence(r.cells[column]) {
      case .decimalComma: if comma == nil { comma = (r.line, r.cells[column]) }
      case .decimalPoint: if point == nil { point = (r.line, r.cells[column]) }
      case .none: continue
      }
      if comma != nil && point != nil { break }
    }
    if let c = comma, let p = point {
      throw .data(
        "\(file): prices use both decimal marks (\"\(p.text)\" on line \(p.line), \"\(c.text)\" "
          + "on line \(c.line)); say which with --decimal-comma or fix the file")
    }
    guard let c = comma else { return (false, nil) }
    log.notes.append(
      "\(file): prices read with a decimal comma (e.g. \"\(c.text)\" on line \(c.line))")
    log.decimalCommaFile = log.decimalCommaFile ?? file
    return (true, c)
  }
}
