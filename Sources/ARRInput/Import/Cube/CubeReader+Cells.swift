// CubeReader: the decimal mark of the amount cells, and how a row's cells are quoted in messages.
import ARRCore

extension CubeReader {
  /// Decides the decimal mark from the amount cells (the cells of `columns`) when not given.
  static func decimalMark(
    _ body: [ImportTable.Record], columns: [Int], file: String, options: ImportOptions,
    log: inout ImportLog
  ) throws(ARRQualityError) -> Bool {
    if let given = options.isDecimalComma { return given }
    var comma: (line: Int, text: String)?
    var point: (line: Int, text: String)?
    outer: for r in body {
      for c in columns where c < r.cells.count {
        switch CubeMoney.evidence(r.cells[c]) {
        case .decimalComma: if comma == nil { comma = (r.line, r.cells[c]) }
        case .decimalPoint: if point == nil { point = (r.line, r.cells[c]) }
        case .none: continue
        }
        if comma != nil && point != nil { break outer }
      }
    }
    if let c = comma, let p = point {
      throw .data(
        "\(file): amounts use both decimal marks (\"\(p.text)\" on line \(p.line), \"\(c.text)\" "
          + "on line \(c.line)); say which with --decimal-comma or fix the file")
    }
    if let c = comma {
      log.notes.append(
        "\(file): amounts read with a decimal comma (e.g. \"\(c.text)\" on line \(c.line))")
      return true
    }
    return false
  }

  static func isBlank(_ text: String) -> Bool { text.isEmpty }

  static func snippet(_ cells: [String]) -> String {
    let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
    return text.count > 60 ? String(text.prefix(59)) + "…" : text
  }

  /// What a cell that is not an amount most likely is, for its message: a spreadsheet's error
  /// value (`#N/A`, `#REF!`), or an accounting `CR`/`DR` mark, which is not read since whether a
  /// credit is revenue or its reversal depends on the ledger's side.
  static func notAnAmountHint(_ text: String) -> String {
    let upper = text.uppercased()
    let errors = [
      "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
      "#ERROR!",
    ]
    if errors.contains(upper) {
      return "; a spreadsheet's error value: fix the formula, or export the sheet's values"
    }
    if upper.hasSuffix(" CR") || upper.hasSuffix(" DR")
      || upper.hasSuffix("CR")
        && upper.dropLast(2).last?.isNumber == true
    {
      return "; a CR or DR mark is not read (write a credit as a negative amount, e.g. -100.00)"
    }
    return ""
  }

  static func moneyMessage(_ text: String, _ error: CubeMoney.Failure, isDecimalComma: Bool)
    -> String
  {
    switch error {
    case .notAnAmount:
      return "\"\(text)\" is not an amount (expected e.g. 1234.50, $1,234.50 or (1,234.50))"
        + notAnAmountHint(text)
    case .tooLarge:
      return "\"\(text)\" is too large (expected at most 16 digits before the point)"
    case .tooManyDecimals:
      return "\"\(text)\" has more than 2 decimals"
        + (isDecimalComma ? "" : " (if the file writes 1.234,50, use --decimal-comma)")
    }
  }
}
