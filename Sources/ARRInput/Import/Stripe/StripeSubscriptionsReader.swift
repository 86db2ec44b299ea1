import ARRCore

/// Reads Stripe's subscriptions export (`docs/import.md`, "Stripe exports"). Users choose the
/// columns, so each is looked up by its header (title case, `(UTC)` suffixes dropped); headers
/// not listed are ignored and reported.
enum StripeSubscriptionsReader {
  enum Role: String, Sendable, CaseIterable {
    case customer = "customer_id"
    case name = "customer_name"
    case status
    case amount
    case currency
    case interval
    case intervalCount = "interval_count"
    case quantity
    case start = "start_date"
    case trialEnd = "trial_end"
    case canceledAt = "canceled_at"
    case cancelAtPeriodEnd = "cancel_at_period_end"
    /// When a live subscription is set to end (Stripe's `cancel_at`, a date of its choosing).
    case cancelAt = "cancel_at"
    case currentPeriodStart = "current_period_start"
    case currentPeriodEnd = "current_period_end"
    case endedAt = "ended_at"
    case segment
    /// Stripe's subscription id (`id`, `sub_…`): one row per subscription.
    case subscription = "subscription_id"
    /// The coupon's percent off (`percent_off`, `coupon_percent_off`): the price is read less
    /// it, the price as written the range's other end, as a subscriptions table's discount.
    case discount = "discount_percent"
    /// Stripe's `pause_collection.behavior` (`void`, `keep_as_draft`, `mark_uncollectible`):
    /// non-blank while collection is paused on a subscription whose status stays `active`.
    case pauseBehavior = "pause_collection_behavior"
    /// When paused collection resumes (`pause_collection.resumes_at`).
    case pauseResumesAt = "pause_collection_resumes_at"
    /// The coupon applied (an id or a name such as `25OFF`): its terms are not in the export.
    case coupon
    /// The coupon's amount off each billing period (`Coupon Amount Off`; trial 50, T50-30).
    case amountOff = "coupon_amount_off"
    /// How long the coupon applies: `forever`, `once`, `repeating` (`Coupon Duration`).
    case couponDuration = "coupon_duration"
    /// The months a `repeating` coupon applies (`Coupon Duration In Months`).
    case couponMonths = "coupon_duration_in_months"
  }

  /// Accepted headers per role (after lowercasing, separators collapsed, `(UTC)` dropped).
  static let aliases: [(Role, [String])] = [
    (.customer, ["customer id", "customer"]),
    (.name, ["customer name", "customer description"]),
    (.status, ["status"]),
    // Stripe Sigma's joined tables prefix the price's columns (`price_unit_amount`,
    // `price_recurring_interval`; session 53, crm lane; trial 51, T51-33: refused).
    (.amount, ["amount", "plan amount", "price amount", "unit amount", "price unit amount"]),
    (.currency, ["currency", "plan currency", "price currency"]),
    (.interval, ["interval", "plan interval", "price interval", "price recurring interval"]),
    (
      .intervalCount,
      [
        "interval count", "plan interval count", "price interval count",
        "price recurring interval count",
      ]
    ),
    (.quantity, ["quantity"]),
    (.start, ["start date", "start", "created", "created at"]),
    (.trialEnd, ["trial end"]),
    (.canceledAt, ["canceled at", "cancelled at"]),
    (.cancelAtPeriodEnd, ["cancel at period end"]),
    (.cancelAt, ["cancel at"]),
    (.currentPeriodStart, ["current period start"]),
    (.currentPeriodEnd, ["current period end"]),
    (.endedAt, ["ended at"]),
    (
      .segment, ["segment (metadata)", "tier (metadata)", "customer segment (metadata)", "segment"]
    ),
    (.subscription, ["id", "subscription id"]),
    (
      .discount,
      [
        "percent off", "coupon percent off", "discount percent off", "coupon percent",
        "discount percent", "discount pct",
      ]
    ),
    (
      .pauseBehavior,
      [
        "pause collection behavior", "pause collection behaviour", "pause collection",
        "pause behavior", "pause collection behavior (metadata)",
      ]
    ),
    (.pauseResumesAt, ["pause collection resumes at", "pause resumes at"]),
    (.coupon, ["coupon", "coupon id", "discount coupon", "coupon code", "discount coupon id"]),
    (.amountOff, ["coupon amount off", "amount off", "discount amount off"]),
    (.couponDuration, ["coupon duration", "discount duration"]),
    (.couponMonths, ["coupon duration in months", "discount duration in months"]),
  ]

