import ARRCore

/// Reads an invoice ledger, or Stripe's invoice line items export, into invoice lines
/// (`docs/import.md`, "Invoice ledger"): finds the header, skips and reports title lines, void
/// and draft invoices, totals rows and footnotes, and reads every other row's customer, date,
/// amount, service period, type, description and currency.
enum LedgerReader {
  /// Reads `table`, file `fileIndex` of `log.files`, in `dialect`; `isBesideInvoices`: another
  /// file's invoices are the revenue record, so a payments table's payments are skipped as
  /// cash, not read as charges.
  /// - Returns: The lines, or `nil` when no header row of the first rows has a customer, a date
  ///   and an amount column.
  /// - Throws: `ARRQualityError` `.invalidData` with every problem (`file:line:column`), for
  ///   more than one currency (naming them), or for dates that need `--date-order`.
  /// - Complexity: O(cells).
  static func read(
    _ table: ImportTable, dialect: LedgerLayout.Dialect, fileIndex: Int, options: ImportOptions,
    isBesideInvoices: Bool = false, log: inout ImportLog
  ) throws(ARRQualityError) -> LedgerData? {
    guard var layout = LedgerLayout.find(in: table, dialect: dialect) else { return nil }
    var table = table
    let file = table.file
    let header = table.records[layout.headerIndex]
    // Lago's exports (`lago_id`, `lago_invoice_id`…) type a wallet top-up `credit`: a purchase
    // of credits, never a credit note, which Lago exports apart (trial 33, T33-9).
    let isLago = header.cells.contains { LedgerLayout.normalized($0).hasPrefix("lago") }
    let agreeingCurrencies = try settleColumns(
      &layout, table: table, header: header, file: file, log: &log)
    // An invoice's lines under its first row, the customer and date written once (V22).
    let fillDownNote = Self.fillDocumentsDown(&table, layout: layout, file: file)
    // An invoice's amount repeated on each of its lines, beside a column of the lines' own
    // amounts: those are read (trial 41, T41-4).
    var lineAmountNote: String?
    if let line = Self.lineAmountColumn(
      layout: layout, header: header.cells,
      body: table.records[(layout.headerIndex + 1)...]),
      let invoice = layout.columns[.amount]
    {
      layout.columns[.amount] = line
      layout.ignored.removeAll { $0 == header.cells[line] }
      layout.ignored.append(header.cells[invoice])
      lineAmountNote =
        "\(file): \"\(header.cells[invoice])\" writes each invoice's amount on every one of its "
        + "lines, and \"\(header.cells[line])\" sums to it on every invoice: each line's amount is "
        + "read from \"\(header.cells[line])\" (an invoice's amount read on each line counts it "
        + "once per line)"
    }
    // A column holding the amount net of the tax beside it is read instead (T22-22); an
    // amount named as including tax with none is read less the tax, below.
    let netNote = netColumn(
      &layout, header: header.cells, body: table.records[(layout.headerIndex + 1)...], file: file)
    log.files[fileIndex].shape = dialect == .ledger ? .ledger : .stripeInvoices
    log.files[fileIndex].values = .billings
    log.files[fileIndex].valuesReason = "invoice lines (amounts billed)"
    log.files[fileIndex].headerLine = header.line
    log.files[fileIndex].ignoredColumns = layout.ignored
    log.files[fileIndex].recognisedColumns = LedgerLayout.Role.allCases.compactMap { r in
      layout.columns[r].map { "\(r.rawValue): \(header.cells[$0])" }
    }
    log.files[fileIndex].recognisedColumns += agreeingCurrencies.map {
      "currency (checked against it): \(header.cells[$0])"
    }
    // A revenue schedule runs past the report's date (Salesforce's schedules run to the deal's
    // end): the as-of month is --as-of's or a title line's (T28-13; ``TitleAsOf``, which reads
    // the table again at it), never the latest line's, nor the clock's (same input, same
    // output): without either the file is refused, asking for it (decided, session 53, lead;
    // trial 51, T51-60: as of the schedule's last month, 2027-09, the headline was −80% and
    // nothing said so).
    // The report's date a title line gives (read once: the check below and the dates' order).
    let title = TitleAsOf.find(in: table)
    if options.asOf == nil, let d = layout.columns[.date],
      LedgerLayout.scheduleDateNames.contains(
        AmountUnit.strip(LedgerLayout.normalized(header.cells[d]), raw: header.cells[d]).key),
      title == nil
    {
      throw .data(
        "\(file): each line is a month of a revenue schedule (\"\(header.cells[d])\"), which "
          + "runs past the report's date into months not earned yet, and nothing in the file "
          + "says which months are past (no title line such as \"As of 10/31/2026\"): pass "
          + "--as-of with the month the report was made, its last month earned (--as-of 2026-10 "
          + "for a report of October 2026); the months after it are left out as scheduled")
    }
    if layout.isDatedByPeriod, let c = layout.columns[.serviceStart] {
      log.notes.append(
        "\(file): no column is an invoice date: each line is dated by its service period's "
          + "start (\"\(header.cells[c])\"), and the as-of month is the latest period's start "
          + "month")
    }
    if let fillDownNote { log.notes.append(fillDownNote) }
    if let lineAmountNote { log.notes.append(lineAmountNote) }
    // Where the tax note went, for its rewording when the file decides its discount reading.
    var taxNoteIndex: Int?
    // Where the tax finding went, for its replacement when the file's totals decide it.
    var taxFindingIndex: Int?
    if let netNote { log.notes.append(netNote) }
    let isGrossLessTax =
      netNote == nil
      && layout.columns[.amount].map { a in
        grossNames.contains(
          LedgerLayout.strippingCurrency(LedgerLayout.normalized(header.cells[a])).key)
      } == true && taxColumn(layout: layout, header: header.cells) != nil
    if netNote == nil, !isGrossLessTax,
      let note = taxNote(layout: layout, header: header.cells, file: file)
    {
      if note.isFinding {
        taxFindingIndex = log.findings.count
        log.findings.append(note.text)
      } else {
        taxNoteIndex = log.notes.count
        log.notes.append(note.text)
      }
    }
    if let note = proceedsNote(layout: layout, header: header.cells, file: file) {
      log.notes.append(note)
    }
    if let t = layout.twinAmount, let a = layout.columns[.amount], let named = layout.amountCurrency
    {
      log.notes.append(
        "\(file): amounts read from \"\(header.cells[a])\", named in \(named); \"\(header.cells[t])\" "
          + "beside it names no currency and no currency column gives one, so it is not read")
    }
    for r in table.records.prefix(layout.headerIndex) {
      log.files[fileIndex].rowsRead += 1
      log.skip(file: fileIndex, line: r.line, kind: .title, reason: CubeReader.snippet(r.cells))
    }
    // A grouped report whose title says it groups by something else (QuickBooks' "Sales by
    // Product/Service Detail" without its Customer column): its group names are not customers.
    if layout.isGrouped,
      let title = table.records.prefix(layout.headerIndex).lazy.compactMap({ r in
        r.cells.first { c in
          let t = c.lowercased()
          return [
            "by product", "by item", "by service", "by class", "by location", "by vendor",
            "by account", "by department", "by employee", "by sales rep", "general ledger",
            "profit and loss detail",
          ].contains { t.contains($0) }
        }.map { (r.line, $0) }
      }).first
    {
      throw .data(
        "\(file):\(title.0): a report grouped by something other than customers (\"\(title.1)\"), "
          + "with no customer column: its group names are not customers (expected a report by "
          + "customer, or a Customer column in this one)")
    }
    log.files[fileIndex].blankLines += table.blankLines.filter { $0 > header.line }.count
    try table.dropValuesPastHeader(
      headerIndex: layout.headerIndex, fileIndex: fileIndex, isLenient: options.isLenient, log: &log
    )
    // Date columns of spreadsheet day numbers (`45658`: dates pasted as values, or a column
    // formatted General), read as dates by the customer list's rule (session 36, imp; hostile
    // trial 35, H35-11: refused cell by cell, "a spreadsheet's day number?", though a customer
    // list's were read). A column mixing written dates and day numbers stays refused.
    CubeReader.readSerialDates(
      &table.records[(layout.headerIndex + 1)...],
      columns: [LedgerLayout.Role.date, .serviceDate, .serviceStart, .serviceEnd].compactMap {
        role in layout.columns[role].map { ($0, role.rawValue) }
      }, header: header.cells, file: file, notes: &log.notes)
    var body = table.records[(layout.headerIndex + 1)...]
    if let a = layout.columns[.amount], a < header.cells.count,
      let document = LedgerLayout.documentKey(LedgerLayout.normalized(header.cells[a])),
      let d = header.cells.firstIndex(where: { LedgerLayout.normalized($0) == document })
    {
      log.notes.append(
        "\(file): amounts read from \"\(header.cells[a])\", the company's base currency, not "
          + "\"\(header.cells[d])\" beside it (each document's own currency)")
    }
    let columnsByRole = RoleColumns(layout.columns)
    func cell(_ r: ImportTable.Record, _ role: LedgerLayout.Role) -> String {
      guard let c = columnsByRole[role], c < r.cells.count else { return "" }
      return r.cells[c]
    }
    /// The column dating row `r`: its service date when it has one (the month served), else its
    /// invoice date.
    /// A service period written in that column (`01.01.2024 - 31.01.2024`) is a period, and
    /// the invoice date dates the line, as with service period columns (review 12, F12).
    func dated(_ r: ImportTable.Record) -> LedgerLayout.Role {
      let served = cell(r, .serviceDate)
      return served.isEmpty || Self.serviceRange(served) != nil || Self.serviceMonth(served) != nil
        ? .date : .serviceDate
    }
    var servedLines = 0
    // Lines whose service-date cell names a month without a day: served that whole month.
    var monthServed = 0
    let (order, otherDateOrder) = try dateOrder(
      body, header: header.cells, layout: layout, file: file, options: options,
      title: title, log: &log)
    let isDecimalComma = try decimalMark(body, layout: layout, file: file, options: options)
    if isGrossLessTax {
      grossLessTax(
        &table, layout: layout, isDecimalComma: isDecimalComma, file: file, notes: &log.notes)
      body = table.records[(layout.headerIndex + 1)...]
    }
    // A discount column whose reading the file's own totals decide (session 17, import lane:
    // trial 16, M4) is no finding and no range end; a subtotal's excess over the total less the
    // tax is then that discount, taken off.
    let tieOut = discountTieOut(
      layout: layout, header: header.cells, body: body, isDecimalComma: isDecimalComma, file: file)
    if let i = taxFindingIndex,
      let note = netOfTaxTieOut(
        layout: layout, header: header.cells, body: body, isDecimalComma: isDecimalComma,
        file: file)
    {
      log.findings.remove(at: i)
      log.notes.append(note)
    }
    // Otherwise the discount finding keeps its place among the findings but is written after
    // the lines are read, when the file's currency is known: its total is money, written as the
    // report writes money (session 17, report: "1200.00 in all" beside "$1,200" elsewhere).
    let discountFindingIndex = tieOut == nil ? log.findings.count : nil
    if let tieOut {
      log.notes.append(tieOut.note)
      if let i = taxNoteIndex,
        let note = taxNote(
          layout: layout, header: header.cells, file: file, isDiscountDecided: true)
      {
        log.notes[i] = note.text
      }
    }
    if tieOut?.isBeforeDiscount != true,
      let finding = subtotalFinding(
        layout: layout, header: header.cells, body: body, isDecimalComma: isDecimalComma,
        file: file)
    {
      log.findings.append(finding)
    }
    var data = LedgerData(fileIndex: fileIndex)
    data.otherDateOrder = otherDateOrder
    data.dateColumn = columnsByRole[.date].flatMap {
      $0 < header.cells.count ? ($0 + 1, header.cells[$0]) : nil
    }
    let isFailedClosed =
      layout.columns[.status].map {
        Self.isFailedClosed(statusHeader: header.cells[$0])
      } ?? false
    let discountColumn = discountColumn(layout: layout, header: header.cells)
    // Read for the reading net of the discounts (review 13, F24), so not listed as ignored
    // (session 16, report: Data quality's "Columns ignored" named it beside the note pricing it).
    if let c = discountColumn {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("discount: \(header.cells[c])")
    }
    // A line per row at most: grown by doubling, a 1M-line ledger's lines took twice their
    // 68 MB (twelfth session).
    data.entries.reserveCapacity(body.count)
    data.cancelFlagHeader = layout.columns[.cancelFlag].map { header.cells[$0] }
    data.notice =
      layout.columns[.noticeDate].map { (header.cells[$0], true) }
      ?? layout.columns[.willRenew].map { (header.cells[$0], false) }
    var index = [String: Int]()
    var badRows = BadRows()
    // Amount cells rounded to the cent (H35-9).
    var offCent = OffCentCells()
    var currencies = [String: Int]()
    // The first currency seen (the lowest line): `currencies.keys.first` is in the dictionary's
    // order, which differs from run to run.
    var firstCurrency: String?
    // Per currency: its lines and the customer of the first.
    var currencyLines = [String: (count: Int, customer: String)]()
    var dollarSigns = CurrencySigns()
    // The first line whose currency cell differs from the currency the amount header names.
    // `amount`: the amount cell's text, when its sign gave the currency (no currency cell).
    var headerConflict: (currency: String, line: Int, amount: String?)?
    // The totals rows of the current export, and the last totals row of each export above the
    // last repeated header: its grand total (rows above it are subtotals).
    var totals = [(line: Int, cents: Int64)]()
    var grandTotals = [(line: Int, cents: Int64)]()
    // Cents of the lines skipped as repeats of an earlier export: their export's grand total
    // counts them.
    var repeatedCents: Int64 = 0
    // An A/R ledger typed `Debit`/`Credit`: its debits are invoices and its credits are
    // usually payments received, so a bare `Credit` is read as a payment, not a credit note.
    let isDebitCredit =
      layout.columns[.type] != nil
      && body.contains { CubeLayout.normalized(cell($0, .type)) == "debit" }
    var debitCreditSkipped: (count: Int, cents: Int64, line: Int)?
    // Lines `--lenient` leaves out for another currency than `--currency` (T44-5).
    var otherCurrencies = OtherCurrencyLines()
    // A payments table: every dated line's type a payment, a credit document or a purchase, and
    // some a payment. With no invoice to pay, its payments are the revenue record (cash basis),
    // read as charges with a finding (review 11, F20: a transactions table typed `payment` read
    // ARR 0, every line skipped as cash). Beside invoices, payments stay skipped.
    // Beside another file's invoices (review 47b, R47b-13), payments stay skipped too.
    let isPaymentsTable =
      !isBesideInvoices && layout.columns[.type] != nil
      && body.contains { Self.isPayment(cell($0, .type)) }
      && !body.contains { r in
        let t = cell(r, .type)
        return !cell(r, .date).isEmpty && !cell(r, .amount).isEmpty && !Self.isPayment(t)
          && !CreditNotes.isCredit(t) && !Self.isPurchase(t)
      }
    data.isPaymentsTable = isPaymentsTable
    // A type column typing some lines `subscription` types its `charge` lines as the usage
    // charged beside the subscription (Lago's fee types: a plan's charges are its metered
    // components; session 18, import4 lane, trial 17's L1: "type values not recognised").
    // A payments export's `charge` (Stripe's balance transactions) has no subscription line.
    let isChargeUsage =
      layout.columns[.type] != nil
      && body.contains { CubeLayout.normalized(cell($0, .type)) == "subscription" }
    // A price's usage type (`Price Usage Type`: `metered`), or a Stripe subscription line's
    // description naming metered usage, makes the line usage (trial 50, T50-2; ``MeteredLines``).
    let usageTypeColumn = MeteredLines.usageTypeColumn(
      header.cells, assigned: Set(layout.columns.values))
    if let c = usageTypeColumn {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("usage type: \(header.cells[c])")
    }
    var metered = (count: 0, accounts: Set<String>(), line: 0, description: "", byColumn: false)
    var paymentsRead = 0
    var purchases = 0
    var types = CreditTable.Types()
    var sum: Int64 = 0
    var unknownTypes = Set<String>()
    // The lines of those types and their amounts, as written: the finding's stakes.
    var unknownTyped = (lines: 0, cents: Int64(0), others: Set<String>())
    // Lines typed by the recurring flag: [recurring, one-time].
    var flagged = [0, 0]
    // Lines typed by their order's tags: [subscription, one-time].
    var tagged = [0, 0]
    // Lines typed by their class (``LedgerLayout/Role/lineClass``), per kind.
    var classed = [LedgerEntry.Kind: Int]()
    // The last line with a date: a line without a date or an amount below it, of its customer,
    // may continue it (a multi-line order's further item).
    var above: (key: String, name: String, document: String)?
    // Exports concatenated into one file: the lines of the exports above the last repeated
    // header (`nil` before one), the lines of the current export, and the repeats skipped.
    var overlap = ExportOverlap(rows: body, header: header.cells)
    // A block of lines written twice further down, invoice numbers included (trial 55, T55-9).
    let copied = CopiedBlocks(body, document: columnsByRole[.document])
    var groups = CustomerGroups()
    // Groups of items whose lines name their customers (``itemGroupsNameColumn``).
    let itemNames = itemGroupsNameColumn(header: header.cells, body: body, layout: layout)
    var credits = CreditNotes()
    var unpaid = UnpaidLines()
    var voids = VoidReversals()
    // The customer of the previous line, for the message of a line without one.
    var lastKey = ""
    var isPastGrandTotal = false
    var grandTotalLine = 0
    var subtotalFindings = [String]()
    func money(_ cents: Int64) -> String {
      Money.text(
        cents: cents, currency: options.currency ?? firstCurrency ?? log.currency)
    }
    // A header that implies cents (`unit_amount`) over amounts written `147.00`: major units
    // (trial 48, T48-28).
    if let a = layout.columns[.amount], a < header.cells.count {
      layout.isAmountInMinorUnits = AmountUnit.isMinorAfterCells(
        raw: header.cells[a], isMinor: layout.isAmountInMinorUnits, given: options.amounts,
        cells: body.lazy.map { ($0.cell(a), $0.line) }, isDecimalComma: isDecimalComma,
        file: file, header: header.cells, notes: &log.notes)
    }
    let unit = amountUnit(
      body, header: header, layout: layout, file: file, options: options, log: &log)
    let amountCells = AmountCells(
      unit: unit.unit, isDecimalComma: isDecimalComma, reason: unit.reason,
      currency: options.currency)
    // Income in the accounting sign (invoices negative, as a saved search on the revenue
    // accounts shows credits to income): every amount is read reversed (trial 41, T41-11).
    let mainLine = header.cells.indices.first {
      Self.mainLineNames.contains(LedgerLayout.normalized(header.cells[$0]))
    }
    let accountingSign = Self.accountingSign(
      body, typeColumn: layout.columns[.type], amountColumn: layout.columns[.amount],
      mainLine: mainLine
    ) { text in try? amountCells.hundredths(text, currency: options.currency) }
    /// Hundredths of a unit of an amount cell, in the file's unit and sign; `currency`: the
    /// row's, else `--currency`, else the first currency seen so far.
    func cents(_ text: String, currency: String?) throws(AmountUnit.MinorFailure) -> Int64 {
      let v = try amountCells.hundredths(
        text, currency: currency ?? options.currency ?? firstCurrency)
      return accountingSign == nil ? v : 0 &- v
    }
    if let sign = accountingSign, let t = layout.columns[.type], let a = layout.columns[.amount] {
      log.notes.append(
        "\(file): income in the accounting sign: \(sign.negative) of the \(sign.invoices) lines "
          + "typed as invoices (\"\(header.cells[t])\" \"\(sign.example)\") are negative, as a "
          + "revenue account's credits show, so every amount in \"\(header.cells[a])\" is read with "
          + "its sign reversed: invoices are revenue, credit memos credits"
          + (mainLine.map { Self.mainLinesMixed(body, column: $0) } == true
            ? " (the rows with \"\(header.cells[mainLine!])\" set, the receivables' side, "
              + "not weighed)" : ""))
    }
    /// A bad line (``BadRows``).
    func reject(_ rowProblems: [InputProblem], line: Int) {
      badRows.reject(
        rowProblems, line: line, fileIndex: fileIndex, isLenient: options.isLenient, log: &log)
    }
    // An invoice's own row beside its item lines (NetSuite's main line, an invoicing tool's
    // invoice-level row): its document's total, excluded and checked (trial 41, T41-4).
    let amountCents = { (text: String) -> Int64? in
      text.isEmpty ? nil : try? cents(text, currency: nil)
    }
    // An invoice's tax on a line of its own: collected, not earned (review 43, V5). First: a
    // subtotal below it is the lines less it (review 45, Y-9).
    let namedTaxLines = Self.taxLines(
      layout: layout, header: header.cells, body: body, cents: amountCents)
    let documentTotals = Self.documentTotals(
      layout: layout, header: header.cells, body: body, taxLines: namedTaxLines,
      cents: amountCents)
    // With the rows between a subtotal and its total that are their tax (review 46, R46-10).
    let taxLines = namedTaxLines.union(documentTotals.taxRows)
    var taxLineCents: Int64 = 0
    if let c = documentTotals.mainLine, !documentTotals.rows.isEmpty {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("main line: \(header.cells[c])")
    }
    // Chargebee's pair: `Not Paid` (every attempt failed, dunning over) beside `Payment Due`
    // (dunning in progress) says written off; alone it is a generic unpaid word (review 45b,
    // Z-14).
    let isNotPaidWrittenOff = body.contains {
      WrittenOffLines.isDunningInProgress(cell($0, .status))
    }
    // A page's title line repeated above a repeated header (T50-24).
    let pageTitles = Self.pageTitleLines(
      body, titles: table.records.prefix(layout.headerIndex), header: header.cells)
    // A tiered line's count month by month (``MeteredLines/CountShape``; review 52b, R52b-7).
    let countShapes =
      layout.dialect == .stripeInvoiceLines
      ? MeteredLines.shapes(
        body.compactMap { r in
          guard CubeLayout.normalized(cell(r, .type)) == "subscription",
            let d = LedgerDate.parse(cell(r, dated(r)), order: order),
            let amount = try? cents(cell(r, .amount), currency: nil)
          else { return nil }
          let key = CustomerKey.plain(
            cell(r, .customerID).isEmpty ? cell(r, .customerName) : cell(r, .customerID))
          return (key, cell(r, .description), d.month, amount)
        }) : [:]
    // A payment without a customer id or name beside an email column (Stripe's guest payments:
    // a checkout with no customer object, which no subscription can have) is one-time revenue,
    // skipped (session 54, crm lane; trial 54, T54-17: refused, "fill the column down").
    // Only in Stripe's payments export: elsewhere a line with blank customer cells continues
    // the invoice above (session 55, crm lane; review 55, R55-13: an invoice-lines export's
    // add-on lines were skipped as guests, −21%), and the fill-down problem stands.
    let isPayments = Importer.looksLikeStripePayments(header.cells)
    let emailColumn = header.cells.indices.first { c in
      isPayments && c != columnsByRole[.customerID] && c != columnsByRole[.customerName]
        && ["customer email", "email"].contains(LedgerLayout.normalized(header.cells[c]))
    }
    var byEmail = (count: 0, line: 0, cents: Int64(0))
    for r in body {
      log.files[fileIndex].rowsRead += 1
      if pageTitles.contains(r.line) {
        log.skip(file: fileIndex, line: r.line, kind: .title, reason: CubeReader.snippet(r.cells))
        continue
      }
      if let t = documentTotals.rows[r.line] {
        log.skip(
          file: fileIndex, line: r.line, kind: .documentTotal,
          reason: documentTotals.labelled.contains(r.line)
            ? "\"\(t.document)\": the invoice's summary row (subtotal or total), excluded and checked"
            : "\"\(t.document)\": the invoice's total beside its lines, excluded and checked")
        continue
      }
      if documentTotals.pageTotals.contains(r.line) {
        log.skip(
          file: fileIndex, line: r.line, kind: .pageTotal,
          reason: "\"\(cell(r, .document))\": a page total (the invoice's lines above it, "
            + "carried to or brought from the next page), not a line")
        continue
      }
      if let s = documentTotals.settlement[r.line] {
        log.skip(
          file: fileIndex, line: r.line, kind: s.isPayment ? .payment : .documentTotal,
          reason: s.isPayment
            ? "\"\(s.document)\": a payment written below the invoice's total, cash, not revenue"
            : "\"\(s.document)\": what is left to pay, written below the invoice's total")
        continue
      }
      if taxLines.contains(r.line) {
        taxLineCents = Money.saturatingSum(
          taxLineCents, (try? cents(cell(r, .amount), currency: nil)) ?? 0)
        log.skip(
          file: fileIndex, line: r.line, kind: .taxLine,
          reason: "\"\(cell(r, .document))\": tax collected, not revenue")
        continue
      }
      if ImportTable.repeatsHeader(r.cells, header.cells) {
        // From here on a line equal to one of an earlier export is their overlap.
        overlap.skipHeader(atLine: r.line, file: fileIndex, log: &log)
        if let t = totals.last { grandTotals.append(t) }
        totals = []
        // A new export starts: its lines are read, and its customers come from its own
        // headers, not a group left open above.
        isPastGrandTotal = false
        groups.closeAll()
        continue
      }
      if let original = copied.copies[r.line] {
        log.skip(
          file: fileIndex, line: r.line, kind: .repeatedLine,
          reason: "repeats line \(original) exactly, its invoice number included (a block of "
            + "lines written twice)")
        repeatedCents = repeatedCents &+ ((try? cents(cell(r, .amount), currency: nil)) ?? 0)
        continue
      }
      // Only a transaction line (a date and an amount) repeats one of an earlier export; a
      // customer header, a subtotal or a grand total written alike in both is read again.
      let isTransaction = !cell(r, .date).isEmpty && !cell(r, .amount).isEmpty
      if overlap.skipsRepeat(
        r.cells, line: r.line, canRepeat: isTransaction, file: fileIndex, log: &log)
      {
        repeatedCents = repeatedCents &+ ((try? cents(cell(r, .amount), currency: nil)) ?? 0)
        continue
      }
      // A balance carried forward (QuickBooks' `Beginning Balance`, `Opening balance`) is what
      // was owed before the period, no transaction of it: skipped and reported, never a line
      // (its text stood in the date column, a problem) nor a customer header.
      // The date first: a dated line is no balance, and the label's test normalizes every
      // cell of the line (a tenth of a plain ledger's import; trial 18a, H1).
      if LedgerDate.parse(cell(r, .date), order: order) == nil,
        let label = Self.balanceLabel(r.cells)
      {
        log.skip(
          file: fileIndex, line: r.line, kind: .footnote,
          reason: "\(label): a balance carried forward, not a transaction of the period")
        continue
      }
      // Spellings a reader cannot tell apart (a no-break space, a zero-width space) are one
      // customer (``CustomerKey``; session 35, hostile trial, H35-3).
      var key = CustomerKey.plain(
        cell(r, .customerID).isEmpty ? cell(r, .customerName) : cell(r, .customerID))
      // In Stripe's payments export, an e-mail or none (trial 54's `c21` has no email column).
      let email = emailColumn.map { c in c < r.cells.count ? r.cells[c] : "" } ?? ""
      if key.isEmpty, isPayments, !layout.isGrouped, email.isEmpty || email.contains("@"),
        !cell(r, .amount).isEmpty, !cell(r, .date).isEmpty
      {
        if byEmail.count == 0 { byEmail.line = r.line }
        byEmail.count += 1
        if let v = try? cents(cell(r, .amount), currency: nil) {
          byEmail.cents = Money.saturatingSum(byEmail.cents, v)
        }
        log.skip(
          file: fileIndex, line: r.line, kind: .oneTimeRow,
          reason: "a guest payment (no customer id"
            + (email.isEmpty ? "" : ", only \"\(email)\"")
            + "): bought without a customer record, never a subscription")
        continue
      }
      let amountText = cell(r, .amount)
      var rowNumber: String?
      if layout.isGrouped {
        // A grouped report (`docs/import.md`, "Grouped reports"): the customer comes from the
        // group header above; subtotal rows are checked against their group's lines.
        if isPastGrandTotal && !cell(r, .date).isEmpty && !amountText.isEmpty {
          // A line with a date and an amount below the grand total, with no repeated header
          // between: never a footnote (it was skipped as one, silently, and the tie-out passed).
          let problem = InputProblem(
            file: file, line: r.line, column: (columnsByRole[.date] ?? 0) + 1,
            message:
              "a line with a date and an amount below the grand total (line \(grandTotalLine)): "
              + "not read (reports joined without their header row? repeat the header above it)")
          reject([problem], line: r.line)
          continue
        }
        if isPastGrandTotal {
          log.skip(
            file: fileIndex, line: r.line, kind: .footnote,
            reason: "below the grand total: " + CubeReader.snippet(r.cells))
          continue
        }
        let lead: String?
        if layout.namesInFirstColumn {
          // Names in the first column (Xero): a name alone on its row, or a total.
          let first = r.cells.first ?? ""
          lead =
            !first.isEmpty && (r.cells.dropFirst().allSatisfy(\.isEmpty) || isTotals([first]))
            ? first : nil
        } else {
          lead =
            layout.groupColumns.lazy.compactMap { c in
              c < r.cells.count && !r.cells[c].isEmpty ? r.cells[c] : nil
            }.first
        }
        // Whether the row has a date: a name written in the date column is none.
        let hasDate =
          lead != nil && layout.namesInFirstColumn && columnsByRole[.date] == 0
          ? false : !cell(r, .date).isEmpty
        if let lead {
          switch groups.lead(lead, hasDate: hasDate) {
          case .grandTotal:
            if let v = try? cents(amountText, currency: nil),
              !amountText.isEmpty
            {
              totals.append((r.line, v))
              log.skip(file: fileIndex, line: r.line, kind: .totals, reason: "excluded and checked")
            } else {
              log.skip(
                file: fileIndex, line: r.line, kind: .totals, reason: "no amount, not checked")
            }
            isPastGrandTotal = true
            grandTotalLine = r.line
            continue
          case .footer:
            log.skip(
              file: fileIndex, line: r.line, kind: .footnote, reason: CubeReader.snippet(r.cells))
            continue
          case .subtotal(let name):
            guard let i = groups.index(of: name) else {
              // Which group it meant to close is unknown: close them all, so the lines that
              // follow need a customer header of their own and are never given to the
              // previous customer.
              groups.closeAll()
              subtotalFindings.append(
                "\(file): line \(r.line) (\"\(lead)\") is a subtotal, but no customer "
                  + "\"\(name)\" is open above it; it was not checked, and lines below it "
                  + "need a customer header")
              log.skip(
                file: fileIndex, line: r.line, kind: .subtotal,
                reason: "\(lead), no such customer above, not checked")
              continue
            }
            let (group, lines) = groups.close(at: i)
            guard !amountText.isEmpty,
              let v = try? cents(amountText, currency: nil)
            else {
              log.skip(
                file: fileIndex, line: r.line, kind: .subtotal,
                reason: "\(lead), no amount, not checked")
              continue
            }
            if v != lines {
              subtotalFindings.append(
                "\(file): the subtotal for \(group.name) (line \(r.line)) says \(money(v)); "
                  + "its lines sum to \(money(lines)) (\(money(v &- lines)))")
            }
            log.skip(
              file: fileIndex, line: r.line, kind: .subtotal,
              reason: "\(lead), excluded and checked")
            continue
          case .header(let name):
            let hasMore = r.cells.indices.contains {
              !layout.groupColumns.contains($0) && !r.cells[$0].isEmpty
            }
            // A name alone opens its group; a name on a line with a date or an amount is the
            // first line of its group (a report that writes the name once, not on a row of its
            // own). A whole number on such a line is a row number (pandas writes its index under
            // a blank header), never a customer.
            if hasMore && name.allSatisfy({ $0.isASCII && $0.isNumber }) {
              rowNumber = name
              break
            }
            // `Total <name>` naming no open customer, with an amount but no date: no subtotal
            // (no customer above is named) and no customer's first line (a line has a date).
            // Opening a group for it gave the lines below, with `--lenient`, to a customer
            // named "Total …"; its group would have been closed by the subtotal it meant to
            // be, so every open group closes and the lines below need a header of their own.
            if hasMore && !hasDate && CubeLayout.normalized(name).hasPrefix("total ") {
              groups.closeAll()
              let problem = InputProblem(
                file: file, line: r.line, column: (columnsByRole[.date] ?? 0) + 1,
                message:
                  "\"\(name)\" names no open customer, so it is no subtotal, and a row without a "
                  + "date is no customer's first line (expected \"Total <customer>\" naming the "
                  + "customer header above it, or a date); the lines below it need a customer "
                  + "header of their own")
              reject([problem], line: r.line)
              continue
            }
            groups.begin(name, line: r.line)
            guard hasMore else {
              log.skip(
                file: fileIndex, line: r.line,
                kind: itemNames == nil ? .customerHeader : .sectionHeader, reason: name)
              continue
            }
          }
        }
        if let c = itemNames {
          key = CustomerKey.plain(c < r.cells.count ? r.cells[c] : "")
        } else {
          key = groups.current?.name ?? ""
        }
      }
      // A multi-line order's further item (Shopify: the order's number, its email and the
      // item's cells): the first line's amount is the whole order's (session 17, import2 lane:
      // each such line was a problem, "date "" is not a date").
      if continues(r, key: key, above: above, layout: layout, cell: cell) {
        log.skip(
          file: fileIndex, line: r.line, kind: .continuationLine,
          reason: "a further line of the line above (no date, no amount: its order's or "
            + "invoice's amount is on that line)")
        continue
      }
      // A row without a customer is a totals row or a footnote when it has no date either, or
      // when its first non-empty cell says total (an export whose first column is the date
      // writes `TOTAL` there).
      // A totals row written in the customer column (Salesforce's `Grand Totals (90 records)`),
      // with no date: a customer named "Total" has dated lines, and they are read.
      if (key.isEmpty && (cell(r, .date).isEmpty || isTotals(r.cells)))
        || (!key.isEmpty && cell(r, .date).isEmpty && isTotals([key]))
      {
        if isTotals(r.cells),
          let v = try? cents(amountText, currency: nil)
        {
          totals.append((r.line, v))
          log.skip(file: fileIndex, line: r.line, kind: .totals, reason: "excluded and checked")
        } else {
          log.skip(
            file: fileIndex, line: r.line, kind: .footnote, reason: CubeReader.snippet(r.cells))
        }
        continue
      }
      if !cell(r, .date).isEmpty {
        above = (key, cell(r, .customerName), cell(r, .document))
      }
      // A refund date set on the line (RevenueCat's `refunded_at`) says the charge went back,
      // as a `refunded` status does (trial 22, T22-4: read as revenue, and each refunder left a
      // period late).
      let refunded = cell(r, .refundDate)
      let isRefundedByDate = !refunded.isEmpty && LedgerDate.parse(refunded, order: order) != nil
      let status = isRefundedByDate ? "refunded" : cell(r, .status).lowercased()
      if isRefundedByDate {
        data.refundedByDate.count += 1
        if let v = try? cents(amountText, currency: nil) {
          data.refundedByDate.cents = data.refundedByDate.cents &+ v
        }
      }
      if Self.draftStatuses.contains(CubeLayout.normalized(status)) {
        // Never issued: no revenue, and nothing to cancel (review 12, F2: a draft paired with
        // an unrelated credit of its amount and both were skipped).
        log.skip(file: fileIndex, line: r.line, kind: .voidOrDraft, reason: status)
        continue
      }
      // A charge that collected nothing (refunded in full, declined) was still billed on its
      // account's rhythm: its month stays a month of the rhythm, revenue 0 (``LedgerImporter``).
      func rhythmOnly() {
        if cell(r, .serviceStart).isEmpty,
          Self.kind(cell(r, .type), dialect: layout.dialect) != .oneTime,
          columnsByRole[.tags] == nil || Self.subscriptionTagged(cell(r, .tags)),
          let date = LedgerDate.parse(cell(r, dated(r)), order: order),
          let v = try? cents(amountText, currency: nil), v > 0
        {
          data.refundedCharges.append((key, date, v))
        }
      }
      if Self.isDeclined(status, isFailedClosed: isFailedClosed) {
        log.skip(file: fileIndex, line: r.line, kind: .declinedPayment, reason: status)
        // A declined attempt in a month with no paid charge is that month's charge failing
        // (trial 54, T54-14: a monthly $499 customer's one failed month read as a quarterly
        // rhythm, a third of its ARR).
        rhythmOnly()
        continue
      }
      if Self.chargedBackStatuses.contains(CubeLayout.normalized(status)) {
        log.skip(file: fileIndex, line: r.line, kind: .chargedBack, reason: status)
        continue
      }
      if Self.voidStatuses.contains(CubeLayout.normalized(status)) {
        let isRefunded =
          isRefundedByDate || Self.refundedStatuses.contains(CubeLayout.normalized(status))
        log.skip(
          file: fileIndex, line: r.line, kind: isRefunded ? .refunded : .voidOrDraft,
          reason: isRefundedByDate
            ? "refunded (\"\(header.cells[columnsByRole[.refundDate]!])\" \(refunded))" : status)
        // A charge refunded in full was billed on its rhythm: its month stays a month of the
        // rhythm, revenue 0 (session 17, import2 lane: a
        // refunded monthly order left a gap, and the customer read quarterly, a third).
        if Self.refundedStatuses.contains(CubeLayout.normalized(status)) { rhythmOnly() }
        let currency =
          cell(r, .currency).isEmpty
          ? CurrencySigns.code(amount: amountText, named: layout.amountCurrency)
            ?? layout.amountCurrency
          : CurrencySigns.code(cell: cell(r, .currency), named: layout.amountCurrency)
        voids.add(
          key: key, date: LedgerDate.parse(cell(r, dated(r)), order: order),
          cents: try? cents(amountText, currency: currency),
          isCredit: CreditNotes.isCredit(cell(r, .type)), document: cell(r, .document),
          line: r.line)
        continue
      }
      let isUnpaid = UnpaidLines.isUnpaid(status)
      if Self.isPayment(cell(r, .type)) && !isPaymentsTable {
        log.skip(
          file: fileIndex, line: r.line, kind: .payment,
          reason: "cash received, not revenue (type \"\(cell(r, .type))\")")
        continue
      }
      // A bank statement's line of money out with no money in: paid to a supplier, the payroll
      // or another account, never a customer's revenue or credit (trial 28, T28-19: each was a
      // bad row, "no amount"; the advice to fill the customer column down would have made the
      // payroll a customer's credit).
      if let out = columnsByRole[.moneyOut], Self.isBlankOrZero(amountText),
        !Self.isBlankOrZero(cell(r, .moneyOut))
      {
        log.skip(
          file: fileIndex, line: r.line, kind: .outflow,
          reason: "money out (\"\(header.cells[out])\" \(cell(r, .moneyOut))), not revenue")
        continue
      }
      // A fee with no customer is the processor's, not a customer's one-time fee (T28-18).
      // A customer's top-up (`top_up`) buys it credits (trial 33, T33-9): only the balance's
      // own, with no customer, is the company's money.
      if (Self.isOwnMoneyMovement(cell(r, .type))
        && !(!key.isEmpty && PrepaidCommits.isPurchaseType(cell(r, .type))))
        || (key.isEmpty && Self.isFee(cell(r, .type)))
      {
        log.skip(
          file: fileIndex, line: r.line, kind: .ownMoney,
          reason: "the company's own money moved, not revenue (type \"\(cell(r, .type))\")")
        continue
      }
      if Self.isPurchase(cell(r, .type)) {
        purchases += 1
        log.skip(
          file: fileIndex, line: r.line, kind: .purchase,
          reason: "money paid out, not revenue (type \"\(cell(r, .type))\")")
        continue
      }
      if isDebitCredit && CubeLayout.normalized(cell(r, .type)) == "credit" {
        let amount = (try? cents(cell(r, .amount), currency: nil)) ?? 0
        let was = debitCreditSkipped ?? (0, 0, r.line)
        debitCreditSkipped = (
          was.count + 1, was.cents &+ (amount < 0 ? 0 &- amount : amount), was.line
        )
        log.skip(
          file: fileIndex, line: r.line, kind: .payment,
          reason: "a credit in a Debit/Credit ledger: a payment received, not revenue")
        continue
      }
      var rowProblems = [InputProblem]()
      func problem(_ role: LedgerLayout.Role, _ message: String) {
        rowProblems.append(
          InputProblem(
            file: file, line: r.line, column: (columnsByRole[role] ?? 0) + 1, message: message))
      }
      if key.isEmpty {
        problem(
          .customerID,
          layout.isGrouped
            ? "a line before any customer header (expected a customer's name alone on a row "
              + "above it, in column \(layout.groupColumns[0] + 1))"
              + (rowNumber.map {
                "; \"\($0)\" in that column is a row number (as pandas writes its index), not a "
                  + "customer: name the customer column in the header"
              } ?? "")
            : "no customer id or name (expected a value)"
              + (lastKey.isEmpty
                ? ""
                : "; written only on a line above (\"\(lastKey)\", merged cells or a grouped "
                  + "export)? fill the column down in the spreadsheet"))
      }
      let dateRole = dated(r)
      if dateRole == .serviceDate { servedLines += 1 }
      let date = LedgerDate.parse(cell(r, dateRole), order: order)
      // Dated by its period's start, a line's date problem is the period's (``readPeriod``), or,
      // with neither day, a missing period.
      if date == nil && !layout.isDatedByPeriod {
        problem(
          dateRole,
          "date \"\(cell(r, dateRole))\" is not a date (expected e.g. 2025-03-01 or 3/1/2025)"
            + serialHint(cell(r, dateRole)))
      } else if date == nil && cell(r, .serviceEnd).isEmpty && cell(r, .serviceStart).isEmpty {
        problem(
          .serviceStart,
          "service period missing (no column is an invoice date, so each line is dated by its "
            + "period's start; expected a start and an end)")
      }
      var amount: Int64 = 0
      let currencyText = cell(r, .currency)
      // With no currency cell, sign or header: the currency the invoice's summary rows name,
      // when the file's name two (``DocumentTotals/labelCurrency``).
      let rowCurrency =
        currencyText.isEmpty
        ? CurrencySigns.code(amount: amountText, named: layout.amountCurrency)
          ?? layout.amountCurrency ?? documentTotals.labelCurrency[r.line]
        : CurrencySigns.code(cell: currencyText, named: layout.amountCurrency)
      if !currencyText.isEmpty && rowCurrency == nil {
        problem(.currency, CurrencySigns.problem(currencyText))
      }
      // With `--lenient` and `--currency`, a line in another currency is a bad row: amounts
      // are never converted, and the others can still be read (session 17, import2 lane; trial
      // 16, PP1: one payer in EUR refused a PayPal file in USD whole, with no way on).
      if options.isLenient, let wanted = options.currency, let line = rowCurrency, line != wanted {
        otherCurrencies.add(
          currency: line, cents: try? cents(amountText, currency: line), month: date?.month,
          customer: key)
        problem(
          .currency,
          "an amount in \(line), not in \(wanted) (--currency): amounts are never converted "
            + "(rates are not supported), so the line is not read")
      }
      if !currencyText.isEmpty, let line = rowCurrency,
        let found = CurrencySigns.conflict(amount: amountText, lineCurrency: line)
      {
        problem(
          .amount, CurrencySigns.conflictProblem(amount: amountText, found: found, line: line))
      }
      // The line's discount, as a positive amount, when the discount column has one.
      var discount: Int64 = 0
      do throws(AmountUnit.MinorFailure) {
        // A blank cell is zero in a cube (a month without revenue), but a ledger line without
        // an amount bills nothing known: a problem, not a silent zero.
        if amountText.isEmpty { throw .money(.notAnAmount) }
        amount = try cents(amountText, currency: rowCurrency)
        offCent.see(amountText, cents: amount, line: r.line, column: columnsByRole[.amount] ?? 0)
        // A line of an invoice whose total is below its lines: its share of that discount off
        // (review 45, Y-10).
        if let line = documentTotals.rescaled[r.line], line.read == amount { amount = line.net }
        if let c = discountColumn, c < r.cells.count, !r.cells[c].isEmpty,
          let d = try? cents(r.cells[c], currency: rowCurrency)
        {
          discount = d < 0 ? 0 &- d : d
        }
      } catch {
        problem(
          .amount,
          amountText.isEmpty
            ? "no amount (expected e.g. 1234.50)" : amountCells.message(amountText, error))
      }
      var period = readPeriod(r, layout: layout, order: order, cell: cell, problem: problem)
      if period == nil, let range = Self.serviceRange(cell(r, .serviceDate)) {
        period = readPeriod(
          r, layout: layout, order: order,
          cell: { _, role in
            role == .serviceStart ? range.start : role == .serviceEnd ? range.end : ""
          },
          problem: { _, text in problem(.serviceDate, text) })
      }
      // A month named without a day (`Service Month` 2025-06) is served whole (trial 41, T41-6).
      if period == nil, let m = Self.serviceMonth(cell(r, .serviceDate)) {
        period = (CivilDate.firstDay(of: m), CivilDate.lastDay(of: m))
        monthServed += 1
      }
      // A service day in a month before its invoice's: billed in arrears, as a service period
      // ending before its invoice month is, for the as-of month (review 12, F13).
      if dateRole == .serviceDate, let served = date,
        let invoiced = LedgerDate.parse(cell(r, .date), order: order),
        served.month < invoiced.month
      {
        data.servedInArrears = max(data.servedInArrears ?? served.month, served.month)
      }
      if !rowProblems.isEmpty {
        reject(rowProblems, line: r.line)
        continue
      }
      let currency = rowCurrency
      // A currency cell other than the one the amount header names (`amount_usd` beside
      // `currency` EUR: amounts converted to US dollars, or in euros?) cannot be read either way.
      if headerConflict == nil, let named = layout.amountCurrency, let currency, currency != named {
        headerConflict = (currency, r.line, cell(r, .currency).isEmpty ? amountText : nil)
      }
      dollarSigns.see(cell: cell(r, .currency), amount: amountText, code: currency, line: r.line)
      if let currency {
        currencyLines[currency, default: (0, key)].count += 1
      }
      if let currency, currencies[currency] == nil {
        currencies[currency] = r.line
        if firstCurrency == nil { firstCurrency = currency }
      }
      let a: Int
      if let existing = index[key] {
        a = existing
      } else {
        a = data.accounts.count
        index[key] = a
        let name = cell(r, .customerName)
        data.accounts.append(
          ImportedAccount(id: key, name: name.isEmpty ? nil : name, source: (file, r.line)))
      }
      let typeText = cell(r, .type)
      var kind = Self.kind(typeText, dialect: layout.dialect)
      if kind == nil && isChargeUsage && Self.isUsageCharge(typeText) { kind = .usage }
      let usageType = usageTypeColumn.map { r.cell($0) }
      if kind != .oneTime && kind != .usage,
        MeteredLines.isMetered(
          type: typeText, description: cell(r, .description), usageType: usageType,
          dialect: layout.dialect,
          counts: countShapes.isEmpty
            ? nil
            : MeteredLines.countKey(customer: key, description: cell(r, .description))
              .flatMap { countShapes[$0] })
      {
        kind = .usage
        if metered.count == 0 {
          metered.line = r.line
          metered.description = cell(r, .description)
          metered.byColumn = usageType.map { CubeLayout.normalized($0) == "metered" } ?? false
        }
        metered.count += 1
        metered.accounts.insert(key)
      }
      // A credit document naming prepaid credits bought (Lago's wallet top-up: type `credit`,
      // "Prepaid credits") is a purchase of them, billed, not a credit note (session 18,
      // import4 lane; trial 17, L1: negated, it wiped the customer's month).
      // Only a bare `credit`: a credit memo or a refund of prepaid credits stays a credit.
      // In Lago's exports every positive `credit` (or `credits`) line is such a top-up
      // (trial 33, T33-9: "Credits" or no name, negated, wiped the customer).
      let bareCredit = ["credit", "credits"].contains(CubeLayout.normalized(typeText))
      let isTopUp =
        amount > 0 && bareCredit
        && (isLago || PrepaidCommits.namesPurchase(cell(r, .description)))
        && !CubeLayout.normalized(cell(r, .description)).contains("refund")
      // A yes/no recurring column types a line the type column leaves untyped (fifteenth
      // session's trial: a Chargebee invoice with `recurring` false, a one-off charge, was
      // spread as a term's payment into ARR).
      if kind == nil, let recurs = Self.yesNo(cell(r, .recurringFlag)) {
        kind = recurs ? .recurring : .oneTime
        flagged[recurs ? 0 : 1] += 1
      }
      if kind == nil, columnsByRole[.tags] != nil {
        let recurs = Self.subscriptionTagged(cell(r, .tags))
        kind = recurs ? .recurring : .oneTime
        tagged[recurs ? 0 : 1] += 1
      }
      // A class the type column leaves open (QuickBooks' `Class`, Xero's tracking option, an
      // item beside the description) types the line by the words it names (trial 41, T41-5).
      // Not a line whose own description says it recurs ("Monthly subscription" under the
      // product "Onboarding": review 42, R3).
      if kind == nil, columnsByRole[.lineClass] != nil,
        let k = Self.classKind(cell(r, .lineClass)),
        !UsageMonths.hasWord(cell(r, .description), of: Self.recurringWords)
      {
        kind = k
        classed[k, default: 0] += 1
      }
      let isStripeItem =
        layout.dialect == .stripeInvoiceLines && CubeLayout.normalized(typeText) == "invoiceitem"
      let isPaymentRead = isPaymentsTable && Self.isPayment(typeText)
      if isPaymentRead { paymentsRead += 1 }
      // A bare `charge` (Stripe's balance report's category of a customer's payment) says
      // nothing of what it bills: no type, not listed as unrecognised.
      if kind == nil && !typeText.isEmpty && !isStripeItem && !Self.isDocument(typeText)
        && !Self.isUsageCharge(typeText) && !isPaymentRead
        && !PrepaidCommits.isPurchaseType(typeText)
      {
        // Every such line counts toward the finding's stakes; ten types are named, the rest
        // counted (up to a thousand: a hostile file's million types are not kept).
        if unknownTypes.count < 10 || unknownTypes.contains(typeText) {
          unknownTypes.insert(typeText)
        } else if unknownTyped.others.count < 1_000 {
          unknownTyped.others.insert(typeText)
        }
        unknownTyped.lines += 1
        unknownTyped.cents = unknownTyped.cents &+ amount
      }
      // A line with a period whose description says it is prorated is a proration too: a
      // partial-period change of the recurring charge (session 49, imp lane; trial 48, T48-19).
      let proration =
        ["true", "yes", "1", "y"].contains(cell(r, .proration).lowercased())
        || (period != nil && UsageMonths.hasWord(cell(r, .description), of: Self.prorationWords))
      // The file's totals and subtotals are of the amounts as written.
      sum = sum &+ amount
      groups.add(amount)
      if tieOut?.isBeforeDiscount == true {
        // The file says the amount is before the discount: the line bills it net.
        amount = amount &- discount
      }
      // A credit note awaiting its refund (Xero's `AUTHORISED`, written positive) is no revenue
      // to collect.
      // A written-off line is counted once it is known whether a collected charge follows it
      // (``WrittenOffLines``).
      let isWrittenOff =
        isUnpaid
        && (WrittenOffLines.isWrittenOff(status)
          || (isNotPaidWrittenOff && WrittenOffLines.isCollectionStopped(status)))
      if isUnpaid && !CreditNotes.isCredit(typeText) && !isWrittenOff {
        unpaid.add(amount, status: cell(r, .status), line: r.line)
      }
      lastKey = key
      credits.add(data.entries.count, type: isTopUp ? "" : typeText, line: r.line)
      types.add(type: isTopUp ? "" : typeText, line: r.line, amount: amount)
      if tieOut == nil && discount != 0 {
        data.discounts.append((data.entries.count, discount))
      }
      var entry = LedgerEntry(
        account: a, line: r.line, date: date!, period: period, kind: kind,
        description: cell(r, .description), amount: amount, isProration: proration,
        document: cell(r, .document), reference: cell(r, .reference))
      entry.isPrepaidPurchase =
        isTopUp || (kind == nil && PrepaidCommits.isPurchaseType(typeText))
      entry.isCommitmentType = kind == nil && PrepaidCommits.isCommitmentType(typeText)
      entry.isUnpaid = isUnpaid
      entry.isWrittenOff = isWrittenOff && !CreditNotes.isCredit(typeText)
      let quantityText = cell(r, .quantity)
      if !quantityText.isEmpty { entry.quantity = LedgerUsage.units(quantityText) }
      let cancelText = cell(r, .cancelFlag)
      if !cancelText.isEmpty {
        if let isCancel = Self.yesNo(cancelText) {
          entry.isCancel = isCancel
        } else {
          data.unreadCancelFlags.count += 1
          if data.unreadCancelFlags.first == nil {
            data.unreadCancelFlags.first = (cancelText, r.line)
          }
        }
      }
      let noticeText = cell(r, data.notice?.isDate == true ? .noticeDate : .willRenew)
      if !noticeText.isEmpty {
        let isNotice =
          data.notice?.isDate == true
          ? LedgerDate.parse(noticeText, order: order).map { _ in true }
          : Self.yesNo(noticeText).map { !$0 }
        if let isNotice {
          entry.isNotice = isNotice
        } else {
          data.unreadNotices.count += 1
          if data.unreadNotices.first == nil { data.unreadNotices.first = (noticeText, r.line) }
        }
      }
      data.entries.append(entry)
      log.files[fileIndex].rowsUsed += 1
    }
    try badRows.check(in: file)
    // Stripe's payments export, read now that its `Created date (UTC)` dates it (T54-16).
    if Importer.looksLikeStripePayments(header.cells) {
      log.notes.append(
        "\(file): Stripe's payments export: each charge is read in the month it was paid (cash "
          + "received, not invoiced by service period; an annual plan paid once is spread as "
          + "any line billed once a year); the invoice line items and the subscriptions give the "
          + "periods")
    }
    if byEmail.count > 0 {
      log.notes.append(
        "\(file): \(Counted.phrase(byEmail.count, "line")) \(byEmail.count == 1 ? "has" : "have") "
          + "no customer id (guest payments"
          + (emailColumn.map { ", an e-mail at most under \"\(header.cells[$0])\"" } ?? "") + ", "
          + "first on line \(byEmail.line), \(Money.decimalString(cents: byEmail.cents)) in all): "
          + "bought without a customer record, never a subscription: skipped, in no figure")
    }
    // Units are read on lines of usage alone (``LedgerUsage``): the columns ignored were the
    // column of units not read, when no line is read as usage.
    if let c = layout.columns[.quantity] {
      let ignored = Set(log.files[fileIndex].ignoredColumns)
      data.unitsUnread = (
        header.cells[c],
        header.cells.indices.filter { $0 == c || ignored.contains(header.cells[$0]) }.map {
          header.cells[$0]
        }
      )
    }
    if let index = discountFindingIndex,
      let finding = discountFinding(
        layout: layout, header: header.cells, body: body, isDecimalComma: isDecimalComma,
        file: file, currency: options.currency ?? firstCurrency ?? log.currency)
    {
      log.findings.insert(finding, at: index)
    }
    if let evidence = CreditTable.evidence(types, table: table, header: header.cells) {
      data.creditsOnly = CreditTable.refusal(
        file: file, evidence: evidence, types: types, money: money)
    }
    if data.refundedByDate.count > 0, let c = layout.columns[.refundDate] {
      let n = data.refundedByDate.count
      log.notes.append(
        "\(file): \(Counted.phrase(n, "line")) \(n == 1 ? "has" : "have") a date under "
          + "\"\(header.cells[c])\" (\(money(data.refundedByDate.cents)) "
          + "in all): skipped as refunded, as a \"refunded\" status is; the money went back")
    }
    if monthServed > 0, let c = layout.columns[.serviceDate] {
      log.notes.append(
        "\(file): \(Counted.phrase(monthServed, "line")) name\(monthServed == 1 ? "s" : "") the "
          + "month \(monthServed == 1 ? "it serves" : "they serve") under \"\(header.cells[c])\": "
          + "each is that whole month's revenue, whatever its invoice date (an invoice issued "
          + "the month before, or after, counts in the month it names)")
    }
    if servedLines > 0, let c = layout.columns[.serviceDate] {
      log.notes.append(
        "\(file): \(servedLines) line\(servedLines == 1 ? "" : "s") dated by \"\(header.cells[c])\" "
          + "(the day served), not the invoice date: an invoice billed after the month it serves "
          + "counts in that month")
    }
    if let conflict = headerConflict, let named = layout.amountCurrency,
      let column = layout.columns[.amount]
    {
      throw .headerCurrencyConflict(
        header: header.cells[column], named: named, cell: conflict.currency, line: conflict.line,
        amount: conflict.amount, in: file)
    }
    if currencies.count > 1 {
      throw .mixedCurrencies(
        currencies, noun: "amounts", in: file,
        advice: mixedCurrencyAdvice(currencies, lines: currencyLines)
          + (documentTotals.labelCurrency.isEmpty
            ? ""
            : " (no column names a currency: each invoice's is the code its summary rows' labels "
              + "name, `Total GBP`)"))
    }
    data.currency = firstCurrency
    if let finding = dollarSigns.finding(
      file: file, currency: firstCurrency, named: layout.amountCurrency ?? options.currency)
    {
      log.findings.append(finding)
    }
    if let labels = MRRMovements.labels(in: unknownTypes), let c = layout.columns[.type] {
      throw MRRMovements.refusal(file: file, column: header.cells[c], labels: labels)
    }
    if flagged != [0, 0], let c = layout.columns[.recurringFlag] {
      log.notes.append(
        "\(file): \(Counted.phrase(flagged[0] + flagged[1], "line")) typed by \"\(header.cells[c])\" "
          + "(no type column says otherwise): \(flagged[0]) recurring, \(flagged[1]) one-time "
          + "(no part of headline ARR)")
    }
    if tagged != [0, 0], let c = layout.columns[.tags] {
      log.notes.append(
        "\(file): \(Counted.phrase(tagged[0] + tagged[1], "line")) typed by their order's tags "
          + "(\"\(header.cells[c])\"; no type column says otherwise): \(tagged[0]) with a "
          + "subscription tag read as recurring, \(tagged[1]) without one read as one-time (no "
          + "part of headline ARR: one-off orders beside the subscription's)")
    }
    if let note = MeteredLines.note(
      count: metered.count, accounts: metered.accounts.count, line: metered.line,
      description: metered.description,
      byColumn: metered.byColumn ? usageTypeColumn.map { header.cells[$0] } : nil, file: file)
    {
      log.notes.append(note)
    }
    if !classed.isEmpty, let c = layout.columns[.lineClass] {
      let n = classed.values.reduce(0, +)
      let kinds: [(LedgerEntry.Kind, String)] = [
        (.recurring, "recurring"), (.oneTime, "one-time (no part of headline ARR)"),
        (.usage, "usage"),
      ]
      log.notes.append(
        "\(file): \(Counted.phrase(n, "line")) typed by their class (\"\(header.cells[c])\"; no "
          + "type column says otherwise): "
          + kinds.compactMap { k, words in classed[k].map { "\($0) \(words)" } }.joined(
            separator: ", ")
          + "; a class naming no kind of revenue types nothing")
    }
    // A finding, not a note: a type the file gives and the import does not read decides
    // whether its lines are ARR (trial 34, T34-1: `professional services` lines, $96,000 of
    // ARR, were named only in a note).
    if !unknownTypes.isEmpty {
      log.findings.append(
        "\(file): type values not recognised, read as no type (their lines are typed by their "
          + "descriptions and rhythm instead): "
          + unknownTypes.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
          + (unknownTyped.others.isEmpty
            ? ""
            : " and \(unknownTyped.others.count)\(unknownTyped.others.count == 1_000 ? "+" : "") "
              + "other type\(unknownTyped.others.count == 1 ? "" : "s")") + " ("
          + Counted.phrase(unknownTyped.lines, "line") + ", \(money(unknownTyped.cents)) in all); "
          + "check what they bill")
    }
    if paymentsRead > 0 {
      log.findings.append(
        "\(file): a payments table (no line is an invoice or a charge): its \(paymentsRead) "
          + "payment line\(paymentsRead == 1 ? "" : "s") are read as revenue, on a cash basis "
          + "(a payment late or early moves its month; a prepaid term reads as billed)")
    }
    if purchases > 0 {
      log.notes.append(
        "\(file): \(purchases) purchase line\(purchases == 1 ? "" : "s") (bills, expenses, "
          + "checks: money paid out) skipped; the file holds a company's purchases beside its "
          + "sales")
    }
    if layout.columns[.customerID] == layout.columns[.customerName], !layout.isGrouped,
      let c = layout.columns[.customerID]
    {
      log.notes.append(
        "\(file): no customer id column: customers are identified by their name "
          + "(\"\(header.cells[c])\"); two customers of one name are one account")
    }
    if !taxLines.isEmpty {
      log.notes.append(
        "\(file): \(Counted.phrase(taxLines.count, "line")) bill\(taxLines.count == 1 ? "s" : "") "
          + "tax (\(money(taxLineCents)) in all; an item, description or account naming only a "
          + "tax, beside the invoice's other lines"
          + (documentTotals.taxRows.isEmpty
            ? ""
            : ", or between a subtotal and its total, their difference at a standard rate of the "
              + "subtotal (\(CountText.grouped(documentTotals.taxRows.count)) whatever "
              + "\(documentTotals.taxRows.count == 1 ? "its label" : "their labels"))")
          + "): collected for the state, not revenue, skipped")
    }
    if let report = Self.documentTotalsReport(
      documentTotals, header: header.cells, file: file, money: money)
    {
      if report.isFinding {
        log.findings.append(report.text)
      } else {
        log.notes.append(report.text)
      }
    }
    if let finding = documentTotals.equalOnlyFinding(file: file, money: money) {
      log.findings.append(finding)
    }
    if let note = documentTotals.pageTotalNote(file: file) { log.notes.append(note) }
    if let note = documentTotals.settlementNote(file: file) { log.notes.append(note) }
    if let finding = documentTotals.unlabelledSettlementFinding(file: file, money: money) {
      log.findings.append(finding)
    }
    if let finding = documentTotals.wipedOutFinding(file: file) { log.findings.append(finding) }
    if let finding = documentTotals.discountFinding(file: file, money: money) {
      log.findings.append(finding)
    }
    if let finding = documentTotals.grossLikeFinding(file: file, money: money) {
      log.findings.append(finding)
    }
    if let finding = overlap.finding(file: file, noun: "line") { log.findings.append(finding) }
    if let finding = copied.finding(file: file) { log.findings.append(finding) }
    // Charges written off with none collected after: no revenue (trial 44, T44-20); those a
    // collected charge follows stay billed, counted as unpaid.
    // A bad-debt credit memo writes off the invoices it sums (review 45b, Z-15).
    let writeOffCredits = WrittenOffLines.applyCredits(&data.entries)
    log.tieOut.add(writeOffCredits, to: \.sourceCents)
    log.tieOut.add(writeOffCredits, to: \.leftOutCents)
    let (writtenOff, rebilled) = WrittenOffLines.apply(&data.entries)
    for e in data.entries where e.isWrittenOff && e.amount > 0 {
      unpaid.add(e.amount, status: "uncollectible", line: e.line)
    }
    let leftOut = writtenOff.reduce(rebilled.cents &+ rebilled.settledCents) { $0 &+ $1.cents }
    log.tieOut.add(leftOut, to: \.sourceCents)
    log.tieOut.add(leftOut, to: \.leftOutCents)
    // A written-off charge billed again for its service counts once (review 45b, Z-5).
    if let found = WrittenOffLines.rebilledFinding(rebilled, file: file, money: money) {
      log.addFinding(found.text, arrCents: found.stake)
    }
    // A late payment of written-off charges is theirs, not its month's (review 46b, R46b-5).
    if let note = WrittenOffLines.settlementNote(rebilled, file: file, money: money) {
      log.notes.append(note)
    }
    for found in WrittenOffLines.findings(
      writtenOff, file: file, ids: { data.accounts[$0].id }, money: money)
    {
      log.addFinding(found.text, arrCents: found.stake)
    }
    if let finding = unpaid.finding(file: file, money: money) { log.findings.append(finding) }
    if let wanted = options.currency, otherCurrencies.count > 0 {
      // Weighed in the as-of month, else the latest month any line is dated in.
      let last =
        options.asOf
        ?? ([data.entries.map(\.date.month).max(), otherCurrencies.latestMonth].compactMap { $0 }
          .max())
      var kept = Set<String>()
      var keptCents: Int64 = 0
      for e in data.entries where e.date.month == last {
        kept.insert(data.accounts[e.account].id)
        keptCents = Money.saturatingSum(keptCents, e.amount)
      }
      if let found = otherCurrencies.finding(
        file: file, wanted: wanted, last: last, keptCustomers: kept, keptCents: keptCents)
      {
        log.addFinding(found.text, customerShare: found.customerShare)
      }
    }
    if let d = debitCreditSkipped {
      log.findings.append(
        "\(file): the type column says Debit and Credit (an accounts receivable ledger): the "
          + "debits are read as invoices and the \(CountText.grouped(d.count)) credit line\(d.count == 1 ? "" : "s") "
          + "(first on line \(d.line), \(money(d.cents)) in all) skipped as payments received; if "
          + "some are credit notes, revenue is overstated by up to that amount (type them "
          + "`Credit Note` to read them as credits)")
    }
    if let c = itemNames {
      log.notes.append(
        "\(file): a report grouped by item or product (\(groups.opened) groups): each line's "
          + "\"\(header.cells[c])\" names its customer, not the group it sits in")
      log.findings += subtotalFindings
    } else if layout.isGrouped {
      var note =
        "\(file): a grouped report (each customer's name on a row of its own, its lines below "
        + "it): \(groups.opened) customer group\(groups.opened == 1 ? "" : "s")"
      if groups.checked > 0 {
        note += ", \(groups.checked) subtotal\(groups.checked == 1 ? "" : "s") checked"
        if groups.nested > 0 {
          note +=
            ", \(groups.nested) inside another (sub-customers: each read as its own account, "
            + "the customer its lines were invoiced to)"
        }
      }
      log.notes.append(note)
      log.findings += subtotalFindings
      try refuseDocumentGroups(data, file: file)
    }
    if let t = totals.last { grandTotals.append(t) }
    if grandTotals.count > 1 {
      // Exports joined below repeated headers: each has its grand total; together they total
      // the lines read and the lines skipped as repeats of an earlier export.
      let expected = grandTotals.reduce(Int64(0)) { $0 &+ $1.cents }
      let read = sum &+ repeatedCents
      let lines = grandTotals.map { "\($0.line)" }.joined(separator: ", ")
      let counted =
        repeatedCents == 0
        ? "the sum of the lines"
        : "the sum of the lines and of the repeated lines skipped (\(money(repeatedCents)))"
      if expected == read {
        log.notes.append(
          "\(file): the \(CountText.grouped(grandTotals.count)) exports' totals rows (lines \(lines)) sum to "
            + "\(money(expected)), \(counted)")
      } else {
        log.findings.append(
          "\(file): the \(CountText.grouped(grandTotals.count)) exports' totals rows (lines \(lines)) sum to "
            + "\(money(expected)); \(counted) is \(money(read)) (\(money(expected &- read)))")
      }
    } else if let t = grandTotals.first {
      if t.cents == sum {
        log.notes.append("\(file): the totals row (line \(t.line)) equals the sum of the lines")
      } else {
        log.findings.append(
          "\(file): the totals row (line \(t.line)) says \(money(t.cents)); "
            + "the lines sum to \(money(sum)) (\(money(t.cents &- sum)))")
      }
    }
    // After the totals were checked as written: credit notes written as positive amounts
    // (Xero) are credits.
    credits.apply(to: &data.entries, file: file, log: &log)
    // Then a void invoice's reversal (a Stornorechnung) is skipped with it (review 11, F18).
    let shown = options.currency ?? firstCurrency ?? log.currency
    voids.skipReversals(
      in: &data, accounts: index, file: file, fileIndex: fileIndex, log: &log,
      money: { Money.text(cents: $0, currency: shown) })
    // Sub-customers named `Parent : Child` join their parent, as in a cube (session 28, t28b
    // lane); not where a name column stands beside the customer column (its cells are ids,
    // the accounts), nor in a grouped report (its nested headers stay their own accounts, as
    // its note says).
    let nameColumn = layout.columns[.customerName]
    if nameColumn == nil || nameColumn == layout.columns[.customerID], !layout.isGrouped {
      data.joinSubCustomers(file: file, log: &log)
    }
    if let note = offCent.finding(file: file) { log.notes.append(note) }
    // A customer's name keyed another way joins line by line, before a lone line is read as a
    // term of its own (retest 36, N3, N4).
    data.joinStandInSpellings(currency: shown, log: &log)
    try refuseDealSchedule(
      data, header: header.cells, body: body, layout: layout, hasTitle: title != nil, file: file,
      options: options)
    return data
  }
}
