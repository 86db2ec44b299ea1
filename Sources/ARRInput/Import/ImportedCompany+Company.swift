import ARRCore

extension ImportedCompany {
  /// The validated company and the final log (tie-out filled in).
  public struct Conversion: Sendable {
    public var company: Company
    public var log: ImportLog
    /// The intermediate the company was made from, renamed and stand-in spellings joined: its
    /// rows are the company's accounts, in the same order (the one `company()` was asked of may
    /// hold more rows: trial 54, T54-28, a folder written from it gave each account after a
    /// join its neighbour's revenue).
    public var imported: ImportedCompany
  }

  /// Customers whose ids differ only in letter case (`C2`, `c2`): kept apart, since ids are
  /// joined on their exact text (Stripe's ids are case-sensitive), but said, since an export
  /// that changed the case of some ids splits one customer in two (a churn and a new logo).
  /// - Returns: The finding, naming up to three such groups; `nil` when there are none.
  func idsDifferingInCase() -> String? {
    var groups = [String: [String]]()
    // An id written as a name is said among the near-namesakes (``nearNamesakes()``).
    for a in accounts where !Self.isNameLikeID(a.id) {
      groups[a.id.lowercased(), default: []].append(a.id)
    }
    guard groups.values.contains(where: { $0.count > 1 }) else { return nil }
    var seen = Set<String>()
    var clashes = [String]()
    for a in accounts where !Self.isNameLikeID(a.id) {
      let key = a.id.lowercased()
      if groups[key]!.count > 1, seen.insert(key).inserted { clashes.append(key) }
    }
    let shown = clashes.prefix(3).map {
      groups[$0]!.map { "\"\($0)\"" }.joined(separator: " and ")
    }
    return "customer ids that differ only in letter case are kept apart (ids are joined on "
      + "their exact text): " + shown.joined(separator: "; ")
      + (clashes.count > 3 ? "; … (\(CountText.grouped(clashes.count)) such groups)" : "")
      + ". If they are one customer, make the ids the same."
  }

