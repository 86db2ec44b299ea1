import ARRCore

/// Imports one customer cube into the shared intermediate (``ImportedCompany``), reading its
/// cells as MRR or billings.
enum CubeImporter {
  /// Imports `data` (read by ``CubeReader``) as file `fileIndex` of `log`.
  /// - Parameters:
  ///   - data: Consumed: its accounts become the company's, changed in place by the
  ///     inference (shared with `data`, the first change would copy every account).
  ///   - decided: The values reading already decided (sheets read as slices of one company,
  ///     ``RevenueSheets``), instead of deciding it from `data` here.
  /// - Throws: `ARRQualityError` `.invalidData` for negative MRR cells (strict).
  static func makeCompany(
    _ data: consuming CubeData, fileIndex: Int, options: ImportOptions, log: inout ImportLog,
    decided: (ImportValues, String)? = nil
  ) throws(ARRQualityError) -> ImportedCompany {
    var values = options.values
    var reason = "given (--values \(values.rawValue))"
    let file = data.accounts.first?.source.file ?? log.files[fileIndex].file
    // A customer list's ARR equal to the last month's cells says the cells are ARR: under
    // `--values auto` it stops as a cube's own ARR column does (review 13, F9).
    if data.annualLabel == nil, values == .auto,
      let check = data.listAnnual.first(where: \.saysAnnual)
    {
      data.annualLabel = AnnualLabel.Label(
        line: log.files[fileIndex].headerLine, text: check.column,
        place: "the column of the customer list \(check.file) (line \(check.line)) ",
        because: ", equal to the last month's cell on \(check.equal) of \(check.both) accounts,")
    }
    // A label saying bookings or a forecast (trial 48, T48-15): not revenue by month.
    try BookingsLabel.check(
      data.bookingsLabel, file: file, values: options.values, notes: &log.notes,
      isMoneySeen: data.currency != nil)
    if let label = data.annualLabel {
      switch values {
      case .auto:
        // Flat annual figures look like MRR to the decision: 12 times too high, silently.
        // A label naming both (`ARR and MRR`) is ambiguous: ask, never choose MRR.
        let says =
          AnnualLabel.namesMonthlyRevenue(label.text)
          ? "names both annual and monthly recurring revenue, so the cells may be either: "
            + "if they are annual, "
          : "says the cells are annual recurring revenue: "
        throw .data(
          "\(file):\(label.line): \(label.place)\"\(label.text)\"\(label.because) \(says)"
            + "read as monthly revenue every figure would be 12 times too high; pass --values arr "
            + "(each cell ÷ 12 is the month's MRR), or --values mrr or --values billings if the "
            + "cells are monthly revenue or invoiced amounts after all")
      case .mrr, .billings:
        log.notes.append(
          "\(file): \(label.place)\"\(label.text)\" (line \(label.line)) speaks of annual revenue, but "
            + "--values \(values.rawValue) was given: the cells are read as "
            + (values == .mrr ? "monthly recurring revenue" : "invoiced amounts"))
      case .arr:
        break
      }
    }
    // A label saying thousands stops the import unless `--amounts` names the unit (review 13,
    // F23: a cube titled "(USD 000s)" was read in dollars, 1,000 times too low, silently).
    try ThousandsLabel.check(
      data.thousandsLabel, file: file, options: options,
      cells: data.thousandsLabel == nil ? [] : data.cells,
      currency: data.currency ?? options.currency,
      notes: &log.notes)
    try CumulativeLabel.check(
      data.cumulativeLabel, data: data, file: file, values: options.values, notes: &log.notes)
    // Income in the accounting sign (every non-zero cell negative): revenue, read reversed
    // (trial 41, T41-11). The tie-out's source becomes the reversed sum.
    if log.files[fileIndex].shape == .cube, let sum = data.reverseAccountingSign() {
      log.tieOut.add(0 &- sum, to: \.sourceCents)
      log.tieOut.add(0 &- sum, to: \.sourceCents)
      log.notes.append(
        "\(file): every amount is negative or zero, as a general ledger shows income posted as "
          + "credits (the accounting sign): read with its sign reversed, as revenue")
    }
    // Cells in cents with nothing saying so (trial 25): each customer's latest non-zero cell,
    // as a monthly table's amounts are checked (a monthly table and a movements log check
    // their own).
    if log.files[fileIndex].shape == .cube, options.amounts == nil,
      let finding = CentsLikeAmounts.finding(
        file: file, header: "month cells", cells: latestCells(data), unit: .units,
        isMinorByHeader: false, options: options, currency: data.currency ?? options.currency)
    {
      log.addFinding(finding, isUnitDoubt: true)
    }
    for check in data.listAnnual {
      if let finding = listFinding(check, values: values, file: file, options: options, data: data)
      {
        log.findings.append(finding)
      }
    }
    // Trailing months without any amount are months not reached yet, unless `--as-of` names
    // the month or `--values billings` says the cells are invoices (a month without one is a
    // billing gap). Before the values are decided: the empty months read as gaps between
    // invoices, and a FreeAgent report of monthly fees was read as billings (trial 21, Q1).
    // A movements log's last month holds its events (a churn to 0 is one): it was reached.
    if options.asOf == nil && values != .billings && log.files[fileIndex].shape != .movements {
      let (dropped, droppedOneTime) = data.dropUnreachedMonths()
      // Read in the months kept, one-time revenue of the months dropped is after the as-of month.
      log.tieOut.add(droppedOneTime, to: \.afterAsOfCents)
      let isSaid = data.areUnreachedMonthsSaidByTotals(dropped)
      log.files[fileIndex].unreachedMonths = dropped.count
      log.files[fileIndex].areUnreachedMonthsSaidByTotals = isSaid
      if !dropped.isEmpty {
        let text = CubeData.unreachedMonthsFinding(
          dropped, asOf: data.firstMonth.adding(months: data.monthCount - 1), file: file,
          isSaidByTotals: isSaid)
        // The file's own totals say the months are to come: a note, with no range (H35-15).
        if isSaid { log.notes.append(text) } else { log.findings.append(text) }
      }
    }
    var guess: CubeValues.Decision?
    var monthlySaysCadence = true
    if log.files[fileIndex].shape == .movements {
      // Levels rebuilt from a movements log are MRR by construction.
      (values, reason) = (.mrr, MovementLogReader.valuesReason)
    } else if values == .auto {
      let decision = CubeValues.decide(data)
      (values, reason) = (decision.values, decision.reason)
      // Sheets read as slices (``RevenueSheets``) share the reading each decided alone.
      if let decided { (values, reason) = decided }
      if decision.values == values && decision.isGuess(data) { guess = decision }
      if decision.values == values && decision.isOnNegativesAlone { monthlySaysCadence = false }
      // A label saying sales or invoicing (`Sales by Customer Summary`) says invoices where
      // the cells' shape cannot: an annual invoice that never repeats (trial 50, T50-18).
      if decided == nil, values == .mrr, data.levelHeader == nil, data.mrrLabel == nil,
        let label = data.salesLabel
      {
        values = .billings
        reason =
          "billings: \(label.place)\"\(label.text)\" "
          + (SalesLabel.namesCash(label.text)
            ? "names cash received, which follows the invoices, so the cells are read as "
              + "invoiced amounts (a payment made late falls a month or more after its "
              + "invoice), "
            : "names sales or invoicing, so the cells are invoiced amounts, ")
          + "not a level of recurring revenue (by their shape alone, "
          + reason.dropFirst("mrr: ".count) + ")"
        guess = nil
      }
    }
    // A last month partly filled (exported before its invoices were all in) is left out: the
    // as-of month is the last complete one (``CubeData/partialLastMonth()``; trial 44, T44-17).
    // Not in billings, whose months hold each account's invoices on its own rhythm.
    var partial: CubeData.PartialMonth?
    // A fall that is not sweeping, with no sign in the file of an export inside the month:
    // the as-of month stays, the partial reading a range (review 45b, Z-13 and rule (c)).
    var keptPartial: CubeData.PartialMonth?
    // The title cell dating the export inside the month.
    var partialSign: String?
    // The title cell dating the export on or after the last day of a month whose fall is
    // sweeping: kept as the headline, the month before's amounts its range.
    var periodEnd: String?
    // What the title says of the export's day, read before the fall's size (review 46b).
    let readsPartial =
      options.asOf == nil && values != .billings && log.files[fileIndex].shape != .movements
    let sign = readsPartial ? data.exportSign(order: options.dateOrder) : nil
    if readsPartial, let found = data.partialLastMonth(isSigned: sign?.isInside ?? false) {
      if case .complete(let cell) = sign, found.isSweeping {
        // A sweeping fall under a period-end title: the title's reading stays the headline,
        // the cut's is its range (review 47b, R47b-6).
        keptPartial = found
        periodEnd = cell
      } else if case .complete(let cell) = sign {
        log.notes.append(CubeData.completeMonthNote(found, file: file, cell: cell))
      } else if found.isSweeping || sign != nil {
        partialSign = sign?.cell
        // Its amounts were read (the tie-out's source): counted after the as-of month.
        let n = data.monthCount
        var after: Int64 = 0
        for a in data.accounts.indices {
          after = after &+ data.cells[a * n + n - 1] &+ (data.oneTime?[a * n + n - 1] ?? 0)
        }
        log.tieOut.add(after, to: \.afterAsOfCents)
        data.keepFirstMonths(n - 1)
        partial = found
      } else {
        keptPartial = found
      }
    }
    let alternatives = data.alternativeAsOf
    log.files[fileIndex].values = values
    log.files[fileIndex].valuesReason = reason
    log.files[fileIndex].isValuesGuess = guess != nil
    let asOf = data.firstMonth.adding(months: data.monthCount - 1)
    log.currency = data.currency
    if let partial {
      let currency = options.currency ?? data.currency
      let (text, stake) = CubeData.partialMonthFinding(
        partial, file: file, values: values, sign: partialSign,
        money: { Money.text(cents: $0, currency: currency, wholeUnits: true) })
      log.addFinding(text, arrCents: stake)
    }
    if let keptPartial {
      let currency = options.currency ?? data.currency
      let money: (Int64) -> String = {
        Money.text(cents: $0, currency: currency, wholeUnits: true)
      }
      let (text, stake) =
        periodEnd.map {
          CubeData.periodEndSweepFinding(
            keptPartial, file: file, values: values, cell: $0, money: money)
        }
        ?? CubeData.partialMonthFinding(
          keptPartial, file: file, values: values, isKept: true, money: money)
      log.addFinding(text, arrCents: stake)
    }
    // The other reading of a guess, before the accounts move into the company.
    var other: (asOfMRR: Int64, finding: String)?
    if let guess {
      other = otherReading(of: data, asOf: asOf, decision: guess, file: file, options: options)
    }
    // Cells read as MRR move into the company, never copied over a matrix of zeros, and no
    // one-time matrix is made unless a column or the billings spread fills one: a window no row
    // fills costs 8 bytes a cell here, not 24 (trial 30, T30-15).
    let isMRR = values == .mrr || values == .auto
    var company = ImportedCompany(
      accounts: data.accounts, firstMonth: data.firstMonth, asOf: asOf, log: log,
      mrr: isMRR ? data.cells : nil, hasOneTime: values == .billings)
    data.accounts = []
    if isMRR { data.cells = [] }
    let pivotMembers = data.pivotMembers
    if let other {
      company.otherReadingAsOfMRR = other.asOfMRR
      company.log.findings.append(other.finding)
    }
    // Months left out as not reached yet may be months every customer left: $0 is the other
    // end, below any other reading of the file.
    if log.files[fileIndex].unreachedMonths > 0
      && !log.files[fileIndex].areUnreachedMonthsSaidByTotals
    {
      company.otherReadingAsOfMRR = 0
    }
    // A movements log's customers left out as starting mid-life pay at least what their
    // movements allow: the range's high end counts them at that (a log cut by date).
    if let high = data.midLifeReadingAsOf { company.otherReadingAsOfMRR = high }
    // A last month that may be partly filled: its other reading is the month before's
    // amounts (as MRR).
    if let keptPartial, company.otherReadingAsOfMRR == nil {
      company.otherReadingAsOfMRR =
        values == .arr ? keptPartial.previousTotal / 12 : keptPartial.previousTotal
    }
    if let usage = data.usage { company.usage = usage }
    if let oneTime = data.oneTime {
      // One-time revenue beside MRR (or ARR ÷ 12) is the month's non-recurring revenue; beside
      // invoiced amounts it is a part of what was billed, whose reading the spread decides:
      // there it is left out, counted in the tie-out, and said.
      if values == .billings {
        var sum: Int64 = 0
        for v in oneTime { sum = sum &+ v }
        company.log.tieOut.add(sum, to: \.leftOutCents)
        company.log.notes.append(
          "\(file): the one-time column is read beside MRR only; beside invoiced amounts its "
            + "\(Money.decimalString(cents: sum)) is left out (counted in the tie-out)")
      } else {
        company.oneTime = oneTime
      }
    }
    switch values {
    case .billings:
      let leftOutBefore = company.log.tieOut.leftOutCents
      BillingsSpreader.spread(
        data.cells, into: &company, monthlySaysCadence: monthlySaysCadence)
      // Credits the spread could not place (no one-time revenue in their month to reduce, no
      // renewal stepping down, no revenue to bring below zero) are left out: the tie-out counts
      // them, and a finding says so, as for a ledger's credits.
      let leftOut = company.log.tieOut.leftOutCents &- leftOutBefore
      if leftOut != 0, let first = company.accounts.first {
        let currency = options.currency ?? data.currency ?? log.currency
        company.log.findings.append(
          LeftOutCredits.finding(
            file: first.source.file,
            amount: Money.text(cents: -leftOut, currency: currency, wholeUnits: true)))
      }
    case .mrr, .auto:
      try readMRR(data, options: options, into: &company)
      ContractInference.inferFromShape(&company)
    case .arr:
      // Each cell ÷ 12, rounded half away from zero to the cent: the month's MRR. The tie-out's
      // source counts each cell as that twelfth, so MRR ties out to it exactly.
      var monthly = data
      data.cells = []
      var shift: Int64 = 0
      var read: Int64 = 0
      var twelfths: Int64 = 0
      for i in monthly.cells.indices {
        let m = ServicePeriod.proportion(monthly.cells[i], 1, 12)
        shift = shift &+ (monthly.cells[i] &- m)
        read = read &+ monthly.cells[i]
        twelfths = twelfths &+ m
        monthly.cells[i] = m
      }
      for n in monthly.negatives.indices {
        monthly.negatives[n].cents = ServicePeriod.proportion(monthly.negatives[n].cents, 1, 12)
      }
      company.log.tieOut.add(0 &- shift, to: \.sourceCents)
      company.log.notes.append(
        "\(file): cells read as annual recurring revenue: each ÷ 12, rounded to the cent, is "
          + "the month's MRR; the tie-out's source counts each cell as that twelfth (the cells "
          + "read sum to \(Money.decimalString(cents: read)), their twelfths to "
          + "\(Money.decimalString(cents: twelfths)), 12 × which is "
          + "\(Money.decimalString(cents: twelfths &* 12)): rounding each twelfth to the cent "
          + "moves ARR by \(Money.decimalString(cents: twelfths &* 12 &- read)))")
      company.mrr = monthly.cells
      monthly.cells = []
      try readMRR(monthly, options: options, into: &company)
      ContractInference.inferFromShape(&company)
    }
    // The other reading of an unconfirmed pivot: its subtotal rows are customers too, each
    // group's members' MRR counted twice (review 13, F15).
    if values != .billings {
      for a in pivotMembers.sorted() {
        let last = company.mrr[company.cell(a, company.monthCount - 1)]
        guard last > 0 else { continue }
        let r = company.accounts[a].ambiguousMRR ?? (last, last)
        company.accounts[a].ambiguousMRR = (min(r.low, last), max(r.high, last &* 2))
      }
    }
    // An ambiguous reading of the cells (``CubeData/alternativeAsOf``) priced in the account's
    // as-of range; billings are spread, their ranges the spread's own.
    if values != .billings {
      let n = company.monthCount
      for (a, cells) in alternatives {
        let other = values == .arr ? ServicePeriod.proportion(cells, 1, 12) : cells
        let chosen = company.mrr[a * n + n - 1]
        let range = company.accounts[a].ambiguousMRR ?? (chosen, chosen)
        company.accounts[a].ambiguousMRR = (min(range.low, other), max(range.high, other))
      }
    }
    log = company.log
    return company
  }

