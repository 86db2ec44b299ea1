import ARRCore

/// Turns invoice lines (a ledger, or Stripe invoice lines) into monthly revenue
/// (`docs/import.md`, "Invoice ledger").
///
/// Per line dated up to the as-of month:
/// - typed one-time, or described as setup, onboarding, implementation, professional services,
///   consulting or training (and not typed recurring or usage): one-time revenue in the month
///   invoiced;
/// - with a service period: recurring revenue for the period (``ServicePeriod``), usage if typed
///   so; a negative line (a credit note) reduces its period's revenue;
/// - without one: usage typed lines are their month's revenue; a positive untyped charge that
///   never repeats (no other line of the account has its amount or its description, digits
///   aside) while the account has a recurring line is one-time, unless it continues a monthly
///   run of such charges (alone in its month, one in the month before or after: a price that
///   changed); every other line goes through the billings rules (``BillingsSpreader``) by the
///   month invoiced.
/// Negative one-time lines (refunds) reduce the account's one-time revenue of their month, then
/// earlier months; no month goes below zero, and what is left is reported. Lines dated after
/// the as-of month are left out (tie-out "after as-of"), so inference never reads them.
///
/// The as-of month is `--as-of`, else the month of the latest invoice — or, when usage is
/// billed in arrears and the latest such invoice covers the month before that, that month (the
/// last one every invoice covers: the latest month's usage is not invoiced yet).
enum LedgerImporter {
  /// Consecutive months of never-repeating charges that make a usage series.
  static let usageSeriesMonths = 3
  /// Days within which a charge after a declined or refunded one is its retry or re-issue (a
  /// card retried over a few days, an invoice cancelled and issued again), not a billing of its
  /// own: under the shortest month, so next month's charge on the same day is never one
  /// (review 55, R55-22: a renewal paid 22 days after its last declined attempt).
  static let retryDays = 25

  /// How one line is used.
  enum Use: Equatable {
    case oneTime(ImportRule)
    /// A negative line taken from the account's one-time revenue (the rule the account meets).
    case refund(ImportRule)
    case period
    case usageMonth
    /// A charge that never repeats, without a description or with one of its account's such
    /// charges, in a run of ``usageSeriesMonths`` consecutive months or more: usage billed every
    /// month at a varying amount, its month's revenue (session 17, import3 lane).
    case usageSeries
    case billings
    /// A credit without a service period in a month of a monthly service period, on an account
    /// whose charges all have one: it reduces that month's recurring revenue (session 15,
    /// import lane), unless it is one-off.
    case monthCredit
    /// A credit without a service period beside its account's charge of the month that does
    /// not repeat: it reduces the month's one-time revenue, the rest left out
    /// (``OneOffCredits``).
    case oneOffCredit
  }

