import ARRCore

/// Imports one customer cube into the shared intermediate (``ImportedCompany``), reading its
/// cells as MRR or billings.
enum CubeImporter {
  /// Imports `data` (read by ``CubeReader``) as file `fileIndex` of `log`.
  /// - Parameter data: Consumed: its accounts become the company's, changed in place by the
  ///   inference (shared with `data`, the first change would copy every account).
  /// - Throws: `ARRQualityError` `.invalidData` for negative MRR cells (strict).
  static func makeCompany(
    _ data: consuming CubeData, fileIndex: Int, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> ImportedCompany {
    var values = options.values
    var reason = "given (--values \(values.rawValue))"
    let file = data.accounts.first?.source.file ?? log.files[fileIndex].file
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
    if values == .auto { (values, reason) = CubeValues.decide(data) }
    let alternatives = data.alternativeAsOf
    log.files[fileIndex].values = values
    log.files[fileIndex].valuesReason = reason
    let asOf = data.firstMonth.adding(months: data.monthCount - 1)
    log.currency = data.currency
    var company = ImportedCompany(
      accounts: data.accounts, firstMonth: data.firstMonth, asOf: asOf, log: log)
    data.accounts = []
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
      BillingsSpreader.spread(data.cells, into: &company)
      // Credits the spread could not place (no one-time revenue in their month to reduce, no
      // renewal stepping down, no revenue to bring below zero) are left out: the tie-out counts
      // them, and a finding says so, as for a ledger's credits.
      let leftOut = company.log.tieOut.leftOutCents &- leftOutBefore
      if leftOut != 0, let first = company.accounts.first {
        company.log.findings.append(
          "\(first.source.file): credits of "
            + "\(Money.text(cents: -leftOut, currency: options.currency ?? data.currency ?? log.currency, wholeUnits: true)) "
            + "are left out: they exceed the revenue they could reduce (no one-time revenue in "
            + "their month, and no renewal stepping down to show a recurring credit)")
      }
    case .mrr, .auto:
      try readMRR(data, options: options, into: &company)
      ContractInference.inferFromShape(&company)
    case .arr:
      // Each cell ÷ 12, rounded half away from zero to the cent: the month's MRR. The tie-out's
      // source counts each cell as that twelfth, so MRR ties out to it exactly.
      var monthly = data
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
      try readMRR(monthly, options: options, into: &company)
      ContractInference.inferFromShape(&company)
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

  /// MRR values: each cell is the month's MRR. A negative cell is a problem (lenient: zero,
  /// reported, and counted as left out in the tie-out).
  private static func readMRR(
    _ data: CubeData, options: ImportOptions, into company: inout ImportedCompany
  ) throws(ARRQualityError) {
    company.mrr = data.cells
    guard !data.negatives.isEmpty else { return }
    let file = company.accounts[data.negatives[0].account].source.file
    if !options.isLenient {
      let problems = data.negatives.map {
        InputProblem(
          file: file, line: $0.line, column: $0.column,
          message:
            "MRR \"\($0.text)\" is negative (expected an amount ≥ 0; if the cells are "
            + "invoices with credits, use --values billings)")
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
      "\(file): \(data.negatives.count) negative MRR cell\(data.negatives.count == 1 ? "" : "s") "
        + "set to zero (lenient; first on line \(first.line), column \(first.column): "
        + "\"\(first.text)\")")
  }
}
