import ARRCore

/// Revenue from Stripe's subscriptions export alone (`docs/import.md`, "Stripe exports"):
/// each subscription's current price × quantity, normalised to a month, in every month it bills
/// (``StripeSubscription/isBilled(_:)``). The export holds only current prices, so every
/// account looks flat: expansion and contraction history needs the invoice line items export,
/// and the notes say so.
///
/// The months run from the first paid month to the as-of month: `--as-of`, else the month of
/// the latest `Current Period Start` (the export's date, near enough), else of the latest start.
/// The tie-out's source is the revenue those prices imply (a subscriptions export holds no
/// billed amounts).
enum StripeSubscriptionImporter {
  /// Imports `subs`, file `fileIndex`, joining customer lists.
  /// - Throws: `ARRQualityError` `.invalidData` when the export has no amount or interval
  ///   column, or no subscription that ever billed; `.invalidArgument` for `--as-of` before
  ///   every start.
  ///
  /// A subscriptions table (`isSubscriptionTable`, ``SubscriptionTableReader``) has no period
  /// columns: its as-of month is the latest start or end (the notes say so), and an account's
  /// start is its earliest row's.
  static func makeCompany(
    _ subs: consuming [StripeSubscription], fileIndex: Int,
    lists: [(accounts: [ImportedAccount], index: Int)], options: ImportOptions,
    log: inout ImportLog, isSubscriptionTable: Bool = false
  ) throws(ARRQualityError) -> ImportedCompany {
    let file = log.files[fileIndex].file
    if subs.contains(where: { $0.mrr == nil }) {
      throw .data(
        "\(file): a subscriptions export alone needs Amount and Interval columns to give "
          + "revenue (or import the invoice line items export beside it)")
    }
    if subs.isEmpty && isSubscriptionTable {
      throw .data(
        "\(file): a subscriptions table with no rows below its header (expected one row per subscription)"
      )
    }
    // Earlier versions of a subscription are no revenue: taken out before anything is read
    // from the rows, their ARR said once the as-of month is known (trial 25, T25-11).
    let superseded = SubscriptionVersions.takeOut(&subs, fileIndex: fileIndex, log: &log)
    var groups = StripeFacts.byCustomer(subs, fileIndex: fileIndex, log: &log)
    // A CRM's won services deals are one-time revenue over their terms, never subscriptions:
    // out of the accounts' rows, their revenue added as one-time cells below (trial 32, T32-32).
    var servicesDeals = [StripeSubscription]()
    for g in groups.indices where groups[g].subs.contains(where: { $0.servicesKind != nil }) {
      servicesDeals += groups[g].subs.filter { $0.servicesKind != nil }
      groups[g].subs.removeAll { $0.servicesKind != nil }
    }
    if !servicesDeals.isEmpty { groups.removeAll { $0.subs.isEmpty } }
    // The rows live on in their groups alone from here (a row array is hundreds of bytes a
    // row), and their flat list is sized once.
    _ = consume subs
    var all = [StripeSubscription]()
    all.reserveCapacity(groups.reduce(0) { $0 + $1.subs.count })
    for group in groups { all += group.subs }
    // The export's date, near enough: the latest current period start (a table of spells has
    // none: its latest start or end, ``SubscriptionTableAsOf``).
    // Stripe's `Ended At` and `Canceled At` are past by definition: the export is no older
    // (review 13, F18: an export of annual plans was measured months before its own latest
    // churn, which it missed).
    func dated(_ s: StripeSubscription) -> CivilDate? {
      guard isSubscriptionTable else {
        return [s.currentPeriodStart ?? s.start, s.endedAt, s.canceledAt].compactMap { $0 }.max()
      }
      return [s.start, s.endedAt].compactMap { $0 }.max()
    }
    let decided =
      isSubscriptionTable && options.asOf == nil
      ? SubscriptionTableAsOf.decide(all, file: file, log: &log) : nil
    guard
      let latest = decided?.month ?? all.compactMap(dated).map(\.month).max(),
      let earliest = all.compactMap({ $0.paidFrom ?? $0.start }).map(\.month).min()
    else {
      throw .data("\(file): no subscription with a start date")
    }
    let asOf = options.asOf ?? latest
    // A contract's per-year schedule: its price is the as-of month's contract year's (trial 48,
    // T48-32).
    for g in groups.indices {
      for i in groups[g].subs.indices where groups[g].subs[i].yearlyMRR != nil {
        groups[g].subs[i].mrr = groups[g].subs[i].mrr(in: asOf)
      }
    }
    if let note = SubscriptionVersions.note(
      superseded, asOf: asOf, file: file, currency: options.currency ?? log.currency)
    {
      log.notes.append(note)
    }
    if !isSubscriptionTable, options.asOf == nil,
      let periods = all.compactMap({ $0.currentPeriodStart ?? $0.start }).map(\.month).max(),
      latest > periods
    {
      log.notes.append(
        "\(file): the as-of month is \(latest), that of the latest Ended At or Canceled At (line "
          + "\(all.filter { dated($0)?.month == latest }.map(\.line).min()!)), later than every "
          + "Current Period Start (\(periods)): the export is no older than its latest end; pass "
          + "--as-of to measure another month")
    }
    guard asOf >= earliest else {
      throw .invalidArgument(
        "--as-of \(asOf) is before every subscription of \(file) (the first starts \(earliest))")
    }
    let earliestLine = all.filter { ($0.paidFrom ?? $0.start)?.month == earliest }.map(\.line)
      .min()!
    let latestLine =
      decided?.line ?? all.filter { dated($0)?.month == latest }.map(\.line).min()!
    try ImportedCompany.checkSpan(
      file: file, what: "subscription months", first: (min(earliest, asOf), earliestLine),
      last: options.asOf == nil ? (latest, latestLine) : (asOf, nil), dataLast: latest)
    if isSubscriptionTable {
      // A customer whose every row starts after the as-of month (`--as-of` before it) is no
      // customer yet: left out, its rows read and counted as used, and a note says so.
      let isLater = { (g: (customer: String, subs: [StripeSubscription])) in
        g.subs.allSatisfy { s in s.start.map { $0.month > asOf } ?? false }
      }
      let later = groups.filter(isLater)
      if let first = later.first {
        groups.removeAll(where: isLater)
        log.files[fileIndex].rowsUsed += later.map(\.subs.count).reduce(0, +)
        log.notes.append(
          "\(file): \(Counted.phrase(later.count, "customer")) start\(later.count == 1 ? "s" : "") "
            + "after the as-of month \(asOf) (\"\(first.customer)\" on line \(first.subs[0].line)): "
            + "not a customer yet at as-of, left out")
      }
    }
    // A table that gives no end at all: a status saying ended is the only evidence of one
    // (trial 28, T28-8).
    if isSubscriptionTable {
      SubscriptionStatusCheck.endByStatus(&groups, asOf: asOf)
      // A notice dated after the as-of month has not been given yet (review 51, R51-8).
      if let later = SubscriptionStatusCheck.dropLaterNotices(&groups, asOf: asOf) {
        log.notes.append(
          "\(file): \(Counted.phrase(later.count, "row")) \(later.count == 1 ? "gives" : "give") "
            + "a notice day after the as-of month \(asOf) (line \(later.line), \(later.day)): "
            + "notice not given yet at as-of, read as none")
      }
    }
    var accounts = [ImportedAccount]()
    var conflicts = [String]()
    // Set to cancel at a period's end the export does not give (trial 44, T44-21).
    var periodEndsRead = [(customer: String, line: Int, end: CivilDate)]()
    var termEnds = [SubscriptionTermEnd.Term]()
    var renewals = [(customer: String, sub: StripeSubscription, mrr: Int64)]()
    var pilotEnds = [(customer: String, line: Int, end: CivilDate)]()
    // Term ends read from a current period that starts after the as-of month (R40-11).
    var laterPeriods = [(customer: String, start: CivilDate, end: CivilDate)]()
    for (customer, group) in groups {
      var a = ImportedAccount(id: customer, source: (file, group[0].line))
      let primary = StripeFacts.primary(group)
      StripeFacts.apply(primary, to: &a, conflicts: &conflicts, asOf: asOf)
      if let end = Self.periodEndRead(primary, cancelDate: a.cancelDate) {
        periodEndsRead.append((customer, primary.line, end))
      }
      // A renewal: the subscription began before its current period.
      if let start = primary.currentPeriodStart, start.month > asOf,
        (primary.intervalMonths ?? 0) >= 12, primary.start.map({ $0 < start }) ?? false,
        let end = a.contractEndDate, end > start
      {
        laterPeriods.append((customer, start, end))
      }
      if isSubscriptionTable {
        a.startDate = group.compactMap(\.start).min()
        // A status saying a payment is overdue on a row billing at as-of: past due, as Stripe's
        // `past_due` (review 13, F39: the flag was dropped).
        if group.contains(where: {
          $0.isBilled(asOf) && SubscriptionStatusCheck.saysPastDue($0.statusText ?? "")
        }) {
          a.isPastDue = true
        }
        // A table's ended trial row is `paused`; a paid row after it converted the trial.
        if primary.status != .paused, primary.status != .trialing,
          let trialEnd = group.first(where: { $0.status == .paused })?.trialEnd
        {
          a.trialStatus = .converted
          a.trialEndDate = trialEnd
        }
        // A trial still running after the as-of month (its end later) is in trial at as-of,
        // whatever followed it.
        if let t = a.trialEndDate, t.month > asOf, a.trialStatus != .none {
          a.trialStatus = .active
        }
        // Every paid spell ended, the last after the as-of month's 1st: notice given (a
        // cancellation received, a future date or one inside the as-of month), as Stripe's
        // `Canceled At` gives it; unless it ends in or after the as-of month closing whole years
        // from the start of its contract (the run of back-to-back spells it ends: a mid-term
        // upgrade starts a spell, not a term), with no status saying it ended: a term's end.
        let paid = group.filter { $0.status == .active || $0.status == .canceled }
        if !paid.isEmpty, paid.allSatisfy({ $0.endedAt != nil }),
          let last = paid.compactMap(\.endedAt).max(), last > CivilDate.firstDay(of: asOf)
        {
          // An end inside the as-of month (after its 1st) closing whole years is a term's end
          // too: a one-year contract ending 2026-09-30, read as of 2026-09, is up for renewal,
          // not notice given (eleventh session's trial: Rishika73's contracts, `active`).
          let s = paid.first(where: { $0.endedAt == last })!
          if last.month >= asOf, s.statusSaysRunning != false,
            !SubscriptionStatusCheck.saysNotice(s.statusText ?? ""), !s.isNoticeByColumn,
            let (start, years, lastDay) = SubscriptionTermEnd.term(ending: s, among: paid)
          {
            a.contractEndDate = lastDay
            a.inferred.insert(.contractEndDate)
            // The end closes whole years of its contract: the contract is annual or
            // multi-year from that contract's start, as a deal's total over whole years makes
            // it (trial 32, T32-27: a contracts list read as "the ends of contract terms"
            // counted $0 committed; T32-26: a co-termed upsell, 6 months to its base deal's
            // end, made the account's contract type unknown). A type a file gives stands.
            if a.contractType == nil {
              a.contractType = years == 1 ? .annual : .multiYear
              a.inferred.insert(.contractType)
              a.inferredFrom = a.inferredFrom.map { max($0, start.month) } ?? start.month
            }
            termEnds.append(
              .init(customer: customer, line: s.line, start: start, end: last, years: years))
          } else if s.contractType == .pilot, s.statusSaysRunning != false,
            !SubscriptionStatusCheck.saysNotice(s.statusText ?? ""), !s.isNoticeByColumn
          {
            // A pilot's end (its row's contract type says pilot) is the pilot's term ending,
            // never notice given, unless a status or cancellation column says so (trial 34,
            // T34-4: a CRM's pilot deals read as "cancellation notice given", at-risk).
            a.contractEndDate = last
            pilotEnds.append((customer, s.line, last))
          } else if s.statusSaysRunning == true,
            !SubscriptionStatusCheck.saysNotice(s.statusText ?? ""), !s.isNoticeByColumn,
            last <= CivilDate.lastDay(of: asOf.adding(months: 1))
          {
            // Its status says it runs and it ends by the end of the month after the as-of
            // month: the end is its current period's (the next renewal, as billing databases
            // write it), not notice given (review 13, F21: every `active` monthly row became
            // "cancellation notice given"). A later end on a running row is notice, as before.
            renewals.append((customer, s, s.listMRR ?? s.mrr ?? 0))
          } else {
            a.cancelDate = last
          }
        }
        // Rows billed a year or more ahead are committed until their paid year ends (session
        // 18, import5 lane; trial 18a, R1 and W2).
        SubscriptionPaidAhead.apply(group, to: &a, asOf: asOf)
        // A cadence or contract type that changed holds from its change only (trial 20, N1).
        SubscriptionTermChange.apply(group, to: &a, asOf: asOf)
      }
      if let months = primary.intervalMonths, months >= 12, a.contractType == nil {
        a.contractType = months == 12 ? .annual : .multiYear
        a.inferred.insert(.contractType)
        a.apply(BillingsSpreader.rule(forRhythm: months))
        // The term holds from the subscription's start, the span over which its current price
        // and interval are carried back as its revenue and cadence (session 15, report). From
        // the current period only, every running annual subscription's term was unknown a year
        // ago while the ones that ended in the year kept theirs: the year-ago base read 97%
        // "not annual" against 63% today, and the backtest's contract signal marked churners
        // alone as annual (AUC 0.43). The interval is a snapshot fact: a subscription that
        // changed it is unknowable here, as its price history is (`no_price_history`).
        a.inferredFrom = (primary.start ?? primary.currentPeriodStart)?.month
      }
      if a.contractType == nil, let years = primary.termYearsOfTotal {
        a.contractType = years == 1 ? .annual : .multiYear
        a.inferred.insert(.contractType)
        // Known from the deal's start, as an interval's term is: a view before it had none
        // (session 22, review lane: it carried the term back over every month).
        if let from = (primary.paidFrom ?? primary.start)?.month {
          a.inferredFrom = a.inferredFrom.map { max($0, from) } ?? from
        }
      }
      a.billingMix = BillingMix.shares(group, asOf: asOf)
      accounts.append(a)
      log.files[fileIndex].rowsUsed += group.count
    }
    if !termEnds.isEmpty {
      log.findings.append(SubscriptionTermEnd.finding(termEnds, file: file, asOf: asOf))
    }
    if let note = laterPeriodNote(laterPeriods, file: file, asOf: asOf) {
      log.notes.append(note)
    }
    if let note = Self.periodEndNote(periodEndsRead, file: file, asOf: asOf) {
      log.notes.append(note)
    }
    if let first = renewals.first {
      let n = renewals.count
      let mrr = renewals.reduce(Int64(0)) { Money.saturatingSum($0, $1.mrr) }
      let arr = Money.saturatingProduct(mrr, times: 12)
      log.findings.append(
        "\(file): \(n == 1 ? "1 customer's" : "\(CountText.grouped(n)) customers'") last subscription "
          + "end\(n == 1 ? "s" : "") after the 1st of \(asOf) while its status says it runs "
          + "(\"\(first.sub.statusText ?? "")\", \"\(first.customer)\" on line \(first.sub.line), "
          + "end \(first.sub.endedAt!)): read as the current period's end (the next renewal), "
          + "not notice given; if notice was given, \(Money.text(cents: arr, currency: log.currency)) "
          + "of ARR leaves by those ends")
    }
    if let first = pilotEnds.first {
      let n = pilotEnds.count
      log.notes.append(
        "\(file): \(Counted.phrase(n, "pilot")) (a contract type saying pilot) end\(n == 1 ? "s" : "") "
          + "after the 1st of \(asOf) (\"\(first.customer)\" on line \(first.line), end "
          + "\(first.end)): read as the pilot's end, not notice given; pilots are outside "
          + "recurring ARR")
    }
    // A customer with services deals alone is an account of one-time revenue.
    var servicesOnly = Set(servicesDeals.map(\.customer)).subtracting(accounts.map(\.id))
    for s in servicesDeals where servicesOnly.remove(s.customer) != nil {
      accounts.append(ImportedAccount(id: s.customer, source: (file, s.line)))
    }
    log.files[fileIndex].rowsUsed += servicesDeals.count
    for list in lists {
      CustomerList.join(
        list.accounts, into: &accounts, fileIndex: list.index, asOf: asOf, log: &log)
    }
    var company = ImportedCompany(
      accounts: accounts, firstMonth: min(earliest, asOf), asOf: asOf, log: log)
    let n = company.monthCount
    var switches = 0
    // As-of MRR with every price as written, before a table's discounts (`discount_pct`).
    var listTotal: Int64 = 0
    var lists = [Int64]()
    for (a, group) in groups.enumerated() {
      var list: Int64 = 0
      for s in group.subs {
        // A table's plan change (one spell ends in the month another of the customer starts)
        // bills that month once, at the new spell's price: the ended spell keeps its end's
        // month only when no other spell takes over in it (a real cancellation).
        let handedOver = isSubscriptionTable ? switchMonth(s, among: group.subs) : nil
        if handedOver != nil { switches += 1 }
        // A table's row paused at as-of pays nothing in the as-of month (the table gives no
        // pause date, so the months before are billed by the dates; session 28, t28a lane).
        // So is a Stripe subscription whose collection is paused at as-of (trial 41, T41-10).
        let isPaused =
          isSubscriptionTable
          ? SubscriptionStatusCheck.isPaused(s, at: asOf)
          : StripePauseAndCoupon.isCollectionPaused(s, at: asOf)
        for m in 0..<n where s.isBilled(company.firstMonth.adding(months: m)) {
          if company.firstMonth.adding(months: m) == handedOver { continue }
          if isPaused && m == n - 1 { continue }
          let month = company.firstMonth.adding(months: m)
          let billed = s.yearlyMRR == nil ? s.mrr! : s.mrr(in: month)!
          company.log.tieOut.add(billed, to: \.sourceCents)
          LedgerImporter.add(billed, to: &company.mrr[company.cell(a, m)], tie: &company.log.tieOut)
          if m == n - 1 {
            LedgerImporter.add(s.listMRR ?? s.mrr!, to: &list, tie: &company.log.tieOut)
          }
        }
      }
      lists.append(list)
      LedgerImporter.add(list, to: &listTotal, tie: &company.log.tieOut)
    }
    if !servicesDeals.isEmpty {
      addServices(servicesDeals, file: file, into: &company)
    }
    // The as-of MRR, and the ARR the discounts take off, must fit too: the prices as written
    // (before a discount) can exceed what the tie-out adds up.
    var asOfMRR: Int64 = 0
    for a in company.accounts.indices {
      LedgerImporter.add(
        company.mrr[company.cell(a, n - 1)], to: &asOfMRR, tie: &company.log.tieOut)
    }
    let (gap, isGapTooLarge) = listTotal.subtractingReportingOverflow(asOfMRR)
    if isGapTooLarge || gap.multipliedReportingOverflow(by: 12).overflow {
      company.log.tieOut.hasOverflowed = true
    }
    // Discounted prices are one reading, the prices as written the other; a status column
    // that contradicts the dates another: each priced as a range.
    let role = SubscriptionTableReader.Role.status.rawValue + ": "
    let shifts =
      isSubscriptionTable
      ? SubscriptionStatusCheck.check(
        groups, asOf: asOf, file: file,
        header: log.files[fileIndex].recognisedColumns.first { $0.hasPrefix(role) }
          .map { String($0.dropFirst(role.count)) } ?? "status",
        currency: company.log.currency, log: &company.log)
      : []
    // Stripe's paused collection and coupons of unknown terms (trial 41, T41-10, T41-12).
    let collection =
      isSubscriptionTable
      ? (resume: [Int64](), coupon: [Int64]())
      : StripePauseAndCoupon.check(
        groups, asOf: asOf, file: file,
        headers: Dictionary(
          uniqueKeysWithValues: [StripeSubscriptionsReader.Role.pauseBehavior, .coupon]
            .compactMap { role in
              log.files[fileIndex].recognisedColumns.first { $0.hasPrefix(role.rawValue + ": ") }
                .map { (role, String($0.dropFirst(role.rawValue.count + 2))) }
            }),
        currency: company.log.currency, log: &company.log)
    // A status shift that saturated (prices as written too large to add up) is refused.
    if shifts.contains(where: { $0.up == .max || $0.down == .max }) {
      company.log.tieOut.hasOverflowed = true
    }
    // A live Stripe subscription whose Cancel At passed before the export's last month: read
    // as ended then, still running the high end (session 16, import lane).
    let cancelAt =
      isSubscriptionTable
      ? StripeCancelAtCheck.Result(extra: [Int64](repeating: 0, count: groups.count))
      : StripeCancelAtCheck.check(groups, asOf: asOf, cutoff: latest)
    if cancelAt.total == .max { company.log.tieOut.hasOverflowed = true }
    // A paid row running beside a later one: an add-on (added up) or an upgrade whose old row
    // was not ended (the later alone), the low end.
    var stacked = (count: 0, total: Int64(0), first: (customer: "", line: 0, later: 0))
    // Quantities above 1: if the prices are per unit, each such row bills (quantity − 1) × its
    // price more (review 13, F34: `quantity` was ignored without a word, where the Stripe export
    // multiplies by it).
    var perUnit = (rows: 0, extra: Int64(0), first: (customer: "", line: 0, quantity: Int64(0)))
    var extras = [Int64](repeating: 0, count: groups.count)
    // Quantities above 1 multiplied into a price whose name cannot tell (`price`,
    // `monthly_price` beside `seats`): read per unit, the price as written the low end
    // (session 28, t28c lane; trial 28, T28-1).
    var guessed = (rows: 0, less: Int64(0), first: (customer: "", line: 0, quantity: Int64(0)))
    var lesser = [Int64](repeating: 0, count: groups.count)
    for (a, group) in groups.enumerated() {
      for s in group.subs where s.isQuantityMultiplied {
        guard let q = s.tableQuantity, q > 1, let mrr = s.mrr else { continue }
        if guessed.rows == 0 { guessed.first = (group.customer, s.line, q) }
        guessed.rows += 1
        guard s.isBilled(asOf) else { continue }
        let less = mrr - ServicePeriod.proportion(mrr, 1, q)
        lesser[a] = Money.saturatingSum(lesser[a], less)
        guessed.less = Money.saturatingSum(guessed.less, less)
      }
      for s in group.subs where !s.isQuantityMultiplied {
        guard let q = s.tableQuantity, q > 1, let mrr = s.mrr else { continue }
        if perUnit.rows == 0 { perUnit.first = (group.customer, s.line, q) }
        perUnit.rows += 1
        guard s.isBilled(asOf) else { continue }
        let more = Money.saturatingProduct(mrr, times: q - 1)
        extras[a] = Money.saturatingSum(extras[a], more)
        perUnit.extra = Money.saturatingSum(perUnit.extra, more)
      }
    }
    if perUnit.extra == .max || guessed.less == .max { company.log.tieOut.hasOverflowed = true }
    // An auto-renewing contract ended with no later row: churned, and renewed at its last
    // MRR the high end (trial 32, T32-30).
    var renewed = [Int64](repeating: 0, count: groups.count)
    var lapsed = (count: 0, mrr: Int64(0), first: (customer: "", line: 0, end: CivilDate?.none))
    if isSubscriptionTable {
      for (a, group) in groups.enumerated() {
        guard let s = SubscriptionAutoRenew.lapsed(group.subs, asOf: asOf), let mrr = s.mrr,
          mrr > 0
        else { continue }
        if lapsed.count == 0 { lapsed.first = (group.customer, s.line, s.endedAt) }
        lapsed.count += 1
        renewed[a] = mrr
        LedgerImporter.add(mrr, to: &lapsed.mrr, tie: &company.log.tieOut)
      }
    }
    if lapsed.count > 0, let end = lapsed.first.end {
      let header =
        company.log.files[fileIndex].recognisedColumns
        .first { $0.hasPrefix("auto_renew: ") }.map { String($0.dropFirst(12)) } ?? "auto-renew"
      let arr = Money.saturatingProduct(lapsed.mrr, times: 12)
      company.log.addFinding(
        SubscriptionAutoRenew.finding(
          count: lapsed.count, first: (lapsed.first.customer, lapsed.first.line, end),
          arrCents: arr, header: header, file: file, currency: company.log.currency),
        arrCents: arr)
    }
    for a in groups.indices {
      let last = company.mrr[company.cell(a, n - 1)]
      let shift = shifts.indices.contains(a) ? shifts[a] : (up: 0, down: 0)
      var high = lists[a]
      LedgerImporter.add(shift.up, to: &high, tie: &company.log.tieOut)
      LedgerImporter.add(extras[a], to: &high, tie: &company.log.tieOut)
      LedgerImporter.add(cancelAt.extra[a], to: &high, tie: &company.log.tieOut)
      LedgerImporter.add(renewed[a], to: &high, tie: &company.log.tieOut)
      let resume = collection.resume.indices.contains(a) ? collection.resume[a] : 0
      let coupon = collection.coupon.indices.contains(a) ? collection.coupon[a] : 0
      LedgerImporter.add(resume, to: &high, tie: &company.log.tieOut)
      var earlier: Int64 = 0
      if isSubscriptionTable, let e = SubscriptionStacking.earlier(groups[a].subs, asOf: asOf) {
        earlier = e.cents
        if stacked.count == 0 { stacked.first = (groups[a].customer, e.line, e.later) }
        stacked.count += 1
        LedgerImporter.add(e.cents, to: &stacked.total, tie: &company.log.tieOut)
      }
      // Rows repeating an earlier one but for an id: the low end reads each as written twice
      // (``SubscriptionTableRepeats``; trial 20, E2).
      let repeats =
        isSubscriptionTable ? SubscriptionTableRepeats.mrr(groups[a].subs, asOf: asOf) : 0
      let range = (
        low: max(0, last - shift.down - earlier - repeats - lesser[a] - coupon), high: high
      )
      if range.low != last || range.high != last { company.accounts[a].ambiguousMRR = range }
      // Its cause, for what the headline's range rests on (P3); the rest of the range (statuses,
      // quantities, Cancel At) is priced as the account's other readings.
      var shares = [AmbiguityShare]()
      if earlier > 0 { shares.append(AmbiguityShare(cause: .stackedRows, low: -earlier, high: 0)) }
      if repeats > 0 {
        shares.append(AmbiguityShare(cause: .repeatedRows, low: -repeats, high: 0))
      }
      if resume > 0 {
        shares.append(AmbiguityShare(cause: .pausedCollection, low: 0, high: resume))
      }
      if coupon > 0 { shares.append(AmbiguityShare(cause: .couponTerms, low: -coupon, high: 0)) }
      if !shares.isEmpty { company.accounts[a].ambiguityShares = shares }
    }
    if company.log.tieOut.hasOverflowed {
      throw .data("\(file): the amounts are too large to add up")
    }
    if stacked.count > 0 {
      company.log.findings.append(
        SubscriptionStacking.finding(
          count: stacked.count, customer: stacked.first.customer, line: stacked.first.line,
          later: stacked.first.later, total: stacked.total, file: file,
          currency: company.log.currency))
    }
    if let finding = StripeCancelAtCheck.finding(
      cancelAt, file: file, asOf: asOf, currency: company.log.currency)
    {
      company.log.findings.append(finding)
    }
    if let finding = discountFinding(
      all, file: file, column: log.files[fileIndex].recognisedColumns, asOf: asOf,
      mrr: asOfMRR, listMRR: listTotal, currency: company.log.currency)
    {
      company.log.findings.append(finding)
    }
    if perUnit.rows > 0 {
      let (f, currency) = (perUnit.first, company.log.currency)
      var high = asOfMRR
      LedgerImporter.add(perUnit.extra, to: &high, tie: &company.log.tieOut)
      company.log.findings.append(
        "\(file): \(Counted.phrase(perUnit.rows, "row", verb: ("has", "have"))) a quantity above 1 "
          + "(\(f.quantity) on line \(f.line), \"\(f.customer)\"): prices are read as written, per "
          + "subscription, so MRR in \(asOf) is \(Money.text(cents: asOfMRR, currency: currency)); if "
          + "they are per unit (as Stripe's export multiplies them), MRR is "
          + "\(Money.text(cents: high, currency: currency)) and ARR "
          + "\(Money.text(cents: Money.saturatingProduct(perUnit.extra, times: 12), currency: currency)) "
          + "higher: headline ARR is given as that range")
    }
    if guessed.rows > 0 {
      let (f, currency) = (guessed.first, company.log.currency)
      let quantityHeader =
        log.files[fileIndex].recognisedColumns.first {
          $0.hasPrefix("quantity: ")
        }.map { String($0.dropFirst("quantity: ".count)) } ?? "quantity"
      company.log.findings.append(
        "\(file): \(Counted.phrase(guessed.rows, "row", verb: ("has", "have"))) a quantity above 1 "
          + "(\(f.quantity) on line \(f.line), \"\(f.customer)\"): each price is read per unit, "
          + "multiplied by its \"\(quantityHeader)\" (as Stripe's export multiplies its Amount by "
          + "its Quantity), so MRR in \(asOf) is \(Money.text(cents: asOfMRR, currency: currency)); "
          + "if the prices are per subscription, the quantity already in them, MRR is "
          + "\(Money.text(cents: asOfMRR - guessed.less, currency: currency)) and ARR "
          + "\(Money.text(cents: Money.saturatingProduct(guessed.less, times: 12), currency: currency)) "
          + "lower: headline ARR is given as that range")
    }
    if switches > 0 {
      company.log.notes.append(
        "\(file): \(switches) spell\(switches == 1 ? "" : "s") end\(switches == 1 ? "s" : "") in "
          + "the month another spell of the customer starts (a plan change): that month bills "
          + "the new spell's price only, not both")
    }
    // A blank Amount (metered or tiered prices): revenue unknown, not 0 (review 13, F31).
    let unpriced = all.filter {
      $0.isPriceUnknown && [.active, .pastDue, .unpaid, .canceled].contains($0.status)
    }
    if let first = unpriced.first, !isSubscriptionTable {
      company.log.findings.append(
        "\(file): \(Counted.phrase(unpriced.count, "subscription", verb: ("has", "have"))) no "
          + "monthly Amount (\"\(first.customer)\" on line \(first.line); Stripe leaves it blank "
          + "for metered and tiered prices, or gives a price per unit such as 0.002): read as 0, "
          + "so their revenue is unknown and missing from every figure; import the invoice line "
          + "items export beside it for what they billed")
    }
    let paused = all.filter { $0.status == .paused }.count
    if paused > 0 && !isSubscriptionTable {
      company.log.notes.append(
        "\(file): \(paused) paused subscription\(paused == 1 ? "" : "s") (a trial ended without "
          + "a payment method): no revenue, trial expired")
    }
    // Every subscription has a fixed price: a total that moves is subscriptions starting and
    // ending, never usage (session 18, import5 lane; trial 18a, R2).
    ContractInference.inferFromShape(&company, isPriced: { _ in true })
    log = company.log
    return company
  }