  /// Imports `data`.
  /// - Throws: `ARRQualityError` `.invalidArgument` for `--as-of` before every line;
  ///   `.invalidData` for a file without lines or amounts too large to add up.
  /// - Complexity: O(lines × months of their periods + accounts × months × rhythms).
  /// - Parameter data: Consumed: its accounts become the company's, changed in place (shared
  ///   with `data`, the first change would copy every account).
  static func makeCompany(
    _ data: consuming LedgerData, options: ImportOptions, log: inout ImportLog
  ) throws(ARRQualityError) -> ImportedCompany {
    let file = log.files[data.fileIndex].file
    guard let lastDated = data.entries.map(\.date.month).max() else {
      // A header alone reads no row: "every row was skipped" would say otherwise (review 7).
      throw .data(
        log.files[data.fileIndex].rowsRead == 0
          ? "\(file): an invoice table with no rows below its header (expected one row per "
            + "invoice line)"
          : "\(file): no invoice lines (every row was skipped)")
    }
    var asOf = options.asOf ?? lastDated
    // Period columns holding payment windows or the report's range are none (review 49).
    WindowPeriods.apply(&data.entries, file: file, log: &log)
    // Usage named for its month serves that month (trial 33, T33-25): before the as-of month
    // is read, as it bills in arrears.
    UsageMonths.apply(&data.entries, file: file, log: &log)
    // So does a recurring line named for its month when the file bills a month ahead or behind
    // (trial 41, T41-6).
    NamedServiceMonths.apply(&data.entries, file: file, log: &log)
    // A period stated with both dates in a line's description is its service period (trial
    // 51, T51-17), before a term counted from the invoice's date.
    DescribedDates.apply(&data.entries, file: file, log: &log)
    // A term stated in a line's description is its service period (trial 34, T34-3).
    DescribedTerm.apply(&data.entries, file: file, log: &log)
    // So is a period named one further on each invoice of a customer (review 42, G3).
    let shortOneOffRuns = AdvancingPeriodLabels.apply(&data.entries, file: file, log: &log)
    // A period or billing cadence written on the lines left, alone or in a short run (trial
    // 51, T51-47).
    WrittenPeriods.apply(&data.entries, file: file, log: &log)
    // A credit on a term's invoice is a discount on it (trial 48, T48-11).
    TermDiscounts.apply(
      &data.entries, file: file, currency: options.currency ?? data.currency ?? log.currency,
      log: &log)
    // One period repeated month after month at one amount: instalments of it (trial 48, T48-21).
    InstalmentPeriods.apply(&data.entries, file: file, log: &log)
    // Invoices every 30 days are one run, spread over the days it covers (trial 48, T48-7).
    FixedDayCycles.apply(&data.entries, file: file, log: &log)
    // Usage billed in arrears: the last invoice month holds no usage of its own yet, so the
    // default as-of month is the last month every kind of invoice covers.
    // A whole-months period written to the same day of a later month ends the day before:
    // Metronome's `ending_before` (exclusive) of 2025-02-01 serves January, invoiced in
    // February (session 17, import3 lane, trial 17's MT1: read as ending in February, the
    // as-of month was the invoices' month, whose usage is not billed yet).
    // A re-bill of a written-off line serves that line's month: no sign of arrears (review
    // 46b, R46b-8: a November re-bill of October moved the as-of month back to October).
    // A true-up or catch-up of a past period is one line billed after it, no billing in
    // arrears (trial 51, T51-34: an annual true-up of the year just ended, invoiced in October,
    // moved the as-of month to September though every account was invoiced for October).
    // Only over more than a month: a product named so and billed month by month in arrears
    // is billed in arrears (review 54, R54-1: `Bank reconciliation usage` for each month before
    // moved the as-of month to one no invoice covered, headline 0).
    func servedInArrears(_ e: LedgerEntry) -> Month? {
      guard e.amount > 0, !e.isRebill, let p = e.period,
        p.end.month.months(since: p.start.month) < 1
          || !UsageMonths.hasWord(e.description, of: trueUpWords)
      else { return nil }
      let served =
        p.end > p.start && p.end.parts.day == p.start.parts.day
        ? CivilDate(daysSinceEpoch: p.end.daysSinceEpoch - 1) : p.end
      guard served < CivilDate.firstDay(of: e.date.month) else { return nil }
      return served.month
    }
    let periodArrears = data.entries.compactMap(servedInArrears).max()
    // A service date in a month before its invoice's is billed in arrears too (review 12, F13:
    // such a customer read churned in the latest month).
    let arrears = [periodArrears, data.servedInArrears].compactMap { $0 }.max()
    if options.asOf == nil, let covered = arrears, covered == lastDated.adding(months: -1),
      data.servedInArrears == covered
        || isArrearsBilling(data.entries, last: lastDated, served: servedInArrears)
    {
      asOf = covered
    }
    // A monthly payer's line dated months after every other line: a mistyped year or a
    // future invoice, no as-of month (review 52, R52-18).
    let stray =
      options.asOf == nil && asOf == lastDated ? strayLines(data.entries, last: lastDated) : nil
    // One dated more than a year past its account's next invoice is a typo to refuse (trial
    // 50, c28: `2206-10-01`).
    if let stray, let far = strayLineTooFar(data.entries, stray: stray) {
      let account = data.accounts[far.line.account]
      throw strayLineTooFarError(
        far.line, latest: far.latest, asOf: stray.asOf, file: file, column: data.dateColumn,
        name: account.name ?? account.id,
        currency: options.currency ?? data.currency ?? log.currency)
    }
    var redated = Set<Int>()
    if let stray {
      asOf = stray.asOf
      redated = redateStrayLines(&data.entries, stray.lines, asOf: asOf)
    }
    // An export cut mid invoice run: its last month is partial, so the default as-of month is
    // the one before (trial 33, T33-15).
    let cut = asOf == lastDated ? CutInvoiceRun.find(data.entries, last: lastDated) : nil
    if cut != nil && options.asOf == nil { asOf = lastDated.adding(months: -1) }
    // One account's invoices dated past everyone else's set no as-of month (review 42, R10).
    let lone =
      options.asOf == nil && asOf == lastDated
      ? LoneLateAccount.find(data.entries, last: lastDated) : nil
    if let lone { asOf = lone.asOf }
    if let given = options.asOf, given > lastDated {
      throw .invalidArgument(
        "--as-of \(given) is after the last invoice of \(file) (\(lastDated)); every account "
          + "would show no revenue (expected \(lastDated) or earlier)")
    }
    // A purchase of a commitment is a term's commitment (session 17, import3 lane; trial 17,
    // O2 and MT1); one of credits with no term is usage to the next purchase (trial 33, T33-3).
    PrepaidCommits.apply(
      &data.entries, asOf: asOf, file: file,
      currency: options.currency ?? data.currency ?? log.currency,
      log: &log)
    // Usage billed in full beside the credits paying it is drawn from them (session 18).
    let drawnCents = PrepaidCommits.drawDown(
      &data.entries, file: file, currency: options.currency ?? data.currency ?? log.currency,
      log: &log)
    // A line belongs to the window when it is dated in it, or its service begins in it (usage
    // billed in arrears, a renewal invoiced late).
    func isKept(_ e: LedgerEntry) -> Bool {
      e.date.month <= asOf || (e.period.map { $0.start.month <= asOf } ?? false)
    }
    // Usually every line: then the lines themselves, not a copy (twelfth session: a copy of a
    // 1M-line ledger's lines was 134 MB at the import's peak).
    var kept = data.entries.allSatisfy(isKept) ? data.entries : data.entries.filter(isKept)
    if let cut {
      log.findings.append(
        CutInvoiceRun.finding(
          cut, file: file, isMoved: options.asOf == nil,
          linesAfter: data.entries.count - kept.count))
    } else if let stray {
      let accounts = data.accounts
      strayLinesSaid(
        stray.lines, redated: redated, asOf: asOf, file: file,
        name: { accounts[$0].name ?? accounts[$0].id },
        id: { accounts[$0].id }, currency: options.currency ?? data.currency ?? log.currency,
        log: &log)
    } else if let lone {
      log.notes.append(
        LoneLateAccount.note(
          file: file, asOf: asOf, last: lastDated,
          accounts: lone.accounts.map { data.accounts[$0].name ?? data.accounts[$0].id },
          linesAfter: data.entries.count - kept.count))
    } else if options.asOf == nil && asOf < lastDated {
      let later = data.entries.count - kept.count
      log.notes.append(
        "\(file): \(periodArrears == asOf ? "usage is" : "invoices are") billed in arrears "
          + "(the latest such invoice covers \(asOf)), so the "
          + "as-of month is \(asOf), the last month every invoice covers; \(later) "
          + "line\(later == 1 ? "" : "s") for \(lastDated) \(later == 1 ? "is" : "are") counted "
          + "after it (an as-of month of \(lastDated), chosen explicitly, measures that month "
          + "anyway)")
    } else if options.asOf != nil && kept.count < data.entries.count {
      let accounts = data.accounts
      let said = linesAfterAsOf(
        data.entries, isKept: isKept, asOf: asOf, file: file,
        name: { accounts[$0].name ?? accounts[$0].id },
        currency: options.currency ?? data.currency ?? log.currency)
      log.notes += said.notes
      log.findings += said.findings
    }
    guard !kept.isEmpty else {
      throw .invalidArgument(
        "--as-of \(asOf) is before every invoice of \(file) (the first is dated "
          + "\(data.entries.map(\.date).min()!))")
    }
    var tie = log.tieOut
    for e in data.entries {
      tie.add(e.amount, to: \.sourceCents)
      if !isKept(e) { tie.add(e.amount, to: \.afterAsOfCents) }
    }
    // Read from the file, drawn from prepaid credits: left out of revenue, with a finding.
    tie.add(drawnCents, to: \.sourceCents)
    tie.add(drawnCents, to: \.leftOutCents)
    let firstMonth = min(asOf, kept.map { $0.period?.start.month ?? $0.date.month }.min()!)
    func start(_ e: LedgerEntry) -> Month { e.period?.start.month ?? e.date.month }
    let earliest = kept.min { (start($0), $0.line) < (start($1), $1.line) }!
    // None once a stray line was read a year earlier (its span is then the as-of month's).
    let latestLine = data.entries.filter { $0.date.month == lastDated }.map(\.line).min() ?? 0
    try ImportedCompany.checkSpan(
      file: file, what: "invoice months", first: (firstMonth, earliest.line),
      last: options.asOf == nil && stray == nil ? (lastDated, latestLine) : (asOf, nil),
      dataLast: lastDated)
    log.tieOut = tie
    log.currency = data.currency ?? log.currency
    // The company's currency as the conversion will decide it, for the amounts in messages.
    let currency = options.currency ?? log.currency
    var company = ImportedCompany(
      accounts: data.accounts, firstMonth: firstMonth, asOf: asOf, log: log)
    data.accounts = []
    startAfterAsOf(&company, entries: data.entries, start: start)
    let renewals = laterRenewals(data.entries, asOf: asOf)
    // A joined subscriptions export's term ends read from periods after the as-of month are
    // named (render review 40, R40-11).
    if let note = StripeSubscriptionImporter.laterPeriodNote(
      data.subscriptionPeriods.filter { $0.start.month > asOf }, file: data.subscriptionsFile,
      asOf: asOf)
    {
      company.log.notes.append(note)
    }
    let n = company.monthCount
    let (classified, continued, ambiguousCredits, steppedUp) = classify(
      kept, accounts: company.accounts.count, asOf: asOf)
    var uses = classified
    // A step up in the as-of month from a steady run keeps the run's level; the rest is
    // one-time (``MonthlyRuns/steppedUp``; trial 28, T28-3).
    var steps = [(account: Int, line: Int, base: Int64, amount: Int64)]()
    for (i, base) in steppedUp.sorted(by: { $0.key < $1.key })
    where uses[i] == .oneTime(.oneTimeNeverRepeats) {
      var rest = kept[i]
      rest.amount = kept[i].amount - base
      steps.append((kept[i].account, kept[i].line, base, kept[i].amount))
      kept[i].amount = base
      uses[i] = .billings
      kept.append(rest)
      uses.append(.oneTime(.oneTimeNeverRepeats))
    }
    // A credit refunding the unused part of a term invoice ends that invoice's service (trial
    // 22, T22-13); the invoice's month stays a month of its account's billing rhythm.
    let ended = CreditsEndingTerms.apply(&kept, uses: &uses)
    // A charge cancelled and issued again is no month of the rhythm: the re-issue is (review
    // 47b, R47b-9: the credited annual's month beside its re-issue read as a quarterly rhythm).
    for x in ended where x.invoice.period == nil && x.reissue == nil {
      data.refundedCharges.append(
        (company.accounts[x.invoice.account].id, x.invoice.date, x.invoice.amount))
    }
    if let finding = CreditsEndingTerms.finding(
      ended, file: file, accounts: company.accounts,
      money: { Money.text(cents: $0, currency: currency) })
    {
      company.log.findings.append(finding)
    }
    // A term charge credited in full and issued again counts once (review 45b, Z-9).
    if let note = CreditsEndingTerms.reissueNote(
      ended, file: file, accounts: company.accounts,
      money: { Money.text(cents: $0, currency: currency) })
    {
      company.log.notes.append(note)
    }
    // A credit cancelling an invoice re-issued in its month is netted (review 43, V4).
    let reissued = ReissuedCharges.find(kept, uses: uses)
    if let note = ReissuedCharges.note(
      reissued, in: kept, file: file,
      money: { Money.text(cents: $0, currency: currency, wholeUnits: true) })
    {
      company.log.notes.append(note)
    }
    for i in OneOffCredits.find(
      kept, uses: uses, excluding: Set(ambiguousCredits).union(reissued))
    {
      uses[i] = .oneOffCredit
    }
    // So is a credit carrying a service period that cancels no charge (trial 44, T44-8).
    for i in OneOffCredits.withPeriods(kept, uses: uses) { uses[i] = .oneOffCredit }
    var oneOffCredits = [LedgerEntry]()
    var oneOffPeriodCredits = [LedgerEntry]()
    var billed = [Int64](repeating: 0, count: company.accounts.count * n)
    // The charges alone: the rhythm is read on them (review 11, F7).
    var charged = [Int64](repeating: 0, count: company.accounts.count * n)
    var hasBilled = false
    var refunds = [LedgerEntry]()
    var longestPeriod = 0
    // Each fixed cycle's run at one price: its account, days and amount (``FixedDayCycles``).
    var cycles = [Int: (account: Int, start: CivilDate, end: CivilDate, cents: Int64)]()
    for (e, use) in zip(kept, uses) {
      let a = e.account
      // Dated after the window (its period began in it): the period's first month.
      let month = min(e.date.month, e.period?.start.month ?? e.date.month).months(since: firstMonth)
      switch use {
      case .oneTime(let rule):
        company.accounts[a].apply(rule)
        add(e.amount, to: &company.oneTime[company.cell(a, month)], tie: &company.log.tieOut)
      case .refund(let rule):
        company.accounts[a].apply(rule)
        refunds.append(e)
      case .usageMonth:
        company.accounts[a].apply(.usageByType)
        add(e.amount, to: &company.mrr[company.cell(a, month)], tie: &company.log.tieOut)
      case .usageSeries:
        company.accounts[a].apply(.usageByRecurrence)
        add(e.amount, to: &company.mrr[company.cell(a, month)], tie: &company.log.tieOut)
      case .oneOffCredit:
        if e.period == nil { oneOffCredits.append(e) } else { oneOffPeriodCredits.append(e) }
      case .monthCredit:
        company.accounts[a].apply(.creditOfMonth)
        add(e.amount, to: &company.mrr[company.cell(a, month)], tie: &company.log.tieOut)
      case .billings:
        add(e.amount, to: &billed[a * n + month], tie: &company.log.tieOut)
        if e.amount > 0 { charged[a * n + month] &+= e.amount }
        hasBilled = true
      case .period where e.cycle != nil:
        let (start, end) = e.period!
        company.accounts[a].apply(.fixedDayCycle)
        if e.kind == nil { company.accounts[a].apply(.recurringByPeriod) }
        let c = cycles[e.cycle!]
        cycles[e.cycle!] = (
          a, min(c?.start ?? start, start), max(c?.end ?? end, end), (c?.cents ?? 0) &+ e.amount
        )
      case .period:
        let (start, end) = e.period!
        let p = ServicePeriod.spread(e.amount, from: start, through: end)!
        company.accounts[a].apply(p.isWholeMonths ? .periodWholeMonths : .periodProrated)
        if e.kind == nil { company.accounts[a].apply(.recurringByPeriod) }
        if e.kind == .usage { company.accounts[a].apply(.usageByType) }
        if e.isProration { company.accounts[a].apply(.prorationAddOn) }
        if e.term != nil { company.accounts[a].apply(.instalmentOfPeriod) }
        if e.isPrepaidUsage { company.accounts[a].apply(.prepaidUsage) }
        // Credits spent as used are no term: nothing billed before the file is hidden.
        if p.isWholeMonths && e.amount > 0 && !e.isPrepaidUsage {
          longestPeriod = max(longestPeriod, p.shares.count)
        }
        company.log.tieOut.add(p.residual, to: \.residualCents)
        let offset = p.firstMonth.months(since: firstMonth)
        for (k, share) in p.shares.enumerated() {
          if offset + k < n {
            add(share, to: &company.mrr[company.cell(a, offset + k)], tie: &company.log.tieOut)
          } else {
            company.log.tieOut.add(share, to: \.deferredCents)
          }
        }
      }
    }
    FixedDayCycles.spread(cycles, into: &company)
    // An account whose latest charge through the billings rules continues its run: read as
    // one-time, its billings end before that charge, so its as-of MRR is what the other rules
    // gave (the low end of its range).
    var latestBilled = [Int: (month: Month, isContinued: Bool)]()
    for (i, e) in kept.enumerated() where uses[i] == .billings && e.amount > 0 {
      if let l = latestBilled[e.account], l.month > e.date.month { continue }
      latestBilled[e.account] = (e.date.month, continued.contains(i))
    }
    let withoutRun = latestBilled.filter(\.value.isContinued).keys.sorted().map {
      (account: $0, mrr: company.mrr[company.cell($0, n - 1)])
    }
    // A month whose only charge was refunded in full or declined (skipped) stays a month of
    // its account's rhythm, revenue 0 (review 11, F7;
    // session 17, import2 lane: a refunded monthly order made a gap, read as a quarterly rhythm;
    // trial 54, T54-14: a declined month, likewise). Not when a charge of the account follows
    // within ``retryDays``: that charge is its retry or re-issue, the same billing (an annual
    // invoice declined on the 30th and paid on the 2nd is no monthly rhythm).
    if hasBilled && !data.refundedCharges.isEmpty {
      var billedDays = [Int: [Int]]()
      for (e, use) in zip(kept, uses) where use == .billings && e.amount > 0 {
        billedDays[e.account, default: []].append(Int(e.date.daysSinceEpoch))
      }
      // Sorted once: each skipped charge looks for the next billed day by a binary search, not
      // a pass over its account's days (hostile 55, H55-2).
      billedDays = billedDays.mapValues { $0.sorted() }
      let byID = Dictionary(
        company.accounts.indices.map { (company.accounts[$0].id, $0) },
        uniquingKeysWith: { a, _ in a })
      // A month any of whose attempts a charge follows within ``retryDays`` was retried: all its
      // attempts are that charge's (review 55, R55-22: declined on the 5th and the 12th, paid
      // 22 days after the second).
      var retried = Set<[Int]>()
      for r in data.refundedCharges {
        guard let a = byID[r.key], let days = billedDays[a] else { continue }
        let day = Int(r.date.daysSinceEpoch)
        let next = days.partitionIndex { $0 > day }
        if next < days.count && days[next] - day <= Self.retryDays {
          retried.insert([a, Int(r.date.month.ordinal)])
        }
      }
      for r in data.refundedCharges {
        guard let a = byID[r.key], billedDays[a] != nil, r.date.month >= firstMonth,
          r.date.month <= asOf, !retried.contains([a, Int(r.date.month.ordinal)])
        else { continue }
        let m = r.date.month.months(since: firstMonth)
        if charged[a * n + m] == 0 { charged[a * n + m] = r.cents }
      }
    }
    if hasBilled {
      try spreadBillings(
        billed, charges: charged, file: file, currency: currency, into: &company)
    }
    OneOffCredits.apply(oneOffCredits, file: file, currency: currency, into: &company)
    OneOffCredits.apply(
      oneOffPeriodCredits, file: file, currency: currency, into: &company, withPeriods: true)
    applyRefunds(refunds, currency: currency, into: &company)
    clampNegatives(&company, file: file, currency: currency)
    var ranged = 0
    for (a, low) in withoutRun {
      let high = company.mrr[company.cell(a, n - 1)]
      guard low < high else { continue }
      let range = company.accounts[a].ambiguousMRR
      company.accounts[a].ambiguousMRR = (
        low: min(range?.low ?? low, low), high: max(range?.high ?? high, high)
      )
      ranged += 1
    }
    if !steps.isEmpty {
      stepUpRanges(steps, file: file, currency: currency, into: &company)
    }
    // Services billed like a retainer with no contract word: read one-time, a retainer the
    // range's high end (review 45, X-6's variant).
    UnwordedServiceRuns.apply(
      UnwordedServiceRuns.find(
        kept, isOneTime: { uses[$0] == .oneTime(.oneTimeByDescription) }, asOf: asOf),
      file: file, currency: currency, into: &company)
    // Project work billed in monthly instalments, read recurring: one-time the range's low end
    // (review 46, R46-17).
    var isProject = DescriptionMemo(ProjectInstalmentRuns.isProject)
    ProjectInstalmentRuns.apply(
      UnwordedServiceRuns.find(
        kept,
        isOneTime: { uses[$0] == .billings && isProject(kept[$0].description) }, asOf: asOf,
        minimum: namedRun),
      file: file, currency: currency, into: &company)
    // A short run of one-off words read as a fee: one-off the range's low end (review 45, Y-14).
    AdvancingPeriodLabels.shortOneOffRanges(
      kept, lines: shortOneOffRuns, asOf: asOf, file: file, currency: currency, into: &company)
    if let first = continued.min() {
      let e = kept[first]
      company.log.notes.append(
        "\(file): \(Counted.phrase(continued.count, "charge")) that never "
          + "repeat\(continued.count == 1 ? "s" : "") continue\(continued.count == 1 ? "s" : "") "
          + "\(continued.count == 1 ? "its" : "their") account's run (alone in the month, from half "
          + "to twice the charge one billing rhythm before or after it: a changed price, e.g. "
          + "\(Money.text(cents: e.amount, currency: currency)) on line \(e.line)), read as "
          + "recurring revenue"
          + (ranged == 0
            ? ""
            : "; for \(ranged) account\(ranged == 1 ? "" : "s") such a charge is the latest, so "
              + "as-of MRR is given as a range whose low end reads it as one-time (the account "
              + "churned)"))
    }
    if let first = ambiguousCredits.first {
      let n = ambiguousCredits.count
      let cents = ambiguousCredits.reduce(Int64(0)) { $0 &- kept[$1].amount }
      company.log.findings.append(
        "\(file): \(Counted.phrase(n, "credit")) (\(Money.text(cents: cents, currency: currency)) "
          + "in all, first on line \(kept[first].line)) naming no document \(n == 1 ? "matches" : "match") "
          + "both a one-time charge and a recurring charge of the same amount in \(n == 1 ? "its" : "their") "
          + "month: read against the month's recurring revenue; if \(n == 1 ? "it credits" : "they credit") "
          + "the one-time charge, MRR is understated by up to that amount (name the invoice credited in "
          + "a reference column or the description)")
    }
    LedgerTerms.infer(kept, uses: uses, into: &company)
    renewalsAfterAsOf(&company, renewals)
    // Units on lines of usage are the account's usage (trial 34, T34-9).
    LedgerUsage.apply(kept, uses: uses, into: &company)
    if company.usage == nil, let unread = data.unitsUnread {
      // No usage tracked (seats on subscription lines, units unknown): the column of units is
      // not read.
      company.log.files[data.fileIndex].ignoredColumns = unread.ignored
      company.log.files[data.fileIndex].recognisedColumns.removeAll {
        $0 == "quantity: \(unread.header)"
      }
    }
    // A line billing a minimum commitment commits its account to it (trial 33, T33-1).
    LedgerMinimums.apply(kept, uses: uses, file: file, currency: currency, into: &company)
    // Lines naming an annual term, or saying cancel anytime, type their account (T51-49).
    LedgerMinimums.readTerms(kept, uses: uses, file: file, into: &company)
    // A commitment bought commits its account to it, not to the overage (trial 34, T34-6).
    PrepaidCommits.commit(kept, file: file, currency: currency, into: &company)
    // A flat part and usage beside it: the usage averaged, never committed (trial 51, T51-13).
    LedgerHybridUsage.apply(kept, uses: uses, file: file, into: &company)
    LedgerCancellations.apply(
      kept, flagHeader: data.cancelFlagHeader, unread: data.unreadCancelFlags, file: file,
      into: &company)
    LedgerCancellations.apply(
      kept, isMarked: \.isNotice, mark: .notice(isDate: data.notice?.isDate ?? true),
      flagHeader: data.notice?.header, unread: data.unreadNotices, file: file, into: &company)
    // A line's words saying the customer leaves (trial 51, T51-52) or is in a trial (T51-53).
    LedgerCancellations.applyDescriptions(kept, file: file, into: &company)
    readTrials(kept, asOf: asOf, file: file, into: &company)
    if longestPeriod >= 3 {
      let through = firstMonth.adding(months: min(longestPeriod, n) - 1)
      company.log.incompleteThrough = max(company.log.incompleteThrough ?? through, through)
      company.log.notes.append(
        "\(file): service periods of up to \(longestPeriod) months: what was invoiced before "
          + "the first line cannot be seen, so an account on such a term may first appear at its "
          + "renewal; months through \(through) are marked incomplete")
    }
    if company.log.tieOut.hasOverflowed {
      throw .data("\(file): the amounts are too large to add up")
    }
    log = company.log
    return company
  }