  /// Turns the intermediate into a validated ``Company``, after checking the tie-out identity.
  ///
  /// - A `nil` contract type or billing cadence becomes `unknown`.
  /// - A `nil` start date becomes the first day of the first month with revenue (MRR or
  ///   one-time; the first month of the data for an account with none), marked inferred by
  ///   ``ImportRule/startFromRevenue``.
  /// - Rule counts, inferred and unknown counts, and the ambiguous ARR range go into
  ///   ``DataQuality/imported``; the log's findings and notes into ``DataQuality/notes``.
  /// - Parameters:
  ///   - name: The company's name, if known.
  ///   - currency: ISO 4217 code; `nil` for the one the source showed (``ImportLog/currency``),
  ///     else USD.
  /// - Returns: The company and the log with the tie-out's MRR and one-time totals.
  /// - Throws: `ARRQualityError` `.invalidData` when there is no account or an amount total
  ///   overflows; `.internalFailure` when the tie-out does not balance or an importer broke the
  ///   intermediate's rules (negative MRR, duplicate ids) — a bug, reported rather than hidden.
  /// - Complexity: O(accounts × months).
  public func company(name: String? = nil, currency: String? = nil) throws(ARRQualityError)
    -> Conversion
  {
    guard !accounts.isEmpty else {
      // What was read and what was expected (hostile trial 35, H35-18: a header alone was
      // "no accounts in header-only.csv").
      let files = self.log.files.map(\.file).joined(separator: ", ")
      let rows = self.log.files.reduce(0) { $0 + $1.rowsRead }
      // The rows' kinds, from the skip log (review 37, R37-18: a title above the header was
      // "none of the 1 rows below the header").
      let fileLogs = self.log.files
      let kinds = ImportLog.SkipKind.allCases.compactMap { k -> String? in
        let n = fileLogs.reduce(0) { $0 + ($1.skipped[k] ?? 0) }
        return n == 0 ? nil : "\(CountText.grouped(n)) \(n == 1 ? k.rawValue : k.plural)"
      }
      throw .data(
        rows == 0
          ? "\(files): no rows below the header, so no customer to read (expected one row per "
            + "customer below the header row)"
          : "\(files): no row reads as a customer (expected one row per customer below the "
            + "header); \(rows == 1 ? "the row" : "the \(CountText.grouped(rows)) rows") read: "
            + (kinds.isEmpty ? "none names a customer" : kinds.joined(separator: ", ")))
    }
    // An account renamed within the data is one account, not a churn and a new logo (T22-23).
    if !areRenamesJoined {
      var joined = self
      joined.areRenamesJoined = true
      let file = log.files.first { $0.valuesReason != CustomerList.valuesReason }?.file ?? ""
      // One customer's name keyed another way in the months its usual spelling skips (H35-3).
      let (standIns, apartStandIns) = joined.joinStandInSpellings()
      // One stake rule for both joins (review 37, R37-2): a join at the same amount moves
      // history (a churn and a return, a churn and a new logo), not the as-of ARR, and carries
      // none (review 36: it led page one as critical); a join across another amount reads a
      // price change the risk signals price (a spike read as a fall), and carries the account.
      if !standIns.isEmpty {
        joined.log.addFinding(
          Self.standInsFinding(standIns, currency: currency ?? log.currency),
          accounts: standIns.filter(\.isRepriced).map(\.usualID))
      }
      let (renames, apartRenames) = joined.joinRenamedAccounts()
      if !renames.isEmpty {
        joined.log.addFinding(
          Self.renamesFinding(renames, currency: currency ?? log.currency),
          accounts: renames.filter(\.isRepriced).map(\.newID))
      }
      // The near-namesakes left apart are said (trial 32, T32-33), and the pairs kept apart
      // for their ids alone.
      let namesakes = joined.nearNamesakes(ids: apartStandIns + apartRenames)
      if !namesakes.isEmpty {
        // Each account's own file (review 36, #10: the first revenue file was named).
        var fileOf = [String: String]()
        for a in joined.accounts where fileOf[a.id] == nil { fileOf[a.id] = a.source.file }
        joined.log.addFinding(
          Self.namesakesFinding(
            namesakes, file: Self.files(namesakes.flatMap(\.ids).map { fileOf[$0] ?? file }),
            asOf: asOf),
          accounts: namesakes.flatMap(\.ids))
      }
      return try joined.company(name: name, currency: currency)
    }
    var log = self.log
    try checkTieOut(&log.tieOut)
    try checkIds()
    if let finding = idsDifferingInCase() { log.findings.append(finding) }
    let months = monthCount
    // One-time totals saturate: a sum past Int64 is past the bound below, never a trap. Row
    // by row, the cells' memory order, and none without one-time revenue.
    var oneTimeByMonth = [Int64](repeating: 0, count: months)
    oneTime.withUnsafeBufferPointer { cells in
      for start in stride(from: 0, to: cells.count, by: months) {
        for m in 0..<months {
          oneTimeByMonth[m] = Money.saturatingSum(oneTimeByMonth[m], cells[start + m])
        }
      }
    }
    let revenue = RevenueMatrix(
      accountCount: accounts.count, monthCount: months, mrr: mrr, usage: usage,
      oneTimeByMonth: oneTimeByMonth)
    // The money bound (docs/input.md), checked as the folder loader checks it and before any
    // sum below: a month's total past it is a data error naming the month, never a trap in a
    // later 12 × (trial 30, T30-1: one cell of 7,686,143,364,045,646.51 passed `validate` and
    // crashed `analyze`; past Int64 it was "too large to add up", naming nothing).
    if let excess = revenue.firstExcess() {
      let files = log.files.map(\.file).joined(separator: ", ")
      throw .data("\(files): " + CompanyLoader.message(excess, firstMonth: firstMonth))
    }
    var list = [Account]()
    list.reserveCapacity(accounts.count)
    var ruleAccounts = [ImportRule: (accounts: Int, mrr: Int64)]()
    var headline: Int64 = 0
    var lowDelta: Int64 = 0
    // Each cause's accounts and MRR moves (session 18, report, P3).
    var choices: [AmbiguityCause: (accounts: Int, low: Int64, high: Int64)] = [:]
    var highDelta: Int64 = 0
    // Each sum and run rate below is checked: a price too large for 12 × its total to fit is
    // the data error "too large to add up", never a trap (review 7, finding 1: a single price
    // of 9,999,999,999,999,999 trapped here).
    var isTooLarge = false
    func add(_ a: inout Int64, _ b: Int64) {
      let (s, o) = a.addingReportingOverflow(b)
      if o { isTooLarge = true } else { a = s }
    }
    func arr(_ mrr: Int64) -> Int64 {
      let (p, o) = mrr.multipliedReportingOverflow(by: 12)
      if o { isTooLarge = true }
      return o ? 0 : p
    }
    // A customer list beside the revenue file is logged with the cube's shape code; it names
    // no shape of revenue (the summary said "a customer cube and a monthly table" of a monthly
    // table and its customer list). Its row counts stay in the totals.
    let revenueFiles = log.files.filter { $0.valuesReason != CustomerList.valuesReason }
    var summary = ImportSummary(
      shape: Set(revenueFiles.map(\.shape.rawValue)).sorted().joined(separator: "+"),
      values: Set(revenueFiles.map(\.values.rawValue)).sorted().joined(separator: "+"),
      valuesReason: log.files.map { "\($0.file): \($0.valuesReason)" }.joined(separator: "; "),
      sourceFiles: log.files.map(\.file), rowsRead: log.rowsRead, rowsUsed: log.rowsUsed,
      rowsSkipped: log.rowsSkipped, skipped: log.skipped)
    var placeholderEnds = 0
    var placeholderExample: (id: String, end: CivilDate)?
    // An end given more than 10 years after the as-of month is a placeholder for "no end"
    // (`2099-12-31`, `9999-12-31`), in a cube's or customer list's end column as in a
    // subscriptions table's: read as a contract, it would count as committed for decades. The
    // as-of month, not the account's start: a customer since 2012 renewing this year has a
    // real end 12 years after its start (review 11, F2). An inferred end is never one.
    let asOfEnd = CivilDate.lastDay(of: asOf)
    var singlePaymentCommitted: Int64 = 0
    for (i, imported) in accounts.enumerated() {
      var a = account(imported, row: i, months: months)
      if let end = a.contractEndDate, !a.inferred.contains(.contractEndDate),
        SubscriptionTermEnd.isPlaceholder(end, start: asOfEnd)
      {
        placeholderEnds += 1
        if placeholderExample == nil { placeholderExample = (a.id, end) }
        a.contractEndDate = nil
      }
      var rules = imported.rules
      if imported.startDate == nil { rules.append(.startFromRevenue) }
      if (imported.contractType ?? .unknown) == .unknown { summary.unknownContractType += 1 }
      if (imported.billingCadence ?? .unknown) == .unknown { summary.unknownBillingCadence += 1 }
      if a.inferred.contains(.contractType) { summary.inferredContractType += 1 }
      if a.inferred.contains(.billingCadence) { summary.inferredBillingCadence += 1 }
      if a.inferred.contains(.startDate) { summary.inferredStartDate += 1 }
      if a.inferred.contains(.contractEndDate) { summary.inferredContractEndDate += 1 }
      let last = mrr[cell(i, months - 1)]
      add(&headline, last)
      for r in Set(rules) { ruleAccounts[r, default: (0, 0)].accounts += 1 }
      for r in Set(rules) { add(&ruleAccounts[r]!.mrr, last) }
      // A commitment inferred from one payment's size holds only under that reading.
      if last > 0, imported.rules.contains(.singlePaymentTerm),
        a.terms.contractType.isCommitted, a.terms.inferred.contains(.contractType),
        let end = a.terms.contractEndDate, end.month >= asOf
      {
        add(&singlePaymentCommitted, last)
      }
      if let range = imported.ambiguousMRR {
        add(&lowDelta, range.low - last)
        add(&highDelta, range.high - last)
        // By cause; what the causes priced do not explain is the importer's other readings.
        var explained: (low: Int64, high: Int64) = (0, 0)
        for share in imported.ambiguityShares {
          choices[share.cause, default: (0, 0, 0)].accounts += 1
          add(&choices[share.cause]!.low, share.low)
          add(&choices[share.cause]!.high, share.high)
          add(&explained.low, share.low)
          add(&explained.high, share.high)
        }
        let rest = (
          low: min(0, range.low - last - explained.low),
          high: max(0, range.high - last - explained.high)
        )
        if rest.low != 0 || rest.high != 0 {
          choices[.otherAccountReading, default: (0, 0, 0)].accounts += 1
          add(&choices[.otherAccountReading]!.low, rest.low)
          add(&choices[.otherAccountReading]!.high, rest.high)
        }
      }
      a.inferredFrom = imported.inferredFrom
      list.append(a)
    }
    // A whole file read one way on thin evidence: its other reading is one choice, moving
    // the range by its difference once (review 13, F4).
    if let other = otherReadingAsOfMRR {
      add(&lowDelta, min(0, other &- headline))
      add(&highDelta, max(0, other &- headline))
      let cause: AmbiguityCause =
        log.files.contains { $0.unreachedMonths > 0 && !$0.areUnreachedMonthsSaidByTotals }
        ? .unreachedMonths
        : log.files.contains { $0.midLifeLeftOut > 0 }
          ? .midLifeCustomers
          : log.files.contains { $0.isValuesGuess }
            ? .valuesGuess
            : log.files.contains { $0.isBeforeDiscounts }
              ? .beforeDiscounts
              : .otherFileReading
      choices[cause, default: (0, 0, 0)].low = min(0, other &- headline)
      choices[cause, default: (0, 0, 0)].high = max(0, other &- headline)
    }
    summary.isValuesGuess = log.files.contains { $0.isValuesGuess }
    summary.isBeforeDiscounts = log.files.contains { $0.isBeforeDiscounts }
    summary.isSnapshot = log.files.contains { $0.isSnapshot }
    summary.rules = ruleAccounts.keys.sorted().map {
      ImportSummary.RuleCount(
        rule: $0.rawValue, accounts: ruleAccounts[$0]!.accounts,
        arrCents: arr(ruleAccounts[$0]!.mrr))
    }
    var low = headline
    add(&low, min(0, lowDelta))
    var high = headline
    add(&high, max(0, highDelta))
    // No reading goes below $0: a whole file's other reading at $0 (months not reached,
    // ``AmbiguityCause/unreachedMonths``) beside accounts' own low ends would otherwise add
    // their moves twice (a range of "-£78.0K–£751K", session 21).
    summary.ambiguousARRLow = arr(max(0, low))
    summary.ambiguousARRHigh = arr(high)
    summary.singlePaymentCommittedARR = arr(singlePaymentCommitted)
    summary.ambiguousChoices = choices.compactMap { cause, c in
      guard c.low != 0 || c.high != 0 else { return nil }
      var low = headline
      add(&low, c.low)
      var high = headline
      add(&high, c.high)
      return ImportSummary.AmbiguousChoice(
        code: cause.rawValue, words: cause.words, accounts: c.accounts, arrLow: arr(max(0, low)),
        arrHigh: arr(high))
    }.sorted { ($0.arrHigh - $0.arrLow, $1.code) > ($1.arrHigh - $1.arrLow, $0.code) }
    if isTooLarge { throw .data("the imported amounts are too large to add up") }
    if let e = placeholderExample {
      log.findings.append(
        "\(placeholderEnds) end date\(placeholderEnds == 1 ? " falls" : "s fall") more than "
          + "\(SubscriptionTermEnd.maximumYears) years after the as-of month \(asOf) (\"\(e.id)\": "
          + "\(e.end)): read as a placeholder for no end, as a blank end is (no contract is "
          + "read as running more than \(SubscriptionTermEnd.maximumYears) years ahead)")
    }
    let stakes = stakes(&log, currency: currency ?? log.currency)
    summary.deferredCents = log.tieOut.deferredCents
    summary.residualCents = log.tieOut.residualCents
    // A customer list's CAC column, averaged for LTV:CAC (``CustomerCAC``).
    var acquisition = CompanyProfile(currency: currency ?? log.currency ?? "USD")
    if let note = CustomerCAC.apply(accounts, to: &acquisition) { log.notes.append(note) }
    summary.notes = log.findings + log.notes
    var notes = log.findings + log.notes
    if usage == nil { notes.append("usage column absent") }
    let bad = log.skipped.filter { $0.reason.hasPrefix(ImportLog.SkipKind.badRow.rawValue) }
    var quality = DataQuality(
      files: log.files.map {
        DataQuality.FileSummary(
          // Rows read as the import note counts them (title, totals and footnote lines, void
          // or draft invoices included): read = used + skipped, one definition everywhere.
          file: $0.file, rowsRead: $0.rowsRead,
          rowsAccepted: $0.rowsUsed, ignoredColumns: $0.ignoredColumns)
      },
      skipped: bad.map {
        DataQuality.SkippedRow(
          problem: InputProblem(file: $0.file, line: $0.line, message: $0.reason), mrrCents: nil)
      },
      skippedCount: log.files.reduce(0) { $0 + $1.skipped[.badRow, default: 0] },
      // A bad row's cells are not all readable, and may be billings: never summed as MRR.
      isSkippedMRRUnknown: log.files.contains { $0.skipped[.badRow, default: 0] > 0 },
      notes: notes, imported: summary,
      incompleteThrough: log.incompleteThrough,
      findingCount: log.findings.count, findingStakes: stakes)
    quality.renewedAfterAsOf = log.renewedAfterAsOf
    var profile = CompanyProfile(
      name: name, currency: currency ?? log.currency ?? "USD", asOf: asOf)
    profile.isCurrencyAssumed = currency == nil && log.currency == nil
    profile.reportedARR = reportedARR
    profile.cac = acquisition.cac
    profile.cacBySegment = acquisition.cacBySegment
    var company = Company(
      profile: profile,
      accounts: list, firstMonth: firstMonth, asOf: asOf, revenue: revenue,
      accountColumns: Self.presentColumns(list), dataQuality: quality)
    for a in accounts where !a.billingMix.isEmpty { company.billingMix[a.id] = a.billingMix }
    return Conversion(company: company, log: log, imported: self)
  }

