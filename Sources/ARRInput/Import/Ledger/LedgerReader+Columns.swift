import ARRCore

/// The columns of a ledger settled after its header is found (`docs/import.md`, "Invoice
/// ledger"): a lone service period column, a currency column named for what it prices, unit
/// columns, a currency column of ids, and tags that type no line.
extension LedgerReader {
  /// Settles `layout`'s columns against the cells of `table` below `header`, with a note for
  /// each column dropped or read.
  /// - Returns: The currency columns checked against the one read.
  static func settleColumns(
    _ layout: inout LedgerLayout, table: ImportTable, header: ImportTable.Record, file: String,
    log: inout ImportLog
  ) throws(ARRQualityError) -> [Int] {
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
    // Period columns that look back from the invoice (Stripe's invoice object's): not read.
    if let finding = LookBackPeriods.settle(
      &layout, body: table.records[(layout.headerIndex + 1)...], header: header.cells, file: file)
    {
      log.findings.append(finding)
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
          $0.cell(c)
        })
    {
      layout.columns[.currency] = nil
      layout.ignored.append(header.cells[c])
      log.notes.append(
        "\(file): \"\(header.cells[c])\" holds numbers, not currency codes (an id into a currency "
          + "table, as QuickBooks writes currency_id): not read as the currency")
    }
    // An amount in the base currency beside the same amount in each line's own currency
    // (NetSuite's `Amount (Foreign Currency)`): the currency column is the foreign amount's
    // (session 27, t27a lane; trial 25, T25-16).
    // Stripe's payments export: each charge in its presentment currency beside `Converted
    // Amount` in the one currency it settles in: the settlement amount is read (T54-18).
    if let note = SettlementAmount.settle(
      &layout, header: header.cells, body: table.records[(layout.headerIndex + 1)...], file: file)
    {
      log.notes.append(note)
    }
    // Each line's own amount in several currencies beside the amount converted to one
    // (`amount`, `currency`, `amount_usd`): the converted one is read (trial 41, T41-18).
    if let note = ConvertedAmount.settle(
      &layout, header: header.cells, body: table.records[(layout.headerIndex + 1)...], file: file)
    {
      log.notes.append(note)
    }
    if let note = BaseCurrencyAmount.settle(
      &layout, header: header.cells, body: table.records[(layout.headerIndex + 1)...], file: file)
    {
      log.notes.append(note)
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
    return agreeingCurrencies
  }
}