  /// How each line is used (see the type's notes), the indices of the charges that never
  /// repeat but continue their account's run (``MonthlyRuns``), those of the credits that
  /// match both a one-time charge and a recurring one (``creditsAgainstOneTime(_:uses:)``),
  /// and the as-of month's steps up from a steady run with the level kept
  /// (``MonthlyRuns/steppedUp``).
  static func classify(_ entries: [LedgerEntry], accounts: Int, asOf: Month? = nil) -> (
    uses: [Use], continued: Set<Int>, ambiguousCredits: [Int], steppedUp: [Int: Int64]
  ) {
    // Evidence per account: a recurring line, and how often each amount and description occurs
    // among positive untyped lines without a period.
    var hasRecurring = [Bool](repeating: false, count: accounts)
    var amounts = [[Int64: Int]](repeating: [:], count: accounts)
    var descriptions = [[String: Int]](repeating: [:], count: accounts)
    // Read each description once: whether it names a one-time service, and its repeat key
    // (positive untyped lines without a period only).
    var oneTimeText = DescriptionMemo(namesOneTime)
    var isOneTimeByText = entries.map { $0.kind == nil && oneTimeText($0.description) }
    // Numbered deliverables (`phase 1`, `phase 2`) are a project's (review 44b, X-5).
    for i in numberedDeliverables(entries) { isOneTimeByText[i] = true }
    // A lifetime purchase billed in two months or more recurs (review 53, R53-7).
    for i in repeatedLifetimeLines(entries, isOneTimeByText: isOneTimeByText) {
      isOneTimeByText[i] = false
    }
    // Services billed every month at one amount are a fee, not a charge a month (review 44b, X-6).
    for i in recurringServices(entries, isOneTimeByText: isOneTimeByText) {
      isOneTimeByText[i] = false
    }
    var repeatKeys = DescriptionMemo(repeatKey)
    let keys = entries.map { e in
      e.period == nil && e.kind == nil && e.amount > 0 ? repeatKeys(e.description) : ""
    }
    let isBeside = besideCharges(entries, isOneTimeByText: isOneTimeByText)
    for (i, e) in entries.enumerated() where !isOneTimeByText[i] && e.kind != .oneTime {
      if e.period != nil || e.kind == .recurring { hasRecurring[e.account] = true }
      if e.period == nil && e.kind == nil && e.amount > 0 && !isBeside[i] {
        amounts[e.account][e.amount, default: 0] += 1
        if !keys[i].isEmpty { descriptions[e.account][keys[i], default: 0] += 1 }
      }
    }
    for a in amounts.indices where amounts[a].values.contains(where: { $0 > 1 }) {
      hasRecurring[a] = true
    }
    let isCandidate = entries.enumerated().map { i, e in
      e.kind == nil && e.period == nil && e.amount > 0 && !isOneTimeByText[i]
        && hasRecurring[e.account]
        && (isBeside[i]
          || (amounts[e.account][e.amount] == 1 && (descriptions[e.account][keys[i]] ?? 0) <= 1))
    }
    let runs = MonthlyRuns(
      entries, accounts: accounts, isOneTimeByText: isOneTimeByText, isCandidate: isCandidate,
      asOf: asOf)
    let series = usageSeries(entries, keys: keys) {
      isCandidate[$0] && !runs.continued.contains($0)
    }
    var uses = entries.enumerated().map { i, e -> Use in
      if e.kind == .oneTime {
        return e.amount < 0 ? .refund(.oneTimeByType) : .oneTime(.oneTimeByType)
      }
      if isOneTimeByText[i] {
        return e.amount < 0 ? .refund(.oneTimeByType) : .oneTime(.oneTimeByDescription)
      }
      if e.period != nil { return .period }
      if e.kind == .usage { return .usageMonth }
      if isCandidate[i] && !runs.continued.contains(i) {
        return series.contains(i) ? .usageSeries : .oneTime(.oneTimeNeverRepeats)
      }
      return .billings
    }
    let ambiguous = creditsAgainstOneTime(entries, uses: &uses)
    creditsOfTheirMonth(entries, accounts: accounts, uses: &uses)
    return (uses, runs.continued, ambiguous, runs.steppedUp)
  }