  /// The ``Account`` of `imported`, row `row`.
  private func account(_ imported: ImportedAccount, row: Int, months: Int) -> Account {
    var inferred = imported.inferred
    var start = imported.startDate
    if start == nil {
      inferred.insert(.startDate)
      // The first month with MRR (docs/input.md), not a month of one-time revenue alone (a
      // setup fee before the subscription: review 48L, RL-8); with no MRR at all, the first
      // month with one-time revenue.
      let base = row * months
      var first = (0..<months).first { mrr[base + $0] != 0 }
      if first == nil { first = (0..<months).first { oneTime(at: base + $0) != 0 } }
      start = CivilDate.firstDay(of: firstMonth.adding(months: first ?? 0))
    }
    let contractType = imported.contractType ?? .unknown
    let cadence = imported.billingCadence ?? .unknown
    return Account(
      id: imported.id, name: imported.name.map(FieldText.oneLine),
      segment: imported.segment.map(FieldText.oneLine), contractType: contractType,
      billingCadence: cadence, startDate: start!, contractEndDate: imported.contractEndDate,
      trialStatus: imported.trialStatus, trialEndDate: imported.trialEndDate,
      cancelDate: imported.cancelDate, seatsPurchased: imported.seatsPurchased,
      seatsActive: imported.seatsActive, integrations: imported.integrations,
      committedMRR: imported.committedMRR, isPastDue: imported.isPastDue, inferred: inferred,
      inferredFrom: imported.inferredFrom)
  }