  /// The finding for a subscriptions table's discount column, when some row has a discount:
  /// how many rows, how each price was read (less its discount), and the as-of MRR both ways.
  /// `column` is the file's recognised columns (`role: header`).
  static func discountFinding(
    _ subs: [StripeSubscription], file: String, column: [String], asOf: Month, mrr: Int64,
    listMRR: Int64, currency: String?
  ) -> String? {
    let discounted = subs.filter { $0.discount > 0 }
    guard let first = discounted.min(by: { $0.line < $1.line }) else { return nil }
    let role = SubscriptionTableReader.Role.discount.rawValue + ": "
    let header = column.first { $0.hasPrefix(role) }.map { String($0.dropFirst(role.count)) }
    func percent(_ d: Int64) -> String {
      let fraction = d % 100
      return "\(d / 100)"
        + (fraction == 0 ? "" : fraction % 10 == 0 ? ".\(fraction / 10)" : ".\(fraction)") + "%"
    }
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    let n = discounted.count
    let isSmall = discounted.allSatisfy { $0.discount <= 100 }
    return
      "\(file): \"\(header ?? "discount")\" gives a discount on \(CountText.grouped(n)) of \(CountText.grouped(subs.count)) "
      + "row\(subs.count == 1 ? "" : "s") (\(percent(first.discount)) on line \(first.line)): each "
      + "price is read less its discount, as a list price, so MRR in \(asOf) is \(money(mrr)); if "
      + "the prices are already net of it, MRR is \(money(listMRR)) and ARR "
      + "\(money((listMRR - mrr) * 12)) higher: headline ARR is given as that range"
      + (isSmall
        ? " (every discount is at most 1%: if the column holds fractions, 0.2 for 20%, write "
          + "them as percents)" : "")
  }