  /// The charges **beside** their account's charge of the month: positive, untyped, without a
  /// period, more than twice another such charge (or one typed recurring) of the account in
  /// the same month, with no charge of their amount in the month before or after nor in three
  /// months in all. Such a
  /// charge (a services milestone of 15,000 beside the monthly fee of 2,000) vouches for no
  /// other and no other for it: two milestones of one amount three months apart are no run of
  /// their own kind (session 42, crm lane; trial 41, T41-5: they repeated each other, so the
  /// second was the as-of month's MRR, $222,000 for $42,000, its range excluding the truth).
  /// A seat line added beside the base fee repeats in the next month and stays a repeating
  /// charge, and beside charges billing the same thing (``periodlessKey(_:)``: "Usage overage -
  /// Q1 2026" each quarter) repeat as before.
  /// - Complexity: O(lines).
  static func besideCharges(_ entries: [LedgerEntry], isOneTimeByText: [Bool]) -> [Bool] {
    struct Key: Hashable {
      var account: Int
      var month: Month
    }
    struct Amount: Hashable {
      var account: Int
      var cents: Int64
    }
    func isCharge(_ i: Int) -> Bool {
      let e = entries[i]
      return e.amount > 0 && e.period == nil && (e.kind == nil || e.kind == .recurring)
        && !isOneTimeByText[i]
    }
    var smallest = [Key: Int64]()
    var months = [Amount: Set<Month>]()
    for i in entries.indices where isCharge(i) {
      let e = entries[i]
      let k = Key(account: e.account, month: e.date.month)
      smallest[k] = min(smallest[k] ?? e.amount, e.amount)
      months[Amount(account: e.account, cents: e.amount), default: []].insert(e.date.month)
    }
    var beside = entries.indices.map { i in
      let e = entries[i]
      guard isCharge(i), e.kind == nil,
        let low = smallest[Key(account: e.account, month: e.date.month)],
        !MonthlyRuns.isClose(low, e.amount), low < e.amount
      else { return false }
      // Its amount billed in three months or more is a run of its own (review 42, R8: a
      // retainer missed one month and caught up the next was beside its base fee in June, with
      // no charge of its amount in May or July, and read as one-time: $18,000 for $36,000).
      let held = months[Amount(account: e.account, cents: e.amount)] ?? []
      return held.count < 3 && !held.contains(e.date.month.adding(months: -1))
        && !held.contains(e.date.month.adding(months: 1))
    }
    // Beside charges that bill the same thing, their descriptions alike but for the period they
    // name ("Usage overage - Q1 2026", "Quarterly support"), are a fee of their own rhythm
    // (quarterly usage beside a monthly fee) and repeat as before; numbered deliverables
    // ("milestone 1", "milestone 2") or no description vouch for nothing.
    struct Text: Hashable {
      var account: Int
      var key: String
    }
    var texts = [Text: Int]()
    var periodless = DescriptionMemo(periodlessKey)
    let keys = entries.indices.map { beside[$0] ? periodless(entries[$0].description) : "" }
    for i in entries.indices where beside[i] && !keys[i].isEmpty {
      texts[Text(account: entries[i].account, key: keys[i]), default: 0] += 1
    }
    for i in entries.indices where beside[i] && !keys[i].isEmpty {
      if texts[Text(account: entries[i].account, key: keys[i])] ?? 0 > 1 { beside[i] = false }
    }
    return beside
  }