  /// The tie-out with its MRR and one-time totals filled in, checked: source = mrr + one_time +
  /// deferred + residual + after as-of + left out, to the cent.
  /// - Throws: `.invalidData` when a total overflows; `.internalFailure` when it does not
  ///   balance or an amount is negative (an importer bug, reported rather than hidden).
  public func checkedTieOut() throws(ARRQualityError) -> ImportLog.TieOut {
    var tie = log.tieOut
    try checkTieOut(&tie)
    return tie
  }

  /// Fills the tie-out's MRR and one-time totals and checks the identity.
  private func checkTieOut(_ tie: inout ImportLog.TieOut) throws(ARRQualityError) {
    tie.mrrCents = 0
    tie.oneTimeCents = 0
    // Each matrix summed on its own, once over its memory (`oneTime` may be empty): the cells
    // are never negative, so a running sum overflows exactly when the total does.
    func total(_ cells: [Int64]) throws(ARRQualityError) -> (sum: Int64, isOverflow: Bool) {
      var sum: Int64 = 0
      var isOverflow = false
      var isNegative = false
      cells.withUnsafeBufferPointer { cells in
        for v in cells {
          if v < 0 { isNegative = true }
          let (s, o) = sum.addingReportingOverflow(v)
          if o { isOverflow = true } else { sum = s }
        }
      }
      if isNegative {
        throw ARRQualityError(
          kind: .internalFailure, message: "import produced a negative amount (a bug)")
      }
      return (sum, isOverflow)
    }
    let mrrTotal = try total(mrr)
    let oneTimeTotal = try total(oneTime)
    tie.add(mrrTotal.sum, to: \.mrrCents)
    tie.add(oneTimeTotal.sum, to: \.oneTimeCents)
    if mrrTotal.isOverflow || oneTimeTotal.isOverflow { tie.hasOverflowed = true }
    if tie.hasOverflowed { throw .data("the imported amounts are too large to add up") }
    guard tie.isBalanced else {
      throw ARRQualityError(
        kind: .internalFailure,
        message:
          "import does not tie out (a bug): source \(Money.decimalString(cents: tie.sourceCents))"
          + " ≠ mrr \(Money.decimalString(cents: tie.mrrCents))"
          + " + one_time \(Money.decimalString(cents: tie.oneTimeCents))"
          + " + deferred \(Money.decimalString(cents: tie.deferredCents))"
          + " + residual \(Money.decimalString(cents: tie.residualCents))"
          + " + after as-of \(Money.decimalString(cents: tie.afterAsOfCents))"
          + " + left out \(Money.decimalString(cents: tie.leftOutCents))")
    }
  }

