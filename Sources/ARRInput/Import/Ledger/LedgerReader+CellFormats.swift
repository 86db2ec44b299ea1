import ARRCore

/// How a ledger's cells are written: an API amount field, Stripe customer ids, the dates' day/month
/// order and the amounts' decimal mark.
extension LedgerReader {
  /// Whether the amount header is an API field name, written so (`amount_due`, as Stripe's
  /// API and Sigma, and Chargebee's, name an invoice's amount in the smallest unit): whole
  /// amounts under it are a finding, as in a Stripe export (review 7: 4900 under `amount_due`
  /// was read as 4,900.00 with only a note).
  static func isAPIAmount(_ header: String) -> Bool {
    header.lowercased() == "amount_due"
  }

  /// Whether the customer column's first non-empty cell is a Stripe customer id (`cus_…`).
  static func isStripeID(_ body: ArraySlice<ImportTable.Record>, column: Int?) -> Bool {
    guard let c = column,
      let row = body.first(where: { c < $0.cells.count && !$0.cells[c].isEmpty })
    else { return false }
    return row.cells[c].hasPrefix("cus_")
  }

  /// The day/month order of the date cells, from the cells, `--date-order`, the file's other
  /// date columns, the `title`'s report date, or an error when some date reads two ways and
  /// nothing decides.
  /// Dates written as digits alone (`20240131`, Unix time) are said in a note.
  static func dateOrder(
    _ body: ArraySlice<ImportTable.Record>, header: [String], layout: LedgerLayout, file: String,
    options: ImportOptions, title: TitleAsOf? = nil, log: inout ImportLog
  ) throws(ARRQualityError) -> (order: DateOrder?, other: OtherDateReading?) {
    let columns = [LedgerLayout.Role.date, .serviceDate, .serviceStart, .serviceEnd].compactMap {
      layout.columns[$0]
    }
    var cells = [(text: String, line: Int)]()
    for r in body {
      for c in columns where c < r.cells.count && !r.cells[c].isEmpty {
        if let range = serviceRange(r.cells[c]) {
          cells.append((range.start, r.line))
          cells.append((range.end, r.line))
        } else {
          cells.append((r.cells[c], r.line))
        }
      }
    }
    if let note = LedgerDate.digitsNote(file: file, cells: cells) { log.notes.append(note) }
    // The customers' billing rhythm (``DateRhythm``), asked only when every date reads both ways.
    let customer = [LedgerLayout.Role.customerID, .customerName].compactMap { layout.columns[$0] }
    let rhythm = (layout.columns[.date] ?? layout.columns[.serviceStart]).flatMap { date in
      customer.isEmpty
        ? nil
        : DateRhythm(
          body: body, customer: customer, date: date, description: layout.columns[.description])
    }
    var decided = [OtherDateReading]()
    // A date header in one of the foreign languages read: each writes the day first.
    let dayFirstHeader = layout.columns[.date].flatMap { c in
      c < header.count
        && LedgerLayout.foreignAliases[.date]?.contains(LedgerLayout.normalized(header[c])) == true
        ? header[c] : nil
    }
    let order = try LedgerDate.order(
      of: cells, file: file, given: options.dateOrder,
      others: OtherDateColumns(body: body, header: header, read: Set(columns)), title: title,
      rhythm: rhythm, dayFirstHeader: dayFirstHeader,
      column: { LedgerDate.column(of: $0, rows: body, columns: columns, header: header) },
      notes: &log.notes, findings: &decided)
    // The rhythm's decision moves every month of the file: a finding quoting the other
    // reading's ARR, information when a description backs it, else a warning (the file cannot
    // tell; review 37, R37-3, R37-6), added by the caller once it has read the file so.
    if let decision = decided.first { return (order, decision) }
    // A given order the rhythm contradicts (session 36, imp; H35-2: `--date-order dmy` on a US
    // ledger billed on the 1st put six monthly invoices in the first days of January, silently;
    // review 37, R37-3: the file its own transpose, a warning that it cannot tell).
    if let given = options.dateOrder, let rhythm, case .success(nil) = LedgerDate.order(of: cells),
      cells.contains(where: { LedgerDate.isAmbiguous($0.text) })
    {
      return (order, rhythm.contradicts(given, file: file))
    }
    return (order, nil)
  }

  /// The decimal mark of the amount column (as for cubes).
  static func decimalMark(
    _ body: ArraySlice<ImportTable.Record>, layout: LedgerLayout, file: String,
    options: ImportOptions
  ) throws(ARRQualityError) -> Bool {
    if let given = options.isDecimalComma { return given }
    guard let c = layout.columns[.amount] else { return false }
    var comma: (line: Int, text: String)?
    var point: (line: Int, text: String)?
    for r in body where c < r.cells.count {
      switch CubeMoney.evidence(r.cells[c]) {
      case .decimalComma: if comma == nil { comma = (r.line, r.cells[c]) }
      case .decimalPoint: if point == nil { point = (r.line, r.cells[c]) }
      case .none: continue
      }
      if comma != nil && point != nil { break }
    }
    if let c = comma, let p = point {
      throw .data(
        "\(file): amounts use both decimal marks (\"\(p.text)\" on line \(p.line), \"\(c.text)\" "
          + "on line \(c.line)); say which with --decimal-comma or fix the file")
    }
    return comma != nil
  }
}