  /// A description's words without those naming a period: years (`2025`), quarters (`q3`),
  /// month names, and month or day numbers beside a year (`2025-03`, `03/2025`). "Usage overage -
  /// Q3 2026" and "Usage overage - Q4 2026" are alike; "Project Phoenix - milestone 1" and "…
  /// milestone 2" are not.
  static func periodlessKey(_ text: String) -> String {
    let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    let isYear = tokens.map { UsageMonths.year($0) != nil }
    var kept = [Substring]()
    for (k, t) in tokens.enumerated() {
      if isYear[k] || UsageMonths.quarter(t) != nil || UsageMonths.monthName(t) != nil { continue }
      let besideYear = (k > 0 && isYear[k - 1]) || (k + 1 < tokens.count && isYear[k + 1])
      if besideYear && t.count <= 2 && t.allSatisfy(\.isNumber) { continue }
      kept.append(t)
    }
    return kept.joined(separator: " ")
  }

  /// The charges that never repeat (`isLeft`: a candidate not continuing its account's run)
  /// and fall in a run of ``usageSeriesMonths`` consecutive months or more holding such charges
  /// of their account with the same description key (`keys`; blank, or digits and punctuation
  /// aside). A customer billed every month at a varying amount (usage, not priced per period)
  /// was read one-time charge by charge: out of MRR, and listed churned though it paid every
  /// month (session 17, import3 lane; trial 17, O1: zeta's 200, 300, 450, 900, 4,200, 700).
  static func usageSeries(_ entries: [LedgerEntry], keys: [String], isLeft: (Int) -> Bool)
    -> Set<Int>
  {
    struct Key: Hashable {
      var account: Int
      var text: String
    }
    var months = [Key: Set<Month>]()
    for (i, e) in entries.enumerated() where isLeft(i) {
      months[Key(account: e.account, text: keys[i]), default: []].insert(e.date.month)
    }
    var series = Set<Int>()
    for (i, e) in entries.enumerated() where isLeft(i) {
      let held = months[Key(account: e.account, text: keys[i])] ?? []
      var first = e.date.month
      while held.contains(first.adding(months: -1)) { first = first.adding(months: -1) }
      var last = e.date.month
      while held.contains(last.adding(months: 1)) { last = last.adding(months: 1) }
      if last.months(since: first) + 1 >= usageSeriesMonths { series.insert(i) }
    }
    return series
  }

