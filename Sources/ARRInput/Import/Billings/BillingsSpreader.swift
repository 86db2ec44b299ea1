import ARRCore

/// Turns billed amounts (a billings cube) into monthly revenue (`docs/import.md`, "Billings").
///
/// Per account: find the billing rhythm (``BillingRhythm``); spread each rhythm invoice evenly
/// over its service period (every month the same amount rounded to the cent, the rounding
/// residual to the tie-out); an off-cycle invoice is a co-termed add-on spread to the period's
/// end when the next renewal steps up to match (``addOnStepShare``), one-time revenue when it
/// does not, and decided by the company's confirmed cases when no renewal is visible yet;
/// credits reduce revenue but never drive a month below zero. Accounts without a rhythm (single
/// payments) are decided by size: the rhythm whose typical invoice (the segment's, else the
/// company's, median invoice of accounts on that rhythm) is nearest in ratio. Spreads past the
/// as-of month are deferred. Every ambiguous choice is priced in ``ImportedAccount/ambiguousMRR``.
enum BillingsSpreader {
  /// Without term accounts to compare with, a single payment at least this many times the
  /// segment's median monthly invoice is a term payment (a quarterly invoice is 3×, an annual 12×).
  static let termSizeFactor = 2.5
  /// An off-cycle invoice is a confirmed add-on when the next renewal rises by at least this
  /// share of the add-on's amount scaled to a whole period (amount × rhythm ÷ months left).
  static let addOnStepShare = 0.5
  /// Segments with fewer monthly-rhythm accounts than this use the company-wide median.
  static let minimumSegmentAccounts = 5
  /// Company-wide typical invoices need at least this many accounts.
  static let minimumCompanyAccounts = 3

  /// The months from `month`'s first day to the day after `end`, rounded (at least 1), when
  /// `end` is given and not before that day; else `nil`. A payment billed in `month` for a
  /// contract ending on `end` pays for that many months (2026-08 to 2026-11-14: 3; 2026-09 to
  /// 2026-11-29: 3).
  static func monthsToEnd(from month: Month, end: CivilDate?) -> Int? {
    guard let end else { return nil }
    let first = CivilDate.firstDay(of: month)
    guard end >= first else { return nil }
    let days = Double(end.daysSinceEpoch + 1 - first.daysSinceEpoch)
    return max(1, Int((days / 30.436875).rounded()))
  }

