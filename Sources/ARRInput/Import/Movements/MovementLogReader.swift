import ARRCore

/// Reads an MRR movements log (``MovementLogLayout``) into the cells a customer cube gives:
/// each account's month-end MRR rebuilt from its movements (``MovementLog``), so that everything
/// after is the cube's (`docs/import.md`, "MRR movements log").
///
/// Amounts follow the importers' money rules (``AmountCells``: decimal marks, currency signs and
/// codes, `--amounts cents`); dates are read as a monthly table's months are. The as-of month is
/// the log's last month (or `--as-of`). Every row is used or skipped with a reason; the tie-out's
/// source is the rebuilt levels, and ``MovementBridge`` checks them against the log's own sums.
enum MovementLogReader {
  /// The `values` reason a movements log's file gets.
  static let valuesReason = "an MRR movements log: each month's MRR rebuilt from the movements"

  /// Reads `table`, file `fileIndex` of `log.files`.
  /// - Returns: The accounts and their rebuilt levels, or `nil` when the table is not a
  ///   movements log (and `--shape movements` was not given).
  /// - Throws: `.invalidData` with every bad cell (`file:line:column`: no customer, a date that
  ///   is not one, an unknown movement type, an amount that is not one or has the wrong sign, a
  ///   loss taking a level below 0), several currencies, or a log of no account read;
  ///   `.invalidArgument` for `--values` other than `mrr` or `auto`.
  /// - Complexity: O(cells + n log n + accounts × months) for n movements.
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> CubeData? {
    let isForced = options.shape == .movements
    guard isForced || options.shape == .auto else { return nil }
    guard var layout = MovementLogLayout.find(in: table, isForced: isForced) else {
      guard isForced else { return nil }
      throw .data(
        "\(table.file): not an MRR movements log (expected a header naming a customer, a date, "
          + "an amount such as mrr_movement, and a column of movement types such as new, "
          + "expansion, contraction, churn, reactivation)")
    }
    guard options.values == .auto || options.values == .mrr else {
      throw .invalidArgument(
        "--values \(options.values.rawValue) is for a customer cube's cells; \(table.file) is an "
          + "MRR movements log, whose amounts are changes in MRR; drop --values")
    }
    let file = table.file
    let header = table.records[layout.headerIndex]
    let body = table.records[(layout.headerIndex + 1)...]
    // A currency column of numbers is an id into a currency table, as in a cube or a monthly
    // table: noted and listed as ignored (session 22, review lane: each row was refused).
    if let c = layout.currency,
      CubeReader.readable(c, header: header.cells, body: body, file: table.file, notes: &log.notes)
        == nil
    {
      layout.currency = nil
      layout.ignored = header.cells.indices.filter {
        layout.ignored.contains(header.cells[$0]) || $0 == c
      }.map { header.cells[$0] }
    }
    var fileLog = log.files[fileIndex]
    fileLog.shape = .movements
    fileLog.headerLine = header.line
    fileLog.ignoredColumns = layout.ignored
    fileLog.recognisedColumns =
      [
        layout.id.map { "id: \(header.cells[$0])" },
        layout.name.map { "name: \(header.cells[$0])" },
      ]
      .compactMap { $0 }
      + [
        "date: \(header.cells[layout.date])", "movement type: \(header.cells[layout.type])",
        "amount: \(header.cells[layout.amount])",
      ] + (layout.currency.map { ["currency: \(header.cells[$0])"] } ?? [])
      + (layout.levelAfter.map { ["level after: \(header.cells[$0])"] } ?? [])
    log.files[fileIndex] = fileLog
    for r in table.records.prefix(layout.headerIndex) {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: r.line, kind: .title, reason: CubeReader.snippet(r.cells))
    }
    for line in table.blankLines where line > header.line { log.files[fileIndex].blankLines += 1 }
    let dates = try MonthlyTableReader.dateOrder(
      body,
      layout: MonthlyTableLayout(
        headerIndex: layout.headerIndex, period: layout.date, amount: layout.amount, roles: [:],
        ignored: [], isAnnual: false, isLevel: false),
      file: file, options: options)
    if let reason = dates.reason { log.notes.append("\(file): \(reason)") }
    if let digits = dates.digits { log.notes.append(digits) }
    // It moves every month (the as-of month too): an information finding (review 36 #7).
    if let utc = dates.utc { log.addDecision(utc) }
    // A thousands label, the decimal mark and the amount cells, as a monthly table's.
    let amounts = try AmountColumn.setUp(
      table, headerIndex: layout.headerIndex, amount: layout.amount,
      isMinorByHeader: layout.isAmountInMinorUnits, options: options, log: &log)
    // A vendor's export in cents (ChartMogul's Activities: trial 25, T25-14).
    let amountCells = APIMinorUnits.column(
      amounts.cells, header: header.cells, amount: layout.amount, body: body, options: options,
      file: file, notes: &log.notes)
    var rows = Rows()
    var badRows = BadRows()
    for record in body {
      log.files[fileIndex].rowsRead += 1
      let cells = record.cells
      func cell(_ c: Int?) -> String { c.map { $0 < cells.count ? cells[$0] : "" } ?? "" }
      if ImportTable.repeatsHeader(cells, header.cells) {
        log.skipRepeatedHeader(file: fileIndex, line: record.line)
        continue
      }
      if cell(layout.type).isEmpty && cell(layout.amount).isEmpty
        && cells.filter({ !$0.isEmpty }).count <= 1
      {
        log.skip(
          file: fileIndex, line: record.line, kind: .footnote, reason: CubeReader.snippet(cells))
        continue
      }
      let problems = rows.read(
        cells, line: record.line, layout: layout, months: dates.months, order: dates.order,
        amounts: amountCells, file: file)
      if !problems.isEmpty {
        badRows.reject(
          problems, line: record.line, fileIndex: fileIndex, isLenient: options.isLenient,
          log: &log)
      }
    }
    try badRows.check(in: file)
    if rows.currencies.count > 1 {
      throw .mixedCurrencies(rows.currencies, noun: "amounts", in: file)
    }
    // Movements in cents with nothing saying so (ChartMogul's dataset writes cents): every
    // change a whole number of hundreds and $10,000 a month or more.
    let code = options.currency ?? rows.currencies.keys.first ?? layout.headerCurrency
    if let finding = CentsLikeAmounts.finding(
      file: file, header: header.cells[layout.amount],
      cells: zip(rows.events, rows.texts).map { e, text in
        CentsLikeAmounts.Cell(
          text: text, line: e.line, monthly: e.cents ?? 0, currency: code ?? "")
      }, unit: amountCells.unit, isMinorByHeader: layout.isAmountInMinorUnits, options: options,
      currency: code)
    {
      log.addFinding(finding, isUnitDoubt: true)
    }
    var data = try MovementLogReader.levels(
      rows, table: table, layout: layout, order: dates, fileIndex: fileIndex, options: options,
      log: &log)
    data.thousandsLabel = amounts.thousandsLabel
    return data
  }
}
