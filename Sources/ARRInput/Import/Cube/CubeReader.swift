import ARRCore

/// Reads a customer cube (`docs/import.md`, "Customer cube"): finds the header row, skips and
/// reports title lines, blank rows, totals rows (checked against the column sums) and footnotes,
/// reads metadata columns and money cells, and sums rows of the same customer.
enum CubeReader {
  /// Reads `table`, file `fileIndex` of `log.files`.
  /// - Returns: The summed cells, or `nil` when the table is not a cube.
  /// - Throws: `ARRQualityError` `.invalidData` with every problem (file:line:column), or for a
  ///   header the row cannot read; `.invalidArgument` for an as-of month outside the months.
  /// - Parameter isSchedule: Whether the table is a revenue-recognition schedule
  ///   (``RecognitionSchedule``): its rows are invoices, so a customer on several of them is
  ///   summed with a note, not a finding.
  /// - Parameter isOnlyFile: Whether the table is the only file given: a header of one month
  ///   beside a customer column is then a cube of one month (``CubeLayout/isShortHeader(_:allowsOneMonth:)``).
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog,
    isSchedule: Bool = false, isOnlyFile: Bool = false
  ) throws(ARRQualityError) -> CubeData? {
    guard
      var layout = try CubeLayout.find(
        in: table, dateOrder: options.dateOrder, allowsOneMonth: isOnlyFile)
    else {
      return nil
    }
    let file = table.file
    // Where this file's skipped lines begin in the log (one-time rows left out are listed after
    // the rows are read, then put back in line order).
    let skippedBefore = log.skipped.count
    try DuplicateRoleColumns.check(
      table.records[layout.headerIndex].cells,
      read: layout.roles.map { (DuplicateRoleColumns.words($0.key), $0.value) }, file: file,
      line: table.records[layout.headerIndex].line)
    let summaryLabel = summaryLabel(layout, header: table.records[layout.headerIndex].cells)
    if layout.roles[.id] == nil && layout.roles[.name] == nil {
      let header = table.records[layout.headerIndex].cells
      let monthColumns = Set(layout.months.map(\.column))
      guard let c = header.indices.first(where: { !monthColumns.contains($0) }) else {
        throw .data(
          "\(file):\(table.records[layout.headerIndex].line): no customer column (expected a "
            + "column headed id, customer, account, client, company or name beside the months)")
      }
      layout.roles[.name] = c
      layout.ignored.removeAll { $0 == header[c] }
    }
    if let note = cutPlanMonths(table, layout: &layout, file: file) { log.notes.append(note) }
    if let note = cutHiddenPlanMonths(table, layout: &layout, asOf: options.asOf, file: file) {
      log.notes.append(note)
    }
    let first = layout.months[0].month
    let last = try lastMonth(
      first: first, last: layout.months[layout.months.count - 1].month, asOf: options.asOf,
      file: file)
    // The analysis's month × month tables are capped as a folder's are (50 years): a cube of
    // 20,000 month columns read in a blink and then ran for minutes.
    let span = last.months(since: first) + 1
    if span > CompanyLoader.maximumMonths {
      throw .data(
        "\(file):\(table.records[layout.headerIndex].line): month columns run from \(first) to "
          + "\(last), \(span) months (expected at most \(CountText.grouped(CompanyLoader.maximumMonths)), 50 years: "
          + "cut the older columns)")
    }
    // The months kept, and their positions among the month columns (``PlainMonthCells``'
    // slots).
    let keptSlots = layout.months.indices.filter { layout.months[$0].month <= last }
    let kept = keptSlots.map { layout.months[$0] }
    var data = CubeData(
      firstMonth: first, monthCount: last.months(since: first) + 1, layout: layout)
    data.summaryLabel = summaryLabel
    log.files[fileIndex].headerLine = table.records[layout.headerIndex].line
    log.files[fileIndex].ignoredColumns = layout.ignored
    let header = table.records[layout.headerIndex].cells
    log.files[fileIndex].recognisedColumns = CubeLayout.Role.allCases.compactMap { r in
      layout.roles[r].map { "\(r.rawValue): \(header[$0])" }
    }
    if let reason = layout.dateOrderReason { log.notes.append("\(file): \(reason)") }
    data.annualLabel = AnnualLabel.find(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      monthColumns: Set(layout.months.map(\.column)), sheet: table.sheet?.sheet,
      file: table.sheet?.workbook ?? table.file)
    data.mrrLabel = AnnualLabel.Label.first(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      headerColumns: table.records[layout.headerIndex].cells.firstIndex { !$0.isEmpty }.map {
        [$0]
      } ?? [],
      sheet: table.sheet?.sheet, file: table.sheet?.workbook ?? table.file
    ) { AnnualLabel.namesMonthlyRevenue($0) && !AnnualLabel.isAnnual($0) }
    data.cumulativeLabel = CumulativeLabel.find(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      sheet: table.sheet?.sheet, file: table.sheet?.workbook ?? table.file)
    data.bookingsLabel = BookingsLabel.find(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      sheet: table.sheet?.sheet, file: table.sheet?.workbook ?? table.file)
    if isSchedule, let label = data.bookingsLabel,
      let note = scheduleForecastNote(label, table: table, layout: layout, file: file)
    {
      data.bookingsLabel = nil
      log.notes.append(note)
    }
    data.salesLabel = SalesLabel.find(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      sheet: table.sheet?.sheet, file: table.sheet == nil ? table.file : nil)
    data.thousandsLabel = ThousandsLabel.find(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      monthColumns: Set(layout.months.map(\.column)), sheet: table.sheet?.sheet,
      file: table.sheet?.workbook ?? table.file)
    if data.thousandsLabel == nil {
      // A number format naming thousands is such a label too (trial 41, T41-3).
      data.thousandsLabel = try ThousandsLabel.formatLabel(
        table.sheet, columns: layout.months.map(\.column), file: file, notes: &log.notes)
    }
    for r in table.records.prefix(layout.headerIndex) {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: r.line, kind: .title, reason: snippet(r.cells))
    }
    for line in table.blankLines where line > table.records[layout.headerIndex].line {
      log.files[fileIndex].blankLines += 1
    }
    // Lines cut short: their missing months read as no revenue, said (trial 48, T48-12).
    // Only rows whose missing months come after their last one: in a cube written newest
    // first, a row ending early misses its earliest months, before its customer began (review
    // 50, R50-29: two late starts were said to invent churn).
    let short = table.shortRows(
      headerIndex: layout.headerIndex, monthColumns: layout.months.map(\.column)
    ).filter { row in
      let missing = layout.months.filter { $0.column >= row.fields }.map(\.month)
      let written = layout.months.filter { $0.column < row.fields }.map(\.month)
      guard let lastMissing = missing.max(), let lastWritten = written.max() else { return true }
      return lastMissing > lastWritten
    }
    if let first = short.first {
      let width = table.records[layout.headerIndex].cells.count
      log.findings.append(
        "\(file): \(Counted.phrase(short.count, "row", verb: ("ends", "end"))) before the "
          + "header's last column (line \(first.line): \(first.fields) of \(width) fields"
          + (short.count > 1
            ? "; lines "
              + short.dropFirst().prefix(3).map { String($0.line) }
              .joined(separator: ", ") + (short.count > 4 ? ", …" : "") : "")
          + "): the months past a row's end are read as no revenue, so if a line was cut "
          + "short the customer's churn is invented; spreadsheets and exporters write every "
          + "column (empty ones as ,,), so check the export")
    }
    var table = table
    try table.dropValuesPastHeader(
      headerIndex: layout.headerIndex, fileIndex: fileIndex, isLenient: options.isLenient, log: &log
    )
    // A customer merged down its rows is its value on each (trial 41, T41-19).
    let merged = table.fillMergedLabels(
      columns: [layout.roles[.id], layout.roles[.name]].compactMap { $0 },
      headerIndex: layout.headerIndex)
    if let merged { log.notes.append(merged.note) }
    var body = Array(table.records[(layout.headerIndex + 1)...])
    try refuseSecondHeader(
      body, layout: layout, headerLine: table.records[layout.headerIndex].line, file: file)
    readSerialDates(
      &body, roles: layout.roles, header: header, file: file, notes: &log.notes)
    layout.dateOrder = try factDateOrder(
      body, roles: layout.roles, header: table.records[layout.headerIndex].cells, file: file,
      given: layout.dateOrder, notes: &log.notes)
    // Each month cell read once; the rules below ask it first (``PlainMonthCells``).
    let plain = PlainMonthCells(body, columns: layout.months.map(\.column))
    let isDecimalComma = try decimalMark(
      body, columns: layout.months.map(\.column), file: file, options: options, log: &log,
      plain: plain)
    // A cube's header is months: only `--amounts` says its cells are cents.
    let amountCells = AmountCells(
      file: file, header: nil, isMinorByHeader: false, options: options,
      isDecimalComma: isDecimalComma, currency: options.currency, notes: &log.notes)
    dropUnreadFacts(
      &layout.roles, ignored: &layout.ignored, rows: body,
      header: table.records[layout.headerIndex].cells, file: file, dateOrder: layout.dateOrder,
      amounts: amountCells, notes: &log.notes)
    readTypeColumn(
      &layout, rows: body, header: table.records[layout.headerIndex].cells, file: file,
      notes: &log.notes)
    let currencyColumn = currencyColumn(
      header: header, body: body, layout: &layout, file: file, notes: &log.notes)
    // A currency the title names is the cells' when nothing nearer names one: not over a
    // currency column (each row's own) nor over `--currency` (session 22, lead; trial 21, M3).
    let titleCurrency =
      currencyColumn == nil && options.currency == nil
      ? TitleCurrency.find(titles: table.records.prefix(layout.headerIndex))
        ?? TitleCurrency.named(
          sheet: table.sheet?.sheet, file: table.sheet == nil ? table.file : nil,
          line: table.records[layout.headerIndex].line) : nil
    // A column saying what each row holds (a revenue type, a metric): rows of revenue billed
    // once or of another metric than MRR are left out (``LineLabels``; trial 41, T41-1: a
    // `Revenue type` column's services fees were summed into MRR; T41-2: a `Metric` column's
    // ARR and API-call rows were summed with the MRR rows).
    let labelColumn = try LineLabels.find(
      body, header: header,
      taken: Set(layout.months.map(\.column)).union(layout.roles.values)
        .union(currencyColumn.map { [$0] } ?? []),
      headerLine: table.records[layout.headerIndex].line, file: file)
    if let lc = labelColumn { layout.ignored.removeAll { $0 == lc.header } }
    var metricRows = LineLabels.MetricRows()
    data.layout = layout
    log.files[fileIndex].ignoredColumns = layout.ignored
    log.files[fileIndex].recognisedColumns =
      CubeLayout.Role.allCases.compactMap { r in
        layout.roles[r].map { "\(r.rawValue): \(header[$0])" }
      } + (currencyColumn.map { ["currency: \(header[$0])"] } ?? [])
      + (labelColumn.map { ["line label: \($0.header)"] } ?? [])
    // Rows: data, totals, footnotes. A footnote (or label row) has no amount and at most one
    // non-empty cell; a totals row names a total in its first non-empty text cell.
    var badRows = BadRows()
    var noValue = NoValueCells()
    // Term cells repeat a few words on every row: each read once.
    var terms = TermReadings()
    var index = [String: Int]()
    var conflicts = [FactConflict]()
    var rowLines = [[Int]]()
    // Rows whose id Excel rounded, keyed by their name (R50-35).
    var roundedIDLines = [Int]()
    // Rows that are no customer (``NonCustomerRows``), and their cells by month column.
    var leftOut = NonCustomerRows.LeftOut()
    var leftOutByMonth = [Int64](repeating: 0, count: layout.months.count)
    // Rows of revenue billed once, carried after the rows are read (T44-12).
    var oneTimeRows = [OneTimeRow]()
    var retainerRows = LineLabels.OneTimeRows()
    // A customer per row at most: grown by doubling, a 100k-customer cube's cells took 27 MB
    // for 19 (twelfth session).
    data.cells.reserveCapacity(body.count * data.monthCount)
    var totals = [(line: Int, cells: [Int64], blank: Set<Int>)]()
    // Amount cells rounded to the cent (H35-9).
    var offCent = OffCentCells()
    // Each currency seen in the cells, with the line it first appears on.
    var currencies = [String: Int]()
    var dollarSigns = CurrencySigns()
    // Footnote lines, read for the currency they name after the rows (``FootnoteCurrency``).
    var footnotes = [ImportTable.Record]()
    let monthColumns = Set(layout.months.map(\.column))
    // The customer and line of a last row equal to the sum of the rows above (``CubeTotals``).
    var suspect: (customer: String, line: Int)?
    let (totalRows, summaryRows, unlabeledTotal, suspectTotal, sumTotal) = CubeTotals.rows(
      body, monthColumns: layout.months.map(\.column), header: header,
      amount: { row, slot, text in
        plain.hundredths(row: row, slot: slot, amounts: amountCells)
          ?? amountCells.hundredthsIfAny(text)
      })
    if data.annualLabel == nil, let lastColumn = kept.last?.column {
      data.annualLabel = AnnualLabel.column(
        header: table.records[layout.headerIndex], monthColumns: monthColumns,
        rows: body.indices.filter { !totalRows.contains($0) && !summaryRows.contains($0) }.map {
          body[$0]
        }, lastMonth: lastColumn, amount: { amountCells.hundredthsIfAny($0) })
    }
    let groups = CubeGroups.find(
      body.count,
      label: { i in
        body[i].cells.indices.first { !monthColumns.contains($0) && !body[i].cells[$0].isEmpty }
          .map { body[i].cells[$0] }
      },
      isAlone: { i in body[i].cells.filter { !$0.isEmpty }.count == 1 },
      isTotals: { totalRows.contains($0) },
      // A title naming the groups a cut of the customers (`Kunden nach Branche`; tr13).
      cut: CutTitle.find(cubeTitles(table, layout: layout)))
    let pivot = findPivot(
      body, header: header, layout: layout, groups: groups, totalRows: totalRows,
      summaryRows: summaryRows, amountCells: amountCells)
    // Month sums of the rows of each open group, for its subtotal.
    var groupSums = [Int: [Int64]]()
    // Exports concatenated into one file (as in a ledger): rows of the exports above the last
    // repeated header, rows of the current one, and the repeats skipped.
    var overlap = ExportOverlap(rows: body, header: header)
    var exports = CubeExports(rows: body.count)
    // A row of a customer group is compared with its customer: product rows of two customers
    // may read the same.
    func rowKey(_ r: Int) -> [String] {
      groups.customer[r].map { body[r].cells + [$0] } ?? body[r].cells
    }
    var groupedRows = 0
    // The kept months some row writes a cell in (``CubeData/writtenMonths``).
    var isWritten = [Bool](repeating: false, count: kept.count)
    var subtotalFindings = [String]()
    // A row without an id takes its name's only id (``IDsByName``; review 13, F38).
    var idsByName = IDsByName(rows: body, id: layout.roles[.id], name: layout.roles[.name])
    let roleColumns = RoleColumns(layout.roles)
    // Each customer by its name's key, for rows named after one with revenue billed once
    // (T51-57).
    let namedCustomers = customersByKey(body, layout: layout)
    // Each named row's cents over the months, for a test copy's size (review 55, R55-8).
    var totalsByKey = [String: Int64]()
    if let n = layout.roles[.name] {
      for r in body where !r.cell(n).isEmpty {
        let sum = layout.months.reduce(Int64(0)) {
          $0 &+ (amountCells.hundredthsIfAny(r.cell($1.column)) ?? 0)
        }
        totalsByKey[NonCustomerRows.key(r.cell(n)), default: 0] &+= sum
      }
    }
    for (rowIndex, record) in body.enumerated() {
      log.files[fileIndex].rowsRead += 1
      let cells = record.cells
      if let g = groups.byHeader[rowIndex] {
        groupSums[g] = [Int64](repeating: 0, count: kept.count)
        log.skip(
          file: fileIndex, line: record.line,
          kind: groups.isProducts ? .customerHeader : .sectionHeader,
          reason: groups.groups[g].name)
        continue
      }
      if let g = groups.byTotal[rowIndex] {
        let sums = groupSums.removeValue(forKey: g) ?? []
        var differing = [(month: Month, says: Int64, rows: Int64)]()
        for (k, m) in kept.enumerated() where k < sums.count {
          let text = m.column < cells.count ? cells[m.column] : ""
          let v = amountCells.hundredthsIfAny(text) ?? 0
          if v != sums[k] { differing.append((m.month, v, sums[k])) }
        }
        if let d = differing.first {
          let currency = options.currency ?? currencies.keys.first ?? log.currency
          func money(_ c: Int64) -> String { Money.text(cents: c, currency: currency) }
          subtotalFindings.append(
            "\(file): the subtotal for \(groups.groups[g].name) (line \(record.line)) says "
              + "\(money(d.says)) in \(d.month); its rows sum to \(money(d.rows)) "
              + "(\(money(d.says &- d.rows)))"
              + (differing.count > 1
                ? "; \(CountText.grouped(differing.count - 1)) other months differ too" : ""))
        }
        log.skip(
          file: fileIndex, line: record.line, kind: .subtotal,
          reason: "\"\(snippet(cells))\", excluded and checked")
        continue
      }
      if pivot.subtotals.contains(rowIndex) {
        log.skip(
          file: fileIndex, line: record.line, kind: .subtotal,
          reason: "\"\(snippet(cells))\", its group's subtotal on the group's top row, excluded")
        continue
      }
      if ImportTable.repeatsHeader(cells, header) {
        // From here on a row equal to one of an earlier export is their overlap.
        overlap.skipHeader(atLine: record.line, file: fileIndex, log: &log)
        exports.startExport(at: rowIndex, key: rowKey)
        continue
      }
      let key = rowKey(rowIndex)
      if overlap.skipsRepeat(key, line: record.line, file: fileIndex, log: &log) {
        exports.repeats(key: key, line: record.line)
        // A repeated row is its export's too: the open groups' subtotals count it (review 11,
        // F4: every subtotal of a re-pulled grouped cube was "wrong").
        if !groupSums.isEmpty {
          for (k, m) in kept.enumerated() {
            let v = amountCells.hundredthsIfAny(m.column < cells.count ? cells[m.column] : "") ?? 0
            for g in groupSums.keys { groupSums[g]![k] = groupSums[g]![k] &+ v }
          }
        }
        continue
      }
      func cell(_ c: Int) -> String { c < cells.count ? cells[c] : "" }
      let hasAmount = plain.hasCell(row: rowIndex)
      if summaryRows.contains(rowIndex) {
        log.skip(
          file: fileIndex, line: record.line, kind: .totals,
          reason: "\"\(snippet(cells))\", a summary row below the totals row, excluded")
        continue
      }
      if totalRows.contains(rowIndex) {
        if rowIndex == sumTotal,
          let label = record.cells.indices.first(where: {
            !monthColumns.contains($0) && !record.cells[$0].isEmpty
          })
        {
          let isFirst = body.indices.prefix(rowIndex).allSatisfy { !plain.hasCell(row: $0) }
          log.notes.append(
            "\(file): line \(record.line) (\(FieldMessages.quoted(record.cells[label]))), the "
              + (isFirst
                ? "first row, equals the sum of the rows below"
                : "last row, equals the sum of the rows above")
              + " it (within a cent a row) in every month: read as "
              + "their totals row, though its label names no total in the words read; if it is "
              + "a customer, ARR is higher by its amounts (give it a company's name or its id)")
        }
        if data.totalsRowMonths == nil {
          var blank = Set<Int>()
          var filled = Set<Int>()
          var zero = Set<Int>()
          for m in layout.months where m.month >= first {
            let k = m.month.months(since: first)
            if isBlank(cell(m.column)) { blank.insert(k) } else { filled.insert(k) }
            if !isBlank(cell(m.column)), amountCells.hundredthsIfAny(cell(m.column)) == 0 {
              zero.insert(k)
            }
          }
          data.totalsRowMonths = (blank, filled, zero)
        }
        var sums = [Int64]()
        var blank = Set<Int>()
        var ok = true
        for (k, m) in layout.months.enumerated() {
          let v = amountCells.hundredthsIfAny(cell(m.column))
          if v == nil { ok = false }
          if isBlank(cell(m.column)) { blank.insert(k) }
          sums.append(v ?? 0)
        }
        // Formulas without a saved value leave cells blank: nothing to check (H35-10).
        let isUnsaved = table.sheet?.uncheckedTotals.contains(record.line) == true
        if ok && !isUnsaved { totals.append((record.line, sums, blank)) }
        log.skip(
          file: fileIndex, line: record.line, kind: .totals,
          reason: isUnsaved
            ? "\"\(snippet(cells))\", excluded (formulas without saved values, not checked)"
            : ok
              ? "\"\(snippet(cells))\", excluded and checked"
              : "\"\(snippet(cells))\", excluded (cells not all amounts, not checked)")
        continue
      }
      if !hasAmount && cells.filter({ !$0.isEmpty }).count <= 1 {
        log.skip(file: fileIndex, line: record.line, kind: .footnote, reason: snippet(cells))
        footnotes.append(record)
        continue
      }
      var rowProblems = [InputProblem]()
      let idText = layout.roles[.id].map(cell) ?? ""
      let nameText = layout.roles[.name].map(cell) ?? ""
      // A row left out of every account (no customer, or a customer's one-time revenue): its
      // cells by month for the totals check, named in the note with its total over the months
      // read and its cell in the last.
      func leaveOut(_ label: String, _ kind: NonCustomerRows.Kind) {
        var sum: Int64 = 0
        var lastCents: Int64 = 0
        for (k, m) in layout.months.enumerated() {
          let v = amountCells.hundredthsIfAny(cell(m.column)) ?? 0
          leftOutByMonth[k] = leftOutByMonth[k] &+ v
          if m.month <= last { sum = sum &+ v }
          if m.month == last { lastCents = v }
        }
        leftOut.rows.append((label, record.line, kind, sum, lastCents))
      }
      // A row naming a kind of revenue or an adjustment is no customer (trial 21, O1).
      // So is another row's customer's test copy (`Test Acme`; review 53, R53-18).
      if groups.customer[rowIndex] == nil || !groups.isProducts,
        let kind = NonCustomerRows.kind(nameText.isEmpty ? idText : nameText)
          ?? (NonCustomerRows.isTestCopy(nameText, of: namedCustomers, totals: totalsByKey)
            ? .notToCount : nil)
      {
        leaveOut(nameText.isEmpty ? idText : nameText, kind)
        log.skip(
          file: fileIndex, line: record.line, kind: .notACustomer,
          reason: "\"\(snippet(cells))\", \(kind.rawValue)")
        continue
      }
      // Rows of a group: products of its customer, or customers of a section (a segment). A
      // row's customer is its group's, else its id, else the id its name has on other rows,
      // else its name; asked once per row, by a row of revenue billed once or of MRR.
      let group = groups.isProducts ? groups.customer[rowIndex] : nil
      func customerKey() -> String {
        if group == nil, idText.isEmpty,
          let id = idsByName.id(forName: nameText, line: record.line)
        {
          return id
        }
        // An id Excel rounded (`1.23457E+14`) beside a name: the name tells the customers
        // apart (review 50, R50-35: such a cube was refused though its names were there).
        let isRoundedBesideName = !nameText.isEmpty && ScientificIDs.isRounded(idText)
        return group ?? (idText.isEmpty || isRoundedBesideName ? nameText : idText)
      }
      // A customer's row labelled revenue billed once, or another metric than MRR; or a row
      // of a section whose heading names revenue billed once (T50-36).
      var labelled = labelColumn.flatMap { lc in
        LineLabels.leftOut(cell(lc.index), in: lc).map { (cell(lc.index), $0) }
      }
      // A services row of one amount four months running or more: a retainer, recurring, as
      // a monthly table's (trial 54, T54-1).
      if let (label, what) = labelled, what == .oneTime, LineLabels.mayRecur(label) {
        let months = layout.months.map { amountCells.hundredthsIfAny(cell($0.column)) ?? 0 }
        if isSteady(months) {
          labelled = nil
          retainerRows.add(label, cents: months.reduce(0) { Money.saturatingSum($0, $1) })
        }
      }
      let typed = groups.kind[rowIndex].flatMap { $0.kind == .oneTime ? $0.heading : nil }
      // A row named after another row's customer and revenue billed once (T51-57).
      // Not a row of the same amount four months running or more, naming no project: a
      // retainer, recurring (review 52b, R52b-3: `Deloitte - Consulting` at 3,000 every month;
      // review 53, R53-1).
      let suffixed =
        labelled == nil && typed == nil && groups.customer[rowIndex] == nil
          && !isSteady(
            layout.months.map { amountCells.hundredthsIfAny(cell($0.column)) ?? 0 },
            name: nameText)
        ? serviceSuffix(nameText, customers: namedCustomers) : nil
      if let (label, what) = labelled ?? typed.map({ ($0, LineLabels.LeftOut.oneTime) })
        ?? suffixed.map({ ($0.label, LineLabels.LeftOut.oneTime) })
      {
        if what == .otherMetric {
          metricRows.add(label)
          log.skip(
            file: fileIndex, line: record.line, kind: .otherMetric,
            reason: "\"\(snippet(cells))\", \(label), not MRR")
          continue
        }
        // Revenue billed once: its customer's one-time revenue, carried once the accounts and
        // the currency are known (`CubeReader+OneTimeRows.swift`). Its cells count in the
        // totals check as the rows left out of MRR do, and in its groups' subtotals.
        for (k, m) in layout.months.enumerated() {
          let v = amountCells.hundredthsIfAny(cell(m.column)) ?? 0
          leftOutByMonth[k] = leftOutByMonth[k] &+ v
        }
        for (k, m) in kept.enumerated() {
          let v = amountCells.hundredthsIfAny(cell(m.column)) ?? 0
          for g in groupSums.keys { groupSums[g]![k] = groupSums[g]![k] &+ v }
        }
        oneTimeRows.append(
          oneTimeRow(
            cells,
            customer: suffixed.map { $0.customer.id.isEmpty ? $0.customer.name : $0.customer.id }
              ?? customerKey(),
            customerName: suffixed?.customer.name ?? group ?? (nameText.isEmpty ? nil : nameText),
            name: suffixed.map { "\($0.customer.name): \(label)" }
              ?? "\(nameText.isEmpty ? idText : nameText): \(label)", label: label,
            line: record.line, layout: layout, currencyColumn: currencyColumn,
            amountCells: amountCells))
        continue
      }
      let section = groups.isProducts ? nil : groups.section[rowIndex] ?? pivot.group[rowIndex]
      let customer = customerKey()
      if rowIndex == suspectTotal { suspect = (customer, record.line) }
      if group == nil, !nameText.isEmpty, ScientificIDs.isRounded(idText) {
        roundedIDLines.append(record.line)
      }
      if customer.isEmpty {
        rowProblems.append(
          InputProblem(
            file: file, line: record.line,
            column: (layout.roles[.id] ?? layout.roles[.name]!) + 1,
            message: "no customer id or name (expected a value in this column)"
              + (rowIndex == unlabeledTotal
                ? "; the last row, with no label and amounts near the column sums, looks like an "
                  + "unlabeled totals row that does not equal them: label it Total (it is then "
                  + "checked against the sums) or delete it" : "")))
      }
      // The row's currency cell names the currency of its amounts (their digits, and the
      // company's currency); a row of amounts in another currency than an earlier row's
      // refuses the file below, as amounts' own signs do.
      let named =
        currencyColumn.flatMap { c in
          rowCurrency(cell(c), column: c, line: record.line, file: file, problems: &rowProblems)
        } ?? titleCurrency?.code
      var amounts = [Int64]()
      amounts.reserveCapacity(kept.count)
      var rowNegatives = [(month: Int, column: Int, text: String, cents: Int64)]()
      for (k, m) in kept.enumerated() {
        let slot = keptSlots[k]
        if let v = plain.hundredths(row: rowIndex, slot: slot, amounts: amountCells) {
          // Read from its bytes: unsigned, in whole cents, with no sign or code.
          if plain.kind(row: rowIndex, slot: slot) != .blank { isWritten[k] = true }
          if v != 0, currencyColumn != nil, let named, currencies[named] == nil {
            currencies[named] = record.line
          }
          amounts.append(v)
          continue
        }
        let text = cell(m.column)
        if !isBlank(text) { isWritten[k] = true }
        do throws(AmountUnit.MinorFailure) {
          let v = try amountCells.hundredths(text, currency: named)
          offCent.see(text, cents: v, line: record.line, column: m.column)
          if v != 0, currencyColumn != nil, let named, currencies[named] == nil {
            currencies[named] = record.line
          }
          if v < 0 { rowNegatives.append((m.month.months(since: first), m.column + 1, text, v)) }
          // A bare `$` is the dollar the row's currency cell or the title names.
          if v != 0, let cur = CurrencySigns.code(amount: text, named: named) {
            if currencies[cur] == nil { currencies[cur] = record.line }
            // Once a cell names US dollars (`US$`, `USD`), a bare `$` says nothing more.
            if !dollarSigns.isUSDNamed {
              dollarSigns.see(cell: "", amount: text, code: cur, line: record.line)
            }
          }
          amounts.append(v)
        } catch {
          rowProblems.append(
            InputProblem(
              file: file, line: record.line, column: m.column + 1,
              message: amountCells.message(text, error)))
          amounts.append(0)
        }
      }
      var facts = ImportedAccount(
        id: customer, name: group ?? (nameText.isEmpty ? nil : nameText),
        source: (file, record.line))
      readFacts(
        cells, layout: layout, header: table.records[layout.headerIndex].cells, into: &facts,
        line: record.line, file: file, amounts: amountCells, problems: &rowProblems,
        noValue: &noValue, terms: &terms, columns: roleColumns)
      if let section, facts.segment == nil { facts.segment = section }
      if !rowProblems.isEmpty {
        badRows.reject(
          rowProblems, line: record.line, fileIndex: fileIndex, isLenient: options.isLenient,
          log: &log)
        continue
      }
      log.files[fileIndex].rowsUsed += 1
      if group != nil { groupedRows += 1 }
      // Every open group holds this row (groups nest).
      for g in groupSums.keys {
        for k in amounts.indices { groupSums[g]![k] = groupSums[g]![k] &+ amounts[k] }
      }
      var sourceSum: Int64 = 0
      for v in amounts { sourceSum = sourceSum &+ v }
      for m in layout.months where m.month > last {
        if let v = amountCells.hundredthsIfAny(cell(m.column)) {
          log.tieOut.add(v, to: \.sourceCents)
          log.tieOut.add(v, to: \.afterAsOfCents)
        }
      }
      for v in amounts { log.tieOut.add(v, to: \.sourceCents) }
      let a: Int
      if let existing = index[customer] {
        a = existing
        merge(facts, into: &data.accounts[a], account: a, conflicts: &conflicts)
        rowLines[a].append(record.line)
      } else {
        a = data.accounts.count
        index[customer] = a
        data.accounts.append(facts)
        data.cells.append(contentsOf: repeatElement(0, count: data.monthCount))
        rowLines.append([record.line])
      }
      exports.use(row: rowIndex, customer: a, key: key, hasRevenue: amounts.contains { $0 != 0 })
      if pivot.group[rowIndex] != nil && !pivot.isConfirmedByTotals { data.pivotMembers.insert(a) }
      for (k, m) in kept.enumerated() {
        let i = a * data.monthCount + m.month.months(since: first)
        let (s, o) = data.cells[i].addingReportingOverflow(amounts[k])
        if o { log.tieOut.hasOverflowed = true } else { data.cells[i] = s }
      }
      for n in rowNegatives {
        data.negatives.append(
          CubeData.Negative(
            account: a, month: n.month, line: record.line, column: n.column, text: n.text,
            cents: n.cents))
      }
    }
    for (k, m) in kept.enumerated() where isWritten[k] {
      data.writtenMonths.insert(m.month.months(since: first))
    }
    try badRows.check(in: file)
    let restatement = exports.restatement { body[$0].line }
    restate(
      restatement, exports: exports, body: body, kept: kept, amountCells: amountCells,
      rowLines: &rowLines, data: &data, file: file, log: &log)
    // A restated customer's facts (segment, terms, dates) are its kept rows', as its amounts
    // are (review 11, F3: the restated row's segment and end were kept).
    refreshFacts(
      restatement, exports: exports, body: body, rowLines: rowLines, layout: layout,
      header: header, amountCells: amountCells, data: &data, file: file, conflicts: &conflicts)
    log.findings += conflicts.map(\.finding)
    if let note = idsByName.note(file: file) { log.notes.append(note) }
    if let f = idsByName.ambiguous.first {
      let more = idsByName.ambiguous.count - 1
      log.findings.append(
        "\(file): line \(f.line) has no id and the name \(FieldMessages.quoted(f.name)), which "
          + "the rows give \(CountText.grouped(f.ids.count)) ids (\(f.ids.joined(separator: ", "))): read as its own "
          + "customer \(FieldMessages.quoted(f.name)), which may be one of them (give the row its id)"
          + (more > 0 ? "; \(more) other row\(more == 1 ? "" : "s") without an id likewise" : ""))
    }
    if let note = noValue.note(file: file) { log.notes.append(note) }
    log.findings += subtotalFindings
    if let (customer, line) = suspect {
      // Read as a customer, as its cells say; its ARR is the stake (review 51, R51-2: a
      // Korean pivot's `총합계` doubled the headline with nothing said).
      log.addFinding(
        "\(file): line \(line) (\(FieldMessages.quoted(customer))), the last row, equals the sum "
          + "of the rows above it in every month: read as a customer, as its label names no "
          + "total; if it is a totals row, every figure counts each customer twice (delete the "
          + "row, or label it Total)", accounts: [customer])
    }
    if let finding = overlap.finding(file: file, noun: "row") { log.findings.append(finding) }
    if let example = groups.subCustomerLabel {
      let parents = groups.groups.count == 1 ? "its parent" : "their parents"
      log.notes.append(
        "\(file): \(Counted.phrase(groups.groups.count, "customer")) with sub-customers (a name "
          + "alone on a row, its rows below named after it and a colon, \"\(example)\", "
          + "QuickBooks' Parent:Child, and a total naming it): \(CountText.grouped(groupedRows)) "
          + "sub-customer row\(groupedRows == 1 ? "" : "s") joined into \(parents), one "
          + "account each (a sub-customer lost while its parent pays on is contraction, not a "
          + "lost logo), subtotals checked; the other reading, each sub-customer an account, was "
          + "not taken")
    } else if groups.isProducts {
      log.notes.append(
        "\(file): \(CountText.grouped(groups.groups.count)) customer group\(groups.groups.count == 1 ? "" : "s") "
          + "(a name alone on a row, its rows below, a total naming it): \(CountText.grouped(groupedRows)) "
          + "row\(groupedRows == 1 ? "" : "s") read as the group's customer (their own labels, "
          + "products or sub-customers, are not accounts: \"\(groups.repeatedLabel ?? "")\" is "
          + "under two groups), subtotals checked; the other reading, each row a customer and "
          + "the group its section (segment), was not taken")
    } else if !groups.typedHeadings.isEmpty {
      log.notes.append(typedSectionsNote(groups, file: file))
    } else if let cut = groups.cut, let label = groups.repeatedLabel {
      log.notes.append(
        "\(file): \(Counted.phrase(groups.groups.count, "section")) (a name "
          + "alone on a row, its rows below, a total naming it; \"\(cut)\" names them a cut "
          + "of the customers, so the rows are customers): each section's name is its "
          + "customers' segment where none is given, and \"\(label)\", under two of them, is "
          + "one account; subtotals checked; the other reading, the rows products of one "
          + "customer named after the group, was not taken")
    } else if !groups.isEmpty {
      log.notes.append(
        "\(file): \(Counted.phrase(groups.groups.count, "section")) (a name "
          + "alone on a row, its rows below, a total naming it; no row label under two of them, "
          + "so the rows are customers): each section's name is its customers' segment where "
          + "none is given, subtotals checked; the other reading, the rows products of one "
          + "customer named after the group, was not taken")
    }
    if !pivot.isEmpty {
      let currency = options.currency ?? currencies.keys.first ?? log.currency
      pivotFinding(
        pivot, body: body, kept: kept, amountCells: amountCells, file: file, currency: currency,
        log: &log)
    }
    // A group's customer on several rows is the point of a group, not a finding.
    let groupNames = Set(groups.groups.map(\.name))
    // So is a customer merged down its rows (``ImportTable/fillMergedLabels``).
    let mergedRows = merged?.rows ?? []
    // And a customer once under each of several headings naming kinds of revenue (T50-36).
    var headingOfLine = [Int: String]()
    for (row, t) in groups.kind { headingOfLine[body[row].line] = t.heading }
    let repeated = rowLines.indices.filter { a in
      rowLines[a].count > 1 && !groupNames.contains(data.accounts[a].id)
        && !mergedRows.contains { r in rowLines[a].allSatisfy { r.contains($0) } }
        && !(rowLines[a].allSatisfy { headingOfLine[$0] != nil }
          && Set(rowLines[a].map { headingOfLine[$0]! }).count == rowLines[a].count)
    }
    if let first = roundedIDLines.first {
      log.notes.append(
        ScientificIDs.keyedByName(rows: roundedIDLines.count, first: first, file: file))
    }
    // Rows sharing an id Excel rounded are not one customer's products (trial 48, T48-24).
    if let a = repeated.first(where: { ScientificIDs.isRounded(data.accounts[$0].id) }) {
      throw ScientificIDs.refusal(data.accounts[a].id, lines: rowLines[a], file: file)
    }
    if !repeated.isEmpty {
      let examples = repeated.prefix(3).map {
        "\"\(data.accounts[$0].id)\" on lines \(rowLines[$0].map(String.init).joined(separator: ", "))"
      }
      let text =
        "\(file): \(Counted.phrase(repeated.count, "customer", verb: ("appears", "appear"))) on "
        + "several rows (\(isSchedule ? "one per invoice" : "one per product?")), summed: "
        + examples.joined(separator: "; ") + (repeated.count > 3 ? "; …" : "")
      if isSchedule { log.notes.append(text) } else { log.findings.append(text) }
    }
    // Cells in two currencies cannot be added up (the sum would mix dollars and euros), as in
    // a ledger: name each currency and where it first appears.
    if let t = titleCurrency,
      let other = currencies.filter({ $0.key != t.code }).min(by: {
        ($0.value, $0.key) < ($1.value, $1.key)
      })
    {
      throw .data(
        "\(file): \(t.place) names \(t.code), but the amounts on line "
          + "\(other.value) are written in \(other.key): amounts in two currencies cannot be "
          + "added up; write every amount in \(t.code), or name the currency with --currency")
    }
    if currencies.count > 1 { throw .mixedCurrencies(currencies, noun: "amounts", in: file) }
    data.currency = currencies.keys.first ?? titleCurrency?.code
    if let t = titleCurrency {
      log.notes.append("\(file): \(t.place) names the currency: \(t.code)")
    }
    let footnote = FootnoteCurrency.settle(
      footnotes: footnotes, cells: currencies, isUSDNamed: dollarSigns.isUSDNamed,
      isNamedElsewhere: currencyColumn != nil || options.currency != nil || titleCurrency != nil,
      file: file, notes: &log.notes)
    if let footnote { data.currency = footnote.code }
    // A workbook's name naming one currency is its sheets' currency when nothing else names
    // one: no sheet name, title, currency column, cell's code or sign, footnote or
    // `--currency` (review 51, R51-28: `UK_Ltd_MRR_GBP.xlsx` of plain numbers was read as
    // assumed dollars since R50-10, whose board pack `…_EUR.xlsx` held US$ cells: those
    // still win, as any cell's currency does).
    if data.currency == nil, let workbook = table.sheet?.workbook, currencyColumn == nil,
      options.currency == nil, dollarSigns.firstBareLine == nil,
      let named = TitleCurrency.named(
        sheet: nil, file: workbook, line: table.records[layout.headerIndex].line)
    {
      data.currency = named.code
      log.notes.append(
        "\(file): the workbook's name \"\(workbook)\" names the currency, \(named.code), and "
          + "nothing in the sheet names another")
    }
    if let finding = dollarSigns.finding(
      file: file, currency: data.currency,
      named: options.currency ?? titleCurrency?.code ?? footnote?.code)
    {
      log.findings.append(finding)
    }
    let (carried, notCarried) = carry(
      oneTimeRows, into: &data, index: &index, layout: layout, first: first, last: last,
      isInExports: exports.current > 0, fileIndex: fileIndex, file: file, log: &log)
    for r in notCarried {
      leftOut.rows.append((r.row.name, r.row.line, .otherRevenue, r.cents, r.lastCents))
      log.skip(
        file: fileIndex, line: r.row.line, kind: .oneTimeRow,
        reason: "\"\(r.row.snippet)\", \(r.row.label), revenue billed once, not MRR (\(r.why))")
    }
    leftOut.rows.sort { $0.line < $1.line }
    if !notCarried.isEmpty { log.sortSkipped(from: skippedBefore, file: file) }
    if let lc = labelColumn,
      let note = carried.note(
        file: file, column: lc, currency: options.currency ?? data.currency ?? log.currency)
    {
      log.notes.append(note)
    }
    if let note = leftOut.note(
      file: file, currency: options.currency ?? data.currency ?? log.currency)
    {
      log.notes.append(note)
    }
    if let lc = labelColumn, let note = metricRows.note(file: file, column: lc) {
      log.notes.append(note)
    }
    if let lc = labelColumn,
      let note = LineLabels.retainerNote(
        file: file, column: lc, labels: retainerRows.labels, rows: retainerRows.rows,
        cents: retainerRows.cents, currency: options.currency ?? data.currency ?? log.currency)
    {
      log.notes.append(note)
    }
    let lastColumn = stride(from: data.monthCount - 1, to: data.cells.count, by: data.monthCount)
    if let finding = leftOut.noCustomerFinding(
      file: file, month: last,
      customers: lastColumn.reduce(Int64(0)) { $0 &+ max(data.cells[$1], 0) })
    {
      log.findings.append(finding)
    }
    log.findings += leftOut.leftOutFindings(
      file: file, currency: options.currency ?? data.currency ?? log.currency)
    if let note = offCent.finding(file: file) { log.notes.append(note) }
    try checkTotals(
      totals, data: data, layout: layout, file: file,
      currency: options.currency ?? data.currency ?? log.currency,
      leftOut: leftOut.rows.isEmpty && oneTimeRows.isEmpty ? nil : leftOutByMonth, log: &log)
    return data
  }

  /// The last month read: `asOf` when given, else the file's last.
  /// - Throws: `.invalidArgument` for an `asOf` outside `first…last`.
  static func lastMonth(
    first: Month, last: Month, asOf: Month?, file: String, carriesForward: Bool = false
  ) throws(ARRQualityError) -> Month {
    guard let asOf else { return last }
    guard asOf >= first else {
      throw .invalidArgument("--as-of \(asOf) is before the first month of \(file) (\(first))")
    }
    guard asOf <= last || carriesForward else {
      throw .invalidArgument(
        "--as-of \(asOf) is after the last month of \(file) (\(last)); every account would "
          + "show no revenue (expected \(last) or earlier)")
    }
    return asOf
  }

  /// ``lastMonth(first:last:asOf:file:carriesForward:)`` and the months from `first` through
  /// it, refused past ``CompanyLoader/maximumMonths`` (50 years: one mistyped year would
  /// otherwise make a window of centuries) or past ``ImportOptions/maximumCells`` customers ×
  /// months (the loader's limit: a 30 MB file of 2 million customers over 50 years asked for
  /// 9.6 GB; session 22, review lane), before any of them is allocated. The monthly table's
  /// and the movements log's one check.
  /// - Parameters:
  ///   - rows: What runs over the months, as the message says it (`months`, `movements`).
  ///   - mistyped: The cell that may be mistyped (`month`, `date`).
  ///   - customers: The customers read, one matrix row each.
  ///   - carriesForward: Whether a later `--as-of` carries the last levels forward (a
  ///     movements log) rather than showing no revenue (a monthly table).
  /// - Throws: `.invalidArgument` as ``lastMonth(first:last:asOf:file:carriesForward:)``
  ///   does; `.invalidData` for a span too long or too many cells.
  static func months(
    first: Month, last dataLast: Month, asOf: Month?, file: String, rows: String,
    mistyped: String, customers: Int, options: ImportOptions, carriesForward: Bool = false
  ) throws(ARRQualityError) -> (last: Month, count: Int) {
    let last = try lastMonth(
      first: first, last: dataLast, asOf: asOf, file: file, carriesForward: carriesForward)
    let span = last.months(since: first) + 1
    if span > CompanyLoader.maximumMonths && last > dataLast
      && dataLast.months(since: first) < CompanyLoader.maximumMonths
    {
      // The data fits; `--as-of` carries it past 50 years: the option's mistake, exit 64.
      throw ImportedCompany.asOfTooLate(last, file: file, first: first, line: nil)
    }
    if span > CompanyLoader.maximumMonths {
      throw .data(
        "\(file): \(rows) run from \(first) to \(last), \(span) months (expected at most "
          + "\(CountText.grouped(CompanyLoader.maximumMonths)), 50 years: is a \(mistyped) "
          + "mistyped?)")
    }
    let (cells, o) = customers.multipliedReportingOverflow(by: span)
    if o || cells > options.maximumCells {
      throw .data(
        "\(file): "
          + CompanyLoader.tooLarge(
            accounts: customers, first: first, last: last, limit: options.maximumCells))
    }
    return (last, span)
  }
}
