import ARRCore

/// The unit of a ledger's amount column (`docs/import.md`, "Amount units"): `--amounts`, a
/// header naming minor units, then what the other columns say (session 17, import3 lane; trial
/// 17, MT1 and LS1), else major units.
///
/// Billing APIs write integer cents under a plain header and say so in another column:
/// Metronome's `credit_type` "USD (cents)" on every line beside `total` 200000 (read as dollars,
/// $20.2M for $141,600), Lemon Squeezy's `subtotal_formatted` "$29.00" beside `subtotal` 2900
/// ($228,200 for $2,282). Both were a note alone, and `validate` said OK.
/// - A **unit column**: every non-empty cell of some column names cents (`USD (cents)`, `cents`,
///   `EUR in cents`, `minor units`): the amounts are cents, with a note; a code in those cells
///   is the lines' currency when no currency column gives one.
/// - A **formatted twin**: a column headed as the amount plus `formatted` or `display`
///   (`subtotal_formatted`, `priceDisplay`) whose cells read as money equal to the amount ÷ 100
///   on most lines and contradict it on none: cents, with a note; equal to the amount itself:
///   units, confirmed (no whole-number note). Some lines one way and some the other, or a
///   contradiction: a finding, read as units.
/// - Neither, and every amount is digits alone, a whole number of hundreds and at least $10,000
///   a line (at least 3 lines): the "looks like cents" finding (``CentsLikeAmounts``), which
///   `validate` prints; else whole amounts are the note they were.
extension LedgerReader {
  /// What the unit words of a cell say: `nil` when the cell is not a unit naming cents; else
  /// the currency code it names, if any (`USD (cents)` → `USD`).
  static func centsUnit(_ cell: String) -> (code: String?, isCents: Bool)? {
    let words = cell.lowercased().split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "_" }
    guard let last = words.last else { return nil }
    var rest = words.dropLast()
    if last == "units" {
      guard rest.last == "minor" else { return nil }
      rest = rest.dropLast()
    } else if last != "cents" {
      return nil
    }
    if rest.last == "in" { rest = rest.dropLast() }
    guard rest.count <= 1 else { return nil }
    guard let code = rest.first else { return (nil, true) }
    guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    return (code.uppercased(), true)
  }

  /// The column (not the amount's) whose every non-empty cell names cents, and the currencies
  /// those cells name with their first lines. Only a column whose first non-empty cell names
  /// cents is read further: a million-line ledger's other columns cost one cell each.
  static func unitColumn(
    header: [String], body: ArraySlice<ImportTable.Record>, layout: LedgerLayout
  ) -> (column: Int, codes: [String: Int])? {
    columns: for c in header.indices where c != layout.columns[.amount] {
      var codes = [String: Int]()
      var any = false
      for r in body {
        let cell = r.cell(c)
        if cell.isEmpty { continue }
        guard let unit = centsUnit(cell) else { continue columns }
        any = true
        if let code = unit.code, codes[code] == nil { codes[code] = r.line }
      }
      if any { return (c, codes) }
    }
    return nil
  }

  /// Reads a unit column's currency (``unitColumn(header:body:layout:)``) when no currency
  /// column or header names one, and lists the column as read.
  /// - Throws: `ARRQualityError` for unit cells naming two currencies.
  static func unitColumns(
    _ layout: inout LedgerLayout, header: [String], table: ImportTable, file: String,
    log: inout ImportLog
  ) throws(ARRQualityError) {
    let body = table.records[(layout.headerIndex + 1)...]
    guard let found = unitColumn(header: header, body: body, layout: layout) else { return }
    layout.ignored.removeAll { $0 == header[found.column] }
    if found.codes.count > 1 {
      throw .mixedCurrencies(found.codes, noun: "amounts", in: file)
    }
    if layout.columns[.currency] == nil, layout.amountCurrency == nil,
      let code = found.codes.keys.first
    {
      layout.amountCurrency = code
    }
  }

  /// The headers of a formatted twin of the amount header `key` (normalised).
  static func formattedNames(_ key: String) -> [String] {
    [key + " formatted", key + " display", "formatted " + key, "display " + key]
  }

  /// What a formatted twin of the amount column says of its unit.
  enum TwinVerdict: Equatable {
    /// Every line read agrees with the amount ÷ 100 (on most lines, none contradicting).
    case cents(lines: Int)
    /// Every line read agrees with the amount as written.
    case units
    /// Lines disagree, or too few agree: the finding's words.
    case mixed(String)
  }

  /// The verdict of the formatted twin of the amount column, or `nil` when there is none or no
  /// line has both cells non-zero.
  static func formattedTwin(
    header: [String], body: ArraySlice<ImportTable.Record>, layout: LedgerLayout, file: String
  ) -> (column: Int, verdict: TwinVerdict)? {
    guard let a = layout.columns[.amount], a < header.count else { return nil }
    let names = formattedNames(LedgerLayout.normalized(header[a]))
    guard
      let t = header.indices.first(where: { names.contains(LedgerLayout.normalized(header[$0])) })
    else { return nil }
    var cents = 0
    var units = 0
    var amounts = 0
    var contradiction: (line: Int, amount: String, shown: String)?
    for r in body {
      let text = r.cell(a)
      guard let v = try? CubeMoney.cents(text, isDecimalComma: false), v != 0 else { continue }
      amounts += 1
      let shown = r.cell(t)
      guard
        let s = (try? CubeMoney.cents(shown, isDecimalComma: false))
          ?? (try? CubeMoney.cents(shown, isDecimalComma: true))
      else { continue }
      let (hundred, o) = s.multipliedReportingOverflow(by: 100)
      if !o && hundred == v {
        cents += 1
      } else if s == v {
        units += 1
      } else if contradiction == nil {
        contradiction = (r.line, text, shown)
      }
    }
    guard cents + units > 0 || contradiction != nil else { return nil }
    if contradiction == nil && units == 0 && cents * 2 > amounts {
      return (t, .cents(lines: cents))
    }
    if contradiction == nil && cents == 0 { return (t, .units) }
    let name = header[a]
    let twin = header[t]
    var why = "\(cents) of \(amounts) lines show \"\(name)\" ÷ 100 in \"\(twin)\""
    if units > 0 { why += ", \(units) show it as written" }
    if let c = contradiction {
      why += ", and line \(c.line) shows \"\(c.shown)\" beside \"\(c.amount)\""
    }
    return (
      t,
      .mixed(
        "\(file): \(why): whether the amounts are cents cannot be told, so they are read as "
          + "written (major units); if they are cents, every figure is 100 times too high. Pass "
          + "--amounts cents, or --amounts units to confirm")
    )
  }

  /// The unit of the amount column and why it is cents, for messages. A note says when the
  /// amounts are read in minor units or the option overrides the header; amounts read as
  /// written are checked as the type's notes say.
  static func amountUnit(
    _ body: ArraySlice<ImportTable.Record>, header: ImportTable.Record, layout: LedgerLayout,
    file: String, options: ImportOptions, log: inout ImportLog
  ) -> (unit: AmountUnit, reason: String) {
    let name =
      layout.columns[.amount].flatMap { $0 < header.cells.count ? header.cells[$0] : nil }
      ?? "amount"
    if let unit = options.amounts {
      if let note = AmountUnit.unitNote(
        file: file, unit: unit, header: name, isMinorByHeader: layout.isAmountInMinorUnits,
        isGiven: true)
      {
        log.notes.append(note)
      }
      return (unit, "--amounts cents")
    }
    var reason: String?
    if layout.isAmountInMinorUnits {
      reason = "the header \"\(name)\" says so"
    } else if let found = unitColumn(header: header.cells, body: body, layout: layout) {
      let c = found.column
      let example =
        body.lazy.compactMap { c < $0.cells.count ? $0.cells[c] : nil }
        .first { !$0.isEmpty } ?? ""
      reason = "the column \"\(header.cells[c])\" says \"\(example)\""
    }
    let twin = formattedTwin(header: header.cells, body: body, layout: layout, file: file)
    if reason == nil, let twin, case .cents(let lines) = twin.verdict {
      reason =
        "\"\(header.cells[twin.column])\" shows each amount ÷ 100 (\(lines) line"
        + "\(lines == 1 ? "" : "s"))"
    }
    // A billing API's field names beside whole numbers: cents (trial 22, T22-25b).
    if reason == nil, let c = layout.columns[.amount], let v = APIMinorUnits.vendor(header.cells),
      APIMinorUnits.areWholeNumbers(body.lazy.map { $0.cell(c) }),
      let example = body.first(where: { c < $0.cells.count && (Int64($0.cells[c]) ?? 0) != 0 })
    {
      log.notes.append(
        APIMinorUnits.note(
          file: file, vendor: v, header: name, example: (example.cells[c], example.line)))
      return (.cents, "\(v.possessive) \(v.kind) say so")
    }
    if let reason {
      log.notes.append(
        "\(file): amounts read in the currency's smallest unit (cents; yen for JPY) because "
          + reason)
      return (.cents, reason)
    }
    if let twin, case .mixed(let text) = twin.verdict {
      log.addFinding(text, isUnitDoubt: true)
      return (.units, "--amounts cents")
    }
    if twin?.verdict == .units { return (.units, "--amounts cents") }
    guard let c = layout.columns[.amount] else { return (.units, "--amounts cents") }
    let k = layout.columns[.currency]
    func currency(_ r: ImportTable.Record) -> String {
      options.currency
        ?? k.flatMap { $0 < r.cells.count ? r.cells[$0] : nil }
        ?? (c < r.cells.count ? CubeMoney.currency(r.cells[c]) : nil) ?? ""
    }
    let cells = body.map { r in
      (text: r.cell(c), line: r.line, currency: currency(r))
    }
    let isStripe =
      layout.dialect == .stripeInvoiceLines || isAPIAmount(name)
      || isStripeID(body, column: layout.columns[.customerID])
    // Another billing API's marks (an id prefix, a field name, Unix-time dates): a finding.
    let evidence =
      isStripe
      ? nil
      : APIMinorUnits.doubt(
        header: header.cells, dateCells: dateCells(body, layout: layout),
        idCells: body.first?.cells ?? [])
    guard
      let text = AmountUnit.wholeNumbersFinding(
        file: file, header: name, cells: cells, isStripe: isStripe, evidence: evidence)
    else { return (.units, "--amounts cents") }
    // A plain ledger's whole amounts are a note (invoices of whole dollars are common), unless
    // every line is a large whole number of hundreds: then the "looks like cents" finding.
    let large = CentsLikeAmounts.finding(
      file: file, header: name,
      cells: cells.compactMap { cell in
        (try? CubeMoney.cents(cell.text, isDecimalComma: false)).map {
          CentsLikeAmounts.Cell(
            text: cell.text, line: cell.line, monthly: $0, currency: cell.currency)
        }
      }, unit: .units, isMinorByHeader: false, options: options,
      currency: options.currency ?? layout.amountCurrency, isLines: true)
    // Read as cents, charges below Stripe's minimum charge: major units (T54-30).
    if isStripe, evidence == nil,
      let note = StripeMinimumCharge.note(
        file: file, header: name,
        cells: cells.map { .init(text: $0.text, line: $0.line, currency: $0.currency) },
        rows: Importer.looksLikeStripePayments(header.cells) ? .charges : .invoiceLines)
    {
      log.notes.append(note)
    } else if isStripe || evidence != nil {
      log.addFinding(text, isUnitDoubt: true)
    } else if let large {
      log.addFinding(large, isUnitDoubt: true)
    } else {
      log.notes.append(text)
    }
    return (.units, "--amounts cents")
  }

  /// The first ``APIMinorUnits/sampledDates`` non-empty cells of `layout`'s date column in `body`, for
  /// ``APIMinorUnits/doubt(header:dateCells:idCells:)``.
  static func dateCells(_ body: ArraySlice<ImportTable.Record>, layout: LedgerLayout)
    -> [(text: String, line: Int)]
  {
    guard let d = layout.columns[.date] else { return [] }
    return body.lazy.compactMap { r in
      d < r.cells.count && !r.cells[d].isEmpty ? (r.cells[d], r.line) : nil
    }.prefix(APIMinorUnits.sampledDates).map { $0 }
  }
}