  /// Spreads `cells` (signed billed cents per account × month of `company`) into `company`.
  /// - Complexity: O(accounts × months × rhythms).
  /// - Parameter infersShape: Whether to infer contract types from the spread revenue's shape
  ///   at the end (a ledger spreads only part of its lines here and infers on the whole).
  /// - Parameter charges: The positive billed cents alone, per cell, when `cells` nets credits
  ///   against charges of the same month (a ledger's lines): the rhythm is found on them, so a
  ///   refunded month is no gap, and spread as `cells` nets it.
  /// - Parameter monthlySaysCadence: Whether an invoice every month (or a single payment read
  ///   as a month's) says the account is billed monthly. A cube read as invoices by `--values
  ///   auto` on its negative cells alone does not, unless some account's invoices show a rhythm
  ///   of 3 months or more: the same cells read as MRR say nothing of billing, so a monthly
  ///   rhythm leaves the cadence unknown (session 35, H35-5).
  /// - Parameter isMRROnly: Whether only the spread revenue is wanted (a guessed cube's other
  ///   reading, ``CubeImporter``): the accounts are left as given, not rewritten with the
  ///   terms, ranges and rules the spread finds, which no figure of that reading uses (session
  ///   46, lead: rewriting and then dropping 100,000 accounts was a tenth of the reading).
  static func spread(
    _ cells: [Int64], charges: [Int64]? = nil, into company: inout ImportedCompany,
    infersShape: Bool = true, monthlySaysCadence: Bool = true, isMRROnly: Bool = false
  ) {
    let n = company.monthCount
    let count = company.accounts.count
    // A month whose credits exceed its invoice, between paying months or at the as-of month,
    // keeps its invoice (a charge the rhythm sees); its credit alone is left for the credits
    // rules (``CreditsAboveInvoice``; trial 25, T25-1: read as no invoice, a leaver).
    let kept = CreditsAboveInvoice.kept(cells, charges: charges, months: n)
    var charges = charges
    var credits = cells
    if !kept.isEmpty {
      var withKept = charges ?? cells.map { max(0, $0) }
      for (i, amount) in kept {
        withKept[i] = amount
        credits[i] = cells[i] &- amount
      }
      charges = withKept
      if let note = CreditsAboveInvoice.note(kept, months: n, company: company) {
        company.log.notes.append(note)
      }
    }
    var positive = [Int64](repeating: 0, count: n)
    // A monthly payer's paid months, sorted (one buffer for all).
    var paid = [Int64]()
    // Pass 1: rhythms and the company's evidence.
    var monthlyMedians = [String: [Int64]]()
    var allMonthly = [Int64]()
    var longRhythms = [Int: Int]()
    var termInvoices = [(segment: String, rhythm: Int, median: Int64)]()
    var confirmedAddOns = 0
    var confirmedFees = 0
    // Accounts whose given cadence (a file's billing column) the invoices contradict, with the
    // rhythm the invoices show (review 13, F32), and what each reading gives at the as-of month.
    var contradicted = [Int: BillingRhythm]()
    var contradictions = [
      (id: String, cadence: BillingCadence, rhythm: BillingRhythm, given: Int64, shown: Int64)
    ]()
    // Accounts with at least one confirmed add-on or one-time invoice: the import rules table
    // counts accounts, so the note gives both counts.
    var addOnAccounts = 0
    var feeAccounts = 0
    let found = accountRhythms(
      cells, charges: charges, kept: kept, accounts: company.accounts, months: n)
    for a in 0..<count {
      if let free = found[a].contradicted { contradicted[a] = free }
      guard let r = found[a].rhythm else { continue }
      if r.months == 1 {
        paid.removeAll(keepingCapacity: true)
        for m in 0..<n {
          let v = charges?[a * n + m] ?? max(0, cells[a * n + m])
          if v > 0 { paid.append(v) }
        }
        paid.sort()
        let median = paid[paid.count / 2]
        monthlyMedians[company.accounts[a].segment ?? "", default: []].append(median)
        allMonthly.append(median)
      } else {
        longRhythms[r.months, default: 0] += 1
        // The chains at the account's rhythm now (after a change, not the earlier ones).
        let amounts = r.chains[(r.change?.chain ?? 0)...].flatMap { $0 }.map(\.amount).sorted()
        termInvoices.append(
          (company.accounts[a].segment ?? "", r.months, amounts[amounts.count / 2]))
      }
      var (hasAddOn, hasFee) = (false, false)
      for off in r.offCycle {
        let around = anchors(around: off, in: r)
        guard let anchor = around.anchor, let next = around.next else { continue }
        if isConfirmedAddOn(off, anchor: anchor, next: next, rhythm: r.spacing(off.chain)) {
          confirmedAddOns += 1
          hasAddOn = true
        } else {
          confirmedFees += 1
          hasFee = true
        }
      }
      if hasAddOn { addOnAccounts += 1 }
      if hasFee { feeAccounts += 1 }
    }
    // A rhythm of 3 months or more anywhere in the file says its cells are invoices: its
    // monthly payers are billed monthly.
    let monthlySaysCadence = monthlySaysCadence || !longRhythms.isEmpty
    let companyMedian = median(allMonthly)
    let segmentMedian = monthlyMedians.mapValues {
      $0.count >= minimumSegmentAccounts ? median($0) : nil
    }
    let dominant =
      longRhythms.max { x, y in x.value != y.value ? x.value < y.value : x.key > y.key }?.key ?? 12
    let unconfirmedIsAddOn = confirmedAddOns > confirmedFees
    // With no monthly payer and too few term accounts for a typical term invoice, a single
    // payment is sized against the term accounts' own monthly price (each one's typical invoice
    // ÷ its rhythm): their rhythms and a year (trial 51, T51-15: a 60,000 payment beside one
    // quarterly payer of 15,000 was spread over that quarter, "the longest rhythm", and its
    // customer reported as a concentrated churn).
    let termMonthly = median(termInvoices.map { $0.median / Int64($0.rhythm) })
    let termRhythms = Set(termInvoices.map(\.rhythm)).union([12]).sorted()
    // Typical invoice per long rhythm, per segment (at least `minimumSegmentAccounts` accounts)
    // and company-wide (at least `minimumCompanyAccounts`).
    var segmentTerm = [Int: [String: Int64]]()
    var companyTerm = [Int: Int64]()
    for (r, list) in Dictionary(grouping: termInvoices, by: \.rhythm) {
      if list.count >= minimumCompanyAccounts { companyTerm[r] = median(list.map(\.median)) }
      for (segment, group) in Dictionary(grouping: list, by: \.segment)
      where group.count >= minimumSegmentAccounts {
        segmentTerm[r, default: [:]][segment] = median(group.map(\.median))
      }
    }
    var spreader = Spreader(months: n, asOf: n - 1)
    var maxRhythm = 1
    // Accounts whose short rhythm rests on one gap between two invoices.
    var oneGap = [String]()
    // Of them, those whose two readings differ at the as-of month: the ones the choices table
    // counts (an account not paying then reads $0 either way).
    var oneGapRanged = 0
    // Accounts whose rhythm changes: the first's id, month and spacings, and the as-of MRR of
    // all of them as read and at one rhythm throughout.
    var changes = 0
    var changeExample: (id: String, month: Month, earlier: Int, later: Int)?
    var changeAsOf: (read: Int64, single: Int64) = (0, 0)
    // Accounts with a change before their latest one: how many, and the first's id and its
    // first change.
    var earlierChanges = 0
    var earlierExample: (id: String, month: Month, from: Int, to: Int)?
    // Monthly spikes read as an annual component: accounts, the first's id and month.
    var annualSpikes = 0
    var annualSpikeExample: (id: String, month: Month, amount: Int64)?
    // Their annual fees' share of the as-of month's MRR (0 read as one-time).
    var annualSpikeAsOf: Int64 = 0
    // Monthly excesses every 3 months read as quarterly usage or fees: accounts, the first's
    // id, month and amount, and their share of the as-of month's MRR (trial 34, T34-7).
    var quarterlySpikes = 0
    var quarterlySpikeExample: (id: String, month: Month, amount: Int64)?
    var quarterlySpikeAsOf: Int64 = 0
    // One-time excesses whose year is not over at the as-of month (an annual fee's renewal could
    // not be seen yet): accounts, the first's id, month and amount, and their share of the
    // as-of month's MRR read as annual fees.
    var youngSpikes = 0
    var youngSpikeExample: (id: String, month: Month, amount: Int64)?
    var youngSpikeAsOf: Int64 = 0
    // Accounts of single payments with a smaller one inside a term-sized one's term, and the
    // first's id, the smaller payment's month and amount, and the term's month, length and
    // amount.
    var inTerm = 0
    var inTermExample:
      (id: String, month: Month, amount: Int64, from: Month, months: Int, term: Int64)?
    // Single payments whose term a given contract end bounds (trial 34, T34-3), and the first's
    // id, month, months to the end and the term its size gave.
    var endBounded = 0
    var endBoundedExample: (id: String, month: Month, months: Int, guessed: Int)?
    // Accounts invoiced every month whose cadence is left unknown (`monthlySaysCadence` false),
    // and the first's id.
    var monthlyUnsaid = 0
    var monthlyUnsaidExample: String?
    // Accounts whose as-of MRR is above their billed pace (``billedPace(_:asOf:)``).
    var abovePace = [(id: String, mrr: Int64, pace: Int64)]()
    // Pass 2: spread. The account's row of billed cents, net of credits (one buffer for all).
    var row = [Int64](repeating: 0, count: n)
    for a in 0..<count {
      spreader.reset()
      var account = company.accounts[a]
      for m in 0..<n { row[m] = credits[a * n + m] }
      let typical = (account.segment.flatMap { segmentMedian[$0] ?? nil }) ?? companyMedian
      // The typical invoice of each rhythm a single payment could follow: monthly, and every
      // long rhythm some accounts follow (or, without such accounts, 3 and 12 × the typical
      // monthly invoice). The payment follows the nearest, in ratio.
      var typicalBy = [(rhythm: Int, amount: Int64)]()
      if let typical, typical > 0 { typicalBy.append((1, typical)) }
      for r in BillingRhythm.candidates where r > 1 {
        if let t = account.segment.flatMap({ segmentTerm[r]?[$0] }) ?? companyTerm[r] {
          typicalBy.append((r, t))
        } else if r == 3 || r == 12, let typical, typical > 0 {
          // Saturated: only compared by ratio (a price of 10^18 cents trapped here).
          let (t, o) = typical.multipliedReportingOverflow(by: Int64(r))
          typicalBy.append((r, o ? .max : t))
        }
      }
      func sizeRhythm(_ amount: Int64) -> Int {
        let x = Double(max(1, amount))
        func ratio(_ y: Int64) -> Double { max(x / Double(max(1, y)), Double(max(1, y)) / x) }
        guard !typicalBy.isEmpty else {
          guard let monthly = termMonthly, monthly > 0 else {
            return longRhythms.isEmpty ? 1 : dominant
          }
          // Saturated: a price of 10^18 cents times 12 does not trap.
          func term(_ r: Int) -> Int64 {
            let (t, o) = monthly.multipliedReportingOverflow(by: Int64(r))
            return o ? .max : t
          }
          return termRhythms.min { ratio(term($0)) < ratio(term($1)) } ?? dominant
        }
        return typicalBy.min { ratio($0.amount) < ratio($1.amount) }!.rhythm
      }
      var terms: (rhythm: Int, from: Int, rule: ImportRule)?
      if let r = found[a].rhythm {
        maxRhythm = max(maxRhythm, r.months)
        var spikes = [Spike]()
        for (c, chain) in r.chains.enumerated() {
          if r.spacing(c) == 1 {
            spikes += spreadMonthly(chain, spreader: &spreader)
          } else {
            for anchor in chain {
              spreader.spread(
                anchor.amount, from: anchor.serviceStart, over: r.term(of: anchor, chain: c))
            }
          }
        }
        var young = [(month: Int, amount: Int64, share: Int64)]()
        var quarterly = [(month: Int, amount: Int64, share: Int64)]()
        defer {
          if let q = quarterly.first {
            quarterlySpikes += 1
            quarterlySpikeAsOf = quarterly.reduce(quarterlySpikeAsOf) { $0 &+ $1.share }
            if quarterlySpikeExample == nil {
              quarterlySpikeExample = (
                account.id, company.firstMonth.adding(months: q.month), q.amount
              )
            }
          }
        }
        if !spikes.isEmpty,
          let first = spreadSpikes(
            spikes, months: n, spreader: &spreader, account: &account, young: &young,
            quarterly: &quarterly)
        {
          annualSpikes += 1
          annualSpikeAsOf &+= first.asOfShare
          // The annual fee paying the as-of month's twelfth is paid for its year: a committed
          // minimum from its month, under monthly amounts that are not (trial 32, T32-21: an
          // AI company's platform fees read as no commitment).
          if let from = first.asOfFrom, first.asOfShare > 0, account.committedMRR == nil,
            !(account.contractType?.isCommitted ?? false)
          {
            account.committedMRR = first.asOfShare
            account.inferred.insert(.committedMRR)
            let month = company.firstMonth.adding(months: from)
            account.inferredFrom = account.inferredFrom.map { max($0, month) } ?? month
          }
          if annualSpikeExample == nil {
            annualSpikeExample = (
              account.id, company.firstMonth.adding(months: first.month), first.amount
            )
          }
        }
        if let y = young.first {
          youngSpikes += 1
          youngSpikeAsOf = young.reduce(youngSpikeAsOf) { $0 &+ $1.share }
          if youngSpikeExample == nil {
            youngSpikeExample = (account.id, company.firstMonth.adding(months: y.month), y.amount)
          }
        }
        if let change = r.change {
          // Priced: the one rhythm the account would have without the change.
          let read = r.asOfSpread(asOf: spreader.asOf)
          for m in 0..<n { positive[m] = charges?[a * n + m] ?? max(0, cells[a * n + m]) }
          let single =
            positive.withUnsafeBufferPointer { BillingRhythm.single($0) }?
            .asOfSpread(asOf: spreader.asOf) ?? 0
          spreader.ambiguity(chosen: read, alternatives: [read, single], cause: .rhythmChange)
          changes += 1
          changeAsOf = (changeAsOf.read &+ read, changeAsOf.single &+ single)
          if let e = r.earlierChanges.first {
            earlierChanges += 1
            if earlierExample == nil {
              earlierExample = (
                account.id, company.firstMonth.adding(months: e.month), e.from, e.to
              )
            }
          }
          if changeExample == nil {
            changeExample = (
              account.id, company.firstMonth.adding(months: change.month), change.earlier,
              r.months
            )
          }
        }
        if r.restsOnOneGap {
          let x = r.asOfReadings(asOf: spreader.asOf)
          spreader.ambiguity(
            chosen: x.spread, alternatives: [x.spread, x.monthly], cause: .oneGapRhythm)
          oneGap.append(account.id)
          if x.spread != x.monthly { oneGapRanged += 1 }
        }
        for off in r.offCycle {
          let around = anchors(around: off, in: r)
          let end = periodEnd(around, rhythm: r.spacing(off.chain))
          let left = max(1, end - off.month)
          let isAddOn: Bool
          if let anchor = around.anchor, let next = around.next {
            isAddOn = isConfirmedAddOn(
              off, anchor: anchor, next: next, rhythm: r.spacing(off.chain))
            account.apply(isAddOn ? .addOnConfirmed : .offCycleOneTime)
          } else {
            isAddOn = unconfirmedIsAddOn
            account.apply(.offCycleUnconfirmed)
            let contribution =
              spreader.asOf >= off.month && spreader.asOf < end
              ? Spreader.share(off.amount, left) : 0
            spreader.ambiguity(
              chosen: isAddOn ? contribution : 0, alternatives: [0, contribution],
              cause: .offCycleUnconfirmed)
          }
          if isAddOn {
            spreader.spread(off.amount, from: off.month, over: left)
          } else {
            spreader.oneTime(off.amount, at: off.month)
          }
        }
        let first = r.chains.flatMap { $0 }.map(\.billed).min()!
        let confirmed = r.chains.filter { $0.count > 1 }.map { $0[1].billed }.min() ?? first
        let agrees = sizeRhythm(r.chains[0][0].amount) == r.months
        // After a change of rhythm, the terms hold from the change.
        terms = (
          r.months, r.change?.month ?? (agrees ? first : confirmed), rule(forRhythm: r.months)
        )
        if r.months >= 12, let last = r.chains.last?.last {
          let end = company.firstMonth.adding(months: last.serviceStart + r.months - 1)
          if account.contractEndDate == nil && account.contractType == nil {
            account.contractEndDate = CivilDate.lastDay(of: end)
            account.inferred.insert(.contractEndDate)
          }
        }
      } else {
        // Single payments, each decided by its size.
        let forced = account.billingCadence.flatMap(forcedRhythm)?.first
        let givenEnd =
          account.inferred.contains(.contractEndDate) ? nil : account.contractEndDate
        // The latest payment read as a term's: its month, the month after its term, its amount.
        var term: (month: Int, end: Int, amount: Int64)?
        var inTermSeen = false
        for m in 0..<n where row[m] > 0 {
          // A payment under half of a term-sized payment whose term it falls in is off-cycle
          // to that term, as a rhythm's walk reads an invoice under half of the anchors around
          // it: an add-on co-termed to it or a one-time fee, never a term of its own (session
          // 17, import lane: trial 16, R3, an onboarding invoice of 1,500 a month after an
          // annual 12,000). No renewal confirms either reading, so the company's confirmed
          // cases decide, and the other is priced.
          if forced == nil, let t = term, m < t.end, row[m] < (t.amount + 1) / 2 {
            account.apply(.offCycleUnconfirmed)
            let contribution =
              spreader.asOf >= m && spreader.asOf < t.end ? Spreader.share(row[m], t.end - m) : 0
            spreader.ambiguity(
              chosen: unconfirmedIsAddOn ? contribution : 0, alternatives: [0, contribution],
              cause: .offCycleUnconfirmed)
            if unconfirmedIsAddOn {
              spreader.spread(row[m], from: m, over: t.end - m)
            } else {
              spreader.oneTime(row[m], at: m)
            }
            if !inTermSeen { inTerm += 1 }
            inTermSeen = true
            if inTermExample == nil {
              inTermExample = (
                account.id, company.firstMonth.adding(months: m), row[m],
                company.firstMonth.adding(months: t.month), t.end - t.month, t.amount
              )
            }
            continue
          }
          let guessed = forced ?? sizeRhythm(row[m])
          // A contract end a file gives (a customer list's) bounds the term the payment is
          // for: it pays up to that end, not for a term guessed by its size (trial 34, T34-3).
          let toEnd = Self.monthsToEnd(
            from: company.firstMonth.adding(months: m), end: givenEnd)
          let bounded = toEnd.map { $0 < guessed } ?? false
          let r = bounded ? toEnd! : guessed
          if bounded {
            endBounded += 1
            if endBoundedExample == nil {
              endBoundedExample = (account.id, company.firstMonth.adding(months: m), r, guessed)
            }
          }
          if r >= 3 { term = (m, m + r, row[m]) }
          maxRhythm = max(maxRhythm, r)
          spreader.spread(row[m], from: m, over: r)
          if forced == nil && !bounded {
            let alternatives = Set([1, 3, 12, dominant]).map { s in
              spreader.asOf >= m && spreader.asOf < m + s ? Spreader.share(row[m], s) : 0
            }
            let chosen = spreader.asOf >= m && spreader.asOf < m + r ? Spreader.share(row[m], r) : 0
            spreader.ambiguity(
              chosen: chosen, alternatives: alternatives, cause: .singlePaymentSize)
          }
          terms = (r, m, r == 1 ? .singlePaymentMonthly : .singlePaymentTerm)
        }
        // The term a single payment was read as dates its end as well as its MRR, as a
        // rhythm's last term does (render review 38, R38-3: 46 billings accounts spread over
        // 12 months sat in committed ARR's "no end date" bucket, $9.18M, though the import's
        // own reading ends every one of them within the year).
        if let t = term, let read = terms, read.rhythm >= 12, read.from == t.month,
          account.contractEndDate == nil, account.contractType == nil
        {
          account.contractEndDate = CivilDate.lastDay(
            of: company.firstMonth.adding(months: t.end - 1))
          account.inferred.insert(.contractEndDate)
        }
      }
      // Credits: a recurring credit (a mid-term downgrade) when the next renewal steps down to
      // match, spread to the period's end; otherwise against the month's one-time revenue.
      for m in 0..<n where row[m] < 0 {
        if let r = found[a].rhythm,
          let c = r.chains.indices.first(where: {
            r.chains[$0][0].billed <= m && m < r.chains[$0].last!.serviceStart + r.spacing($0)
          }),
          r.spacing(c) > 1,
          let anchor = anchors(around: (m, row[m], c), in: r).anchor,
          let next = anchors(around: (m, row[m], c), in: r).next,
          isConfirmedAddOn((m, row[m], c), anchor: anchor, next: next, rhythm: r.spacing(c))
        {
          account.apply(.creditConfirmed)
          spreader.spread(row[m], from: m, over: max(1, anchor.serviceStart + r.spacing(c) - m))
        } else {
          spreader.credit(row[m], at: m)
        }
      }
      if let free = contradicted[a], let cadence = account.billingCadence {
        // Facts given win: the given cadence is spread; the invoices' own rhythm is the other
        // end of the account's range.
        let given = spreader.mrr[spreader.asOf]
        let shown = free.asOfSpread(asOf: spreader.asOf)
        spreader.ambiguity(
          chosen: given, alternatives: [given, shown], cause: .cadenceContradicted)
        contradictions.append((account.id, cadence, free, given, shown))
      }
      // Recurring revenue far above what the account was ever billed at (trial 55, T55-1: a
      // lumpy buyer's two invoices in adjacent months read as a monthly rhythm, 12 × the larger).
      let asOfMRR = spreader.mrr[spreader.asOf]
      if asOfMRR > 0,
        let pace = billedPace(
          { charges?[a * n + $0] ?? max(0, cells[a * n + $0]) }, asOf: spreader.asOf),
        isAbovePace(asOfMRR, pace: pace)
      {
        spreader.ambiguity(chosen: asOfMRR, alternatives: [asOfMRR, pace], cause: .billedPace)
        abovePace.append((account.id, asOfMRR, pace))
      }
      spreader.finish(into: &company, account: a)
      if let t = terms {
        if t.rhythm == 1 && !monthlySaysCadence && account.billingCadence == nil {
          monthlyUnsaid += 1
          monthlyUnsaidExample = monthlyUnsaidExample ?? account.id
        }
        apply(
          t, to: &account, firstMonth: company.firstMonth,
          infersCadence: t.rhythm != 1 || monthlySaysCadence)
      }
      if let range = spreader.ambiguousRange {
        account.ambiguousMRR = range
        account.ambiguityShares = spreader.ambiguousShares
      }
      if !isMRROnly { company.accounts[a] = account }
    }
    company.log.tieOut.add(spreader.totalDeferred, to: \.deferredCents)
    company.log.tieOut.add(spreader.totalResidual, to: \.residualCents)
    company.log.tieOut.add(spreader.totalLeftOut, to: \.leftOutCents)
    if maxRhythm > 1 {
      // A term is spread from the month it was billed over the next `maxRhythm` months, so a
      // month is complete once every term covering it was billed within the data: from the
      // first month + maxRhythm − 1 on (session 18, report: a 12-month export of annual terms
      // marked its own as-of month incomplete, though every annual term covering it was
      // billed in the export's 12 months, and page one called the headline understated).
      let through = company.firstMonth.adding(months: min(maxRhythm - 1, n) - 1)
      company.log.incompleteThrough = through
      let span =
        through == company.firstMonth
        ? "\(through) is" : "\(company.firstMonth)–\(through) are"
      company.log.notes.append(
        "billings cannot show what was invoiced before \(company.firstMonth): a term account may "
          + "first appear at its renewal, so \(span) incomplete in the bridge and cohorts (a "
          + "term of the longest rhythm, \(maxRhythm) months, billed before \(company.firstMonth) "
          + "may cover \(through == company.firstMonth ? "it" : "them"))")
    }
    company.log.notes.append(
      "billed amounts are assigned to the month billed: usage billed in arrears counts in the "
        + "month it was invoiced, not the month it measures")
    if let id = monthlyUnsaidExample {
      company.log.notes.append(
        "\(Counted.phrase(monthlyUnsaid, "account", verb: ("is", "are"))) invoiced every month "
          + "(\"\(id)\"): billing cadence left unknown, not \"billed monthly\", since only "
          + "negative cells read the file as invoices and the same cells read as MRR say nothing "
          + "of billing (a billing column, or lone invoices months apart, would say it)")
    }
    if let first = oneGap.first {
      // Two counts of one rule say their scope (session 35, render review 35, R35-12:
      // billings' choices table counted the 8 accounts whose as-of MRR is a range, this note
      // 11, both "a range").
      let rest = oneGap.count - oneGapRanged
      let scope =
        rest == 0
        ? ", whose as-of MRR is a range, its other end reading each invoice as one month's "
          + "revenue"
        : oneGapRanged == 0
          ? ", none of them with an as-of MRR that moves: each reads the same in the as-of "
            + "month either way"
          : ", \(oneGapRanged) of them with an as-of MRR that is a range, its other end reading "
            + "each invoice as one month's revenue (the other \(rest) read the same in the as-of "
            + "month either way)"
      company.log.notes.append(
        "rhythms of 3 or 6 months taken from one gap between two invoices, thin evidence: "
          + "\(Counted.phrase(oneGap.count, "account")) (\"\(first)\")" + scope)
    }
    if let e = changeExample {
      let currency = company.log.currency
      company.log.findings.append(
        "\(Counted.phrase(changes, "account", verb: ("changes", "change"))) billing rhythm "
          + "(\"\(e.id)\": every \(e.earlier) month\(e.earlier == 1 ? "" : "s"), then every "
          + "\(e.later) month\(e.later == 1 ? "" : "s") from \(e.month), at an invoice that "
          + "continues the earlier chain): each part is spread at its own rhythm; read at one "
          + "rhythm throughout ("
          + (e.later > e.earlier
            ? "a lump as one month's revenue, then a churn"
            : "the later invoices off the earlier rhythm's chain")
          + "), \(changes == 1 ? "its" : "their") as-of MRR would be "
          + "\(Money.text(cents: changeAsOf.single, currency: currency)) instead of "
          + "\(Money.text(cents: changeAsOf.read, currency: currency)) (priced in ambiguous_arr)")
    }
    if let e = earlierExample {
      company.log.notes.append(
        "\(Counted.phrase(earlierChanges, "account", verb: ("changed", "changed"))) billing "
          + "rhythm before \(earlierChanges == 1 ? "its" : "their") latest change (\"\(e.id)\": "
          + "every \(e.from) month\(e.from == 1 ? "" : "s"), then every \(e.to) month"
          + "\(e.to == 1 ? "" : "s") from \(e.month)): the latest rhythm decides the cadence and "
          + "terms; each earlier part is spread at its own rhythm")
    }
    if let e = annualSpikeExample {
      let currency = company.log.currency
      company.log.findings.append(
        "\(Counted.phrase(annualSpikes, "monthly account", verb: ("has", "have"))) an excess over "
          + "its monthly invoices that recurs 12 months later (\"\(e.id)\": "
          + "\(Money.text(cents: e.amount, currency: currency)) in \(e.month)): read as an annual "
          + "fee spread over its year (`monthly_spike_annual`), "
          + "\(Money.text(cents: annualSpikeAsOf, currency: currency)) of the as-of month's MRR; "
          + "read as one-time fees, that MRR would be \(Money.text(cents: 0, currency: currency)) "
          + "(priced in ambiguous_arr)")
    }
    if let e = quarterlySpikeExample {
      // A note: the range prices the reading (the ambiguous-import finding names it).
      let currency = company.log.currency
      company.log.notes.append(
        "\(Counted.phrase(quarterlySpikes, "monthly account", verb: ("has", "have"))) excesses "
          + "over \(quarterlySpikes == 1 ? "its" : "their") monthly invoices every 3 months "
          + "(\"\(e.id)\": \(Money.text(cents: e.amount, currency: currency)) in \(e.month)): read "
          + "as quarterly usage or fees, each spread over its quarter "
          + "(`monthly_spike_quarterly`), \(Money.text(cents: quarterlySpikeAsOf, currency: currency)) "
          + "of the as-of month's MRR; read as one-time, that MRR would be that much lower "
          + "(priced in ambiguous_arr)")
    }
    if let e = youngSpikeExample {
      let currency = company.log.currency
      company.log.notes.append(
        "\(Counted.phrase(youngSpikes, "monthly account", verb: ("has", "have"))) an excess over "
          + "\(youngSpikes == 1 ? "its" : "their") monthly invoices within the 12 months before "
          + "the as-of month, too recent for a "
          + "renewal a year later to show (\"\(e.id)\": \(Money.text(cents: e.amount, currency: currency)) "
          + "in \(e.month)): read as one-time (`monthly_spike_one_time`); read as annual fees "
          + "spread over their year, the as-of month's MRR would be "
          + "\(Money.text(cents: youngSpikeAsOf, currency: currency)) higher (priced in ambiguous_arr)"
      )
    }
    if let e = inTermExample {
      let currency = company.log.currency
      company.log.notes.append(
        "\(Counted.phrase(inTerm, "account", verb: ("paid", "paid"))) a smaller invoice within "
          + "the term of a term-sized payment (\"\(e.id)\": "
          + "\(Money.text(cents: e.amount, currency: currency)) in \(e.month), within the "
          + "\(e.months) months of \(Money.text(cents: e.term, currency: currency)) from "
          + "\(e.from)): read as "
          + (unconfirmedIsAddOn ? "an add-on co-termed to it" : "one-time revenue")
          + ", an off-cycle invoice, not a term of its own; read as "
          + (unconfirmedIsAddOn ? "one-time revenue" : "an add-on co-termed to it")
          + ", the other end of its range (priced in ambiguous_arr)")
    }
    if let e = endBoundedExample {
      company.log.notes.append(
        "\(Counted.phrase(endBounded, "single payment")) \(endBounded == 1 ? "is" : "are") spread "
          + "to the contract end another file gives, not over a term guessed by size (\"\(e.id)\": "
          + "billed in \(e.month), \(e.months) month\(e.months == 1 ? "" : "s") to its end, not \(e.guessed))"
      )
    }
    if unconfirmedIsAddOn || confirmedAddOns + confirmedFees > 0 {
      company.log.notes.append(
        "off-cycle invoices without a later renewal to confirm them are read as "
          + (unconfirmedIsAddOn ? "co-termed add-ons" : "one-time revenue")
          + ": a renewal confirms \(invoices(confirmedAddOns)) as "
          + (confirmedAddOns == 1 ? "an add-on" : "add-ons")
          + " (\(onAccounts(addOnAccounts))) and \(invoices(confirmedFees)) as one-time "
          + "(\(onAccounts(feeAccounts))), and add-ons are assumed only when they outnumber "
          + "one-time invoices")
    }
    if let finding = contradictionFinding(contradictions, company: company) {
      company.log.findings.append(finding)
    }
    if !isMRROnly, let finding = abovePaceFinding(abovePace, company: company) {
      company.log.addFinding(finding.text, accounts: finding.accounts)
    }
    if infersShape { ContractInference.inferFromShape(&company) }
  }
}
