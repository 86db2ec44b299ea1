import ARRCore

/// Reads an invoice ledger, or Stripe's invoice line items export, into invoice lines
/// (`docs/import.md`, "Invoice ledger"): finds the header, skips and reports title lines, void
/// and draft invoices, totals rows and footnotes, and reads every other row's customer, date,
/// amount, service period, type, description and currency.
enum LedgerReader {
  /// Reads `table`, file `fileIndex` of `log.files`, in `dialect`.
  /// - Returns: The lines, or `nil` when no header row of the first rows has a customer, a date
  ///   and an amount column.
  /// - Throws: `ARRQualityError` `.invalidData` with every problem (`file:line:column`), for
  ///   more than one currency (naming them), or for dates that need `--date-order`.
  /// - Complexity: O(cells).
  static func read(
    _ table: ImportTable, dialect: LedgerLayout.Dialect, fileIndex: Int, options: ImportOptions,
    log: inout ImportLog
  ) throws(ARRQualityError) -> LedgerData? {
    guard var layout = LedgerLayout.find(in: table, dialect: dialect) else { return nil }
    let file = table.file
    let header = table.records[layout.headerIndex]
    // A service period start without an end column (`billing_start_date` alone), or the
    // reverse, gives no period: the column is not read, and the lines are read by their dates
    // (review 11, F19: every line was refused, "service period end missing").
    for (lone, pair) in [
      (LedgerLayout.Role.serviceStart, LedgerLayout.Role.serviceEnd), (.serviceEnd, .serviceStart),
    ] {
      guard let c = layout.columns[lone], layout.columns[pair] == nil else { continue }
      layout.columns[lone] = nil
      layout.ignored.append(header.cells[c])
      let (named, missing) = lone == .serviceStart ? ("start", "end") : ("end", "start")
      log.notes.append(
        "\(file): \"\(header.cells[c])\" names a service period's \(named), "
          + "but no column names its \(missing): a period needs both, so the column is not read "
          + "(lines are read by their invoice dates)")
    }
    // Currency columns named for what they price (Orb's `Invoice currency`; session 17,
    // import3 lane, trial 17's H1: unread, euros were summed as dollars with no word).
    var agreeingCurrencies = [Int]()
    if let found = try CurrencyColumns.find(
      header: header.cells, body: table.records[(layout.headerIndex + 1)...], layout: layout,
      file: file)
    {
      layout.columns[.currency] = found.column
      agreeingCurrencies = found.agreeing
      let read = Set([found.column] + found.agreeing)
      layout.ignored.removeAll { name in read.contains { header.cells[$0] == name } }
      let others: [String] = found.agreeing.map { "\"\(header.cells[$0])\"" }
      let agreeing: String =
        others.isEmpty ? "" : ", and " + others.joined(separator: ", ") + " agree with it"
      log.notes.append(
        "\(file): the currency is read from \"\(header.cells[found.column])\"\(agreeing)")
    }
    try unitColumns(&layout, header: header.cells, table: table, file: file, log: &log)
    // A currency column of numbers (QuickBooks' `currency_id`, an id into a currency table)
    // names no currency: not read (review 12, F14: its 1 was read as a currency named "1").
    if let c = layout.columns[.currency],
      CurrencySigns.isNumericIDs(
        table.records[(layout.headerIndex + 1)...].lazy.map {
          c < $0.cells.count ? $0.cells[c] : ""
        })
    {
      layout.columns[.currency] = nil
      layout.ignored.append(header.cells[c])
      log.notes.append(
        "\(file): \"\(header.cells[c])\" holds numbers, not currency codes (an id into a currency "
          + "table, as QuickBooks writes currency_id): not read as the currency")
    }
    // An order's tags type its lines only when some orders carry a subscription tag and others
    // do not (session 17, import2 lane: Shopify's one-off gift, untagged beside the
    // subscription orders, was read as a subscriber who churned).
    if let c = layout.columns[.tags],
      !tagsTypeLines(
        table.records[(layout.headerIndex + 1)...], column: c,
        isLine: { r in
          [LedgerLayout.Role.date, .amount].allSatisfy { role in
            layout.columns[role].map { $0 < r.cells.count && !r.cells[$0].isEmpty } ?? false
          }
        })
    {
      layout.columns[.tags] = nil
      layout.ignored.append(header.cells[c])
    }
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
    if layout.isDatedByPeriod, let c = layout.columns[.serviceStart] {
      log.notes.append(
        "\(file): no column is an invoice date: each line is dated by its service period's "
          + "start (\"\(header.cells[c])\"), and the as-of month is the latest period's start "
          + "month")
    }
    // Where the tax note went, for its rewording when the file decides its discount reading.
    var taxNoteIndex: Int?
    if let note = taxNote(layout: layout, header: header.cells, file: file) {
      if note.isFinding {
        log.findings.append(note.text)
      } else {
        taxNoteIndex = log.notes.count
        log.notes.append(note.text)
      }
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
    let body = table.records[(layout.headerIndex + 1)...]
    func cell(_ r: ImportTable.Record, _ role: LedgerLayout.Role) -> String {
      guard let c = layout.columns[role], c < r.cells.count else { return "" }
      return r.cells[c]
    }
    /// The column dating row `r`: its service date when it has one (the month served), else its
    /// invoice date.
    /// A service period written in that column (`01.01.2024 - 31.01.2024`) is a period, and
    /// the invoice date dates the line, as with service period columns (review 12, F12).
    func dated(_ r: ImportTable.Record) -> LedgerLayout.Role {
      let served = cell(r, .serviceDate)
      return served.isEmpty || Self.serviceRange(served) != nil ? .date : .serviceDate
    }
    var servedLines = 0
    let order = try dateOrder(body, layout: layout, file: file, options: options, log: &log)
    let isDecimalComma = try decimalMark(body, layout: layout, file: file, options: options)
    // A discount column whose reading the file's own totals decide (session 17, import lane:
    // trial 16, M4) is no finding and no range end; a subtotal's excess over the total less the
    // tax is then that discount, taken off.
    let tieOut = discountTieOut(
      layout: layout, header: header.cells, body: body, isDecimalComma: isDecimalComma, file: file)
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
    var index = [String: Int]()
    var badRows = BadRows()
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
    // A payments table: every dated line's type a payment, a credit document or a purchase, and
    // some a payment. With no invoice to pay, its payments are the revenue record (cash basis),
    // read as charges with a finding (review 11, F20: a transactions table typed `payment` read
    // ARR 0, every line skipped as cash). Beside invoices, payments stay skipped.
    let isPaymentsTable =
      layout.columns[.type] != nil && body.contains { Self.isPayment(cell($0, .type)) }
      && !body.contains { r in
        let t = cell(r, .type)
        return !cell(r, .date).isEmpty && !cell(r, .amount).isEmpty && !Self.isPayment(t)
          && !CreditNotes.isCredit(t) && !Self.isPurchase(t)
      }
    var paymentsRead = 0
    var purchases = 0
    var types = CreditTable.Types()
    var sum: Int64 = 0
    var unknownTypes = Set<String>()
    // Lines typed by the recurring flag: [recurring, one-time].
    var flagged = [0, 0]
    // Lines typed by their order's tags: [subscription, one-time].
    var tagged = [0, 0]
    // The last line with a date: a line without a date or an amount below it, of its customer,
    // may continue it (a multi-line order's further item).
    var above: (key: String, name: String, document: String)?
    // Exports concatenated into one file: the lines of the exports above the last repeated
    // header (`nil` before one), the lines of the current export, and the repeats skipped.
    var overlap = ExportOverlap(rows: body, header: header.cells)
    var groups = CustomerGroups()
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
    let unit = amountUnit(
      body, header: header, layout: layout, file: file, options: options, log: &log)
    let amountCells = AmountCells(
      unit: unit.unit, isDecimalComma: isDecimalComma, reason: unit.reason,
      currency: options.currency)
    /// Hundredths of a unit of an amount cell, in the file's unit; `currency`: the row's, else
    /// `--currency`, else the first currency seen so far.
    func cents(_ text: String, currency: String?) throws(AmountUnit.MinorFailure) -> Int64 {
      try amountCells.hundredths(text, currency: currency ?? options.currency ?? firstCurrency)
    }
    /// A bad line (``BadRows``).
    func reject(_ rowProblems: [InputProblem], line: Int) {
      badRows.reject(
        rowProblems, line: line, fileIndex: fileIndex, isLenient: options.isLenient, log: &log)
    }
    for r in body {
      log.files[fileIndex].rowsRead += 1
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
      if let label = Self.balanceLabel(r.cells),
        LedgerDate.parse(cell(r, .date), order: order) == nil
      {
        log.skip(
          file: fileIndex, line: r.line, kind: .footnote,
          reason: "\(label): a balance carried forward, not a transaction of the period")
        continue
      }
      var key = cell(r, .customerID).isEmpty ? cell(r, .customerName) : cell(r, .customerID)
      let amountText = cell(r, .amount)
      var rowNumber: String?
      if layout.isGrouped {
        // A grouped report (`docs/import.md`, "Grouped reports"): the customer comes from the
        // group header above; subtotal rows are checked against their group's lines.
        if isPastGrandTotal && !cell(r, .date).isEmpty && !amountText.isEmpty {
          // A line with a date and an amount below the grand total, with no repeated header
          // between: never a footnote (it was skipped as one, silently, and the tie-out passed).
          let problem = InputProblem(
            file: file, line: r.line, column: (layout.columns[.date] ?? 0) + 1,
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
          lead != nil && layout.namesInFirstColumn && layout.columns[.date] == 0
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
                file: file, line: r.line, column: (layout.columns[.date] ?? 0) + 1,
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
              log.skip(file: fileIndex, line: r.line, kind: .customerHeader, reason: name)
              continue
            }
          }
        }
        key = groups.current?.name ?? ""
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
      if key.isEmpty && (cell(r, .date).isEmpty || isTotals(r.cells)) {
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
      let status = cell(r, .status).lowercased()
      if Self.draftStatuses.contains(CubeLayout.normalized(status)) {
        // Never issued: no revenue, and nothing to cancel (review 12, F2: a draft paired with
        // an unrelated credit of its amount and both were skipped).
        log.skip(file: fileIndex, line: r.line, kind: .voidOrDraft, reason: status)
        continue
      }
      if Self.declinedStatuses.contains(CubeLayout.normalized(status))
        || (isFailedClosed && CubeLayout.normalized(status) == "failed")
      {
        log.skip(file: fileIndex, line: r.line, kind: .declinedPayment, reason: status)
        continue
      }
      if Self.voidStatuses.contains(CubeLayout.normalized(status)) {
        log.skip(file: fileIndex, line: r.line, kind: .voidOrDraft, reason: status)
        // A charge refunded in full was billed on its rhythm: its month stays a month of the
        // rhythm, revenue 0, as a charge and its credit note do (session 17, import2 lane: a
        // refunded monthly order left a gap, and the customer read quarterly, a third).
        if Self.refundedStatuses.contains(CubeLayout.normalized(status)),
          cell(r, .serviceStart).isEmpty,
          Self.kind(cell(r, .type), dialect: layout.dialect) != .oneTime,
          layout.columns[.tags] == nil || Self.subscriptionTagged(cell(r, .tags)),
          let date = LedgerDate.parse(cell(r, dated(r)), order: order),
          let v = try? cents(amountText, currency: nil), v > 0
        {
          data.refundedCharges.append((key, date, v))
        }
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
      if Self.isOwnMoneyMovement(cell(r, .type)) {
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
            file: file, line: r.line, column: (layout.columns[role] ?? 0) + 1, message: message))
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
      let rowCurrency =
        currencyText.isEmpty
        ? CurrencySigns.code(amount: amountText, named: layout.amountCurrency)
          ?? layout.amountCurrency
        : CurrencySigns.code(cell: currencyText, named: layout.amountCurrency)
      if !currencyText.isEmpty && rowCurrency == nil {
        problem(.currency, CurrencySigns.problem(currencyText))
      }
      // With `--lenient` and `--currency`, a line in another currency is a bad row: amounts
      // are never converted, and the others can still be read (session 17, import2 lane; trial
      // 16, PP1: one payer in EUR refused a PayPal file in USD whole, with no way on).
      if options.isLenient, let wanted = options.currency, let line = rowCurrency, line != wanted {
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
      // A yes/no recurring column types a line the type column leaves untyped (fifteenth
      // session's trial: a Chargebee invoice with `recurring` false, a one-off charge, was
      // spread as a term's payment into ARR).
      if kind == nil, let recurs = Self.yesNo(cell(r, .recurringFlag)) {
        kind = recurs ? .recurring : .oneTime
        flagged[recurs ? 0 : 1] += 1
      }
      if kind == nil, layout.columns[.tags] != nil {
        let recurs = Self.subscriptionTagged(cell(r, .tags))
        kind = recurs ? .recurring : .oneTime
        tagged[recurs ? 0 : 1] += 1
      }
      let isStripeItem =
        layout.dialect == .stripeInvoiceLines && CubeLayout.normalized(typeText) == "invoiceitem"
      let isPaymentRead = isPaymentsTable && Self.isPayment(typeText)
      if isPaymentRead { paymentsRead += 1 }
      if kind == nil && !typeText.isEmpty && !isStripeItem && !Self.isDocument(typeText)
        && !isPaymentRead && !PrepaidCommits.isPurchaseType(typeText)
        && unknownTypes.count < 10
      {
        unknownTypes.insert(typeText)
      }
      let proration = ["true", "yes", "1", "y"].contains(cell(r, .proration).lowercased())
      // The file's totals and subtotals are of the amounts as written.
      sum = sum &+ amount
      groups.add(amount)
      if tieOut?.isBeforeDiscount == true {
        // The file says the amount is before the discount: the line bills it net.
        amount = amount &- discount
      }
      // A credit note awaiting its refund (Xero's `AUTHORISED`, written positive) is no revenue
      // to collect.
      if isUnpaid && !CreditNotes.isCredit(typeText) {
        unpaid.add(amount, status: cell(r, .status), line: r.line)
      }
      lastKey = key
      credits.add(data.entries.count, type: typeText, line: r.line)
      types.add(type: typeText, line: r.line, amount: amount)
      if tieOut == nil && discount != 0 {
        data.discounts.append((data.entries.count, discount))
      }
      var entry = LedgerEntry(
        account: a, line: r.line, date: date!, period: period, kind: kind,
        description: cell(r, .description), amount: amount, isProration: proration,
        document: cell(r, .document), reference: cell(r, .reference))
      entry.isPrepaidPurchase = kind == nil && PrepaidCommits.isPurchaseType(typeText)
      data.entries.append(entry)
      log.files[fileIndex].rowsUsed += 1
    }
    try badRows.check(in: file)
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
        advice: mixedCurrencyAdvice(currencies, lines: currencyLines))
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
    if !unknownTypes.isEmpty {
      log.notes.append(
        "\(file): type values not recognised, read as no type: "
          + unknownTypes.sorted().map { "\"\($0)\"" }.joined(separator: ", "))
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
    if let finding = overlap.finding(file: file, noun: "line") { log.findings.append(finding) }
    if let finding = unpaid.finding(file: file, money: money) { log.findings.append(finding) }
    if let d = debitCreditSkipped {
      log.findings.append(
        "\(file): the type column says Debit and Credit (an accounts receivable ledger): the "
          + "debits are read as invoices and the \(d.count) credit line\(d.count == 1 ? "" : "s") "
          + "(first on line \(d.line), \(money(d.cents)) in all) skipped as payments received; if "
          + "some are credit notes, revenue is overstated by up to that amount (type them "
          + "`Credit Note` to read them as credits)")
    }
    if layout.isGrouped {
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
          "\(file): the \(grandTotals.count) exports' totals rows (lines \(lines)) sum to "
            + "\(money(expected)), \(counted)")
      } else {
        log.findings.append(
          "\(file): the \(grandTotals.count) exports' totals rows (lines \(lines)) sum to "
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
    return data
  }

  /// The service period of row `r`: both days or neither; an end before the start is a
  /// problem. Stripe's period end is the next period's first instant: one day earlier is the
  /// last day served.
  private static func readPeriod(
    _ r: ImportTable.Record, layout: LedgerLayout, order: DateOrder?,
    cell: (ImportTable.Record, LedgerLayout.Role) -> String,
    problem: (LedgerLayout.Role, String) -> Void
  ) -> (start: CivilDate, end: CivilDate)? {
    let startText = cell(r, .serviceStart)
    let endText = cell(r, .serviceEnd)
    guard !startText.isEmpty || !endText.isEmpty else { return nil }
    let start = LedgerDate.parse(startText, order: order)
    var end = LedgerDate.parse(endText, order: order)
    if start == nil {
      problem(
        .serviceStart,
        startText.isEmpty
          ? "service period start missing (the end is \"\(endText)\"; expected both or neither)"
          : "service period start \"\(startText)\" is not a date (expected e.g. 2025-03-01)"
            + serialHint(startText))
    }
    if end == nil {
      problem(
        .serviceEnd,
        endText.isEmpty
          ? "service period end missing (the start is \"\(startText)\"; expected both or neither)"
          : "service period end \"\(endText)\" is not a date (expected e.g. 2025-03-31)"
            + serialHint(endText))
    }
    guard let start, let e = end else { return nil }
    if layout.dialect == .stripeInvoiceLines && e > start {
      end = CivilDate(daysSinceEpoch: e.daysSinceEpoch - 1)
    }
    guard end! >= start else {
      problem(
        .serviceEnd,
        "service period ends \"\(endText)\" before it starts (\"\(startText)\"; expected an end on "
          + "or after the start)")
      return nil
    }
    // A mistyped year in the end (2099 for 2025) would spread the line over decades: an annual
    // invoice of 1,200 became 0.10 a month, silently. No contract runs that long.
    let months = end!.month.months(since: start.month) + 1
    guard months <= maximumServiceMonths else {
      problem(
        .serviceEnd,
        "service period from \"\(startText)\" to \"\(endText)\" is \(months) months long "
          + "(expected at most \(maximumServiceMonths); is a year mistyped?)")
      return nil
    }
    return (start, end!)
  }

  /// `; a spreadsheet's day number? …` for a date cell holding a whole number that Excel would
  /// show as a date of 1960–2099 (serials 21916–73050): the column was formatted as General.
  static func serialHint(_ text: String) -> String {
    guard text.count == 5, text.allSatisfy(\.isASCII), let n = Int(text),
      (21_916...73_050).contains(n)
    else { return "" }
    return
      "; a spreadsheet's day number? format the column as dates in the workbook, or export it "
      + "with dates written out"
  }

  /// The two days of a service period written in one cell (`01.01.2024 - 31.01.2024`,
  /// `01.01.2024 bis 31.01.2024`, `2024-01-01 to 2024-01-31`), as German invoices state a
  /// `Leistungszeitraum`; `nil` for anything else.
  static func serviceRange(_ text: String) -> (start: String, end: String)? {
    for separator in [" - ", " – ", " — ", " bis ", " to ", " au ", " al "] {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      if parts.count == 2 {
        func trimmed(_ s: Substring) -> String {
          String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }
        let start = trimmed(parts[0])
        let end = trimmed(parts[1])
        if !start.isEmpty && !end.isEmpty { return (start, end) }
      }
    }
    return nil
  }

  /// The longest service period a line may have, in calendar months touched (10 years: longer
  /// than any subscription term; a longer one is a typo).
  static let maximumServiceMonths = 120

  /// The cell of a row that names a balance carried forward (`Beginning Balance`, `Opening
  /// balance`, `Balance forward`, `Brought forward`, `Ending balance`), if any.
  static func balanceLabel(_ cells: [String]) -> String? {
    cells.first { c in
      guard !c.isEmpty, c.count < 40 else { return false }
      var t = Substring(CubeLayout.normalized(c))
      while t.last == ":" { t = t.dropLast() }
      return [
        "beginning balance", "opening balance", "balance forward", "balance brought forward",
        "brought forward", "balance b/f", "ending balance", "closing balance",
      ].contains(t)
    }
  }

  /// A totals row: its first non-empty cell says total, grand total, subtotal or sum.
  static func isTotals(_ cells: [String]) -> Bool {
    guard let first = cells.first(where: { !$0.isEmpty }) else { return false }
    var t = Substring(CubeLayout.normalized(first))
    while t.last == ":" { t = t.dropLast() }
    return t == "sum" || t == "total" || t == "totals" || t.hasPrefix("total ")
      || t.hasPrefix("grand total") || t.hasPrefix("subtotal") || t.hasPrefix("sum of")
  }

  /// The line type a `type` cell names (Stripe's `invoiceitem` names none: a one-off item or
  /// a proration).
  /// Statuses of a void or cancelled invoice, skipped: in English and in the languages whose
  /// headers are read (German `storniert`, French `annulée`, Spanish `anulada`). A German
  /// export's cancelled invoice was billed revenue; so were English `cancelled` and Spanish
  /// `cancelada` ones (review 11, F9). An issued document cancelled: its reversal is skipped
  /// with it (``VoidReversals``).
  /// A charge refunded whole (`refunded`: Shopify's `Financial Status`, a payments export's
  /// status) is skipped the same way: the money went back (session 16, lead).
  /// Statuses of a charge whose money went back in full (a subset of ``voidStatuses``).
  static let refundedStatuses: Set<String> = ["refunded", "fully refunded"]

  static let voidStatuses: Set<String> = [
    "void", "voided", "cancelled", "canceled", "storniert", "storno", "annulée", "annulé",
    "annulee", "anulada", "anulado", "cancelada", "cancelado", "refunded", "fully refunded",
  ]

  /// Statuses of a payment attempt that collected nothing: a card declined, a gateway's or
  /// processor's refusal (Braintree's `processor_declined`, `gateway_rejected`,
  /// `settlement_declined`). A payments export lists each retry of one charge; billed, every
  /// declined retry was revenue beside the one that settled (session 16's trial: a customer's
  /// two declined attempts tripled its month). Skipped as declined payments; no invoice was
  /// issued by them, so none is paired with them (``VoidReversals``).
  static let declinedStatuses: Set<String> = [
    "declined", "processor declined", "gateway rejected", "settlement declined", "rejected",
    "card declined", "payment declined", "authorization expired", "blocked", "denied",
  ]

  /// Whether a line whose status is `failed` (under the status column `header`) collected
  /// nothing and never will: under the line's own status (`status`, `invoice status`,
  /// `transaction status`, `charge status`) an invoice closed uncollected, never retried
  /// (Recurly's: "through the dunning process without successful payment … will not be
  /// retried"), or an attempt that collected nothing (Braintree's transaction). Skipped as a
  /// declined payment (session 17, import lane: trial 16, R4, a Recurly customer's failed
  /// invoice was billed beside its paid one, with only a note). Under a `payment status` the
  /// row is the invoice and only its payment failed (krithesh19/saas-revenue-platform's public
  /// `invoices.csv`: November's `Failed` between paid months): billed, and counted as unpaid
  /// (``UnpaidLines``).
  static func isFailedClosed(statusHeader header: String) -> Bool {
    LedgerLayout.normalized(header) != "payment status"
  }

  /// Statuses of a document never issued, skipped: a draft (`Entwurf`, `brouillon`,
  /// `borrador`), Xero's `SUBMITTED` (awaiting approval) and `DELETED` (only a draft or a
  /// submitted invoice can be deleted). Not revenue and no void: nothing was issued to cancel,
  /// so no other line is paired with it (review 12, F2). Xero's `AUTHORISED` (approved, awaiting
  /// payment) is issued: billed revenue, counted as unpaid (``UnpaidLines``).
  static let draftStatuses: Set<String> = [
    "draft", "deleted", "submitted", "awaiting approval", "entwurf", "brouillon", "borrador",
  ]

  /// Whether a `type` cell names a payment received rather than a charge: QuickBooks'
  /// "Transaction List by Customer" lists `Payment` (and `Deposit`) rows, negative, beside the
  /// invoices they pay. Cash is not revenue: read as credits they would cancel the invoices.
  static func isPayment(_ text: String) -> Bool {
    [
      "payment", "payments", "receive payment", "received payment", "payment received",
      "customer payment", "deposit",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names a movement of the company's own money, with no customer
  /// behind it: a withdrawal to its bank, a currency conversion, a hold and its release, as a
  /// payment account's activity download lists them beside the payments (PayPal's `General
  /// Withdrawal`, `General Currency Conversion`, `Account Hold for Open Authorization`). They
  /// have no customer, and the refusal's advice to fill the customer column down turned them
  /// into customers' credits (session 16's trial, PP1: $3,691 for $4,674).
  static func isOwnMoneyMovement(_ text: String) -> Bool {
    [
      "general withdrawal", "withdrawal", "bank withdrawal", "withdrawal to bank",
      "general currency conversion", "currency conversion", "account hold for open authorization",
      "reversal of general account hold", "general account hold", "account hold", "hold release",
      "bank deposit to pp account", "transfer to bank", "payout", "general payout",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names a purchase, money paid out: QuickBooks' and Xero's
  /// transaction lists hold a company's bills and expenses beside its sales (QuickBooks'
  /// "Transaction List by Date", review 11, F16: its vendors were read as customers).
  static func isPurchase(_ text: String) -> Bool {
    [
      "bill", "bills", "expense", "expenses", "check", "cheque", "vendor credit", "bill payment",
      "bill payment (check)", "bill payment (credit card)", "purchase order", "purchase",
      "credit card expense", "credit card credit", "accpay", "accpaycredit", "spend",
      "spend money", "supplier invoice", "supplier credit note",
    ].contains(CubeLayout.normalized(text))
  }

  /// Whether a `type` cell names the kind of document a line is on (QuickBooks' `Invoice`,
  /// `Sales Receipt`, `Credit Memo`, `Refund Receipt`; Xero's `Credit Note`), not what it
  /// bills: read as no type without a note, since nothing is lost.
  static func isDocument(_ text: String) -> Bool {
    [
      "invoice", "sales invoice", "sales receipt", "credit memo", "credit note",
      "sales credit note", "customer credit note", "refund receipt", "accrec", "accreccredit",
      "credit", "debit", "refund", "refunds",
    ].contains(CubeLayout.normalized(text))
  }

  /// What a yes/no cell says (a ledger's recurring flag, a subscriptions table's trial flag):
  /// `true` for `true`, `yes`, `1`, `y`, `t`; `false` for `false`, `no`, `0`, `n`, `f`, in any
  /// letter case; `nil` for anything else (blank included).
  static func yesNo(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "true", "yes", "1", "y", "t": true
    case "false", "no", "0", "n", "f": false
    default: nil
    }
  }

  static func kind(_ text: String, dialect: LedgerLayout.Dialect) -> LedgerEntry.Kind? {
    let t = CubeLayout.normalized(text)
    switch t {
    case "recurring", "subscription", "recurring revenue": return .recurring
    case "one time", "onetime", "non recurring", "nonrecurring", "one off", "fee": return .oneTime
    case "usage", "metered", "usage based": return .usage
    default: return nil
    }
  }

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

  /// The day/month order of the date cells, from the cells, `--date-order`, or an error when
  /// some date reads two ways and nothing decides.
  /// Dates written as digits alone (`20240131`, Unix time) are said in a note.
  private static func dateOrder(
    _ body: ArraySlice<ImportTable.Record>, layout: LedgerLayout, file: String,
    options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> DateOrder? {
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
    return try LedgerDate.order(of: cells, file: file, given: options.dateOrder)
  }

  /// The decimal mark of the amount column (as for cubes).
  private static func decimalMark(
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

  /// Headers of a column holding each line's discount as an amount (Stripe's invoice lines:
  /// `Discount Amount`).
  static let discountColumnNames: Set<String> = [
    "discount", "discounts", "discount amount", "discount amounts", "total discount",
    "total discount amount", "total discount amounts", "discount total", "line discount",
  ]

  /// A discount column beside the amount read, with a discount on some line: a finding saying
  /// how much, since nothing says whether the amount is before it or after it (review 13, F24:
  /// Stripe's invoice lines' `Discount Amount` was only listed as ignored, and a line's `Amount`
  /// there is before its discounts: 100.00 read for 50.00 paid). The amount read is kept; a
  /// header naming it after discounts (`Amount after discount`, `Net amount`) says nothing more.
  static func discountFinding(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    isDecimalComma: Bool, file: String, currency: String?
  ) -> String? {
    guard let amount = layout.columns[.amount],
      let discount = discountColumn(layout: layout, header: header)
    else { return nil }
    let read = header[amount]
    var lines = 0
    var first = 0
    var discounts: Int64 = 0
    var amounts: Int64 = 0
    for r in body where discount < r.cells.count && amount < r.cells.count {
      guard let d = try? CubeMoney.cents(r.cells[discount], isDecimalComma: isDecimalComma),
        d != 0, let a = try? CubeMoney.cents(r.cells[amount], isDecimalComma: isDecimalComma)
      else { continue }
      if lines == 0 { first = r.line }
      lines += 1
      discounts = discounts &+ (d < 0 ? -d : d)
      amounts = amounts &+ a
    }
    guard lines > 0 else { return nil }
    let share =
      amounts > 0 ? " (\((discounts &* 100 &+ amounts / 2) / amounts)% of their amounts)" : ""
    return "\(file): \(lines) line\(lines == 1 ? "" : "s") (the first on line \(first)) "
      + "carr\(lines == 1 ? "ies" : "y") a discount under \"\(header[discount])\", "
      + "\(Money.text(cents: discounts, currency: currency, wholeUnits: true)) in all\(share), "
      + "and the amounts are read "
      + "from \"\(read)\" as written: if \"\(read)\" is before the discount (as in Stripe's "
      + "invoice lines), revenue and ARR are overstated by it; the discount is not taken off"
  }

  /// The discount column beside the amount read, when the amount's header does not name it
  /// after discounts (`Amount after discount`, `Net amount`): ``discountFinding``'s column.
  static func discountColumn(layout: LedgerLayout, header: [String]) -> Int? {
    guard let amount = layout.columns[.amount], amount < header.count,
      let discount = header.firstIndex(where: {
        discountColumnNames.contains(LedgerLayout.normalized($0))
      }), discount != amount
    else { return nil }
    let key = LedgerLayout.normalized(header[amount])
    return key.contains("discount") || key.contains("net") ? nil : discount
  }

  /// A tax column (`TVA`, `MwSt`, `IVA`, `VAT`, `Tax`) beside the amount read: a note when the
  /// amount's header names it net of tax (`Montant HT`), else a finding saying which column was
  /// read and that it may include tax (revenue overstated by it).
  static func taxNote(
    layout: LedgerLayout, header: [String], file: String, isDiscountDecided: Bool = false
  ) -> (text: String, isFinding: Bool)? {
    guard let amount = layout.columns[.amount],
      let tax = header.firstIndex(where: {
        LedgerLayout.taxColumnNames.contains(LedgerLayout.normalized($0))
      }), tax != amount
    else { return nil }
    let read = header[amount]
    let key = LedgerLayout.strippingCurrency(LedgerLayout.normalized(read)).key
    if LedgerLayout.netAmountNames.contains(key) {
      return (
        "\(file): amounts read from \"\(read)\", named net of tax; the tax column "
          + "\"\(header[tax])\" is left out", false
      )
    }
    if LedgerLayout.subtotalNames.contains(key) {
      return (
        "\(file): amounts read from \"\(read)\", a subtotal before tax; the tax column "
          + "\"\(header[tax])\" is left out"
          + shippingSentence(layout: layout, header: header)
          + (isDiscountDecided
            ? ""
            : " (a subtotal may be before the invoice's discounts too: if so, revenue is "
              + "overstated by them)"),
        false
      )
    }
    return (
      "\(file): amounts read from \"\(read)\", beside a tax column \"\(header[tax])\": if "
        + "\"\(read)\" includes tax, revenue is overstated by it (a column named net of tax, "
        + "e.g. `Net Amount`, `Montant HT`, `Nettobetrag`, `Base imponible`, is read first)", true
    )
  }
}