  /// The finding when a customer list's ARR column says the cells are other than `values`
  /// reads them (review 13, F9): ARR cells read as MRR (`--values mrr`), or MRR cells read as
  /// ARR (`--values arr`); the ARR of the accounts compared both ways. `nil` when it agrees, or
  /// the cells are read as invoiced amounts (whose months need not equal a run rate).
  static func listFinding(
    _ check: ListAnnualColumn.Check, values: ImportValues, file: String, options: ImportOptions,
    data: CubeData
  ) -> String? {
    let currency = options.currency ?? data.currency
    func money(_ cents: Int64) -> String {
      Money.text(cents: cents, currency: currency, wholeUnits: true)
    }
    let (asMRR, o) = check.cells.multipliedReportingOverflow(by: 12)
    guard !o else { return nil }
    let said =
      "\(check.file): the column \"\(check.column)\" (line \(check.line)) is "
    if values == .mrr && check.saysAnnual {
      return said
        + "equal to \(file)'s last month cell on \(check.equal) of \(check.both) accounts: the "
        + "cells look like annual recurring revenue, but --values mrr reads them as monthly, so "
        + "every figure is 12 times too high if the list is right. ARR of those accounts: "
        + "\(money(asMRR)) as read, \(money(check.cells)) if the cells are ARR (the list says "
        + "\(money(check.listARR))); pass --values arr if the list is right"
    }
    if values == .arr && check.saysMonthly {
      return said
        + "12 times \(file)'s last month cell on \(check.twelveTimes) of \(check.both) accounts: "
        + "the cells look like monthly recurring revenue, but --values arr reads them as annual, "
        + "so every figure is 12 times too low if the list is right. ARR of those accounts: "
        + "\(money(check.cells)) as read, \(money(asMRR)) if the cells are MRR (the list says "
        + "\(money(check.listARR))); pass --values mrr if the list is right"
    }
    return nil
  }

