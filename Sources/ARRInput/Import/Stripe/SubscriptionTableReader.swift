import ARRCore

/// Reads a subscriptions table (`docs/import.md`, "Subscriptions table"): one row per
/// subscription spell, with a customer, a start, an optional end and a monthly (or annual)
/// price, as billing systems' reports and public data sets (Kaggle's subscription tables) lay
/// them out: `customer_id,plan,start_date,end_date,monthly_fee`.
///
/// Each row becomes a ``StripeSubscription`` (active without an end, canceled with one), so a
/// spell bills from its start's month through the month before its end (the end's month too
/// when it ends after the 1st) and a customer's spells add up: an upgrade written as a new
/// spell is expansion.
enum SubscriptionTableReader {
  /// The table's subscriptions, or `nil` when its first row is not a subscriptions table's
  /// header (a customer, a start and a monthly or annual price column).
  /// - Throws: `ARRQualityError` `.invalidData` with every problem (`file:line:column`), for
  ///   more than one currency, or for dates that read two ways with nothing to decide.
  /// - Complexity: O(cells).
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> [StripeSubscription]? {
    guard let found = layout(table) else { return nil }
    var table = table
    try table.dropValuesPastHeader(
      headerIndex: 0, fileIndex: fileIndex, isLenient: options.isLenient, log: &log)
    let header = found.header
    var columns = found.columns
    // A `state` column none of whose cells is a status is an address's state: not read (so is
    // an `estado`, `état`, `stato`: a province's, a region's).
    if let c = columns[.status],
      Self.addressLikeStatusKeys.contains(LedgerLayout.normalized(header.cells[c])),
      !table.records.dropFirst().contains(where: { r in
        c < r.cells.count && SubscriptionStatusCheck.isStatus(r.cells[c])
      })
    {
      columns[.status] = nil
    }
    // A segment column of small whole numbers beside `IsLastSegment` or `ChargeNumber` is a
    // charge's segment number (Zuora's), not the customer's segment: not read (trial 25, T25-11).
    if let c = columns[.segment],
      SubscriptionVersions.isChargeSegment(
        table.records.dropFirst(), column: c,
        keys: header.cells.map { LedgerLayout.normalized($0) }, header: header.cells)
    {
      columns[.segment] = nil
      log.notes.append(
        "\(table.file): \"\(header.cells[c])\" holds whole numbers beside a charge's columns "
          + "(\"IsLastSegment\", \"ChargeNumber\"): a charge's segment number, not the customer's "
          + "segment; not read")
    }
    // Each row's own price in several currencies beside the price converted to one (`mrr`,
    // `currency`, `mrr_usd`): the converted one is read, the currency column is not
    // (``ConvertedAmount``; trial 41, T41-18).
    var convertedCurrency: String?
    if let role = [Role.monthly, .annual, .price, .total].first(where: { columns[$0] != nil }),
      let own = columns[role], let c = columns[.currency],
      let converted = ConvertedAmount.choice(
        amount: own, currency: c, header: header.cells, rows: table.records.dropFirst(),
        file: table.file)
    {
      log.notes.append(converted.note)
      columns[role] = converted.column
      columns[.currency] = nil
      convertedCurrency = converted.currency
    }
    // `ACV (USD)` beside a currency column: which is the price, in which currency (R51-24).
    if convertedCurrency == nil,
      let note = Self.namedCurrencyPrice(
        &columns, header: header.cells, rows: table.records.dropFirst(), file: table.file)
    {
      log.notes.append(note)
    }
    guard let customerColumn = columns[.customer], let startColumn = columns[.start],
      let priceColumn = columns[.monthly] ?? columns[.annual]
        ?? (hasCycle(columns) ? columns[.price] : nil) ?? columns[.total]
    else { return nil }
    let file = table.file
    // `ACV (USD)`: the currency of rows without a currency cell (trial 50, T50-25).
    let headerCurrency =
      convertedCurrency == nil ? Self.priceHeaderCurrency(header.cells[priceColumn]) : nil
    let basis: Basis =
      columns[.monthly] != nil
      ? .monthly
      : columns[.annual] != nil
        ? .annual : hasCycle(columns) && columns[.price] != nil ? .perCycle : .total
    let assigned = Set(columns.values)
    // The other start columns, as the start's aliases rank them: a row whose start cell is blank
    // takes the first date they give (fifteenth session's trial: Chargebee's `start_date` is
    // blank beside `started_at` on a subscription that started at once).
    let keys = header.cells.map { LedgerLayout.normalized($0) }
    // A `plan type` (`Annual`, `Monthly`) names the billing period too when no column does
    // (trial 20, A3).
    let isPlanTypeCadence =
      columns[.billingCadence] == nil && columns[.periodUnit] == nil
      && columns[.contractType].map { keys[$0] == "plan type" } ?? false
    // A unit price (Chargebee's `plan_unit_price`) is multiplied by its quantity
    // (`plan_quantity`, else the quantity column), so the quantity rule's finding does not
    // apply to it (session 16, import lane).
    // So is a price named per unit (`unit_amount_in_cents`, `unit price`) and a plan's price
    // beside the subscription's quantity (Baremetrics' `plan_amount` and
    // `subscription_quantity`: the subscription holds that many of the plan; session 16,
    // import2 lane: trial 16, B2, 3 seats at 150 read 150). A plan's price beside the plan's
    // quantity is the plan's total (Chargebee's `plan_amount` is `plan_unit_price` ×
    // `plan_quantity`), and any other price stays as written, with a range (review 13, F34).
    // Any other price beside a quantity is multiplied, the price as written the range's low
    // end (``QuantityReading/perUnitGuessed``; session 28, t28c lane; trial 28, T28-1).
    let priceKey = AmountUnit.strip(keys[priceColumn], raw: header.cells[priceColumn]).key
    let quantityReading = Self.quantityReading(
      priceKey: priceKey, quantityKey: columns[.quantity].map { keys[$0] } ?? "", basis: basis)
    let unitQuantity: Int?? =
      quantityReading == .perUnit
      ? .some(keys.firstIndex(of: "plan quantity") ?? columns[.quantity]) : nil
    var unitPriced = 0
    // A price column naming recurring revenue (`MRR`, `ARR`, `monthly recurring revenue`) is
    // the subscription's own amount, its quantity in it, never a price per unit (session 17,
    // import lane: trial 16, C3, ChartMogul's MRR intervals, `QUANTITY` 3 beside an MRR of 450
    // for the three seats, gave a +17.8% "quote the range"): the quantity prices no range, and
    // a note counts the rows it would have (quantity above 1) and names the first.
    let isRecurringRevenue = quantityReading == .inRevenue
    var inRevenue = (rows: 0, first: (customer: "", line: 0, quantity: Int64(0)))
    let otherStarts = (aliases.first { $0.0 == .start }?.1 ?? []).flatMap { alias in
      keys.indices.filter { keys[$0] == alias && !assigned.contains($0) }
    }
    var startsElsewhere = (count: 0, column: 0, line: 0)
    // Totals rows (line, the price cell, its amount, the prices read above it) and the running
    // sum of the prices as written.
    var totalsRows = [(line: Int, text: String, cents: Int64?, above: Int64)]()
    // A section of deals not signed (`Pipeline (not signed)`) and its rows (T50-28).
    var pipeline = PipelineSection()
    pipeline.blankLines = Set(table.blankLines)
    var pricesAbove: Int64 = 0
    // The other end columns, read when the end's cell is blank; a cancellation column beside
    // the end says notice was given (``SubscriptionEndColumns``).
    var ends = SubscriptionEndColumns(
      keys: keys, assigned: assigned, end: columns[.end],
      aliases: aliases.first { $0.0 == .end }?.1 ?? [])
    var endsElsewhere = (count: 0, column: 0, line: 0)
    // A contract's per-year schedule (`Year 1`, `Year 2`…) beside a total or annual value: each
    // contract year bills its own value (trial 48, T48-32).
    let schedule =
      basis == .total || basis == .annual
      ? ContractYearSchedule.find(keys: keys, assigned: assigned) : nil
    let scheduleColumns = Set(schedule?.columns ?? [])
    var scheduled = (count: 0, first: (customer: "", line: 0, yearly: [Int64]()))
    var averaged = (count: 0, mrr: Int64(0), first: (customer: "", line: 0, months: 0))
    log.files[fileIndex].shape = .subscriptions
    log.files[fileIndex].values = .mrr
    log.files[fileIndex].valuesReason = "subscription spells (\(basis.rawValue))"
    log.files[fileIndex].headerLine = header.line
    log.files[fileIndex].ignoredColumns = header.cells.indices.filter {
      !assigned.contains($0) && !scheduleColumns.contains($0) && !header.cells[$0].isEmpty
    }.map { header.cells[$0] }
    log.files[fileIndex].recognisedColumns =
      Role.allCases.compactMap { r in
        columns[r].map { "\(r.rawValue): \(header.cells[$0])" }
      }
      + (schedule?.columns ?? []).enumerated().map {
        "contract year \($0 + 1): \(header.cells[$1])"
      }
    log.files[fileIndex].blankLines += table.blankLines.filter { $0 > header.line }.count
    let dateColumns =
      ([startColumn, columns[.trialEnd]] + otherStarts + ends.columns
      + ends.cancellations
      + (basis == .perCycle ? [columns[.termStart], columns[.termEnd]] : [])).compactMap { $0 }
    // Date columns of spreadsheet day numbers (`45658`), read as dates by the customer list's
    // rule (session 36, imp; hostile trial 35, H35-11: refused, "a spreadsheet's day number?").
    CubeReader.readSerialDates(
      &table.records[1...], columns: dateColumns.map { ($0, header.cells[$0]) },
      header: header.cells, file: file, notes: &log.notes)
    let body = table.records.dropFirst()
    // A currency column of numbers (an id into a currency table) names no currency: not read
    // (review 12, F14).
    let isCurrencyIDs =
      columns[.currency].map { c in
        CurrencySigns.isNumericIDs(body.lazy.map { $0.cell(c) })
      } ?? false
    if isCurrencyIDs, let c = columns[.currency] {
      log.files[fileIndex].ignoredColumns.append(header.cells[c])
      log.files[fileIndex].recognisedColumns.removeAll {
        $0.hasPrefix("\(Role.currency.rawValue): ")
      }
      log.notes.append(
        "\(file): \"\(header.cells[c])\" holds numbers, not currency codes (an id into a currency "
          + "table): not read as the currency")
    }
    var dateCells = [(text: String, line: Int)]()
    for r in body {
      for c in dateColumns where c < r.cells.count && !Self.isBlank(r.cells[c]) {
        dateCells.append((r.cells[c], r.line))
      }
    }
    // The file's other date columns decide when the dates read do not, as a ledger's (session
    // 36, imp: one day/month decision for every reader).
    let order = try LedgerDate.order(
      of: dateCells, file: file, given: options.dateOrder,
      others: OtherDateColumns(body: body, header: header.cells, read: Set(dateColumns)),
      column: {
        LedgerDate.column(of: $0, rows: body, columns: dateColumns, header: header.cells)
      },
      notes: &log.notes)
    let (isDecimalComma, inferredFrom) = try SubscriptionTableDecimalMark.decide(
      body, column: priceColumn, file: file, options: options, log: &log)
    // A price refused under an inferred decimal comma says which cell made it so.
    let inferred = inferredFrom.map {
      " (the prices are read with a decimal comma, as \"\($0.text)\" on line \($0.line) writes "
        + "it)"
    }
    if let note = LedgerDate.digitsNote(file: file, cells: dateCells) { log.notes.append(note) }
    let priceHeader = header.cells[priceColumn]
    // A header that implies cents (`unit_amount`) over prices written `147.00`: major units
    // (trial 48, T48-28).
    let isMinorByHeader = AmountUnit.isMinorAfterCells(
      raw: priceHeader,
      isMinor: AmountUnit.strip(LedgerLayout.normalized(priceHeader), raw: priceHeader).isMinor,
      given: options.amounts, cells: body.lazy.map { ($0.cell(priceColumn), $0.line) },
      isDecimalComma: isDecimalComma, file: file, header: header.cells, notes: &log.notes)
    var amountCells = AmountCells(
      file: file, header: priceHeader, isMinorByHeader: isMinorByHeader, options: options,
      isDecimalComma: isDecimalComma, currency: options.currency,
      notes: &log.notes)
    let stripeCents = AmountUnit.stripeWholeNumbersFinding(
      body, file: file, header: priceHeader, amount: priceColumn,
      customer: columns[.customer], currency: columns[.currency], amountCells: amountCells,
      isMinorByHeader: isMinorByHeader, options: options)
    if let stripeCents { log.addFinding(stripeCents, isUnitDoubt: true) }
    // A billing API's dump: its field names read in cents, or a doubt said (trial 22, T22-25).
    let endedPrice = Self.endedPrice(
      columns: columns, keys: keys, basis: basis, priceColumn: priceColumn)
    var apiDoubt: String?
    if stripeCents == nil {
      (amountCells, apiDoubt) = Self.apiUnit(
        body, header: header.cells, priceColumn: priceColumn, endedPrice: endedPrice,
        customer: columns[.customer], dateCells: dateCells, amounts: amountCells,
        options: options, file: file, log: &log)
    }
    // Ended rows at 0 under the monthly column billed at their period's price.
    var endedAtPrice = (count: 0, first: (customer: String, line: Int, monthly: Int64)?.none)
    // Each read row's price and the monthly amount it gives, for ``CentsLikeAmounts``.
    var monthlyCells = [CentsLikeAmounts.Cell]()
    // A column is read only when every cell is readable (blank, or as `isReadable` says; a
    // header repeated mid-table aside): else none of it is, and a note names the first cell.
    func isRead(
      _ role: Role, as what: String, _ isReadable: (String) -> Bool, because why: String
    ) -> Bool {
      guard let c = columns[role] else { return false }
      guard
        let odd = body.first(where: { r in
          c < r.cells.count && !isReadable(r.cells[c])
            && !ImportTable.repeatsHeader(r.cells, header.cells)
        })
      else { return true }
      log.notes.append(
        "\(file): column \"\(header.cells[c])\" is not read as \(what): \"\(odd.cells[c])\" on "
          + "line \(odd.line) \(why)")
      return false
    }
    // A trial column whose cells are not all yes/no (`14`, `30`: trial lengths in days) is no
    // flag: not read, with a note naming the first such cell (review 13, F20: `1` made a paying
    // customer a trial that bills nothing, `14` read as "not a trial", silently).
    let isTrialFlag = isRead(
      .trial, as: "a trial flag", { $0.isEmpty || LedgerReader.yesNo($0) != nil },
      because: "is not yes/no (a trial length in days?); every row is read as paid from its start")
    // A quantity column of whole numbers.
    let isQuantityRead = isRead(
      .quantity, as: "a quantity", { $0.isEmpty || Int64($0).map { $0 >= 0 } == true },
      because: "is not a whole number")
    let isQuantityGuessed = isQuantityRead && quantityReading == .perUnitGuessed
    // A term in months: every cell blank or whole months.
    let isTermRead = isRead(
      .termMonths, as: "a term in months",
      { SubscriptionTermLength.isNoTerm($0) || SubscriptionTermLength.months($0) != nil },
      because: "is not a whole number of months from 1 to \(SubscriptionTermLength.maximumMonths)")
    var termEnds = (count: 0, first: (line: 0, customer: "", months: 0, end: CivilDate?.none))
    // Rows whose status says they cancel at term end, ended on their current term's end.
    // Won deals read as their amount over their term in months (T50-10).
    // The last line of two cells or more: the lines of one cell below it are footnotes.
    let lastDataLine =
      body.last { $0.cells.lazy.filter { !Self.isBlank($0) }.count >= 2 }?.line ?? 0
    var dealTotals = (count: 0, first: (customer: "", line: 0, cents: Int64(0), months: 0))
    var noticeAtTermEnd = (
      count: 0, column: 0, line: 0, customer: "", status: "",
      end: CivilDate(year: 1970, month: 1, day: 1)!
    )
    // A discount amount column is read when no percent column is, and every cell is an amount.
    let isDiscountAmountRead = Self.readsDiscountAmount(
      body, columns: columns, header: header, amountCells: amountCells, file: file,
      notes: &log.notes)
    // Earlier versions of a subscription (Zuora's amendments): read, then left out once the
    // as-of month is known (``SubscriptionVersions``).
    let superseded = SubscriptionVersions.superseded(
      body, keys: keys, header: header.cells, status: columns[.status])
    // A CRM's won deals: each a contract, its term its type whatever its amount column, and its
    // close date bounding the export's (trial 25, T25-17).
    let isDealTable = isDeals(table, header: header)
    let closeColumn =
      isDealTable ? keys.firstIndex { Self.closeDateKeys.contains($0) } : nil
    // A paused subscription's date to resume (Chargebee's `resume_date`; trial 48, T48-27).
    let resumeColumn = keys.indices.first {
      Self.resumeKeys.contains(keys[$0]) && !assigned.contains($0)
    }
    // Where a row cancelling at its term's end leaves: the current term's end, else the current
    // period's end or the next renewal (review 50, R50-28).
    let noticeEndColumn =
      columns[.termEnd]
      ?? keys.indices.first { Self.periodEndKeys.contains(keys[$0]) && !assigned.contains($0) }
    // A charge's type (Zuora's `RatePlanCharge.ChargeType`: `OneTime` beside `Recurring`).
    let chargeTypeColumn = keys.firstIndex(of: "charge type")
    // A deal's type, pipeline, product and name: a services deal is one-time (T32-32).
    let dealKindColumns = isDealTable ? Self.dealKindColumns(keys) : []
    var isDealKindRead = Set<Int>()
    // An auto-renew flag (T32-30): a lapsed auto-renewing contract is priced both ways.
    let autoRenewColumn = keys.firstIndex { SubscriptionAutoRenew.keys.contains($0) }
    // A notice column of deadlines, each a fixed span before its row's end (review 51, R51-8).
    for d in ends.dropDeadlines(
      body.map(\.cells), keys: keys, isBlank: Self.isBlank,
      parse: { LedgerDate.parse($0, order: order) })
    {
      let span = d.days.map { "about \($0) days" } ?? "its row's notice period"
      log.notes.append(
        "\(file): \"\(header.cells[d.column])\" holds a day \(span) before the end "
          + "on each of the \(d.rows) rows with an end: the last day to give notice (a deadline), "
          + "not notice given; not read")
    }
    for c in ends.notices {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("notice date: \(header.cells[c])")
    }
    if let c = autoRenewColumn {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("auto_renew: \(header.cells[c])")
    }
    var out = [StripeSubscription]()
    var problems = [InputProblem]()
    var currencies = [String: Int]()
    var dollarSigns = CurrencySigns()
    var nullEnds = 0
    // Rows ended at their cancellation column's day (their end column blank): how many, the
    // column and the first line.
    var endsAtCancellation = (count: 0, column: 0, line: 0)
    // Usage charges (a charge type `Usage`) with no MRR: how many, and the first line.
    var usageWithoutMRR = (count: 0, line: 0)
    var trials = 0
    var trialsByStatus = 0
    // Rows whose trial end column gives a trial: converted (or running) and expired.
    var trialEnds = (paid: 0, expired: 0)
    // Rows equal cell for cell to an earlier one: (line, the earlier line).
    var seen = [[String]: Int]()
    // Exports appended into one file: a row of a later export equal to an earlier export's is
    // their overlap, skipped (as a cube's and a ledger's are).
    var overlap = ExportOverlap(rows: body, header: header.cells)
    // A later export's row of a subscription an earlier export has (same customer, start and
    // price) with another end or status is its newer state: it replaces the earlier row (review
    // 13, F26: a re-pulled row now ended was a second live subscription, its churn hidden).
    var restatements = SubscriptionDuplicates()
    var repeated: (line: Int, first: Int)?
    var repeatedCount = 0
    var nullExample: (text: String, line: Int)?
    var monthOnlyEnds = 0
    var placeholderEnds = 0
    var placeholderExample: (text: String, line: Int)?
    var monthOnlyExample: (text: String, line: Int)?
    // Total contract values over a term of under 28 days, and the first (review 13, F35).
    // Current terms (the period of a price per cycle) of no whole number of months, and the
    // first (session 16, import lane).
    var roundedTerms = 0
    var roundedTerm: (line: Int, customer: String, start: CivilDate, end: CivilDate, months: Int)?
    var shortTerms = 0
    var shortTerm: (line: Int, customer: String, start: CivilDate, end: CivilDate, days: Int)?
    // Rows equal apart from their id-like columns (``SubscriptionTableRepeats``).
    var repeats = SubscriptionTableRepeats(header: header.cells, assigned: assigned)
    if repeats.idColumns.isEmpty { seen.reserveCapacity(body.count) }
    // A row per record at most: grown by doubling, the array's slack and its copy while growing
    // were a third of a large table's peak memory (trial 18a, H1).
    out.reserveCapacity(body.count)
    let columnsByRole = RoleColumns(columns)
    // A cadence column holds a few texts ("monthly", "annual") on every row: each is read once.
    var terms = TermReadings()
    func cadence(_ text: String) -> BillingCadence? { terms.billingCadence(text) }
    for r in body {
      log.files[fileIndex].rowsRead += 1
      if ImportTable.repeatsHeader(r.cells, header.cells) {
        // A table pasted below starts here: it ends a pipeline section above it (review 52,
        // R52-21: the signed contracts under a repeated header were left out as pipeline).
        pipeline.close()
        // From here on a row equal to one of an earlier export is their overlap.
        overlap.skipHeader(atLine: r.line, file: fileIndex, log: &log)
        restatements.startExport()
        continue
      }
      if overlap.skipsRepeat(r.cells, line: r.line, file: fileIndex, log: &log) { continue }
      // A spreadsheet's totals row (`Total`, `Grand total`) with no start: excluded, and checked
      // against the prices above it (session 16's trial, R7: refused, "no customer", where a
      // ledger's or a cube's is checked).
      // The start first: a row with one is no totals row, and the label's test normalizes a
      // cell of every row (trial 18a, H1).
      if startColumn >= r.cells.count || r.cells[startColumn].isEmpty,
        LedgerReader.isTotals(r.cells) || CubeTotals.isForeignTotal(r.cells)
      {
        pipeline.close()
        let cell = priceColumn < r.cells.count ? r.cells[priceColumn] : ""
        totalsRows.append(
          (r.line, cell, try? amountCells.hundredths(cell, currency: nil), pricesAbove))
        log.skip(file: fileIndex, line: r.line, kind: .totals, reason: "excluded and checked")
        continue
      }
      if pipeline.skips(r, file: fileIndex, log: &log) { continue }
      // A line of one cell below every row of two or more (a report's footer: Salesforce's
      // "Confidential Information - Do Not Distribute", its copyright line): a footnote, skipped
      // and counted (trial 50, T50-11: refused, "no customer").
      // A customer's name alone there is a row missing its figures (review 52, R52-10).
      if r.line > lastDataLine, r.cells.filter({ !Self.isBlank($0) }).count <= 1,
        Self.isFooterText(
          r.cells.first { !Self.isBlank($0) } ?? "",
          afterBlank: pipeline.blankLines.contains { $0 > lastDataLine && $0 < r.line })
      {
        log.skip(
          file: fileIndex, line: r.line, kind: .footnote, reason: CubeReader.snippet(r.cells))
        continue
      }
      func text(_ role: Role) -> String {
        guard let c = columnsByRole[role], c < r.cells.count else { return "" }
        return r.cells[c]
      }
      var rowProblems = [InputProblem]()
      func problem(_ column: Int, _ message: String) {
        rowProblems.append(
          InputProblem(file: file, line: r.line, column: column + 1, message: message))
      }
      let customer = text(.customer)
      if customer.isEmpty { problem(customerColumn, "no customer (expected a customer id)") }
      var startText = text(.start)
      if Self.isBlank(startText),
        let c = otherStarts.first(where: { c in c < r.cells.count && !Self.isBlank(r.cells[c]) })
      {
        startText = r.cells[c]
        if startsElsewhere.count == 0 { startsElsewhere = (0, c, r.line) }
        startsElsewhere.count += 1
      }
      // A row whose status says it has not started (Recurly's and Chargebee's `future`) and
      // that gives no start is not yet a customer: skipped, never an error (trial 48, T48-29).
      if Self.isBlank(startText), SubscriptionStatusCheck.saysNotStarted(text(.status)) {
        log.skip(
          file: fileIndex, line: r.line, kind: .notStarted,
          reason: "\"\(text(.status))\" with no start: not yet a customer, no revenue")
        continue
      }
      // So is a trial that gives no start (Maxio's and ChartMogul's trialing rows leave the
      // start blank until the first payment; session 54, crm lane; trial 51, T51-21, T51-56:
      // refused, "start "" is not a date").
      if Self.isBlank(startText), SubscriptionStatusCheck.saysTrial(text(.status)) {
        log.skip(
          file: fileIndex, line: r.line, kind: .notStarted,
          reason: "\"\(text(.status))\" with no start: a trial not yet paid, no revenue")
        continue
      }
      let start = LedgerDate.parse(startText, order: order)
      if start == nil {
        problem(
          startColumn,
          "start \"\(startText)\" is not a date (expected e.g. 2024-03-01 or 3/1/2024)"
            + LedgerReader.serialHint(startText))
      }
      var end: CivilDate?
      // The end's cell, or the next end column's when it is blank (``SubscriptionEndColumns``).
      let endCell = ends.end(in: r.cells, isBlank: Self.isBlank)
      let endText = endCell?.text ?? ""
      if let e = endCell, e.column != columnsByRole[.end], !Self.isBlank(e.text) {
        if endsElsewhere.count == 0 { endsElsewhere = (0, e.column, r.line) }
        endsElsewhere.count += 1
      }
      // `NULL` (a database's export), `NaN`/`NaT`/`None` (pandas, Python): no end, as blank.
      let isNullEnd = Self.nulls.contains(endText.lowercased())
      // A month alone (`2024-03`): the spell runs through that month, to its last day.
      let isMonthOnlyEnd = Month(endText) != nil && CivilDate(endText) == nil
      if let c = endCell?.column, !endText.isEmpty, !isNullEnd {
        end = LedgerDate.parse(endText, order: order)
        if isMonthOnlyEnd, let e = end { end = CivilDate.lastDay(of: e.month) }
        if end == nil {
          problem(
            c,
            "end \"\(endText)\" is not a date (expected e.g. 2024-03-31, or blank)"
              + LedgerReader.serialHint(endText))
        } else if let s = start, end! < s {
          problem(c, "ends \"\(endText)\" before it starts (\"\(startText)\")")
          end = nil
        }
      }
      var notice: (isGiven: Bool, day: CivilDate?) = (false, nil)
      if let end, let cell = endCell {
        notice = ends.notice(r.cells, endColumn: cell.column, end: end) {
          LedgerDate.parse($0, order: order)
        }
      }
      var isEndAtCancellation = false
      // A row whose status says it has ended, its end column blank, ends on its cancellation
      // column's day (Zuora: a `Cancelled` subscription's charge with no effective end ends at
      // its `Subscription.CancelledDate`; session 28, t28b lane: it billed on, with a finding).
      if end == nil, let e = endCell, Self.isBlank(e.text),
        SubscriptionStatusCheck.ended.contains(CubeLayout.normalized(text(.status))),
        let c = ends.cancellationDay(r.cells, parse: { LedgerDate.parse($0, order: order) }),
        start.map({ c.day >= $0 }) ?? true
      {
        end = c.day
        isEndAtCancellation = true
        if endsAtCancellation.count == 0 { endsAtCancellation = (0, c.column, r.line) }
        endsAtCancellation.count += 1
      }
      var trialEnd: CivilDate?
      if let c = columnsByRole[.trialEnd], !text(.trialEnd).isEmpty,
        !Self.nulls.contains(text(.trialEnd).lowercased())
      {
        trialEnd = LedgerDate.parse(text(.trialEnd), order: order)
        if trialEnd == nil {
          problem(
            c,
            "trial end \"\(text(.trialEnd))\" is not a date (expected e.g. 2024-03-31, or blank)"
              + LedgerReader.serialHint(text(.trialEnd)))
        }
      }
      // `9999-12-31`, `2099-12-31`: an open end written as a far date, read as blank.
      let isPlaceholderEnd =
        start.map { s in
          end.map { SubscriptionTermEnd.isPlaceholder($0, start: s) } ?? false
        } ?? false
      if isPlaceholderEnd { end = nil }
      // No end, and a term in months: the end is the term's (``SubscriptionTermLength``).
      var isTermEnd = false
      if end == nil, isTermRead, let s = start,
        let n = SubscriptionTermLength.months(text(.termMonths))
      {
        let e = SubscriptionTermLength.end(start: s, months: n)
        end = e
        isTermEnd = true
        termEnds.count += 1
        if termEnds.count == 1 { termEnds.first = (r.line, customer, n, e) }
      }
      // A status saying the subscription cancels at its term's end (Chargebee's
      // `non_renewing`) with no end: it leaves on the current term's end when the row gives one
      // (trial 48, T48-26: "no end" was said of rows whose term end was read for the annual
      // accounts' contract end).
      if end == nil, SubscriptionStatusCheck.saysNotice(text(.status)),
        let c = noticeEndColumn, let e = LedgerDate.parse(r.cell(c), order: order),
        start.map({ e > $0 }) ?? true
      {
        end = e
        notice = (true, nil)
        if noticeAtTermEnd.count == 0 {
          noticeAtTermEnd = (0, c, r.line, customer, text(.status), e)
        }
        noticeAtTermEnd.count += 1
      }
      // A usage charge (Zuora's charge type `Usage`) is billed in arrears by what was used: its
      // MRR is blank or 0, read as 0 and counted in a finding, never a problem nor silently 0
      // (session 28, t28b lane).
      let isUsageCharge =
        chargeTypeColumn.map { c in
          c < r.cells.count && LedgerLayout.normalized(r.cells[c]) == "usage"
        } ?? false
      let cellPrice = r.cells.indices.contains(priceColumn) ? r.cells[priceColumn] : ""
      let priceText = isUsageCharge && Self.isBlank(cellPrice) ? "0" : cellPrice
      var mrr: Int64 = 0
      // The price as written, for a totals row's check.
      var writtenPrice: Int64?
      var rowShortTerm: (start: CivilDate, end: CivilDate, days: Int)?
      var rowRoundedTerm: (start: CivilDate, end: CivilDate, months: Int)?
      var cycleCadence: BillingCadence?
      // A deal's term: its term cell, else the whole months from its start to its end (review
      // 52, R52-43: Birch's pilot with a blank term was refused "no price").
      func dealTerm(_ cell: String) -> String {
        guard SubscriptionTermLength.months(cell) == nil, let s = start, let e = end,
          let n = TermFromDates.termMonths(from: s, through: e)
        else { return cell }
        return String(n)
      }
      // A won deal with no annual or monthly value but an amount and a term in months: the
      // amount is the deal's total over its term (trial 50, T50-10).
      let dealTotal =
        isDealTable && Self.isBlank(priceText)
        ? Self.dealTotal(
          amount: columnsByRole[.price].flatMap { $0 == priceColumn ? nil : r.cell($0) },
          term: dealTerm(text(.termMonths)), basis: basis, cells: amountCells)
        : nil
      price: do throws(AmountUnit.MinorFailure) {
        if let d = dealTotal {
          mrr = ServicePeriod.proportion(d.cents, 1, Int64(d.months))
          dealTotals.count += 1
          if dealTotals.count == 1 { dealTotals.first = (customer, r.line, d.cents, d.months) }
          break price
        }
        if priceText.isEmpty { throw .money(.notAnAmount) }
        var cents = try amountCells.hundredths(
          priceText,
          currency: isCurrencyIDs || text(.currency).isEmpty
            ? nil : CurrencySigns.code(cell: text(.currency)))
        writtenPrice = cents
        if case .some(.some(let qc)) = unitQuantity {
          let q = r.cell(qc)
          if let units = Int64(q), units >= 0,
            case let (product, false) = cents.multipliedReportingOverflow(by: units)
          {
            cents = product
          } else {
            problem(
              qc,
              "quantity \"\(q)\" of a unit price is not a whole number of units that fits "
                + "(expected e.g. 3)")
          }
        }
        if isQuantityGuessed, let q = Int64(text(.quantity)) {
          if case let (product, false) = cents.multipliedReportingOverflow(by: q) {
            cents = product
          } else {
            problem(
              columnsByRole[.quantity] ?? priceColumn,
              "price \"\(priceText)\" × quantity \"\(q)\" is too large")
          }
        }
        switch basis {
        case .monthly:
          mrr = cents
          // A billing period beside a monthly amount (Chargebee's `mrr` beside
          // `billing_period_unit`) says the cadence, though the amount is already monthly.
          if columnsByRole[.periodUnit] != nil {
            let count = columnsByRole[.billingCadence] == nil ? "1" : text(.billingCadence)
            cycleCadence =
              Self.periodCadence(count: count, unit: text(.periodUnit))
              ?? (Self.isSingleCount(count) ? cadence(text(.periodUnit)) : nil)
          }
          // A paused row's current MRR is 0 too (Chargebee's `mrr`): its price is what it paid
          // before and pays on resuming (trial 32, T32-19: "if they resume, headline ARR is
          // $0.00 higher: given as the range", for $6,108 and no range).
          if cents == 0, end != nil || SubscriptionStatusCheck.saysPaused(text(.status)),
            let e = endedPrice, let billed = e.monthly(r.cells, amounts: amountCells)
          {
            mrr = billed
            // The note is of ended rows; a paused one is the paused finding's.
            if end != nil {
              endedAtPrice.count += 1
              if endedAtPrice.first == nil { endedAtPrice.first = (customer, r.line, billed) }
            }
          }
        case .annual: mrr = ServicePeriod.proportion(cents, 1, 12)
        case .perCycle:
          let cycle = text(.billingCadence)
          let unit = text(.periodUnit)
          if let u = columnsByRole[.periodUnit],
            !unit.isEmpty || columnsByRole[.billingCadence] == nil
          {
            // Chargebee's `billing_period` × `billing_period_unit` (a count of 1 without the
            // count's column, as Stripe's interval without its count).
            let count = columnsByRole[.billingCadence] == nil ? "1" : cycle
            if let share = Self.periodShare(count: count, unit: unit) {
              mrr = ServicePeriod.proportion(cents, share.part, share.whole)
              cycleCadence = Self.periodCadence(count: count, unit: unit)
            } else if Self.isSingleCount(count), let months = Self.months(cadence(unit)) {
              // A cadence's word as the unit (`billing_interval` `monthly`, `annual`,
              // `quarterly`: a CRM's), once (session 56, crm lane; trial 55, T55-16).
              mrr = ServicePeriod.proportion(cents, 1, Int64(months))
              cycleCadence = cadence(unit)
            } else {
              problem(
                u,
                "billing period \"\(cycle)\" \"\(unit)\" does not say how many months the price "
                  + "covers (expected a whole number of months, years, weeks or days)")
            }
          } else if columnsByRole[.billingCadence] == nil
            || (cycle.isEmpty && columnsByRole[.termStart] != nil),
            let ts = columnsByRole[.termStart], let te = columnsByRole[.termEnd]
          {
            // The current term's dates (Chargebee's `current_term_start`, `current_term_end`,
            // the end the next term's first instant): k whole months, else as a total contract
            // value's term, rounded to the nearest month.
            let (startText, endText) = (text(.termStart), text(.termEnd))
            guard let s = LedgerDate.parse(startText, order: order),
              let e = LedgerDate.parse(endText, order: order), e > s
            else {
              problem(
                LedgerDate.parse(startText, order: order) == nil ? ts : te,
                "current term \"\(startText)\" to \"\(endText)\" does not give the price's billing "
                  + "period (expected the current term's start and a later end, e.g. 2025-05-10 "
                  + "and 2025-06-10)")
              break
            }
            if let months = ServicePeriod.wholeMonths(from: s, through: e) {
              mrr = ServicePeriod.proportion(cents, 1, Int64(min(months, 120)))
              cycleCadence = LedgerTerms.cadence(months: months)
            } else {
              let months = Self.termMonths(
                from: s, through: CivilDate(daysSinceEpoch: e.daysSinceEpoch - 1))
              mrr = ServicePeriod.proportion(cents, 1, Int64(months))
              rowRoundedTerm = (s, e, months)
            }
          } else if let months = Self.months(cadence(cycle)) {
            mrr = ServicePeriod.proportion(cents, 1, Int64(months))
          } else if let weeks = Self.cycleWeeks(cycle) {
            // `Weekly`, `Every 2 weeks`, `Fortnightly`: Chargebee's `week` unit (trial 28,
            // T28-22: refused, "does not say how many months").
            mrr = ServicePeriod.proportion(cents, Self.weeksPerYear, 12 * weeks)
            cycleCadence = .monthly
          } else {
            problem(
              columnsByRole[.billingCadence] ?? priceColumn,
              "billing cycle \"\(cycle)\" does not say how many months the price covers "
                + "(expected monthly, quarterly, semiannual or annual"
                + (TermText.cadenceDoubt(cycle).map { "; \($0)" } ?? "") + ")")
          }
        case .total:
          // The term's length in whole months (``termMonths``), not the calendar months its
          // spell touches: a term from the 15th to the 14th is 12 months, not 13.
          if let s = start, let e = end, e == s, let c = columnsByRole[.end] {
            // No term to spread over (review 13, F35: its value was read nowhere).
            problem(
              c,
              "ends \"\(text(.end))\" on the day it starts: a total contract value needs a term "
                + "to spread over (expected an end after the start)")
          } else if let s = start, let e = end {
            mrr = ServicePeriod.proportion(cents, 1, Int64(Self.termMonths(from: s, through: e)))
            // A term under 28 days bills its whole value as one month's MRR: said below.
            let days = Int(e.daysSinceEpoch - s.daysSinceEpoch) + 1
            if days < 28 { rowShortTerm = (s, e, days) }
          } else if start != nil, text(.end).isEmpty || isNullEnd || isPlaceholderEnd {
            // An end that is not a date, or before the start, is its own problem already.
            problem(
              columnsByRole[.end] ?? priceColumn,
              "a total contract value (\"\(priceText)\" under \"\(header.cells[priceColumn])\") "
                + "needs its term's end to be spread over its months (expected an end date)")
          }
        }
        if cents < 0 {
          problem(priceColumn, "price \"\(priceText)\" is negative (expected ≥ 0)")
        }
      } catch {
        problem(
          priceColumn,
          priceText.isEmpty
            ? "no price (expected e.g. 49.00)"
            : amountCells.message(priceText, error) + (inferred ?? ""))
      }
      let discount: Int64?
      switch Self.discount(text(.discount), isDecimalComma: isDecimalComma) {
      case .success(let d): discount = d
      case .failure(let failure):
        discount = nil
        problem(columnsByRole[.discount]!, Self.discountMessage(text(.discount), failure))
      }
      var amountOff: Int64 = 0
      if isDiscountAmountRead, let c = columnsByRole[.discountAmount], let price = writtenPrice {
        switch Self.amountOff(text(.discountAmount), price: price, cells: amountCells) {
        case .success(let v): amountOff = v
        case .failure(let failure): problem(c, failure.message)
        }
      }
      let currencyText = isCurrencyIDs ? "" : text(.currency)
      if !currencyText.isEmpty, CurrencySigns.code(cell: currencyText) == nil,
        let c = columnsByRole[.currency]
      {
        problem(c, CurrencySigns.problem(currencyText))
      }
      if let line = currencyText.isEmpty ? nil : CurrencySigns.code(cell: currencyText),
        let found = CurrencySigns.conflict(amount: priceText, lineCurrency: line)
      {
        problem(
          priceColumn, CurrencySigns.conflictProblem(amount: priceText, found: found, line: line))
      }
      guard rowProblems.isEmpty, let start else {
        if options.isLenient {
          log.skip(
            file: fileIndex, line: r.line, kind: .badRow,
            reason: "bad row: " + rowProblems[0].description)
        } else {
          problems += rowProblems
        }
        continue
      }
      if let w = writtenPrice {
        pricesAbove = Money.saturatingSum(pricesAbove, w)
      }
      // Counted for the notes only on rows read (a skipped bad row's end says nothing).
      if let t = rowRoundedTerm {
        roundedTerms += 1
        if roundedTerm == nil { roundedTerm = (r.line, text(.customer), t.start, t.end, t.months) }
      }
      if let t = rowShortTerm {
        shortTerms += 1
        if shortTerm == nil { shortTerm = (r.line, text(.customer), t.start, t.end, t.days) }
      }
      if isNullEnd {
        nullEnds += 1
        if nullExample == nil { nullExample = (text(.end), r.line) }
      }
      if isPlaceholderEnd {
        placeholderEnds += 1
        if placeholderExample == nil { placeholderExample = (text(.end), r.line) }
      }
      if isMonthOnlyEnd {
        monthOnlyEnds += 1
        if monthOnlyExample == nil { monthOnlyExample = (text(.end), r.line) }
      }
      let currency =
        currencyText.isEmpty
        ? CubeMoney.currency(priceText) ?? convertedCurrency ?? headerCurrency
        : CurrencySigns.code(cell: currencyText)
      if let currency, currencies[currency] == nil { currencies[currency] = r.line }
      dollarSigns.see(cell: currencyText, amount: priceText, code: currency, line: r.line)
      // A trial row bills nothing: running, the customer is in trial until its end; ended, the
      // trial expired unless a paid row of the customer follows (its facts win).
      // A status saying trial (`trial`, `trialing`, Chargebee's `in_trial`) marks one too: read
      // as a paid row, a trial's list price was billed and counted in ARR (eleventh session's
      // trial of bluelion1999/SaaS_subscription_analytics_dbt's `raw_subscriptions.csv`).
      let isTrialByStatus = SubscriptionStatusCheck.saysTrial(text(.status))
      let isTrial =
        (isTrialFlag && LedgerReader.yesNo(text(.trial)) == true)
        || isTrialByStatus
      if isTrial { trials += 1 }
      if isTrialByStatus { trialsByStatus += 1 }
      // A trial end column on a paid row: a trial after the start; the row pays from the day
      // after it, and a row ended by then is an expired trial, which never paid.
      let givenTrial = trialEnd.flatMap { $0 > start ? $0 : nil }
      let isExpiredTrial =
        !isTrial
        && givenTrial.map { t in end.map { $0.daysSinceEpoch <= t.daysSinceEpoch + 1 } ?? false }
          ?? false
      if !isTrial, givenTrial != nil {
        if isExpiredTrial { trialEnds.expired += 1 } else { trialEnds.paid += 1 }
      }
      monthlyCells.append(
        CentsLikeAmounts.Cell(
          text: priceText, line: r.line, monthly: mrr,
          currency: currency ?? options.currency ?? CubeMoney.currency(priceText) ?? ""))
      let status: StripeSubscription.Status =
        isTrial || isExpiredTrial
        ? (end == nil ? .trialing : .paused) : end == nil ? .active : .canceled
      var sub = StripeSubscription(
        customer: customer, name: text(.name).isEmpty ? nil : text(.name),
        segment: text(.segment).isEmpty ? nil : text(.segment), line: r.line,
        status: status, mrr: mrr, intervalMonths: nil, start: start,
        trialEnd: givenTrial ?? (isTrial ? end : nil), canceledAt: nil,
        cancelAtPeriodEnd: false, currentPeriodStart: nil, currentPeriodEnd: nil, endedAt: end)
      sub.isTrialEndLastDay = givenTrial != nil
      sub.supersededReason = superseded.isEmpty ? nil : superseded[r.line]
      if let c = dealKindColumns.first(where: { c in
        c < r.cells.count && Self.saysServices(r.cells[c], key: keys[c], customer: customer)
      }) {
        sub.servicesKind = "\"\(header.cells[c])\" \"\(r.cells[c])\""
        isDealKindRead.insert(c)
      }
      if let c = autoRenewColumn, c < r.cells.count {
        sub.isAutoRenew = SubscriptionAutoRenew.saysRenews(r.cells[c])
      }
      if let c = chargeTypeColumn, c < r.cells.count {
        sub.isOneTimeCharge = ["one time", "onetime"].contains(LedgerLayout.normalized(r.cells[c]))
      }
      sub.isUsageCharge = isUsageCharge
      sub.isEndAtCancellation = isEndAtCancellation
      if isUsageCharge && mrr == 0 {
        if usageWithoutMRR.count == 0 { usageWithoutMRR.line = r.line }
        usageWithoutMRR.count += 1
      }
      if let c = closeColumn, c < r.cells.count {
        sub.closedAt = LedgerDate.parse(r.cells[c], order: order)
      }
      if let c = resumeColumn, SubscriptionStatusCheck.saysPaused(text(.status)) {
        sub.pauseResumesAt = LedgerDate.parse(r.cell(c), order: order)
      }
      sub.isNoticeByColumn = notice.isGiven
      sub.noticeDay = notice.day
      // An end read from a cancellation column is not the end column's: its name (`ended at`)
      // says nothing of it, so it does not date the export (``SubscriptionTableAsOf``).
      sub.isEndHappenedByColumn =
        end != nil && !notice.isGiven && !isEndAtCancellation && !isTermEnd
        && endCell.map { ends.isHappened(endColumn: $0.column) } == true
      if isQuantityRead, unitQuantity == nil, let q = Int64(text(.quantity)) {
        if isRecurringRevenue {
          if q > 1 && inRevenue.rows == 0 { inRevenue.first = (customer, r.line, q) }
          if q > 1 { inRevenue.rows += 1 }
        } else {
          sub.tableQuantity = q
          sub.isQuantityMultiplied = isQuantityGuessed
        }
      }
      if unitQuantity != nil { unitPriced += 1 }
      sub.updatedAt = LedgerDate.parse(text(.updated), order: order)
      sub.contractType = TermText.contractType(text(.contractType))
      // A total contract value over whole years is a contract of that term (session 17, lead).
      if basis == .total || isDealTable, let e = end {
        sub.termYearsOfTotal = SubscriptionTermEnd.wholeYears(from: start, to: e)
      }
      sub.givenCadence =
        cycleCadence
        ?? (basis == .perCycle
          && (columnsByRole[.periodUnit] != nil || columnsByRole[.billingCadence] == nil)
          ? nil : cadence(text(.billingCadence)))
        ?? (isPlanTypeCadence ? cadence(text(.contractType)) : nil)
      if !text(.status).isEmpty {
        sub.statusText = text(.status)
        sub.statusSaysRunning = SubscriptionStatusCheck.saysRunning(text(.status))
      }
      if let discount, discount > 0 {
        sub.discount = discount
        sub.listMRR = mrr
        sub.mrr = ServicePeriod.proportion(mrr, 10_000 - discount, 10_000)
      } else if amountOff > 0, let price = writtenPrice, price > 0 {
        // Money off the price as written: the same share off the monthly amount it gives.
        sub.discount = Self.percent(off: amountOff, of: price)
        sub.listMRR = mrr
        sub.mrr = ServicePeriod.proportion(mrr, price - amountOff, price)
      }
      if let schedule, sub.discount == 0,
        let yearly = schedule.monthly(
          r.cells, amounts: amountCells,
          currency: isCurrencyIDs || text(.currency).isEmpty
            ? nil : CurrencySigns.code(cell: text(.currency))),
        ContractYearSchedule.isSchedule(
          yearly, termMonths: end.map { Self.termMonths(from: start, through: $0) },
          mrr: mrr, isTotal: basis == .total)
      {
        sub.yearlyMRR = yearly
        if scheduled.count == 0 { scheduled.first = (customer, r.line, yearly) }
        scheduled.count += 1
      } else if basis == .total, let e = end,
        case let months = Self.termMonths(from: start, through: e), months > 12
      {
        if averaged.count == 0 { averaged.first = (customer, r.line, months) }
        averaged.count += 1
        averaged.mrr = Money.saturatingSum(averaged.mrr, mrr)
      }
      // One hash of the row: its line is stored when it is new, so a stored line other than
      // its own is the earlier copy's. With id-like columns, the hash leaves them out, and a
      // row equal but for them is counted apart (trial 20, E2).
      let first: Int
      if repeats.idColumns.isEmpty {
        first = Self.stored(&seen[r.cells, default: r.line])
      } else {
        first = repeats.see(r.cells, line: r.line)
      }
      if first != r.line {
        sub.isRepeat = true
        // A row differing in an id is counted in its own finding (``SubscriptionTableRepeats``).
        if repeats.idColumns.isEmpty || !repeats.lastDiffersByID {
          repeatedCount += 1
          if repeated == nil { repeated = (r.line, first) }
        }
      }
      // Only a later export restates a row: a file without a repeated header keeps no key
      // per row (9% of a 1.2M-row import; trial 18a, H1).
      if overlap.remembers,
        case .restates(let index, let earlierLine) = restatements.see(
          id: [customer, startText, priceText].joined(separator: "\u{1F}"), cells: r.cells,
          line: r.line, at: out.count)
      {
        log.skip(
          file: fileIndex, line: earlierLine, kind: .repeatedLine,
          reason: "restated by line \(r.line) of a later export (same customer, start and price)")
        out[index] = sub
      } else {
        out.append(sub)
      }
    }
    if !problems.isEmpty { throw .problems(problems, in: file) }
    if currencies.count > 1 { throw .mixedCurrencies(currencies, noun: "prices", in: file) }
    log.currency = currencies.keys.first
    if dealTotals.count > 0 {
      let f = dealTotals.first
      log.notes.append(
        "\(file): \(Counted.phrase(dealTotals.count, "won deal")) \(dealTotals.count == 1 ? "gives" : "give") "
          + "no \"\(header.cells[priceColumn])\" but an amount and a term in months: read as the "
          + "deal's total over its term (e.g. \"\(f.customer)\" on line \(f.line), "
          + "\(Money.text(cents: f.cents, currency: options.currency ?? log.currency)) over "
          + "\(f.months) months)")
    }
    if noticeAtTermEnd.count > 0 {
      let f = noticeAtTermEnd
      log.notes.append(
        "\(file): \(Counted.phrase(f.count, "row", verb: ("says", "say"))) the subscription "
          + "cancels at its term's end (\"\(f.status)\" "
          + "under \"\(columnsByRole[.status].map { header.cells[$0] } ?? "status")\") with no end date: "
          + "each leaves on its current term's end (\"\(header.cells[f.column])\"; \"\(f.customer)\" "
          + "on line \(f.line), \(f.end)), read as notice given")
    }
    Self.scheduleNotes(
      schedule: schedule, scheduled: scheduled, averaged: averaged, header: header.cells,
      priceColumn: priceColumn, file: file, currency: options.currency ?? log.currency,
      log: &log)
    if let e = endedPrice,
      let note = Self.endedPriceNote(
        file: file, count: endedAtPrice.count, first: endedAtPrice.first,
        monthlyHeader: priceHeader, priceHeader: header.cells[e.price],
        currency: options.currency ?? log.currency)
    {
      log.notes.append(note)
    }
    if stripeCents == nil,
      let finding = CentsLikeAmounts.finding(
        file: file, header: priceHeader, cells: monthlyCells, unit: amountCells.unit,
        isMinorByHeader: isMinorByHeader, options: options,
        currency: options.currency ?? log.currency)
    {
      log.addFinding(finding, isUnitDoubt: true)
    } else if let apiDoubt {
      log.addFinding(apiDoubt, isUnitDoubt: true)
    }
    if let finding = dollarSigns.finding(
      file: file, currency: log.currency, named: options.currency)
    {
      log.findings.append(finding)
    }
    if let finding = overlap.finding(file: file, noun: "row") { log.findings.append(finding) }
    if let e = restatements.restatedExample {
      let n = restatements.restatedCount
      log.findings.append(
        "\(file): \(Counted.phrase(n, "row", verb: ("restates", "restate"))) below a repeated "
          + "header an earlier export's row of the same customer, start and price with another "
          + "end or status (line \(e.line) restates line \(e.earlier)): a re-pull; each "
          + "subscription is read from the later row, the earlier left out")
    }
    // A cancellation column beside an end column says when notice was given: read.
    for c in ends.cancellations where !ends.columns.contains(c) {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("notice_date: \(header.cells[c])")
    }
    if let note = pipeline.note(file: file) { log.notes.append(note) }
    if let finding = pipeline.blankFinding(file: file) { log.findings.append(finding) }
    for t in totalsRows {
      if t.cents == t.above {
        log.notes.append(
          "\(file): line \(t.line) is a totals row: excluded, and it equals the sum of the prices "
            + "above it under \"\(priceHeader)\"")
      } else {
        log.findings.append(
          "\(file): line \(t.line) is a totals row, excluded: it says \"\(t.text)\" under "
            + "\"\(priceHeader)\" but the prices above it sum to "
            + "\(Money.text(cents: t.above, currency: log.currency)) (rows missing, or a total of "
            + "something else)")
      }
    }
    // Rows whose start or end came from a column other than the role's: a note, and that
    // column is read, not ignored.
    func noteElsewhere(
      _ role: String, _ rows: (count: Int, column: Int, line: Int), under column: Int
    ) {
      guard rows.count > 0 else { return }
      let used = header.cells[rows.column]
      log.files[fileIndex].ignoredColumns.removeAll { $0 == used }
      log.notes.append(
        "\(file): \(Counted.phrase(rows.count, "row", verb: ("has", "have"))) no \(role) under "
          + "\"\(header.cells[column])\": read from \"\(used)\" (line \(rows.line) first), or the "
          + "next \(role) column that has one")
    }
    if let endColumn = columnsByRole[.end] { noteElsewhere("end", endsElsewhere, under: endColumn) }
    noteElsewhere("start", startsElsewhere, under: startColumn)
    if endsAtCancellation.count > 0, let endColumn = columnsByRole[.end] {
      let n = endsAtCancellation.count
      log.notes.append(
        "\(file): \(Counted.phrase(n, "row", verb: ("says", "say"))) the subscription has ended "
          + "with no end under \"\(header.cells[endColumn])\": \(n == 1 ? "it ends" : "each ends") on "
          + "its cancellation date under \"\(header.cells[endsAtCancellation.column])\" (line "
          + "\(endsAtCancellation.line) first)")
    }
    // A deal kind column that said services was read: not ignored.
    for c in isDealKindRead.sorted() {
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
    }
    if usageWithoutMRR.count > 0, let c = chargeTypeColumn {
      // The charge type column was read (it says which rows are usage): not ignored.
      log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[c] }
      log.files[fileIndex].recognisedColumns.append("charge_type: \(header.cells[c])")
      let n = usageWithoutMRR.count
      log.findings.append(
        "\(file): \(Counted.phrase(n, "usage charge", verb: ("has", "have"))) no MRR under "
          + "\"\(priceHeader)\" (blank or 0; \"\(header.cells[c])\" says Usage, line "
          + "\(usageWithoutMRR.line) first): usage is billed in arrears by what was used, so its "
          + "revenue is not in this export and every figure here leaves it out; the invoices "
          + "give it")
    }
    if termEnds.count > 0, let c = columnsByRole[.termMonths], let e = termEnds.first.end {
      let f = termEnds.first
      log.notes.append(
        SubscriptionTermLength.note(
          file: file, header: header.cells[c], count: termEnds.count,
          first: (f.line, f.customer, f.months, e)))
    } else if !isTermRead, let c = columns[.termMonths] {
      log.files[fileIndex].ignoredColumns.append(header.cells[c])
      log.files[fileIndex].recognisedColumns.removeAll {
        $0.hasPrefix("\(Role.termMonths.rawValue): ")
      }
    }
    if let finding = SubscriptionZeroPrices.finding(out, file: file, header: priceHeader) {
      log.findings.append(finding)
    }
    if let finding = SubscriptionZeroPrices.endedWithoutEnd(out, file: file, header: priceHeader) {
      log.findings.append(finding)
    }
    if let finding = SubscriptionSnapshot.finding(out, file: file) {
      log.files[fileIndex].isSnapshot = true
      log.findings.append(finding)
    }
    if inRevenue.rows > 0, let qc = columnsByRole[.quantity] {
      let f = inRevenue.first
      log.notes.append(
        "\(file): \(Counted.phrase(inRevenue.rows, "row")) \(inRevenue.rows == 1 ? "has" : "have") "
          + "a quantity above 1 (\(f.quantity) on line \(f.line), \"\(f.customer)\"), read as "
          + "included in \"\(header.cells[priceColumn])\", the subscription's recurring revenue: "
          + "\"\(header.cells[qc])\" does not multiply it, and prices no range")
    }
    if case .some(let qc) = unitQuantity, unitPriced > 0 {
      if let qc { log.files[fileIndex].ignoredColumns.removeAll { $0 == header.cells[qc] } }
      log.notes.append(
        "\(file): \"\(header.cells[priceColumn])\" is a price per unit: "
          + (qc.map { "each row's is multiplied by its \"\(header.cells[$0])\"" }
            ?? "no quantity column, so each is read for one unit"))
    }
    if let t = roundedTerm {
      let n = roundedTerms
      log.notes.append(
        "\(file): \(n == 1 ? "1 row's current term is" : "\(CountText.grouped(n)) rows' current terms are") not a "
          + "whole number of months (\"\(t.customer)\" on line \(t.line), \(t.start) to \(t.end)): "
          + "\(n == 1 ? "its price is" : "their prices are") read over the term's length rounded "
          + "to the nearest month (\(t.months)\(n == 1 ? "" : " for the first")), as a total "
          + "contract value's term is; a first term shortened to a billing date reads its period "
          + "short")
    }
    if let t = shortTerm {
      log.findings.append(
        "\(file): \(Counted.phrase(shortTerms, "total contract value", verb: ("runs", "run"))) "
          + "less than a month (line \(t.line), \"\(t.customer)\": \(t.start) to \(t.end), "
          + "\(t.days) days): each is read as one month of revenue, its whole value that month's "
          + "MRR")
    }
    if let finding = repeats.finding(file: file) { log.findings.append(finding) }
    if let r = repeated {
      let n = repeatedCount
      log.findings.append(
        "\(file): \(Counted.phrase(n, "row", verb: ("repeats", "repeat"))) an earlier row cell "
          + "for cell (line \(r.line) "
          + "repeats line \(r.first)): each is counted, as two subscriptions of one customer; if "
          + "they are duplicates of one export, remove them (every month of theirs is counted "
          + "twice)")
    }
    if trials > 0 {
      var marks = [String]()
      if let flag = columnsByRole[.trial], trials > trialsByStatus {
        marks.append("\"\(header.cells[flag])\" true")
      }
      if trialsByStatus > 0, let status = columnsByRole[.status] {
        marks.append("\"\(header.cells[status])\" a trial status")
      }
      log.notes.append(
        "\(file): \(Counted.phrase(trials, "trial row")) (\(marks.joined(separator: " or "))) "
          + "\(trials == 1 ? "bills" : "bill") nothing: a running trial is a trial in progress, an ended one an expired "
          + "trial unless a paid row of the customer follows")
    }
    if trialEnds.paid + trialEnds.expired > 0, let c = columnsByRole[.trialEnd] {
      let n = trialEnds.paid + trialEnds.expired
      let given =
        n == 1
        ? "1 row gives a trial end after its start"
        : "\(CountText.grouped(n)) rows give trial ends after their starts"
      log.notes.append(
        "\(file): \(given) (\"\(header.cells[c])\"): each bills from the day after its trial's "
          + "end; \(trialEnds.expired) ended by then (an expired trial, billing nothing)")
    }
    if let example = monthOnlyExample {
      let n = monthOnlyEnds
      log.notes.append(
        "\(file): \(Counted.phrase(n, "end cell", verb: ("gives", "give"))) a month only (\"\(example.text)\" on "
          + "line \(example.line)): read as that month's last day, so the spell bills that month")
    }
    if let example = placeholderExample {
      log.findings.append(
        SubscriptionTermEnd.placeholderFinding(
          count: placeholderEnds, example: example.text, line: example.line, file: file))
    }
    if let example = nullExample {
      log.notes.append(
        "\(file): \(Counted.phrase(nullEnds, "end cell", verb: ("says", "say"))) no value (\"\(example.text)\" "
          + "on line \(example.line), as databases and pandas write a missing date): read as no "
          + "end, still running")
    }
    log.notes.append(
      "\(file): a subscriptions table, one row per subscription: each bills its "
        + {
          switch basis {
          case .monthly: return "monthly price"
          case .annual: return "annual price ÷ 12 (\"\(header.cells[priceColumn])\")"
          case .perCycle:
            let period =
              columnsByRole[.periodUnit].map { u in
                (columnsByRole[.billingCadence].map { "\"\(header.cells[$0])\" × " } ?? "")
                  + "\"\(header.cells[u])\": a month 1, a year 12"
              }
              ?? columnsByRole[.billingCadence].map {
                "\"\(header.cells[$0])\": monthly 1, quarterly 3, semiannual 6, annual 12"
              }
              ?? "\"\(header.cells[columnsByRole[.termStart]!])\" to "
              + "\"\(header.cells[columnsByRole[.termEnd]!])\": the current term's whole months"
            return "price per billing cycle (\"\(header.cells[priceColumn])\") ÷ the months of "
              + "its cycle (\(period))"
          case .total:
            return "total contract value (\"\(header.cells[priceColumn])\") ÷ the months of its "
              + "term"
          }
        }()
        + " from its start's month through the month before its end (the end's month too "
        + "when it ends after the 1st; no end: still running), and a customer's rows add up; "
        + (columnsByRole[.discount].map { "prices less the percent in \"\(header.cells[$0])\"" }
          ?? (isDiscountAmountRead
            ? columnsByRole[.discountAmount].map {
              "prices less the amount off in \"\(header.cells[$0])\""
            } : nil)
            ?? "prices as written (discounts are whatever they hold)")
    )
    return out
  }

  /// `value`, read through an `inout` access: `stored(&table[key, default: v])` stores `v` when
  /// `key` is new and returns what is stored, with one hash of the key.
  private static func stored(_ value: inout Int) -> Int { value }
}
