import ARRCore

/// Terms inferred from invoice lines (`docs/import.md`, "Invoice ledger", "Terms").
///
/// - **Service periods**: the account's subscription line is its largest positive recurring
///   line with a whole-month service period (a renewal, not a co-termed add-on); its length in
///   months decides as a billing rhythm does (1 monthly, 3 quarterly, 6 semiannual, 12 annual and
///   contract annual, 24 or 36 upfront and contract multi_year), counted under the same rules
///   (`rhythm_12_annual`…). For 12 months or more, the end of the latest such period is the
///   inferred `contract_end_date`. The data supports this from the first line of that length.
/// - **Usage**: an account whose recurring revenue all comes from lines typed usage is
///   contract type `usage` (`usage_by_type`); billed after the period it measures, cadence
///   `in_arrears`. One that also pays a charge through the billings rules (a platform fee) is
///   hybrid: its contract type is not usage, and its fee is a price, so not usage by its shape.
/// - Otherwise the revenue's shape decides (``ContractInference``). Given terms are kept, and
///   the billings rules' decisions for lines without a period stand.
enum LedgerTerms {
  /// Whole words naming a pilot in a line's description.
  static let pilotWords = ["pilot", "pilots", "poc", "proof of concept"]

  static func infer(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], into company: inout ImportedCompany
  ) {
    // Per account (arrays indexed by account, not dictionaries: a KKBox-shaped ledger of
    // 430,500 members spent a tenth of its import hashing account numbers here; session 20,
    // lead, trial 18a H1): its subscription line (an index into `entries`, -1 for none), and
    // whether all its recurring revenue is usage and billed in arrears (`nil`: no such line).
    let accounts = company.accounts.count
    var best = [Int](repeating: -1, count: accounts)
    var usageOnly = [(all: Bool, arrears: Bool)?](repeating: nil, count: accounts)
    // Accounts with a usage series and a charge through the billings rules (a platform fee
    // beside metered tokens): not all usage, so the revenue's shape decides.
    var series = [Bool](repeating: false, count: accounts)
    var billed = [Bool](repeating: false, count: accounts)
    // Accounts with lines typed usage and a charge through the billings rules (a `subscription`
    // platform fee beside `usage` tokens): hybrid, not pay-as-you-go, and the fee a price, so
    // never usage by its shape either (session 35, imp lane; trial 34, T34-9: such accounts
    // were "pay-as-you-go usage, no commitment", their fee averaged with their usage).
    var typedUsage = [Bool](repeating: false, count: accounts)
    // Accounts with a paid period of days (not whole months): fixed prices spread by days.
    var prorated = [Bool](repeating: false, count: accounts)
    // Accounts whose every period line bills a price that recurs (``LedgerFixedPrices``).
    var prices = LedgerFixedPrices(accounts: accounts)
    for (e, use) in zip(entries, uses) where e.amount > 0 {
      if use == .usageSeries { series[e.account] = true }
      if use == .billings { billed[e.account] = true }
      if e.kind == .usage && (use == .usageMonth || use == .period) { typedUsage[e.account] = true }
    }
    for (i, (e, use)) in zip(entries, uses).enumerated()
    where use == .period || use == .usageMonth || use == .usageSeries {
      let a = e.account
      // A usage series (charges that never repeat, every month) is usage too, with nothing
      // saying when it was measured (session 17, import3 lane).
      let isUsage = e.kind == .usage || use == .usageSeries
      let previous = usageOnly[a] ?? (true, true)
      let arrears = use == .usageSeries ? false : e.period.map { e.date > $0.end } ?? true
      usageOnly[a] = (previous.all && isUsage, previous.arrears && arrears)
      if e.period != nil { prices.see(account: a, amount: e.amount, isUsage: isUsage) }
      if !isUsage, e.amount > 0, let p = e.period,
        ServicePeriod.wholeMonths(from: p.start, through: p.end) == nil
      {
        prorated[a] = true
      }
      // A proration line ("Remaining time on …") bills the rest of a term at a new price: its
      // period is what was left of the term, never a billing rhythm (trial 44, T44-11: an
      // annual upgraded six months before its renewal read as billed every 6 months, and its
      // first start with its current end as a 24-month term).
      guard !isUsage, !e.isProration, e.amount > 0, let p = e.period, let k = months(p),
        BillingRhythm.candidates.contains(k)
      else { continue }
      if best[a] >= 0 && entries[best[a]].amount >= e.amount { continue }
      best[a] = i
    }
    // A pilot its latest line names ("Paid pilot - 3 months", "POC fee", "Proof of concept -
    // 90 days") is a pilot, inferred, from that line's month: a paid trial of fixed term, not a
    // subscription (session 34, lead; trial 34, T34-3: up-front pilots were recurring ARR and
    // "retained"). An account whose later line bills something else converted, and is not.
    // A one-time line (services, set-up, a SOW) is no latest line: buying services does not
    // end a pilot (session 49, imp lane; trial 48, T48-9: a SOW dated after the pilot's invoice
    // turned a $200K pilot into recurring ARR).
    var latest = [Int](repeating: -1, count: accounts)
    for (i, e) in entries.enumerated() where e.amount > 0 && e.kind != .usage {
      if case .oneTime = uses[i] { continue }
      if latest[e.account] < 0 || entries[latest[e.account]].date <= e.date {
        latest[e.account] = i
      }
    }
    for a in 0..<accounts where latest[a] >= 0 && company.accounts[a].contractType == nil {
      let e = entries[latest[a]]
      guard UsageMonths.hasWord(e.description, of: pilotWords) else { continue }
      company.accounts[a].contractType = .pilot
      company.accounts[a].inferred.insert(.contractType)
      let from = max(e.date.month, company.firstMonth)
      company.accounts[a].inferredFrom =
        company.accounts[a].inferredFrom.map { max($0, from) } ?? from
    }
    // Usage billed in arrears: the as-of month's invoice is not out yet.
    let n = company.monthCount
    let unbilled = usageOnly.indices.filter { a in
      guard let flags = usageOnly[a] else { return false }
      return flags.all && flags.arrears && n >= 2 && company.mrr[company.cell(a, n - 1)] == 0
        && company.mrr[company.cell(a, n - 2)] > 0
    }.count
    if unbilled > 0 {
      company.log.findings.append(
        "\(unbilled) usage account\(unbilled == 1 ? "" : "s") billed in arrears \(unbilled == 1 ? "has" : "have") "
          + "no invoice for \(company.asOf) yet, so \(unbilled == 1 ? "its" : "their") as-of MRR is zero "
          + "(they look churned); --as-of \(company.asOf.adding(months: -1)) measures a month every "
          + "usage invoice covers")
    }
    for a in usageOnly.indices {
      guard let flags = usageOnly[a], flags.all, !((series[a] || typedUsage[a]) && billed[a])
      else { continue }
      guard company.accounts[a].contractType == nil else { continue }
      company.accounts[a].contractType = .usage
      company.accounts[a].inferred.insert(.contractType)
      if flags.arrears && company.accounts[a].billingCadence == nil {
        company.accounts[a].billingCadence = .inArrears
        company.accounts[a].inferred.insert(.billingCadence)
      }
    }
    // Positive recurring lines with a period, per account with a subscription line.
    var lines = [[Int]](repeating: [], count: accounts)
    for (i, e) in entries.enumerated()
    where best[e.account] >= 0 && e.kind != .usage && e.amount > 0 {
      if e.period != nil { lines[e.account].append(i) }
    }
    for a in best.indices where best[a] >= 0 {
      let p = entries[best[a]].period!
      let k = months(p)!
      var account = company.accounts[a]
      var same = lines[a].map { entries[$0] }.filter { $0.period.flatMap { months($0) } == k }
      same.sort { $0.period!.start < $1.period!.start }
      account.apply(BillingsSpreader.rule(forRhythm: k))
      var inferredSomething = false
      if account.billingCadence == nil, let cadence = cadence(months: k) {
        account.billingCadence = cadence
        account.inferred.insert(.billingCadence)
        inferredSomething = true
      }
      if account.contractType == nil && k >= 12 {
        account.contractType = k == 12 ? .annual : .multiYear
        account.inferred.insert(.contractType)
        inferredSomething = true
        if account.contractEndDate == nil, let last = same.last?.period?.end {
          account.contractEndDate = last
          account.inferred.insert(.contractEndDate)
        }
      }
      // Known once the first line of that length was invoiced.
      if inferredSomething, let first = same.map(\.date.month).min() {
        let from = max(first, company.firstMonth)
        account.inferredFrom = account.inferredFrom.map { max($0, from) } ?? from
      }
      company.accounts[a] = account
    }
    instalmentTerms(entries, into: &company)
    let fixed = prices.accounts()
    ContractInference.inferFromShape(
      &company, isPriced: { prorated[$0] || fixed[$0] || (typedUsage[$0] && billed[$0]) })
    billHybrids(entries, uses: uses, isHybrid: { typedUsage[$0] && billed[$0] }, into: &company)
  }

  /// A hybrid account (a fee beside lines typed usage) is billed two ways: its fee at its
  /// cadence, its usage in arrears. Its billing mix (``ImportedAccount/billingMix``) gives both
  /// shares of its as-of MRR, and its cadence, when inferred, is the larger share's: one billed
  /// mostly for usage in arrears is read as usage-billed revenue is, its falls counted beyond its
  /// own swing (session 35, imp lane: as a plain monthly account, usage varying by 40% read
  /// "usage down 32%", "MRR down 37% from its 6-month high").
  static func billHybrids(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], isHybrid: (Int) -> Bool,
    into company: inout ImportedCompany
  ) {
    let n = company.monthCount
    var usage = [Int: Int64]()
    for (e, use) in zip(entries, uses)
    where e.amount > 0 && e.kind == .usage && (use == .usageMonth || use == .period)
      && isHybrid(e.account)
    {
      usage[e.account, default: 0] &+= LedgerMinimums.billed(e, in: company.asOf).cents
    }
    for (a, cents) in usage {
      let mrr = company.mrr[company.cell(a, n - 1)]
      guard mrr > 0, cents > 0, cents < mrr else { continue }
      var account = company.accounts[a]
      let fee = account.billingCadence ?? .monthly
      guard fee != .inArrears, fee != .unknown else { continue }
      let share = Double(cents) / Double(mrr)
      account.billingMix = [fee: 1 - share, .inArrears: share]
      if share > 0.5, account.billingCadence == nil || account.inferred.contains(.billingCadence) {
        account.billingCadence = .inArrears
        account.inferred.insert(.billingCadence)
      }
      company.accounts[a] = account
    }
  }

  /// The months a paid period covers, as a billing rhythm reads them: its whole months, else
  /// (a period of days, KKBox's 30-, 90-, 180- and 410-day plans) its days in months of
  /// 365.25 ÷ 12 days, rounded, read as 1, 3 or 6 months when it is, and as 12, 24 or 36 from
  /// a year up (410 days is 13 months: a year paid ahead); `nil` otherwise (session 18, import5
  /// lane; trial 18a, K2).
  static func months(_ p: (start: CivilDate, end: CivilDate)) -> Int? {
    if let k = ServicePeriod.wholeMonths(from: p.start, through: p.end) { return k }
    let days = Double(p.end.daysSinceEpoch - p.start.daysSinceEpoch + 1)
    let k = Int((days * 12 / 365.25).rounded())
    switch k {
    case 1, 3, 6: return k
    case 12..<24: return 12
    case 24..<36: return 24
    case 36...: return 36
    default: return nil
    }
  }

  /// The cadence a service period of `months` months implies.
  static func cadence(months: Int) -> BillingCadence? {
    switch months {
    case 1: .monthly
    case 3: .quarterly
    case 6: .semiannual
    case 12: .annual
    case 24, 36: .upfront
    default: nil
    }
  }
}