  /// The cells of a guess (``CubeValues/Decision/isGuess(_:)``) read as invoiced amounts: the
  /// company's as-of MRR so, and the finding giving the ARR both ways (review 13, F4).
  /// - Complexity: O(accounts × months × rhythms): the billings spread, on a copy.
  static func otherReading(
    of data: CubeData, asOf: Month, decision: CubeValues.Decision, file: String,
    options: ImportOptions
  ) -> (asOfMRR: Int64, finding: String) {
    let months = data.monthCount
    var billed = ImportedCompany(
      accounts: data.accounts, firstMonth: data.firstMonth, asOf: asOf, log: ImportLog())
    BillingsSpreader.spread(data.cells, into: &billed, infersShape: false, isMRROnly: true)
    var asBillings: Int64 = 0
    var asMRR: Int64 = 0
    for a in data.accounts.indices {
      asBillings = asBillings &+ billed.mrr[a * months + months - 1]
      asMRR = asMRR &+ max(0, data.cells[a * months + months - 1])
    }
    let currency = options.currency ?? data.currency
    func arr(_ mrr: Int64) -> String {
      let (v, o) = mrr.multipliedReportingOverflow(by: 12)
      return o ? "too large to say" : Money.text(cents: v, currency: currency, wholeUnits: true)
    }
    let n = decision.lumps.count
    let names =
      decision.lumps.prefix(3).map { "\"\(data.accounts[$0].id)\"" }
      .joined(separator: ", ") + (n > 3 ? ", …" : "")
    let percent = (Double(n) / Double(max(1, decision.paidTwice)) * 1000).rounded() / 10
    let finding =
      "\(file): the cells are read as monthly recurring revenue on thin evidence, a guess: "
      + "\(CountText.grouped(n)) of \(CountText.grouped(decision.paidTwice)) accounts paid at least twice (\(percent)%) pay only in "
      + "lone months a billing period apart (\(names)), as invoices do, but billings need at "
      + "least \(CubeValues.minimumAccounts) and \(Int(CubeValues.minimumShare * 100))%. Read "
      + "as MRR, ARR at \(asOf) is \(arr(asMRR)); read as invoiced amounts, spread over their "
      + "periods, it is \(arr(asBillings)). The other reading is in the headline's range; pass "
      + "--values billings or --values mrr to decide"
    return (asBillings, finding)
  }

