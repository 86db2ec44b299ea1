import ARRCore

/// Reads a monthly table (``MonthlyTableLayout``) into the cells a customer cube gives, so that
/// everything after (what the cells hold, billings spread, ARR ÷ 12, customer lists joined) is
/// the cube's (`docs/import.md`, "Monthly table").
///
/// Rules: a customer's month with no row has no revenue; rows of one customer and month are
/// added up (two plans or products), with a finding; a row naming a total is excluded and
/// checked against its month's sum; rows read = used + skipped, as everywhere.
enum MonthlyTableReader {
  /// Reads `table`, file `fileIndex` of `log.files`.
  /// - Returns: The customers and their summed cells, or `nil` when the table is not a monthly
  ///   table.
  /// - Throws: `ARRQualityError` `.invalidData` with every bad cell (`file:line:column`), a
  ///   day/month order the months cannot decide, or a span beyond 50 years; `.invalidArgument`
  ///   for `--as-of` outside the months.
  /// - Complexity: O(cells + customers × months).
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog,
    isOnlyFile: Bool = false
  ) throws(ARRQualityError) -> CubeData? {
    guard
      var layout = MonthlyTableLayout.find(
        in: table, prefersAnnual: options.values == .arr, allowsOneMonth: isOnlyFile)
    else { return nil }
    let file = table.file
    var table = table
    try table.dropValuesPastHeader(
      headerIndex: layout.headerIndex, fileIndex: fileIndex, isLenient: options.isLenient, log: &log
    )
    let header = table.records[layout.headerIndex]
    let body = table.records[(layout.headerIndex + 1)...]
    // Each row's own amount in several currencies beside the amount converted to one (`mrr`,
    // `currency`, `mrr_usd`): the converted one is read, the currency column is not
    // (``ConvertedAmount``; trial 41, T41-18).
    var isConverted = false
    if layout.headerCurrency == nil,
      let c = header.cells.indices.first(where: {
        LedgerLayout.currencyNames.contains(LedgerLayout.normalized(header.cells[$0]))
      }),
      let converted = ConvertedAmount.choice(
        amount: layout.amount, currency: c, header: header.cells, rows: body, file: file)
    {
      log.notes.append(converted.note)
      layout.ignored.removeAll { $0 == header.cells[converted.column] }
      layout.ignored.append(header.cells[layout.amount])
      layout.amount = converted.column
      layout.headerCurrency = converted.currency
      isConverted = true
    }
    try DuplicateRoleColumns.check(
      header.cells,
      read: layout.roles.map { (DuplicateRoleColumns.words($0.key), $0.value) }
        + [("the month", layout.period), ("the amount", layout.amount)]
        + (layout.usage.map { [("usage", $0)] } ?? [])
        + (layout.oneTime.map { [("one-time revenue", $0)] } ?? []),
      file: file, line: header.line)
    // A usage column is units only when every cell is a whole number without a currency sign;
    // `$250` or `25.50` is usage revenue, not read (review 10, F5: `$250` was read as 250 units,
    // `25.50` refused the file).
    if let c = layout.usage,
      let r = body.first(where: { r in
        c < r.cells.count && !r.cells[c].isEmpty && usageUnits(r.cells[c]) == nil
      })
    {
      layout.usage = nil
      layout.ignored.append(table.records[layout.headerIndex].cells[c])
      log.notes.append(
        "\(table.file): column \"\(table.records[layout.headerIndex].cells[c])\" is not read as "
          + "usage units: \(FieldMessages.quoted(r.cells[c])) on line \(r.line) is not a whole "
          + "number of units (usage revenue?); listed as ignored")
    }
    let order = try dateOrder(body, layout: layout, file: file, options: options)
    let facts = CubeLayout(
      headerIndex: layout.headerIndex, months: [], roles: layout.roles,
      ignored: layout.ignored, dateOrder: order.order, dateOrderReason: order.reason)
    log.files[fileIndex].shape = .monthly
    log.files[fileIndex].headerLine = header.line
    log.files[fileIndex].ignoredColumns = layout.ignored
    log.files[fileIndex].recognisedColumns =
      CubeLayout.Role.allCases.compactMap { r in
        layout.roles[r].map { "\(r.rawValue): \(header.cells[$0])" }
      } + ["month: \(header.cells[layout.period])", "amount: \(header.cells[layout.amount])"]
      + (layout.usage.map { ["usage: \(header.cells[$0])"] } ?? [])
      + (layout.oneTime.map { ["one_time: \(header.cells[$0])"] } ?? [])
    if let reason = order.reason { log.notes.append("\(file): \(reason)") }
    if let digits = order.digits { log.notes.append(digits) }
    // It moves every month (the as-of month too): an information finding (review 36 #7).
    if let utc = order.utc { log.addDecision(utc) }
    for r in table.records.prefix(layout.headerIndex) {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: r.line, kind: .title, reason: CubeReader.snippet(r.cells))
    }
    for line in table.blankLines where line > header.line { log.files[fileIndex].blankLines += 1 }
    // A thousands label, the decimal mark and the amount cells: a movements log's setup too.
    let amounts = try AmountColumn.setUp(
      table, headerIndex: layout.headerIndex, amount: layout.amount,
      isMinorByHeader: layout.isAmountInMinorUnits, options: options, log: &log)
    let (amountCells, isDecimalComma) = (amounts.cells, amounts.isDecimalComma)
    // A currency column, read as a cube's: listed as read, not ignored.
    let currencyColumn =
      isConverted
      ? nil
      : CubeReader.currencyColumn(
        header: header.cells, body: body,
        excluding: Set(layout.roles.values).union([layout.period, layout.amount]), file: file,
        notes: &log.notes)
    if let c = currencyColumn {
      layout.ignored.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].ignoredColumns = layout.ignored
      log.files[fileIndex].recognisedColumns.append("currency: \(header.cells[c])")
    }
    // A column saying what each row holds (``LineLabels``; trial 41, T41-1 and T41-2): a row
    // of revenue billed once is its customer's one-time revenue, a row of another metric than
    // MRR is left out.
    let labelColumn = try LineLabels.find(
      body, header: header.cells,
      taken: Set(layout.roles.values).union([layout.period, layout.amount])
        .union([layout.usage, layout.oneTime, currencyColumn].compactMap { $0 }),
      headerLine: header.line, file: file)
    if let lc = labelColumn {
      layout.ignored.removeAll { $0 == lc.header }
      log.files[fileIndex].ignoredColumns = layout.ignored
      log.files[fileIndex].recognisedColumns.append("line label: \(lc.header)")
    }
    var metricRows = LineLabels.MetricRows()
    var oneTimeRows = LineLabels.OneTimeRows()
    var labelled = [LineLabels.LabelledOnce]()
    if let finding = AmountUnit.stripeWholeNumbersFinding(
      body, file: file, header: header.cells[layout.amount], amount: layout.amount,
      customer: layout.roles[.id] ?? layout.roles[.name], currency: currencyColumn,
      amountCells: amountCells, isMinorByHeader: layout.isAmountInMinorUnits, options: options)
    {
      log.addFinding(finding, isUnitDoubt: true)
    } else if layout.isLevel,
      let finding = CentsLikeAmounts.finding(
        file: file, header: header.cells[layout.amount],
        cells: body.compactMap { r in
          guard layout.amount < r.cells.count,
            let v = try? amountCells.hundredths(r.cells[layout.amount])
          else { return nil }
          let code = currencyColumn.flatMap { $0 < r.cells.count ? r.cells[$0] : nil }
          return CentsLikeAmounts.Cell(
            text: r.cells[layout.amount], line: r.line, monthly: layout.isAnnual ? v / 12 : v,
            currency: options.currency ?? code ?? CubeMoney.currency(r.cells[layout.amount]) ?? "")
        }, unit: amountCells.unit, isMinorByHeader: layout.isAmountInMinorUnits,
        options: options, currency: options.currency)
    {
      // An MRR (or ARR) level of whole hundreds, every row $10,000 a month or more: cents?
      log.addFinding(finding, isUnitDoubt: true)
    }

    var rows = [Row]()
    var totals = [(line: Int, month: Month, cents: Int64)]()
    var accounts = [ImportedAccount]()
    var index = [String: Int]()
    var conflicts = [FactConflict]()
    var blankAmounts = 0
    var firstBlankAmount: Int?
    // An annual column beside a monthly amount (`mrr` and `arr`): a blank amount's row may give
    // its figure there (review 13, F11: its `arr` said 1,200, ARR ÷ 12 = 100 a month).
    let annualColumn =
      layout.isAnnual
      ? nil
      : header.cells.indices.first {
        $0 != layout.amount
          && MonthlyTableLayout.annualNames.contains(MonthlyTableLayout.key(header.cells[$0]))
      }
    var blankBesideAnnual = 0
    var firstBesideAnnual: (line: Int, text: String, monthly: Int64)?
    var badRows = BadRows()
    var noValue = NoValueCells()
    // Term cells repeat a few words on every row: each read once.
    var terms = TermReadings()
    var currencies = [String: Int]()
    // Amount cells rounded to the cent (H35-9).
    var offCent = OffCentCells()
    var dollarSigns = CurrencySigns()
    // Footnote lines, read for the currency they name after the rows (``FootnoteCurrency``).
    var footnotes = [ImportTable.Record]()
    var overlap = ExportOverlap(rows: body, header: header.cells)
    // Exports appended into one file: the number of repeated headers above a row, and the rows
    // read by their cells (to find the earlier row a skipped repeat stands for).
    var export = 0
    var rowsByCells: [[String]: [Int]]?
    // Exports that repeat a row of an earlier one exactly: re-pulls of overlapping months, whose
    // rows restate the earlier exports'. An export repeating none is a slice (another product,
    // entity or region), added to the others.
    var evidence = RePullEvidence()
    let customerColumn = layout.roles[.id] ?? layout.roles[.name]!
    // A row without an id takes its name's only id (``IDsByName``).
    var idsByName = IDsByName(rows: body, id: layout.roles[.id], name: layout.roles[.name])
    // One currency per row from a currency column, as amounts' own signs are (`currencyColumn`).
    // The amount text of the first amount whose own sign named each currency, for a message.
    var signed = [String: String]()
    let factColumns = RoleColumns(facts.roles)
    for record in body {
      log.files[fileIndex].rowsRead += 1
      let cells = record.cells
      func cell(_ c: Int) -> String { c < cells.count ? cells[c] : "" }
      if ImportTable.repeatsHeader(cells, header.cells) {
        overlap.skipHeader(atLine: record.line, file: fileIndex, log: &log)
        export += 1
        if rowsByCells == nil {
          // Built at the first repeated header only: a file of one export pays nothing.
          var byCells = [[String]: [Int]]()
          for r in rows.indices { byCells[rows[r].cells, default: []].append(r) }
          rowsByCells = byCells
        }
        continue
      }
      if let repeated = overlap.repeatedLine(cells, line: record.line) {
        log.skip(
          file: fileIndex, line: record.line, kind: .repeatedLine,
          reason: overlap.reason(repeating: repeated))
        // The row it repeats is this export's too: a later export restating other rows of its
        // customer-month must not leave it out.
        if let r = rowsByCells?[cells]?.first(where: { rows[$0].export < export }) {
          if rows[r].cents != 0 { evidence.repeats(revenueRowOf: rows[r].export, in: export) }
          rows[r].export = export
          rows[r].exportLine = record.line
        }
        continue
      }
      let periodText = cell(layout.period)
      let amountText = cell(layout.amount)
      if isTotals(cell(customerColumn)) {
        let month = order.months[periodText]
        let cents = amountCells.hundredthsIfAny(amountText)
        if let month, let cents { totals.append((record.line, month, cents)) }
        log.skip(
          file: fileIndex, line: record.line, kind: .totals,
          reason: month != nil && cents != nil
            ? "\"\(CubeReader.snippet(cells))\", excluded and checked"
            : "\"\(CubeReader.snippet(cells))\", excluded (no month and amount, not checked)")
        continue
      }
      if periodText.isEmpty && amountText.isEmpty && cells.filter({ !$0.isEmpty }).count <= 1 {
        log.skip(
          file: fileIndex, line: record.line, kind: .footnote, reason: CubeReader.snippet(cells))
        footnotes.append(record)
        continue
      }
      var rowProblems = [InputProblem]()
      let idText = layout.roles[.id].map(cell) ?? ""
      let nameText = layout.roles[.name].map(cell) ?? ""
      var key = idText.isEmpty ? nameText : idText
      if idText.isEmpty, let id = idsByName.id(forName: nameText, line: record.line) {
        key = id
      }
      if key.isEmpty {
        rowProblems.append(
          InputProblem(
            file: file, line: record.line, column: customerColumn + 1,
            message: "no customer id or name (expected a value in this column)"))
      }
      let month = order.months[periodText]
      if month == nil {
        rowProblems.append(
          InputProblem(
            file: file, line: record.line, column: layout.period + 1,
            message: "month \(FieldMessages.quoted(periodText)) is not a month (expected e.g. "
              + "2024-01, Jan-24, 2024-01-31 or 1/31/2024)"))
      }
      var cents: Int64 = 0
      do throws(AmountUnit.MinorFailure) {
        let currencyCell = currencyColumn.map(cell) ?? ""
        var named: String?
        if let c = currencyColumn {
          named = CubeReader.rowCurrency(
            currencyCell, column: c, line: record.line, file: file, named: layout.headerCurrency,
            problems: &rowProblems)
        }
        cents = try amountCells.hundredths(amountText, currency: named ?? layout.headerCurrency)
        offCent.see(amountText, cents: cents, line: record.line, column: layout.amount)
        if cents != 0,
          let cur = CurrencySigns.code(amount: amountText, named: layout.headerCurrency)
        {
          if currencies[cur] == nil { currencies[cur] = record.line }
          if signed[cur] == nil { signed[cur] = amountText }
          dollarSigns.see(cell: "", amount: amountText, code: cur, line: record.line)
        }
        if let named {
          if currencies[named] == nil { currencies[named] = record.line }
          dollarSigns.see(cell: currencyCell, amount: "", code: named, line: record.line)
        }
      } catch {
        rowProblems.append(
          InputProblem(
            file: file, line: record.line, column: layout.amount + 1,
            message: amountCells.message(amountText, error)))
      }
      let (usage, oneTimeRead) = readExtras(
        cells, layout: layout, amountCells: amountCells, line: record.line, file: file,
        problems: &rowProblems)
      var oneTime = oneTimeRead
      var labelledOnce: (label: String, cents: Int64)?
      if let lc = labelColumn, let what = LineLabels.leftOut(cell(lc.index), in: lc) {
        if what == .otherMetric {
          metricRows.add(cell(lc.index))
          log.skip(
            file: fileIndex, line: record.line, kind: .otherMetric,
            reason: "\"\(CubeReader.snippet(cells))\", \(cell(lc.index)), not MRR")
          continue
        }
        // Revenue billed once: the customer's one-time revenue that month, not MRR (unless
        // a retainer: ``LineLabels/steadyRows(_:)`` below).
        labelledOnce = (cell(lc.index), cents)
        oneTime = oneTime &+ cents
        cents = 0
      }
      // A row names its customer's month: a blank amount there may be a month without revenue
      // (a BI export's empty join) or a value missing. Read as 0, as a cube's blank cell is, and
      // counted in a finding (review 13, F11: it was 0 with nothing said, churning the customer
      // for the month beside an `arr` cell giving the figure). Decided: a finding, not a
      // problem, since refusing would stop every export that leaves months without revenue
      // blank. A row whose usage or one-time cell holds its amount is that amount's.
      if amountText.isEmpty && !key.isEmpty,
        [layout.usage, layout.oneTime].allSatisfy({ $0.map(cell)?.isEmpty ?? true })
      {
        blankAmounts += 1
        if firstBlankAmount == nil { firstBlankAmount = record.line }
        if let c = annualColumn, let v = amountCells.hundredthsIfAny(cell(c)), v > 0 {
          blankBesideAnnual += 1
          if firstBesideAnnual == nil {
            firstBesideAnnual = (record.line, cell(c), ServicePeriod.proportion(v, 1, 12))
          }
        }
      }
      var account = ImportedAccount(
        id: key, name: nameText.isEmpty ? nil : nameText, source: (file, record.line))
      CubeReader.readFacts(
        cells, layout: facts, header: header.cells, into: &account, line: record.line,
        file: file, amounts: amountCells, problems: &rowProblems, noValue: &noValue, terms: &terms,
        columns: factColumns)
      guard rowProblems.isEmpty, let month else {
        badRows.reject(
          rowProblems, line: record.line, fileIndex: fileIndex, isLenient: options.isLenient,
          log: &log)
        continue
      }
      log.files[fileIndex].rowsUsed += 1
      let a: Int
      if let existing = index[key] {
        a = existing
        CubeReader.merge(account, into: &accounts[a], account: a, conflicts: &conflicts)
      } else {
        a = accounts.count
        index[key] = a
        accounts.append(account)
      }
      rowsByCells?[cells, default: []].append(rows.count)
      rows.append(
        Row(
          account: a, month: month, day: MonthHeader.date(periodText, order: order.order),
          cents: cents, line: record.line, column: layout.amount + 1, text: amountText,
          export: export, readExport: export, exportLine: record.line, cells: cells, usage: usage,
          oneTime: oneTime))
      if let (label, amount) = labelledOnce {
        labelled.append(
          LineLabels.LabelledOnce(
            row: rows.count - 1, account: a, month: month, label: label, cents: amount))
      }
    }
    try badRows.check(in: file)
    // Rows labelled services repeating one amount four months running or more: retainers,
    // recurring (trial 54, T54-1); the others the customers' one-time revenue.
    let steady = LineLabels.steadyRows(labelled)
    var retainers = LineLabels.OneTimeRows()
    for l in labelled {
      if steady.contains(l.row) {
        rows[l.row].cents = rows[l.row].cents &+ l.cents
        rows[l.row].oneTime = rows[l.row].oneTime &- l.cents
        retainers.add(l.label, cents: l.cents)
      } else {
        oneTimeRows.add(l.label, cents: l.cents)
      }
    }
    // A column of movement labels beside amounts that are changes, not levels: a loss-labelled
    // row with a negative amount, or a churn with an amount (a level after a churn is 0). A
    // negative amount on another row is a credit in a table of levels with a status column
    // (`new`, `active`, `churned` at 0), read as levels are (review 9, F5: it was refused).
    let used = Set(layout.roles.values).union([layout.period, layout.amount])
    for c in header.cells.indices where !used.contains(c) {
      let values = Set(body.lazy.compactMap { c < $0.cells.count ? $0.cells[c] : nil })
      guard let labels = MRRMovements.labels(in: values) else { continue }
      let isChange = body.contains { r in
        guard c < r.cells.count, layout.amount < r.cells.count,
          let v = try? CubeMoney.cents(r.cells[layout.amount], isDecimalComma: isDecimalComma)
        else { return false }
        return (v < 0 && MRRMovements.isLoss(r.cells[c]))
          || (v != 0 && MRRMovements.isChurn(r.cells[c]))
      }
      if isChange {
        throw MRRMovements.refusal(file: file, column: header.cells[c], labels: labels)
      }
    }
    if let note = idsByName.note(file: file) { log.notes.append(note) }
    if let h = layout.headerCurrency,
      let other = currencies.filter({ $0.key != h }).min(by: {
        ($0.value, $0.key) < ($1.value, $1.key)
      })
    {
      throw .headerCurrencyConflict(
        header: header.cells[layout.amount], named: h, cell: other.key, line: other.value,
        amount: currencyColumn == nil ? signed[other.key] : nil, in: file)
    }
    if currencies.count > 1 { throw .mixedCurrencies(currencies, noun: "amounts", in: file) }
    if let note = noValue.note(file: file) { log.notes.append(note) }
    if let finding = overlap.finding(file: file, noun: "row") { log.findings.append(finding) }
    if let line = firstBlankAmount {
      log.findings.append(
        "\(file): \(Counted.phrase(blankAmounts, "row", verb: ("has", "have"))) no amount under "
          + "\(FieldMessages.quoted(header.cells[layout.amount])) (first line \(line)): read as 0, "
          + "a month without revenue; if the figure is missing rather than 0, each such month "
          + "reads as a churn and the MRR is understated (fill in the amounts, or 0 where none)"
          + (firstBesideAnnual.map { f in
            "; \(blankBesideAnnual) of them give\(blankBesideAnnual == 1 ? "s" : "") an amount "
              + "under \(FieldMessages.quoted(header.cells[annualColumn!])) (first line \(f.line): "
              + "\(FieldMessages.quoted(f.text)), ÷ 12 = \(Money.decimalString(cents: f.monthly)) a "
              + "month): if that is the month's recurring revenue, fill it in under "
              + "\(FieldMessages.quoted(header.cells[layout.amount]))"
          } ?? ""))
    }
    guard let first = rows.lazy.map(\.month).min(), let dataLast = rows.lazy.map(\.month).max()
    else {
      // Every row skipped (`--lenient`) is said as the folder loader says it, with the first
      // row's reason (trial 30, T30-13: three bad rows were "no rows of data below its header").
      let bad = log.files[fileIndex].skipped[.badRow, default: 0]
      if bad > 0 {
        let prefix = "bad row: "
        let firstReason = log.skipped.first {
          $0.file == log.files[fileIndex].file && $0.reason.hasPrefix(prefix)
        }.map { String($0.reason.dropFirst(prefix.count)) }
        throw .data(
          "\(file): all \(CountText.grouped(bad)) data rows were skipped; nothing is left to "
            + "analyse" + (firstReason.map { " (first: \($0))" } ?? ""))
      }
      throw .data(
        "\(file):\(header.line): a monthly table (customer \"\(header.cells[customerColumn])\", "
          + "month \"\(header.cells[layout.period])\", amount \"\(header.cells[layout.amount])\") "
          + "with no rows of data below its header")
    }
    // A CRM's won deals by month: a revenue schedule, asking for --as-of (trial 51, T51-60's
    // renamed file: read as of the schedule's last month, 2027-09, headline −80%).
    if options.asOf == nil, first < dataLast,
      let stage = LedgerReader.dealStageColumn(header.cells, body: body),
      TitleAsOf.find(in: table) == nil
    {
      throw LedgerReader.dealScheduleRefusal(
        file: file, stage: header.cells[stage], date: header.cells[layout.period])
    }
    let (last, span) = try CubeReader.months(
      first: first, last: dataLast, asOf: options.asOf, file: file, rows: "months",
      mistyped: "month", customers: accounts.count, options: options)
    // Customers in the order of their ids, not of the rows: a long table's rows come in any
    // order (exports shuffle them), and the figures must not depend on it.
    let sorted = accounts.indices.sorted { accounts[$0].id < accounts[$1].id }
    var position = [Int](repeating: 0, count: accounts.count)
    for (p, a) in sorted.enumerated() { position[a] = p }
    accounts = sorted.map { accounts[$0] }
    for r in rows.indices { rows[r].account = position[rows[r].account] }
    var data = CubeData(
      firstMonth: first, monthCount: span, layout: facts)
    data.accounts = accounts
    data.cells = [Int64](repeating: 0, count: accounts.count * span)
    if layout.usage != nil { data.usage = [Int64](repeating: 0, count: accounts.count * span) }
    if layout.oneTime != nil || oneTimeRows.rows > 0 {
      data.oneTime = [Int64](repeating: 0, count: accounts.count * span)
    }
    data.currency = currencies.keys.first ?? layout.headerCurrency
    let footnote = FootnoteCurrency.settle(
      footnotes: footnotes, cells: currencies, isUSDNamed: dollarSigns.isUSDNamed,
      isNamedElsewhere: currencyColumn != nil || options.currency != nil
        || layout.headerCurrency != nil,
      file: file, notes: &log.notes)
    if let footnote { data.currency = footnote.code }
    if let finding = dollarSigns.finding(
      file: file, currency: data.currency,
      named: layout.headerCurrency ?? options.currency ?? footnote?.code)
    {
      log.findings.append(finding)
    }
    if layout.isAnnual {
      data.annualLabel = AnnualLabel.Label(line: header.line, text: header.cells[layout.amount])
    } else if !layout.isLevel, !AnnualLabel.namesMonthlyRevenue(header.cells[layout.amount]) {
      // A plain amount (`amount`, `revenue`) says nothing of its period: a title above the
      // header, the sheet's name or the file's name saying ARR does, as a cube's. A header
      // naming monthly revenue (`MRR`) wins over the file's name (session 28, t28b lane:
      // `arr-input.csv` with `amount` was read as MRR, silently).
      data.annualLabel = AnnualLabel.Label.first(
        titles: table.records.prefix(layout.headerIndex), header: header, headerColumns: [],
        sheet: table.sheet?.sheet, file: table.sheet?.workbook ?? table.file,
        where: AnnualLabel.isAnnual)
    }
    if layout.isLevel { data.levelHeader = header.cells[layout.amount] }
    data.thousandsLabel = amounts.thousandsLabel
    // Exports appended into one file: a customer-month in a later re-pull (an export repeating
    // earlier rows exactly) is restated there, and its rows replace the earlier exports' (review
    // 9, F10: a month restated by a correction was added to the earlier row, counted twice).
    // Slices (exports repeating nothing: one per product or entity) are added up (review 10, F0).
    //
    // A re-pull restates what its rows state: a customer-month in a table of months, a
    // customer-day in one finer than months (daily revenue rows re-pulled from 31 March on
    // restated the whole of March, its first 30 days lost; review 10, F8).
    if export > 0 { countNewRows(rows, exports: export, into: &evidence) }
    let restates = evidence.restated()
    let isByDay =
      !restates.isEmpty && hasTwoDaysInAMonth(rows, first: first, last: last, span: span)
    let firstDay = CivilDate.firstDay(of: first).daysSinceEpoch
    let unitCount =
      isByDay
      ? Int(CivilDate.firstDay(of: last.adding(months: 1)).daysSinceEpoch - firstDay) : span
    /// The row's period among `unitCount`: its month, or its day.
    func unit(_ row: Row) -> Int {
      guard isByDay else { return row.month.months(since: first) }
      return Int((row.day ?? CivilDate.firstDay(of: row.month)).daysSinceEpoch - firstDay)
    }
    // The re-pulls holding each customer's period, with a line of each.
    var holding = [Int: [(export: Int, line: Int)]]()
    // The last re-pull whose periods (first to last of its rows) hold each period: a
    // customer's period an earlier export has and that re-pull lacks is kept, with a finding
    // (review 10, F7).
    var lastRePullOver = [Int](repeating: -1, count: restates.isEmpty ? 0 : unitCount)
    if !restates.isEmpty {
      var unitsOfExport = [Int: (first: Int, last: Int)]()
      for row in rows where row.month <= last && restates[row.export] != nil {
        let u = unit(row)
        let seen = unitsOfExport[row.export]
        unitsOfExport[row.export] = (min(seen?.first ?? u, u), max(seen?.last ?? u, u))
        let i = row.account * unitCount + u
        if holding[i]?.contains(where: { $0.export == row.export }) == true { continue }
        // The line the row has in this export: a repeat's, for an earlier row it stands for
        // (review 10, F9: the finding cited the earlier export's line).
        holding[i, default: []].append((row.export, row.exportLine))
      }
      for (e, units) in unitsOfExport {
        for u in units.first...units.last { lastRePullOver[u] = max(lastRePullOver[u], e) }
      }
    }
    /// The re-pull restating `row` (holding its customer's period `u`, restating its export).
    func restatement(of row: Row, unit u: Int) -> (export: Int, line: Int)? {
      holding[row.account * unitCount + u]?.first {
        $0.export > row.export && restates[$0.export]!.contains(row.export)
      }
    }
    // Rows finer than a month (daily or weekly snapshots: two dates in one customer-month): a
    // level (MRR, ARR) is the month's last snapshot, the earlier ones left out; a flow (revenue)
    // is added up. With a subscription id column, each subscription's last snapshot of the
    // month, added up: a table of MRR per subscription dated by each one's billing day is no
    // snapshot of the customer (review 13, F8: A's subscription billed on the 5th was left out
    // beside the one billed on the 20th, A −67%).
    let streamColumn =
      layout.isLevel
      ? ChangeLog.subscriptionColumn(
        header: header.cells,
        excluding: Set(layout.roles.values).union([layout.period, layout.amount])
          .union([layout.usage, layout.oneTime].compactMap { $0 })) : nil
    func stream(_ row: Row) -> SnapshotKey {
      let i = row.account * span + row.month.months(since: first)
      guard let c = streamColumn else { return SnapshotKey(cell: i, stream: "") }
      return SnapshotKey(cell: i, stream: c < row.cells.count ? row.cells[c] : "")
    }
    var latest = [SnapshotKey: CivilDate]()
    var daysOfCell = [Int: Set<CivilDate>]()
    var isFinerThanMonths = false
    for row in rows where row.month <= last {
      guard let day = row.day else { continue }
      let i = row.account * span + row.month.months(since: first)
      if restatement(of: row, unit: unit(row)) != nil { continue }
      if daysOfCell[i, default: []].insert(day).inserted && daysOfCell[i]!.count > 1 {
        isFinerThanMonths = true
      }
      let k = stream(row)
      if let seen = latest[k] {
        if day > seen { latest[k] = day }
      } else {
        latest[k] = day
      }
    }
    let takesLastSnapshot = isFinerThanMonths && layout.isLevel
    // Without a subscription column the file may still say the rows are not snapshots: a
    // customer-month on days no other customer has a row that month (a snapshot export shares
    // its dates across customers), not a daily or weekly series. Those are read as snapshots
    // still, and the other reading (each row a subscription, added up) is priced.
    var billingDayCells = [Int]()
    if takesLastSnapshot && streamColumn == nil {
      var accountsOnDay = [CivilDate: Set<Int>]()
      for (i, days) in daysOfCell where days.count > 1 {
        for d in days { accountsOnDay[d, default: []].insert(i / span) }
      }
      for row in rows where row.month <= last {
        guard let day = row.day, accountsOnDay[day] != nil else { continue }
        accountsOnDay[day]!.insert(row.account)
      }
      for (i, days) in daysOfCell where days.count > 1 {
        let sorted = days.sorted()
        let gaps = Set(
          zip(sorted, sorted.dropFirst()).map { $1.daysSinceEpoch - $0.daysSinceEpoch })
        let isSeries = gaps == [1] || gaps == [7]
        if !isSeries && days.contains(where: { accountsOnDay[$0]!.count == 1 }) {
          billingDayCells.append(i)
        }
      }
      billingDayCells.sort()
    }
    var restated = 0
    var restatedLines = Set<Int>()
    var restatedAccounts = Set<Int>()
    var restatedExample: (line: Int, by: Int)?
    var missingFromRePull = 0
    var missingExample: (account: Int, month: Month, line: Int)?
    var earlierSnapshots = 0
    // The as-of month's rows added up, per account, for the other reading of billing-day cells.
    var addedUpAsOf = [Int: Int64]()
    var rowCount = [Int32](repeating: 0, count: accounts.count * span)
    for row in rows {
      // A row's one-time revenue is an amount read too, and goes where its row goes.
      log.tieOut.add(row.cents, to: \.sourceCents)
      log.tieOut.add(row.oneTime, to: \.sourceCents)
      guard row.month <= last else {
        log.tieOut.add(row.cents, to: \.afterAsOfCents)
        log.tieOut.add(row.oneTime, to: \.afterAsOfCents)
        continue
      }
      let m = row.month.months(since: first)
      let i = row.account * span + m
      let u = unit(row)
      if let later = restatement(of: row, unit: u) {
        log.tieOut.add(row.cents, to: \.leftOutCents)
        log.tieOut.add(row.oneTime, to: \.leftOutCents)
        restatedLines.insert(row.line)
        restatedAccounts.insert(row.account)
        restated += 1
        if restatedExample == nil { restatedExample = (row.line, later.line) }
        continue
      }
      if !lastRePullOver.isEmpty, lastRePullOver[u] > row.export,
        restates[lastRePullOver[u]]!.contains(row.export),
        holding[row.account * unitCount + u]?.contains(where: { $0.export == lastRePullOver[u] })
          != true
      {
        missingFromRePull += 1
        if missingExample == nil { missingExample = (row.account, row.month, row.line) }
      }
      if !billingDayCells.isEmpty && m == span - 1 {
        addedUpAsOf[row.account, default: 0] &+= row.cents
      }
      if takesLastSnapshot, let day = row.day, day != latest[stream(row)] {
        log.tieOut.add(row.cents, to: \.leftOutCents)
        log.tieOut.add(row.oneTime, to: \.leftOutCents)
        earlierSnapshots += 1
        continue
      }
      if data.usage != nil {
        let (u, o) = data.usage![i].addingReportingOverflow(row.usage)
        if o { log.tieOut.hasOverflowed = true } else { data.usage![i] = u }
      }
      if data.oneTime != nil {
        let (t, o) = data.oneTime![i].addingReportingOverflow(row.oneTime)
        if o { log.tieOut.hasOverflowed = true } else { data.oneTime![i] = t }
      }
      let (sum, isOverflow) = data.cells[i].addingReportingOverflow(row.cents)
      if isOverflow { log.tieOut.hasOverflowed = true } else { data.cells[i] = sum }
      rowCount[i] += 1
      if row.cents < 0 {
        data.negatives.append(
          CubeData.Negative(
            account: row.account, month: m, line: row.line, column: row.column, text: row.text,
            cents: row.cents))
      }
    }
    // A restated customer's facts (segment, terms, dates) are its kept rows', as its amounts
    // are (review 11, F3: the restated row's segment was kept).
    if !restatedLines.isEmpty {
      var kept = [Int: [(line: Int, cells: [String])]]()
      // Any row left out, not only a customer's first: a later restated row may have given a
      // fact the first row left blank (review 12, F10).
      for a in restatedAccounts { kept[a] = [] }
      for row in rows where kept[row.account] != nil && !restatedLines.contains(row.line) {
        kept[row.account]!.append((row.line, row.cells))
      }
      CubeReader.refreshFacts(
        kept, layout: facts, header: header.cells, amountCells: amountCells,
        accounts: &data.accounts, file: file, conflicts: &conflicts)
    }
    log.findings += conflicts.map(\.finding)
    // A plan change log: each row a level from its event until the key's next row (``ChangeLog``).
    var isChangeLog = false
    if layout.isLevel && options.values != .billings {
      let used = Set(layout.roles.values).union([layout.period, layout.amount])
        .union([layout.usage, layout.oneTime].compactMap { $0 })
      // Without an event column the rows may still be a log of changes, unlabelled
      // (``ChangeLog/unlabelledReading(_:accounts:span:)``), but not rows finer than months.
      let eventColumn = ChangeLog.eventColumn(header: header.cells, body: body, excluding: used)
      if eventColumn != nil || !takesLastSnapshot {
        let subscription = ChangeLog.subscriptionColumn(
          header: header.cells, excluding: used.union(eventColumn.map { [$0] } ?? []))
        var keys = [[String]: Int]()
        var events = [ChangeLog.Event]()
        for row in rows where row.month <= last && !restatedLines.contains(row.line) {
          func cell(_ c: Int) -> String { c < row.cells.count ? row.cells[c] : "" }
          let keyCells = [String(row.account)] + (subscription.map { [cell($0)] } ?? [])
          let key = keys[keyCells] ?? keys.count
          keys[keyCells] = key
          events.append(
            ChangeLog.Event(
              key: key, account: row.account, month: row.month.months(since: first), day: row.day,
              line: row.line, cents: row.cents,
              kind: eventColumn.map { ChangeLog.kind(cell($0)) } ?? .unlabelled))
        }
        let reading =
          eventColumn != nil
          ? ChangeLog.reading(events, accounts: data.accounts.count, span: span)
          : ChangeLog.unlabelledReading(events, accounts: data.accounts.count, span: span)
        if let reading {
          isChangeLog = true
          readChangeLog(
            reading, into: &data, file: file, header: header.cells, layout: layout,
            eventColumn: eventColumn, subscription: subscription, log: &log)
        }
      }
    }
    // Level snapshots at evenly spaced months (quarter ends): carried to the next one.
    if !isChangeLog, layout.isLevel, options.values != .billings,
      MonthlyTableLayout.snapshotNames.contains(MonthlyTableLayout.key(header.cells[layout.period]))
    {
      let months = Set(rows.lazy.filter { $0.month <= last }.map { $0.month.months(since: first) })
      if let carried = SnapshotLevels.carry(
        &data.cells, span: span, snapshotMonths: months.sorted())
      {
        log.tieOut.add(carried.added, to: \.sourceCents)
        log.notes.append(
          SnapshotLevels.note(
            carried, file: file, period: header.cells[layout.period],
            amount: header.cells[layout.amount], first: first))
      }
    }
    if takesLastSnapshot, let c = streamColumn {
      log.notes.append(
        "\(file): rows finer than months (a customer on two or more dates of one month): "
          + "\"\(header.cells[layout.amount])\" is a level, so each month's MRR is the sum of "
          + "each \(FieldMessages.quoted(header.cells[c]))'s last row in the month; "
          + "\(earlierSnapshots) earlier snapshot\(earlierSnapshots == 1 ? "" : "s") left out "
          + "(counted in the tie-out)")
    } else if takesLastSnapshot {
      log.notes.append(
        "\(file): rows finer than months (a customer on two or more dates of one month): "
          + "\"\(header.cells[layout.amount])\" is a level, so each month's MRR is its last "
          + "snapshot; \(earlierSnapshots) earlier snapshot\(earlierSnapshots == 1 ? "" : "s") "
          + "left out (counted in the tie-out)")
      if let i = billingDayCells.first, !isChangeLog {
        let a = i / span
        let asOfCells = billingDayCells.filter { $0 % span == span - 1 }.map { $0 / span }
        var chosen: Int64 = 0
        var other: Int64 = 0
        for a in asOfCells {
          let kept = data.cells[a * span + span - 1]
          let added = addedUpAsOf[a] ?? kept
          chosen &+= kept
          other &+= added
          data.alternativeAsOf.append((a, added))
        }
        let money = options.currency ?? data.currency ?? log.currency
        log.findings.append(
          "\(file): \(Counted.phrase(billingDayCells.count, "customer-month", verb: ("is", "are"))) "
            + "on days no other customer has a row that month (first \"\(accounts[a].id)\" in "
            + "\(first.adding(months: i % span))), with no subscription id column to say whether "
            + "the rows are snapshots of one level or subscriptions billed on their own days: "
            + "read as snapshots, each month's last row"
            + (asOfCells.isEmpty
              ? "; none is in the as-of month, so the headline does not depend on it"
              : "; added up as subscriptions, the as-of month's \(CountText.grouped(asOfCells.count)) such "
                + "customer\(asOfCells.count == 1 ? "" : "s") would add up to "
                + "\(Money.text(cents: other, currency: money)) instead of "
                + "\(Money.text(cents: chosen, currency: money)) of "
                + "\(FieldMessages.quoted(header.cells[layout.amount])) (priced in ambiguous_arr)"))
      }
    } else if isFinerThanMonths {
      log.notes.append(
        "\(file): rows finer than months (a customer on two or more dates of one month): "
          + "\"\(header.cells[layout.amount])\" is read as revenue over the period, so a "
          + "month's rows are added up")
    }
    if let e = restatedExample {
      log.findings.append(
        "\(file): \(restated) row\(restated == 1 ? "" : "s") of an earlier export "
          + "\(restated == 1 ? "is" : "are") restated by a later one below a repeated header "
          + "(line \(e.line) by line \(e.by)): each customer-\(isByDay ? "day" : "month") is read "
          + "from the last export that has it, the earlier rows left out (counted in the tie-out)")
    }
    if let e = missingExample {
      log.findings.append(
        "\(file): \(missingFromRePull) row\(missingFromRePull == 1 ? "" : "s") of an earlier "
          + "export \(missingFromRePull == 1 ? "is" : "are") in months a later re-pull covers "
          + "but \(missingFromRePull == 1 ? "has" : "have") no row of that customer and month "
          + "there (first \"\(accounts[e.account].id)\" in \(e.month), line \(e.line)): kept "
          + "from the earlier export; if the later pull is the truth (a voided invoice, a "
          + "customer removed), that revenue is not")
    }
    // A change log's month with two rows takes the later one (its level then), not their sum.
    let summed =
      isFinerThanMonths || isChangeLog ? [] : rowCount.indices.filter { rowCount[$0] > 1 }
    if let firstSummed = summed.first {
      let name = accounts[firstSummed / span].id
      let month = first.adding(months: firstSummed % span)
      var read = Set(layout.roles.values).union([layout.period, layout.amount])
      read.formUnion([layout.usage, layout.oneTime, currencyColumn].compactMap { $0 })
      let joined = JoinDuplicates.find(
        rows.lazy.filter { $0.month <= last && !restatedLines.contains($0.line) }.map {
          JoinDuplicates.Row(
            cell: $0.account * span + $0.month.months(since: first), cents: $0.cents,
            usage: $0.usage, oneTime: $0.oneTime, cells: $0.cells)
        }, summed: Set(summed), read: read, header: header.cells)
      // The other reading of a join's duplicates in the as-of month: each counted once.
      var asOf: (read: Int64, once: Int64, customers: Int) = (0, 0, 0)
      for (i, once) in joined.once.sorted(by: { $0.key < $1.key }) where i % span == span - 1 {
        asOf.read &+= data.cells[i]
        asOf.once &+= once
        asOf.customers += 1
        data.alternativeAsOf.append((i / span, once))
      }
      let money = options.currency ?? data.currency ?? log.currency
      log.findings.append(
        "\(file): \(CountText.grouped(summed.count)) customer-month\(summed.count == 1 ? " is" : "s are") on "
          + "several rows (one per plan or product?), added up: first \"\(name)\" in \(month), "
          + "\(rowCount[firstSummed]) rows"
          + JoinDuplicates.words(
            joined, of: summed.count, header: header.cells, asOf: asOf,
            amount: header.cells[layout.amount], currency: money))
    }
    if let lc = labelColumn {
      if let note = metricRows.note(file: file, column: lc) { log.notes.append(note) }
      if let note = oneTimeRows.note(
        file: file, column: lc, currency: options.currency ?? log.currency)
      {
        log.notes.append(note)
      }
      if let note = LineLabels.retainerNote(
        file: file, column: lc, labels: retainers.labels, rows: retainers.rows,
        cents: retainers.cents, currency: options.currency ?? log.currency)
      {
        log.notes.append(note)
      }
    }
    if let note = offCent.finding(file: file) { log.notes.append(note) }
    checkTotals(
      totals, data: data, file: file, currency: options.currency ?? data.currency ?? log.currency,
      log: &log)
    return data
  }
}