  /// A credit left to the billings rules (negative, no period, not a refund of a one-time
  /// charge) on an account whose charges are all read by their service periods (no charge
  /// through the billings rules), dated in a month a **monthly** service period pays for (a
  /// positive line of one whole month, or within one calendar month), reduces that month's
  /// recurring revenue (``Use/monthCredit``), as the billings rules net a monthly account's
  /// credit against its month. Through the billings rules it had no charge to net against and
  /// was left out: a Stripe invoice's service credit (an `invoiceitem` without a period beside
  /// the subscription's line) never reached MRR (session 15, import lane). A credit in a month
  /// of a longer period (an annual term) stays with the billings rules, an off-cycle credit:
  /// taken from a month, a tenth of a year's fee zeroed it, a churn and a reactivation. A month
  /// a credit takes below zero is zero, the excess left out with a finding (`clampNegatives`).
  static func creditsOfTheirMonth(_ entries: [LedgerEntry], accounts: Int, uses: inout [Use]) {
    struct Key: Hashable {
      var account: Int
      var month: Month
    }
    var monthly = Set<Key>()
    var byBillings = [Bool](repeating: false, count: accounts)
    for (e, use) in zip(entries, uses) where e.amount > 0 {
      if use == .billings { byBillings[e.account] = true }
      guard use == .period, let (start, end) = e.period else { continue }
      if start.month == end.month || ServicePeriod.wholeMonths(from: start, through: end) == 1 {
        monthly.insert(Key(account: e.account, month: start.month))
      }
    }
    for (i, e) in entries.enumerated()
    where uses[i] == .billings && e.amount < 0 && !byBillings[e.account]
      && monthly.contains(Key(account: e.account, month: e.date.month))
    {
      uses[i] = .monthCredit
    }
  }

