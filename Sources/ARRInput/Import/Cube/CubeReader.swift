import ARRCore

/// The cells of a customer cube, read and summed per customer, before they are treated as MRR
/// or billings.
struct CubeData: Sendable {
  /// A negative cell (an error for MRR values, a credit for billings).
  struct Negative: Sendable {
    var account: Int
    var month: Int
    var line: Int
    var column: Int
    var text: String
    var cents: Int64
  }

  var accounts: [ImportedAccount] = []
  var firstMonth: Month
  /// Months of the cube kept (through the as-of month).
  var monthCount: Int
  /// Signed cents per account × month (rows of the same customer summed).
  var cells: [Int64] = []
  var negatives: [Negative] = []
  var layout: CubeLayout
  /// The currency sign seen in the cells, if any.
  var currency: String?
  /// A title line or header cell saying the cells are annual (``AnnualLabel``), if any.
  var annualLabel: AnnualLabel.Label?
  /// A title line, header cell, sheet or file name saying the amounts are in thousands
  /// (``ThousandsLabel``), if any.
  var thousandsLabel: AnnualLabel.Label?
  /// What the ARR columns of the customer lists beside it say of the cells (review 13, F9).
  var listAnnual: [ListAnnualColumn.Check] = []
  /// The amount header, when it names a level of recurring revenue (a monthly table's `mrr`,
  /// `net mrr`, `arr`): its negative cells are errors, not credit notes making it billings.
  var levelHeader: String?
  /// Usage units per account × month, when the source has a usage column (a monthly table's).
  var usage: [Int64]?
  /// One-time revenue per account × month (≥ 0), when the source has a one-time column (a
  /// monthly table's); already counted in the tie-out's source.
  var oneTime: [Int64]?
  /// Accounts under a pivot's top-row subtotal that no totals row confirms (``CubePivot``):
  /// the other reading counts the subtotal rows as customers too, doubling these accounts'
  /// sum, which the headline's range prices (review 13, F15).
  var pivotMembers: Set<Int> = []
  /// Accounts' as-of cells under the other reading of an ambiguous choice (a monthly table's
  /// rows on their own days added up rather than read as snapshots), in the cells' units.
  var alternativeAsOf: [(account: Int, cents: Int64)] = []
}

