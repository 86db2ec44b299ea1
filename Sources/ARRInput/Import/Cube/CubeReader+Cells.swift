// CubeReader: the decimal mark of the amount cells, and how a row's cells are quoted in messages.
import ARRCore

extension CubeReader {
  /// Decides the decimal mark from the amount cells (the cells of `columns`) when not given.
  /// - Parameter plain: The same cells read once (``PlainMonthCells``), when the caller has
  ///   them: a cell read there gives its evidence from there.
  static func decimalMark(
    _ body: [ImportTable.Record], columns: [Int], file: String, options: ImportOptions,
    log: inout ImportLog, plain: PlainMonthCells? = nil
  ) throws(ARRQualityError) -> Bool {
    if let given = options.isDecimalComma { return given }
    precondition(plain == nil || plain?.columns == columns, "the plain cells of other columns")
    var comma: (line: Int, text: String)?
    var point: (line: Int, text: String)?
    outer: for (row, r) in body.enumerated() {
      for (slot, c) in columns.enumerated() where c < r.cells.count {
        switch plain?.evidence(row: row, slot: slot) ?? CubeMoney.evidence(r.cells[c]) {
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
      log.decimalCommaFile = log.decimalCommaFile ?? file
      return true
    }
    return false
  }

  /// The decimal mark of a side table's amount cells (a customer list's ARR or committed MRR),
  /// which no revenue rule reads: `--decimal-comma` when given, else a comma when a cell of
  /// `columns` shows a decimal comma and none a decimal point (review 43, V18: a German list's
  /// `18.000,00` was no amount). Mixed marks read as points: the list's amounts are then those
  /// that read one way, and a cross-check on them says what it compared.
  static func sideDecimalComma(
    _ rows: some Sequence<ImportTable.Record>, columns: [Int], options: ImportOptions
  ) -> Bool {
    if let given = options.isDecimalComma { return given }
    var isComma = false
    for r in rows {
      for c in columns where c < r.cells.count {
        switch CubeMoney.evidence(r.cells[c]) {
        case .decimalPoint: return false
        case .decimalComma: isComma = true
        case .none: continue
        }
      }
    }
    return isComma
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
    if isScientific(text) {
      return "; scientific notation, as a spreadsheet shows a number too wide for its column: "
        + "the digits it hides are lost, so it is not read (format the column as a number with "
        + "2 decimals and export again)"
    }
    if isIndianGrouping(text) {
      return "; Indian digit grouping (lakh: 1,20,000 is 120,000) is not read: export the column "
        + "without digit grouping (a number format without separators)"
    }
    if let (number, power) = unitSuffix(text) {
      return power == 1
        ? "; a K suffix (thousands) is not read: write the number alone (\(number)) and pass "
          + "--amounts thousands (each amount × 1,000), or write the amount in full"
        : "; an M suffix (millions) is not read: write the amount in full (× 1,000,000)"
    }
    if upper.hasSuffix(" CR") || upper.hasSuffix(" DR")
      || upper.hasSuffix("CR")
        && upper.dropLast(2).last?.isNumber == true
    {
      return "; a CR or DR mark is not read (write a credit as a negative amount, e.g. -100.00)"
    }
    return ""
  }

  /// `$12.5K`, `12.5 k`, `€1.2M`, `3MM`: a number written with a suffix naming thousands (power
  /// 1) or millions (power 2), as a board pack shows one (trial 41, T41-3): the number without
  /// its sign and suffix, and the power of 1,000.
  static func unitSuffix(_ text: String) -> (number: String, power: Int)? {
    let trimmed = String(
      String(text.drop { $0 == " " }.reversed()).drop { $0 == " " }.reversed())
    let lower = trimmed.lowercased()
    let power: Int
    let suffixLength: Int
    if lower.hasSuffix("mm") || lower.hasSuffix("mn") {
      (power, suffixLength) = (2, 2)
    } else if lower.hasSuffix("m") {
      (power, suffixLength) = (2, 1)
    } else if lower.hasSuffix("k") {
      (power, suffixLength) = (1, 1)
    } else {
      return nil
    }
    let body = String(
      String(trimmed.dropLast(suffixLength).reversed()).drop { $0 == " " }.reversed())
    let number = body.filter { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
    guard body.last?.isNumber == true, number.contains(where: \.isNumber),
      body.allSatisfy({ $0.isNumber || ".,-()$€£¥ ".contains($0) })
    else { return nil }
    return (String(number), power)
  }

  /// `1.2E+04`, `3e5`, `-1.25E-02`: a number in scientific notation (trial 22, T22-L1).
  static func isScientific(_ text: String) -> Bool {
    let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return false }
    let mantissa = parts[0].drop { $0 == "-" || $0 == "+" }
    let exponent = parts[1].drop { $0 == "-" || $0 == "+" }
    let digits = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    return !exponent.isEmpty && exponent.allSatisfy(\.isNumber) && (1...2).contains(digits.count)
      && !digits[0].isEmpty && digits.allSatisfy { $0.allSatisfy(\.isNumber) }
  }

  /// `1,20,000`, `12,34,567.50`: digits grouped by two above the last three (trial 22, T22-L1).
  static func isIndianGrouping(_ text: String) -> Bool {
    let whole = text.drop { $0 == "-" }.split(separator: ".", maxSplits: 1).first ?? ""
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.count >= 3, groups.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return false }
    return groups.last!.count == 3 && (1...2).contains(groups[0].count)
      && groups.dropFirst().dropLast().allSatisfy { $0.count == 2 }
  }

  /// What is wrong with the amount `text`; `currency` is the cell's (its sign or code, else
  /// the file's or `--currency`): a currency of 3 decimals explains 3 decimals, so the message
  /// says so and never suggests `--decimal-comma`, which would read `12.345` as 12,345 (trial
  /// 30, T30-9: a KWD file given `--currency KWD` was told to use it, and following the advice
  /// read every amount 1,000× too high).
  static func moneyMessage(
    _ text: String, _ error: CubeMoney.Failure, isDecimalComma: Bool, currency: String? = nil
  ) -> String {
    // Bounded (docs/input.md, "Messages"): an amount of ten million digits was quoted whole, a
    // 10 MB error line (trial 30, T30-3).
    let text = ShownText.bounded(text)
    if case .tooManyDecimals = error, let code = currency?.uppercased(),
      CurrencyDigits.of(code) == 3
    {
      return "\"\(text)\" has more than 2 decimals: \(code) has "
        + "\(CurrencyDigits.threeDecimalsFact(code)); \(CurrencyDigits.threeDecimalsRemedy(code))"
    }
    switch error {
    case .notAnAmount:
      return "\"\(text)\" is not an amount (expected e.g. 1234.50, $1,234.50 or (1,234.50))"
        + notAnAmountHint(text)
    case .tooLarge:
      return "\"\(text)\" is too large (expected at most 16 digits before the point)"
    case .tooManyDecimals:
      // Both readings said, never only the one that reads: "use --decimal-comma" alone read a
      // column of 83.333 (an annual price ÷ 12) as 83,333, every amount 1,000× (trial 32,
      // T32-24).
      let decimals = fractionDigits(text)
      if !isDecimalComma && decimals == 3 {
        return "\"\(text)\" has 3 decimals: with a decimal point it is not a whole cent (an "
          + "amount computed, e.g. an annual price ÷ 12: round the column to 2 decimals); only "
          + "if \".\" groups thousands (the file writes 1.234,50) use --decimal-comma, which "
          + "reads it 1,000 times larger"
      }
      return "\"\(text)\" has more than 2 decimals"
        + (isDecimalComma ? "" : " (if the file writes 1.234,50, use --decimal-comma)")
    }
  }

  /// The digits after the last `.` or `,` of `text`, up to the first that is not a digit.
  static func fractionDigits(_ text: String) -> Int {
    guard let mark = text.lastIndex(where: { $0 == "." || $0 == "," }) else { return 0 }
    return text[text.index(after: mark)...].prefix { $0.isASCII && $0.isNumber }.count
  }
}