  /// The month `s` hands over to another spell of its customer: its end's month, when it ends
  /// after that month's 1st (so it would bill it) and another paid spell, running on the
  /// month's last day, starts billing in that month on or after `s`'s start; `nil` otherwise.
  static func switchMonth(_ s: StripeSubscription, among spells: [StripeSubscription]) -> Month? {
    guard let end = s.endedAt, CivilDate.firstDay(of: end.month) < end, s.isBilled(end.month)
    else { return nil }
    let m = end.month
    let isTakenOver = spells.contains { o in
      guard o.line != s.line, let from = o.paidFrom, from.month == m, o.isBilled(m),
        (o.endedAt?.month).map({ $0 > m }) ?? true
      else { return false }
      return s.start.map { from >= $0 } ?? true
    }
    return isTakenOver ? m : nil
  }
}

extension StripeSubscriptionImporter {
  /// The end read for `primary`, a live subscription set to cancel at period end with no
  /// period end in the export, whose account's cancel date became `cancelDate`
  /// (``StripeFacts/periodEnd(of:after:)``); `nil` otherwise.
  static func periodEndRead(_ primary: StripeSubscription, cancelDate: CivilDate?) -> CivilDate? {
    guard primary.cancelAtPeriodEnd, primary.currentPeriodEnd == nil,
      [.active, .pastDue, .unpaid, .trialing].contains(primary.status)
    else { return nil }
    return cancelDate
  }

  /// The note on the ends read for live subscriptions set to cancel at period end with no
  /// period end in the export (``periodEndRead(_:cancelDate:)``), `nil` for none: written by
  /// this importer and by the join of a subscriptions export to invoice lines (review 45b, Z-17).
  static func periodEndNote(
    _ read: [(customer: String, line: Int, end: CivilDate)], file: String, asOf: Month
  ) -> String? {
    guard let first = read.first else { return nil }
    let n = read.count
    return
      "\(file): \(Counted.phrase(n, "live subscription")) \(n == 1 ? "is" : "are") set to cancel "
      + "at period end (\"Cancel At Period End\" true) with no period end in the export "
      + "(\"\(first.customer)\" on line \(first.line)): read as notice given, leaving at the "
      + "end of the period running past \(asOf), counted from the start in whole intervals "
      + "(\"\(first.customer)\": \(first.end))"
  }
}