  /// A credit read through the billings rules (negative, untyped, no period) that offsets a
  /// one-time line is a refund of it, taken from one-time revenue: one on a document, or naming
  /// one (its reference cell, or a word of its description), whose charges of the account are
  /// all one-time; one naming none whose negated amount is that of a one-time charge of the account
  /// dated on or before it, and of no other charge of the account in its month. Netted against
  /// the month's billings, it took the recurring invoice's revenue instead (review 12, F3: a
  /// credit of a one-time charge wiped out the re-issued monthly invoice and read as churn).
  /// - Returns: The credits naming no document whose amount is both a one-time charge's and
  ///   another charge's of their month: left to the billings rules, a guess a finding reports.
  static func creditsAgainstOneTime(_ entries: [LedgerEntry], uses: inout [Use]) -> [Int] {
    let credits = entries.indices.filter {
      uses[$0] == .billings && entries[$0].amount < 0 && entries[$0].kind == nil
    }
    guard !credits.isEmpty else { return [] }
    func isOneTime(_ use: Use) -> Bool {
      if case .oneTime = use { return true }
      return false
    }
    // Per account and document: whether its charges are one-time, recurring, or both.
    struct Doc: Hashable {
      var account: Int
      var number: String
    }
    var documents = [Doc: (oneTime: Bool, other: Bool)]()
    // Per account: the one-time charges (amount, date), and the other charges by month and
    // amount.
    // The earliest date of each amount (a credit checks one amount, not every charge of its
    // account: hostile 55, H55-2).
    var oneTimeCharges = [Int: [Int64: CivilDate]]()
    struct Charge: Hashable {
      var account: Int
      var month: Month
      var amount: Int64
    }
    var otherCharges = Set<Charge>()
    for (i, e) in entries.enumerated() where e.amount > 0 {
      let oneTime = isOneTime(uses[i])
      if !e.document.isEmpty {
        var d = documents[Doc(account: e.account, number: e.document)] ?? (false, false)
        if oneTime { d.oneTime = true } else { d.other = true }
        documents[Doc(account: e.account, number: e.document)] = d
      }
      if oneTime {
        oneTimeCharges[e.account, default: [:]][e.amount] = min(
          oneTimeCharges[e.account]?[e.amount] ?? e.date, e.date)
      } else {
        otherCharges.insert(Charge(account: e.account, month: e.date.month, amount: e.amount))
      }
    }
    var ambiguous = [Int]()
    for i in credits {
      let e = entries[i]
      // Its own document first (a discount line of an invoice offsets that invoice), then the
      // one it names.
      let named = ([e.document, e.reference] + LedgerEntry.words(e.description).map(String.init))
        .lazy.filter { !$0.isEmpty }
        .compactMap { documents[Doc(account: e.account, number: $0)] }.first
      if let named {
        if named.oneTime && !named.other { uses[i] = .refund(.refundAgainstOneTime) }
        continue
      }
      let amount = 0 &- e.amount
      guard let earliest = oneTimeCharges[e.account]?[amount], earliest <= e.date else {
        continue
      }
      if otherCharges.contains(Charge(account: e.account, month: e.date.month, amount: amount)) {
        ambiguous.append(i)
      } else {
        uses[i] = .refund(.refundAgainstOneTime)
      }
    }
    return ambiguous
  }