/// Reads a customer cube (`docs/import.md`, "Customer cube"): finds the header row, skips and
/// reports title lines, blank rows, totals rows (checked against the column sums) and footnotes,
/// reads metadata columns and money cells, and sums rows of the same customer.
enum CubeReader {
  /// Reads `table`, file `fileIndex` of `log.files`.
  /// - Returns: The summed cells, or `nil` when the table is not a cube.
  /// - Throws: `ARRQualityError` `.invalidData` with every problem (file:line:column), or for a
  ///   header the row cannot read; `.invalidArgument` for an as-of month outside the months.
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> CubeData? {
    guard var layout = try CubeLayout.find(in: table, dateOrder: options.dateOrder) else {
      return nil
    }
    let file = table.file
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
          + "\(last), \(span) months (expected at most \(CompanyLoader.maximumMonths), 50 years: "
          + "cut the older columns)")
    }
    let kept = layout.months.filter { $0.month <= last }
    var data = CubeData(
      firstMonth: first, monthCount: last.months(since: first) + 1, layout: layout)
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
    data.thousandsLabel = ThousandsLabel.find(
      titles: table.records.prefix(layout.headerIndex), header: table.records[layout.headerIndex],
      monthColumns: Set(layout.months.map(\.column)), sheet: table.sheet?.sheet,
      file: table.sheet?.workbook ?? table.file)
    for r in table.records.prefix(layout.headerIndex) {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: r.line, kind: .title, reason: snippet(r.cells))
    }
    for line in table.blankLines where line > table.records[layout.headerIndex].line {
      log.files[fileIndex].blankLines += 1
    }
    let body = Array(table.records[(layout.headerIndex + 1)...])
    let isDecimalComma = try decimalMark(
      body, columns: layout.months.map(\.column), file: file, options: options, log: &log)
    // A cube's header is months: only `--amounts` says its cells are cents.
    let amountCells = AmountCells(
      file: file, header: nil, isMinorByHeader: false, options: options,
      isDecimalComma: isDecimalComma, currency: options.currency, notes: &log.notes)
    dropUnreadFacts(
      &layout.roles, ignored: &layout.ignored, rows: body,
      header: table.records[layout.headerIndex].cells, file: file, dateOrder: layout.dateOrder,
      amounts: amountCells, notes: &log.notes)
    data.layout = layout
    log.files[fileIndex].ignoredColumns = layout.ignored
    log.files[fileIndex].recognisedColumns = CubeLayout.Role.allCases.compactMap { r in
      layout.roles[r].map { "\(r.rawValue): \(header[$0])" }
    }
    // Rows: data, totals, footnotes. A footnote (or label row) has no amount and at most one
    // non-empty cell; a totals row names a total in its first non-empty text cell.
    var badRows = BadRows()
    var noValue = NoValueCells()
    var index = [String: Int]()
    var conflicts = [FactConflict]()
    var rowLines = [[Int]]()
    // A customer per row at most: grown by doubling, a 100k-customer cube's cells took 27 MB
    // for 19 (twelfth session).
    data.cells.reserveCapacity(body.count * data.monthCount)
    var totals = [(line: Int, cells: [Int64])]()
    // Each currency seen in the cells, with the line it first appears on.
    var currencies = [String: Int]()
    var dollarSigns = CurrencySigns()
    let monthColumns = Set(layout.months.map(\.column))
    let (totalRows, summaryRows) = CubeTotals.rows(
      body, monthColumns: layout.months.map(\.column), header: header,
      amount: { amountCells.hundredthsIfAny($0) })
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
      isTotals: { totalRows.contains($0) })
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
    var subtotalFindings = [String]()
    // A row without an id takes its name's only id (``IDsByName``; review 13, F38).
    var idsByName = IDsByName(rows: body, id: layout.roles[.id], name: layout.roles[.name])
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
              + (differing.count > 1 ? "; \(differing.count - 1) other months differ too" : ""))
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
      let hasAmount = layout.months.contains { !isBlank(cell($0.column)) }
      if summaryRows.contains(rowIndex) {
        log.skip(
          file: fileIndex, line: record.line, kind: .totals,
          reason: "\"\(snippet(cells))\", a summary row below the totals row, excluded")
        continue
      }
      if totalRows.contains(rowIndex) {
        var sums = [Int64]()
        var ok = true
        for m in layout.months {
          let v = amountCells.hundredthsIfAny(cell(m.column))
          if v == nil { ok = false }
          sums.append(v ?? 0)
        }
        if ok { totals.append((record.line, sums)) }
        log.skip(
          file: fileIndex, line: record.line, kind: .totals,
          reason: ok
            ? "\"\(snippet(cells))\", excluded and checked"
            : "\"\(snippet(cells))\", excluded (cells not all amounts, not checked)")
        continue
      }
      if !hasAmount && cells.filter({ !$0.isEmpty }).count <= 1 {
        log.skip(file: fileIndex, line: record.line, kind: .footnote, reason: snippet(cells))
        continue
      }
      var rowProblems = [InputProblem]()
      let idText = layout.roles[.id].map(cell) ?? ""
      let nameText = layout.roles[.name].map(cell) ?? ""
      // Rows of a group: products of its customer, or customers of a section (a segment).
      let group = groups.isProducts ? groups.customer[rowIndex] : nil
      let section = groups.isProducts ? nil : groups.customer[rowIndex] ?? pivot.group[rowIndex]
      var customer = group ?? (idText.isEmpty ? nameText : idText)
      if group == nil, idText.isEmpty,
        let id = idsByName.id(forName: nameText, line: record.line)
      {
        customer = id
      }
      if customer.isEmpty {
        rowProblems.append(
          InputProblem(
            file: file, line: record.line,
            column: (layout.roles[.id] ?? layout.roles[.name]!) + 1,
            message: "no customer id or name (expected a value in this column)"))
      }
      var amounts = [Int64]()
      amounts.reserveCapacity(kept.count)
      var rowNegatives = [(month: Int, column: Int, text: String, cents: Int64)]()
      for m in kept {
        let text = cell(m.column)
        do throws(AmountUnit.MinorFailure) {
          let v = try amountCells.hundredths(text)
          if v < 0 { rowNegatives.append((m.month.months(since: first), m.column + 1, text, v)) }
          if v != 0, let cur = CubeMoney.currency(text) {
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
        noValue: &noValue)
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
          + "the rows give \(f.ids.count) ids (\(f.ids.joined(separator: ", "))): read as its own "
          + "customer \(FieldMessages.quoted(f.name)), which may be one of them (give the row its id)"
          + (more > 0 ? "; \(more) other row\(more == 1 ? "" : "s") without an id likewise" : ""))
    }
    if let note = noValue.note(file: file) { log.notes.append(note) }
    log.findings += subtotalFindings
    if let finding = overlap.finding(file: file, noun: "row") { log.findings.append(finding) }
    if groups.isProducts {
      log.notes.append(
        "\(file): \(groups.groups.count) customer group\(groups.groups.count == 1 ? "" : "s") "
          + "(a name alone on a row, its rows below, a total naming it): \(groupedRows) "
          + "row\(groupedRows == 1 ? "" : "s") read as the group's customer (their own labels, "
          + "products or sub-customers, are not accounts: \"\(groups.repeatedLabel ?? "")\" is "
          + "under two groups), subtotals checked; the other reading, each row a customer and "
          + "the group its section (segment), was not taken")
    } else if !groups.isEmpty {
      log.notes.append(
        "\(file): \(groups.groups.count) section\(groups.groups.count == 1 ? "" : "s") (a name "
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
    let repeated = rowLines.indices.filter {
      rowLines[$0].count > 1 && !groupNames.contains(data.accounts[$0].id)
    }
    if !repeated.isEmpty {
      let examples = repeated.prefix(3).map {
        "\"\(data.accounts[$0].id)\" on lines \(rowLines[$0].map(String.init).joined(separator: ", "))"
      }
      log.findings.append(
        "\(file): \(repeated.count) customer\(repeated.count == 1 ? " appears" : "s appear") on "
          + "several rows (one per product?), summed: \(examples.joined(separator: "; "))"
          + (repeated.count > 3 ? "; …" : ""))
    }
    // Cells in two currencies cannot be added up (the sum would mix dollars and euros), as in
    // a ledger: name each currency and where it first appears.
    if currencies.count > 1 { throw .mixedCurrencies(currencies, noun: "amounts", in: file) }
    data.currency = currencies.keys.first
    if let finding = dollarSigns.finding(
      file: file, currency: data.currency, named: options.currency)
    {
      log.findings.append(finding)
    }
    try checkTotals(
      totals, data: data, layout: layout, file: file,
      currency: options.currency ?? data.currency ?? log.currency, log: &log)
    return data
  }

  /// The last month read: `asOf` when given, else the file's last.
  /// - Throws: `.invalidArgument` for an `asOf` outside `first…last`.
  static func lastMonth(first: Month, last: Month, asOf: Month?, file: String)
    throws(ARRQualityError) -> Month
  {
    guard let asOf else { return last }
    guard asOf >= first else {
      throw .invalidArgument("--as-of \(asOf) is before the first month of \(file) (\(first))")
    }
    guard asOf <= last else {
      throw .invalidArgument(
        "--as-of \(asOf) is after the last month of \(file) (\(last)); every account would "
          + "show no revenue (expected \(last) or earlier)")
    }
    return asOf
  }

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

  /// Compares the last totals row with the column sums; any difference is a finding.
  /// - Throws: `.invalidData` when the rows sum to exactly twice the totals row in every month
  ///   it is not zero (review 13, F15: subtotal rows read as customers double every figure; a
  ///   report on them is never right).
  private static func checkTotals(
    _ totals: [(line: Int, cells: [Int64])], data: CubeData, layout: CubeLayout, file: String,
    currency: String?, log: inout ImportLog
  ) throws(ARRQualityError) {
    guard let t = totals.last else { return }
    if totals.count > 1 {
      log.notes.append(
        "\(file): \(totals.count) totals rows; the last (line \(t.line)) is checked against the "
          + "column sums, the others are excluded unchecked")
    }
    var diffs = [String]()
    var isDouble = true
    var doubled: (month: Month, total: Int64, sum: Int64)?
    for (k, m) in layout.months.enumerated()
    where m.month.months(since: data.firstMonth) < data.monthCount {
      let mi = m.month.months(since: data.firstMonth)
      var sum: Int64 = 0
      for a in data.accounts.indices { sum &+= data.cells[a * data.monthCount + mi] }
      if t.cells[k] != 0 {
        if sum == t.cells[k] &* 2 {
          doubled = doubled ?? (m.month, t.cells[k], sum)
        } else {
          isDouble = false
        }
      }
      if sum != t.cells[k] {
        diffs.append(
          "\(m.month) total \(Money.text(cents: t.cells[k], currency: currency)) vs sum "
            + "\(Money.text(cents: sum, currency: currency)) "
            + "(\(Money.text(cents: t.cells[k] - sum, currency: currency)))")
      }
    }
    if isDouble, let d = doubled {
      throw .data(
        "\(file): the rows sum to exactly twice the totals row (line \(t.line)) in every month "
          + "(\(d.month): total \(Money.text(cents: d.total, currency: currency)), rows "
          + "\(Money.text(cents: d.sum, currency: currency))): some rows are subtotals of others "
          + "read as customers (a pivot table's group rows?), and every figure would be doubled; "
          + "remove the subtotal rows, or export the pivot in tabular form (Excel: Design, Report "
          + "Layout, Show in Tabular Form), and import again")
    }
    if diffs.isEmpty {
      log.notes.append("\(file): the totals row (line \(t.line)) equals the column sums")
    } else {
      log.findings.append(
        "\(file): the totals row (line \(t.line)) differs from the sum of the rows in "
          + "\(diffs.count) month\(diffs.count == 1 ? "" : "s"): "
          + diffs.prefix(6).joined(separator: "; ") + (diffs.count > 6 ? "; …" : ""))
    }
  }

  /// Subtotals on each group's top row (``CubePivot``), looked for in a cube without `Total
  /// <name>` groups or repeated headers.
  static func findPivot(
    _ body: [ImportTable.Record], header: [String], layout: CubeLayout, groups: CubeGroups,
    totalRows: Set<Int>, summaryRows: Set<Int>, amountCells: AmountCells
  ) -> CubePivot {
    guard groups.isEmpty, !body.contains(where: { ImportTable.repeatsHeader($0.cells, header) })
    else { return CubePivot() }
    let monthColumns = Set(layout.months.map(\.column))
    func amounts(_ i: Int) -> [Int64]? {
      var out = [Int64]()
      out.reserveCapacity(layout.months.count)
      for m in layout.months {
        let text = m.column < body[i].cells.count ? body[i].cells[m.column] : ""
        guard let v = text.isEmpty ? 0 : amountCells.hundredthsIfAny(text) else { return nil }
        out.append(v)
      }
      return out
    }
    var rows = [Int]()
    for (i, r) in body.enumerated() where !totalRows.contains(i) && !summaryRows.contains(i) {
      let hasAmount = layout.months.contains {
        $0.column < r.cells.count && !r.cells[$0.column].isEmpty
      }
      if hasAmount || r.cells.filter({ !$0.isEmpty }).count > 1 { rows.append(i) }
    }
    return CubePivot.find(
      rows, amounts: amounts,
      label: { i in
        body[i].cells.indices.first { !monthColumns.contains($0) && !body[i].cells[$0].isEmpty }
          .map { body[i].cells[$0] } ?? ""
      }, totals: totalRows.max().flatMap(amounts))
  }

  /// Says what ``CubePivot`` found: a note when a totals row confirms it, else a finding with
  /// the last month both ways.
  static func pivotFinding(
    _ pivot: CubePivot, body: [ImportTable.Record], kept: [(column: Int, month: Month)],
    amountCells: AmountCells, file: String, currency: String?, log: inout ImportLog
  ) {
    let lines = pivot.subtotals.sorted().map { body[$0].line }
    let shown =
      lines.prefix(6).map(String.init).joined(separator: ", ")
      + (lines.count > 6 ? ", …" : "")
    let said =
      "\(file): \(lines.count) rows (lines \(shown)) are subtotals on their group's top row, as "
      + "a pivot table's compact form lays them out: each equals, in every month, the sum of the "
      + "rows below it up to the next such row; they are excluded, and their labels are their "
      + "rows' segment"
    if pivot.isConfirmedByTotals {
      log.notes.append(said + " (the totals row equals the sum of the groups' rows)")
      return
    }
    guard let last = kept.last else { return }
    var sum: Int64 = 0
    for i in pivot.subtotals {
      let text = last.column < body[i].cells.count ? body[i].cells[last.column] : ""
      sum = sum &+ (amountCells.hundredthsIfAny(text) ?? 0)
    }
    log.findings.append(
      said + "; no totals row confirms it: read as customers, they would double \(last.month)'s "
        + "cells, \(Money.text(cents: sum, currency: currency)) to "
        + "\(Money.text(cents: sum &* 2, currency: currency)) (priced in the headline's range)")
  }

  /// Reads the metadata cells into `facts`; a date cell saying no value (`N/A`) is blank,
  /// counted in `noValue`.
  /// - Parameter amounts: How the file's amounts read (`--amounts cents`, the decimal comma), for
  ///   a committed MRR column.
  static func readFacts(
    _ cells: [String], layout: CubeLayout, header: [String], into facts: inout ImportedAccount,
    line: Int, file: String, amounts: AmountCells, problems: inout [InputProblem],
    noValue: inout NoValueCells
  ) {
    func cell(_ role: CubeLayout.Role) -> (String, Int)? {
      guard let c = layout.roles[role], c < cells.count, !cells[c].isEmpty else { return nil }
      return (cells[c], c)
    }
    func problem(_ c: Int, _ message: String) {
      problems.append(InputProblem(file: file, line: line, column: c + 1, message: message))
    }
    if let (s, _) = cell(.segment) { facts.segment = s }
    if let (s, _) = cell(.contractType) { facts.contractType = TermText.contractType(s) }
    if let (s, _) = cell(.billingCadence) { facts.billingCadence = TermText.billingCadence(s) }
    if let (s, c) = cell(.trialStatus) {
      if let t = TermText.trialStatus(s) {
        facts.trialStatus = t
        facts.trialStatusCell = TermText.isYesNo(s) ? .answer : .word
      } else {
        problem(
          c,
          FieldMessages.choice(
            "trial_status", s, allowed: EnumParser.trialStatusesAllowed + ", yes or no"))
      }
    }
    for (role, path) in [
      (CubeLayout.Role.seatsPurchased, \ImportedAccount.seatsPurchased),
      (.seatsActive, \ImportedAccount.seatsActive), (.integrations, \ImportedAccount.integrations),
    ] {
      guard let (s, c) = cell(role) else { continue }
      do throws(CountError) {
        facts[keyPath: path] = Int(try ScalarParsers.count(s))
      } catch {
        problem(c, FieldMessages.count(role.rawValue, s, error))
      }
    }
    if let (s, c) = cell(.committedMRR) {
      do throws(AmountUnit.MinorFailure) {
        let v = try amounts.hundredths(s)
        if v < 0 {
          problem(c, "committed_mrr \(FieldMessages.quoted(s)) is negative (expected ≥ 0)")
        } else {
          facts.committedMRR = v
        }
      } catch {
        problem(c, "committed_mrr: " + amounts.message(s, error))
      }
    }
    if let (s, c) = cell(.pastDue) {
      facts.isPastDue = ScalarParsers.bool(s)
      if facts.isPastDue == nil { problem(c, FieldMessages.bool("past_due", s)) }
    }
    for (role, path) in [
      (CubeLayout.Role.startDate, \ImportedAccount.startDate),
      (.endDate, \ImportedAccount.contractEndDate), (.trialEndDate, \ImportedAccount.trialEndDate),
      (.cancelDate, \ImportedAccount.cancelDate),
    ] {
      guard let (s, c) = cell(role) else { continue }
      if NoValueCells.isNoValue(s) {
        noValue.add(s, line: line, header: c < header.count ? header[c] : role.rawValue)
      } else if let d = MonthHeader.date(s, order: layout.dateOrder) {
        facts[keyPath: path] = d
      } else {
        problems.append(
          InputProblem(
            file: file, line: line, column: c + 1,
            message:
              "\(role.rawValue) \"\(s)\" is not a date (expected e.g. 2025-03-01, 3/1/2025 or Mar 2025)"
          ))
      }
    }
  }

  /// Keeps the first non-empty fact of a customer's rows; a conflicting later one is recorded.
  /// - Parameters:
  ///   - other: A later row's facts.
  ///   - a: The customer's facts so far.
  ///   - account: The customer's index, which the conflicts carry.
  ///   - conflicts: Where a differing later value is recorded (``FactConflict``).
  static func merge(
    _ other: ImportedAccount, into a: inout ImportedAccount, account: Int,
    conflicts: inout [FactConflict]
  ) {
    func pick<T: Equatable>(_ path: WritableKeyPath<ImportedAccount, T?>, _ label: String) {
      guard let v = other[keyPath: path] else { return }
      if let have = a[keyPath: path] {
        if have != v {
          conflicts.append(
            FactConflict(
              account: account, id: a.id, fact: label, file: other.source.file,
              line: other.source.line, keptLine: a.source.line))
        }
      } else {
        a[keyPath: path] = v
      }
    }
    pick(\.name, "name")
    pick(\.segment, "segment")
    pick(\.contractType, "contract type")
    pick(\.billingCadence, "billing cadence")
    pick(\.startDate, "start date")
    pick(\.contractEndDate, "end date")
    pick(\.trialEndDate, "trial end date")
    pick(\.cancelDate, "cancel date")
    pick(\.seatsPurchased, "seats purchased")
    pick(\.seatsActive, "seats active")
    pick(\.integrations, "integrations")
    pick(\.committedMRR, "committed MRR")
    pick(\.isPastDue, "past due")
    if a.trialStatus == .none {
      a.trialStatus = other.trialStatus
      a.trialStatusCell = a.trialStatusCell ?? other.trialStatusCell
    }
  }

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