extension LedgerTerms {
  /// An account billed in instalments of a term of 12 months or more (``InstalmentPeriods``)
  /// whose contract no line decided is under that term: contract annual (12 months) or
  /// multi-year, ending where its latest term ends, known from its first instalment.
  static func instalmentTerms(_ entries: [LedgerEntry], into company: inout ImportedCompany) {
    var latest = [Int: (end: CivilDate, months: Int, first: Month)]()
    for e in entries where e.amount > 0 {
      guard let t = e.term, let k = ServicePeriod.wholeMonths(from: t.start, through: t.end),
        k >= 12
      else { continue }
      let first = min(latest[e.account]?.first ?? e.date.month, e.date.month)
      if let l = latest[e.account], l.end >= t.end {
        latest[e.account]?.first = first
        continue
      }
      latest[e.account] = (t.end, k, first)
    }
    for (a, t) in latest where company.accounts[a].contractType == nil {
      var account = company.accounts[a]
      account.contractType = t.months == 12 ? .annual : .multiYear
      account.inferred.insert(.contractType)
      if account.contractEndDate == nil {
        account.contractEndDate = t.end
        account.inferred.insert(.contractEndDate)
      }
      let from = max(t.first, company.firstMonth)
      account.inferredFrom = account.inferredFrom.map { max($0, from) } ?? from
      company.accounts[a] = account
    }
  }
}