  /// Words of a line settling a past period at once: no sign of billing in arrears. Not
  /// `reconciliation`: a product's name (review 54, R54-1).
  static let trueUpWords = ["true up", "trueup", "catch up", "catchup"]

  static func isOneTimeText(_ e: LedgerEntry) -> Bool { namesOneTime(e.description) }

  /// Whether a description names services or set-up work, a one-off event or a lifetime
  /// purchase: ``isOneTimeText(_:)`` of a line with that description.
  static func namesOneTime(_ description: String) -> Bool {
    guard !description.isEmpty else { return false }
    let lower = description.lowercased()
    let t =
      lower.contains(where: { $0 == "-" || $0 == "_" }) || lower.contains("  ")
      ? CubeLayout.normalized(lower) : lower
    return ServicesWords.isIn(t) || UsageMonths.hasWord(t, of: oneOffEventWords)
      || namesLifetimePurchase(t)
  }

  /// A description with digits and punctuation removed (`Invoice 2024-03` and `Invoice
  /// 2024-04` repeat).
  static func repeatKey(_ text: String) -> String {
    String(text.lowercased().filter { $0.isLetter || $0 == " " })
      .split(separator: " ").joined(separator: " ")
  }

  /// Adds `cents` to `cell`, remembering an overflow in `tie`.
  static func add(_ cents: Int64, to cell: inout Int64, tie: inout ImportLog.TieOut) {
    let (s, o) = cell.addingReportingOverflow(cents)
    if o { tie.hasOverflowed = true } else { cell = s }
  }

  /// Lines without a service period, through the billings rules on their own accounts (the
  /// rhythm read on `charges`, the positive lines alone); the result is added to `company`.
  private static func spreadBillings(
    _ billed: [Int64], charges: [Int64], file: String, currency: String?,
    into company: inout ImportedCompany
  ) throws(ARRQualityError) {
    var part = ImportedCompany(
      accounts: company.accounts, firstMonth: company.firstMonth, asOf: company.asOf,
      log: ImportLog())
    // The spread changes the accounts in place, so they are the part's alone while it runs (a
    // copy of every account otherwise); it leaves an account without billed lines as it was.
    company.accounts = []
    BillingsSpreader.spread(billed, charges: charges, into: &part, infersShape: false)
    for i in company.mrr.indices {
      add(part.mrr[i], to: &company.mrr[i], tie: &company.log.tieOut)
      add(part.oneTime[i], to: &company.oneTime[i], tie: &company.log.tieOut)
    }
    company.accounts = part.accounts
    company.log.tieOut.add(part.log.tieOut.deferredCents, to: \.deferredCents)
    company.log.tieOut.add(part.log.tieOut.residualCents, to: \.residualCents)
    company.log.tieOut.add(part.log.tieOut.leftOutCents, to: \.leftOutCents)
    // The billings notes speak of invoices; credits alone (no positive line) have none.
    if billed.contains(where: { $0 > 0 }) {
      company.log.notes += part.log.notes.map { "\(file), lines without a service period: " + $0 }
    }
    if part.log.tieOut.leftOutCents != 0 {
      let amount = Money.text(
        cents: -part.log.tieOut.leftOutCents, currency: currency, wholeUnits: true)
      company.log.findings.append(
        LeftOutCredits.finding(file: file, amount: amount, kind: "without a service period"))
    }
    if let t = part.log.incompleteThrough {
      company.log.incompleteThrough = max(company.log.incompleteThrough ?? t, t)
    }
  }

  /// Refunds reduce one-time revenue of their month, then earlier months; the rest is left out.
  private static func applyRefunds(
    _ refunds: [LedgerEntry], currency: String?, into company: inout ImportedCompany
  ) {
    var leftOut: Int64 = 0
    for r in refunds {
      var owed = -r.amount
      var m = min(r.date.month.months(since: company.firstMonth), company.monthCount - 1)
      while owed > 0 && m >= 0 {
        let i = company.cell(r.account, m)
        let used = min(owed, company.oneTime[i])
        company.oneTime[i] -= used
        owed -= used
        m -= 1
      }
      leftOut &-= owed
    }
    company.log.tieOut.add(leftOut, to: \.leftOutCents)
    if leftOut != 0 {
      company.log.findings.append(
        "refunds of \(Money.text(cents: -leftOut, currency: currency, wholeUnits: true)) exceed the one-time revenue they "
          + "could reverse; left out")
    }
  }

  /// Months driven below zero by credits are set to zero; the excess is left out and reported.
  private static func clampNegatives(
    _ company: inout ImportedCompany, file: String, currency: String?
  ) {
    var total: Int64 = 0
    var cells = 0
    var accounts = Set<Int>()
    for i in company.mrr.indices where company.mrr[i] < 0 {
      total &+= company.mrr[i]
      cells += 1
      accounts.insert(i / company.monthCount)
      company.mrr[i] = 0
    }
    guard cells > 0 else { return }
    company.log.tieOut.add(total, to: \.leftOutCents)
    company.log.findings.append(
      "\(file): credits exceed the revenue they reduce in \(cells) account-month"
        + "\(cells == 1 ? "" : "s") (\(Counted.phrase(accounts.count, "account"))); "
        + "those months are zero and \(Money.text(cents: -total, currency: currency, wholeUnits: true)) is left out"
    )
  }
}