  /// MRR values (the cells, already moved into `company`): each cell is the month's MRR. A
  /// negative cell is a problem (lenient: zero, reported, and counted as left out in the
  /// tie-out).
  private static func readMRR(
    _ data: CubeData, options: ImportOptions, into company: inout ImportedCompany
  ) throws(ARRQualityError) {
    guard !data.negatives.isEmpty else { return }
    let file = company.accounts[data.negatives[0].account].source.file
    if !options.isLenient {
      let problems = data.negatives.map {
        InputProblem(
          file: file, line: $0.line, column: $0.column,
          message:
            "MRR \"\($0.text)\" is negative (expected an amount ≥ 0: a credit netting the "
            + "customer's MRR below zero is read as zero, each cell reported, with --lenient; if "
            + "the cells are invoices with credits, use --values billings)")
      }
      throw .problems(problems, in: file)
    }
    var zeroed = Set<Int>()
    for n in data.negatives { zeroed.insert(n.account * data.monthCount + n.month) }
    for i in zeroed where company.mrr[i] < 0 {
      company.log.tieOut.add(company.mrr[i], to: \.leftOutCents)
      company.mrr[i] = 0
    }
    let first = data.negatives[0]
    company.log.findings.append(
      "\(file): \(CountText.grouped(data.negatives.count)) negative MRR cell\(data.negatives.count == 1 ? "" : "s") "
        + "set to zero (lenient; first on line \(first.line), column \(first.column): "
        + "\"\(first.text)\")")
  }

  /// Each account's latest non-zero cell of `data`, as ``CentsLikeAmounts`` reads amounts: a
  /// whole number of units written in digits, else with its cents (never digits alone).
  static func latestCells(_ data: borrowing CubeData) -> [CentsLikeAmounts.Cell] {
    data.accounts.indices.compactMap { a in
      let row = data.cells[(a * data.monthCount)..<((a + 1) * data.monthCount)]
      guard let v = row.last(where: { $0 != 0 }) else { return nil }
      let m = v.magnitude
      let text =
        (v < 0 ? "-" : "") + String(m / 100)
        + (m % 100 == 0 ? "" : ".\(m % 100 < 10 ? "0" : "")\(m % 100)")
      return CentsLikeAmounts.Cell(
        text: text, line: data.accounts[a].source.line, monthly: v,
        currency: data.currency ?? "")
    }
  }
}