  /// Headers that make a file a subscriptions export (with a customer and a status column).
  static let markers: Set<String> = [
    "current period start", "current period end", "cancel at period end", "interval",
    "plan interval", "ended at", "price recurring interval",
  ]

  /// Headers (normalised) of Lemon Squeezy's subscription object that Stripe's export never
  /// writes: two of them make a file Lemon Squeezy's, no Stripe export.
  static let lemonSqueezyMarks: Set<String> = [
    "renews at", "ends at", "trial ends at", "status formatted", "billing anchor",
    "card last four", "order item id", "first subscription item",
  ]

  /// The subscriptions of `table`, or `nil` when its first row is not a subscriptions header.
  /// - Throws: `ARRQualityError` `.invalidData` with every problem (`file:line:column`), or for
  ///   more than one currency (naming them).
  static func read(
    _ table: ImportTable, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> [StripeSubscription]? {
    guard let header = table.records.first else { return nil }
    // `(UTC)` dropped, except in `… (metadata)` headers, which keep their suffix.
    let stripped = header.cells.map { cell in
      let raw = CubeLayout.normalized(cell)
      return raw.hasSuffix("(metadata)")
        ? (key: raw, isMinor: false)
        : AmountUnit.strip(
          LedgerLayout.strippingCurrency(LedgerLayout.normalized(cell)).key, raw: cell)
    }
    let keys = stripped.map(\.key)
    let columns = HeaderRoles.assign(keys, aliases: aliases)
    let assigned = Set(columns.values)
    let ignored = header.cells.indices.filter {
      !assigned.contains($0) && !header.cells[$0].isEmpty
    }
    .map { header.cells[$0] }
    guard columns[.customer] != nil, let statusColumn = columns[.status],
      !markers.isDisjoint(with: keys)
    else { return nil }
    // Without Stripe's amount and interval, a table with a price column a subscriptions table
    // reads (`mrr`, `mrr_value`, `monthly fee`) is that table, not a Stripe export (decided:
    // ergest/metricsplaybook's public `subscription.csv`, `ended_at` beside `mrr_value` and
    // Stripe's statuses, was told it needs Amount and Interval; renamed `mrr` as the hint then
    // said, it was told the same).
    if columns[.amount] == nil, columns[.interval] == nil,
      SubscriptionTableReader.layout(table) != nil
    {
      return nil
    }
    // Lemon Squeezy's subscription fields (``lemonSqueezyMarks``): its statuses are not
    // Stripe's (`on_trial`, `expired`), and its dates its own (`renews_at`, `ends_at`): a
    // subscriptions table, read by its own reader (session 27, t27a lane; trial 25, T25-18:
    // refused, `"expired" is not a Stripe status`, and `--lenient` dropped every churned row).
    if keys.filter({ Self.lemonSqueezyMarks.contains($0) }).count >= 2 { return nil }
    // `ended_at` is a database's name as much as Stripe's: with no other marker, statuses that
    // are not Stripe's (`ended`, `churned`) make the file no Stripe export; a subscriptions
    // table, read by its own reader (decided: tava-health's public subscriptions.csv was refused
    // with "status "ended" is not a Stripe status").
    if markers.intersection(keys) == ["ended at"],
      table.records.dropFirst().contains(where: { r in
        statusColumn < r.cells.count && !r.cells[statusColumn].isEmpty
          && StripeRow.status(r.cells[statusColumn]) == nil
      })
    {
      return nil
    }
    let file = table.file
    log.files[fileIndex].shape = .stripeSubscriptions
    log.files[fileIndex].values = .mrr
    log.files[fileIndex].valuesReason = "subscription prices (current prices only)"
    log.files[fileIndex].headerLine = header.line
    log.files[fileIndex].ignoredColumns = ignored
    log.files[fileIndex].recognisedColumns = Role.allCases.compactMap { r in
      columns[r].map { "\(r.rawValue): \(header.cells[$0])" }
    }
    log.files[fileIndex].blankLines += table.blankLines.filter { $0 > header.line }.count
    let isMinorByHeader = columns[.amount].map { stripped[$0].isMinor } ?? false
    let unit = options.amounts ?? (isMinorByHeader ? .cents : .units)
    let amountHeader = columns[.amount].map { header.cells[$0] } ?? "amount"
    // `Amount (EUR)` names the currency of rows without a Currency cell.
    let headerCurrency = columns[.amount].flatMap {
      LedgerLayout.strippingCurrency(CubeLayout.normalized(header.cells[$0])).currency
    }
    // One day/month order for the file, decided as a ledger's (``LedgerDate``): from its date
    // cells, else its other date columns, else asking for `--date-order` once
    // (session 36, imp; hostile trial 35, H35-6: Stripe's export saved by Excel, `11/1/2025
    // 0:00`, was refused cell by cell, 457 cells "not a date", though its `Start Date` column
    // writes `11/16/2021 0:00` on line 2).
    let dateRoles: [Role] = [
      .start, .trialEnd, .canceledAt, .currentPeriodStart, .currentPeriodEnd, .endedAt, .cancelAt,
      .pauseResumesAt,
    ]
    let dateColumns = dateRoles.compactMap { columns[$0] }
    let dateCells = table.records.dropFirst().flatMap { r in
      dateColumns.compactMap { $0 < r.cells.count ? (r.cells[$0], r.line) : nil }
    }
    let order = try LedgerDate.order(
      of: dateCells, file: file, given: options.dateOrder,
      others: OtherDateColumns(
        body: table.records.dropFirst(), header: header.cells, read: Set(dateColumns)),
      column: {
        LedgerDate.column(
          of: $0, rows: table.records.dropFirst(), columns: dateColumns, header: header.cells)
      },
      notes: &log.notes)
    var out = [StripeSubscription]()
    out.reserveCapacity(table.records.count)
    var problems = [InputProblem]()
    var currencies = [String: Int]()
    // Exports appended into one file: a row repeating an earlier export's is their overlap, and
    // a subscription id an earlier export has is its newer state (review 13, F1: both were
    // counted, twice the MRR).
    var overlap = ExportOverlap(rows: table.records.dropFirst(), header: header.cells)
    var duplicates = SubscriptionDuplicates()
    // The present for a coupon's duration when a row has no current period (review 52, R52-11):
    // the as-of month given, else the one the import will choose (``presentMonth``).
    let present =
      options.asOf
      ?? Self.presentMonth(
        table.records.dropFirst(), columns: columns, order: order, file: file)
    // Prices with a decimal comma (`720,00`: trial 54, T54-27), read with their marks swapped.
    let isDecimalComma = try Self.isDecimalComma(
      table, columns: columns, options: options, log: &log)
    for raw in table.records.dropFirst() {
      let r = isDecimalComma ? Self.withPointMarks(raw, columns: columns) : raw
      log.files[fileIndex].rowsRead += 1
      if ImportTable.repeatsHeader(r.cells, header.cells) {
        overlap.skipHeader(atLine: r.line, file: fileIndex, log: &log)
        duplicates.startExport()
        continue
      }
      if overlap.skipsRepeat(r.cells, line: r.line, file: fileIndex, log: &log) { continue }
      var rowProblems = [InputProblem]()
      let row = StripeRow(
        record: r, columns: columns, file: file, order: order, unit: unit,
        unitReason: options.amounts == nil
          ? "the header \"\(amountHeader)\" says so" : "--amounts cents",
        fileCurrency: options.currency ?? headerCurrency)
      var sub = row.subscription(problems: &rowProblems)
      // The coupon's percent off (trial 28, T28-11: Stripe's `percent_off` was ignored, a
      // discounted subscription read at its list price).
      // Its duration: a coupon spent at the current period discounts nothing; its amount off
      // each billing period is taken as a monthly share (T50-30).
      let applies = sub.flatMap { row.couponApplies($0, present: present) }
      let off = row.couponAmountOff()
      let percent = columns[.discount].map { r.cell($0) } ?? ""
      if applies != nil, off != nil || !percent.isEmpty { sub?.isCouponTermsRead = true }
      if applies == true, let off, let mrr = sub?.mrr, mrr > 0 {
        let months = Int64(max(1, sub?.intervalMonths ?? 1))
        sub?.listMRR = mrr
        sub?.mrr = max(0, mrr - ServicePeriod.proportion(off, 1, months))
      }
      if applies != false, let c = columns[.discount], let mrr = sub?.mrr {
        let text = r.cell(c)
        switch SubscriptionTableReader.discount(
          text, isDecimalComma: isDecimalComma ? true : options.isDecimalComma)
        {
        case .success(let d) where d > 0:
          sub?.discount = d
          sub?.listMRR = mrr
          sub?.mrr = ServicePeriod.proportion(mrr, 10_000 - d, 10_000)
        case .success: break
        case .failure(let failure):
          rowProblems.append(
            InputProblem(
              file: file, line: r.line, column: c + 1,
              message: SubscriptionTableReader.discountMessage(text, failure)))
        }
      }
      guard let sub, rowProblems.isEmpty else {
        if options.isLenient {
          log.skip(
            file: fileIndex, line: r.line, kind: .badRow,
            reason: "bad row: " + (rowProblems.first?.description ?? ""))
        } else {
          problems += rowProblems
        }
        continue
      }
      let currency = row.text(.currency).uppercased()
      if !currency.isEmpty && currencies[currency] == nil { currencies[currency] = r.line }
      switch duplicates.see(
        id: row.text(.subscription), cells: r.cells, line: r.line, at: out.count)
      {
      case .new:
        out.append(sub)
      case .repeated(let first):
        log.skip(
          file: fileIndex, line: r.line, kind: .repeatedLine,
          reason:
            "repeats line \(first) cell for cell (subscription \"\(row.text(.subscription))\")")
      case .restates(let index, let earlierLine):
        log.skip(
          file: fileIndex, line: earlierLine, kind: .repeatedLine,
          reason: "subscription \"\(row.text(.subscription))\" restated by line \(r.line) of a "
            + "later export")
        out[index] = sub
      }
    }
    if let finding = overlap.finding(file: file, noun: "row") { log.findings.append(finding) }
    log.findings += duplicates.findings(
      file: file, header: columns[.subscription].map { header.cells[$0] })
    if !problems.isEmpty { throw .problems(problems, in: file) }
    if currencies.count > 1 {
      throw .mixedCurrencies(currencies, noun: "subscriptions", in: file)
    }
    if currencies.count == 1 { log.currency = currencies.keys.first }
    // `Amount (EUR)` without a Currency column names the currency.
    if currencies.isEmpty, let code = headerCurrency {
      log.currency = code
    }
    if let note = AmountUnit.unitNote(
      file: file, unit: unit, header: amountHeader, isMinorByHeader: isMinorByHeader,
      isGiven: options.amounts != nil)
    {
      log.notes.append(note)
    } else if options.amounts == nil, let c = columns[.amount] {
      let k = columns[.currency]
      let cells = table.records.dropFirst().map { r in
        (
          text: r.cell(c), line: r.line,
          currency: options.currency ?? k.flatMap { $0 < r.cells.count ? r.cells[$0] : nil }
            ?? headerCurrency ?? ""
        )
      }
      if let finding = AmountUnit.wholeNumbersFinding(
        file: file, header: amountHeader, cells: cells)
      {
        // Read as cents, a price × quantity below Stripe's minimum charge (T54-30). A price
        // with no quantity beside a quantity column (a metered or per-unit price) is no charge:
        // Stripe's minimum applies to the invoice, not to a unit (review 56, R56-2: one metered
        // price of `2` removed the doubt from a cents export).
        let q = columns[.quantity]
        let charges = zip(cells, table.records.dropFirst()).map { cell, r in
          StripeMinimumCharge.Cell(
            text: cell.text, line: cell.line, currency: cell.currency,
            quantity: q.map { Int64(r.cell($0)) ?? 0 } ?? 1)
        }
        if let note = StripeMinimumCharge.note(
          file: file, header: amountHeader, cells: charges, rows: .charges)
        {
          log.notes.append(note)
        } else {
          log.addFinding(finding, isUnitDoubt: true)
        }
      }
    }
    if let note = LedgerDate.digitsNote(file: file, cells: dateCells) { log.notes.append(note) }
    var noValues = NoValueCells()
    for r in table.records.dropFirst() {
      for role in dateRoles {
        if let c = columns[role], c < r.cells.count, NoValueCells.isNoValue(r.cells[c]) {
          noValues.add(r.cells[c], line: r.line, header: header.cells[c])
        }
      }
    }
    if let note = noValues.note(file: file) { log.notes.append(note) }
    if columns[.amount] != nil && columns[.interval] != nil {
      // Subscriptions whose count the current period gave: neither a month nor a year.
      let longer = out.count { $0.intervalMonths.map { $0 != 1 && $0 != 12 } ?? false }
      log.notes.append(
        "\(file): amounts are Stripe's prices in \(unit == .cents ? "minor" : "major") units "
          + (columns[.discount].map { "less the percent off in \"\(header.cells[$0])\", " }
            ?? "before discounts and coupons, ")
          + "× quantity, normalised to a month by the interval"
          + (columns[.intervalCount] == nil
            ? " (no Interval Count column: each row's count read from its current period where "
              + "that spans whole intervals, else 1"
              + (longer > 0
                ? "; \(Counted.phrase(longer, "subscription")) bill\(longer == 1 ? "s" : "") "
                  + "every several months or years by it" : "")
              + ")" : "")
          + (columns[.quantity] == nil ? " (no Quantity column: assumed 1)" : "")
          + "; this export holds only current prices, so expansion and contraction history "
          + "needs the invoice line items export")
    }
    return out
  }
}