  private func checkIds() throws(ARRQualityError) {
    var seen = Set<String>()
    for a in accounts where a.id.isEmpty || !seen.insert(a.id).inserted {
      throw ARRQualityError(
        kind: .internalFailure, message: "import produced a duplicate or empty id \"\(a.id)\"")
    }
  }

  /// The optional columns some account has a value for.
  /// The optional columns some account of `list` holds a value in: an import writes every
  /// column, blank where its source had none, and a column no account fills is no signal the
  /// data holds (its folder, read back, says the same through ``ImportRecord``).
  static func presentColumns(_ list: [Account]) -> Set<AccountColumn> {
    var c = Set<AccountColumn>()
    for a in list {
      if a.name != nil { c.insert(.name) }
      if a.segment != nil { c.insert(.segment) }
      if a.contractEndDate != nil { c.insert(.contractEndDate) }
      if a.trialStatus != .none { c.insert(.trialStatus) }
      if a.trialEndDate != nil { c.insert(.trialEndDate) }
      if a.cancelDate != nil { c.insert(.cancelDate) }
      if a.seatsPurchased != nil { c.insert(.seatsPurchased) }
      if a.seatsActive != nil { c.insert(.seatsActive) }
      if a.integrations != nil { c.insert(.integrations) }
      if a.committedMRR != nil { c.insert(.committedMRR) }
      if a.isPastDue != nil { c.insert(.pastDue) }
    }
    return c
  }
}
