import ARRCore

/// A ledger's lines that bill a usage contract's minimum commitment (`docs/import.md`, "Invoice
/// ledger", "Minimum commitments").
///
/// The commonest AI enterprise contract is an annual minimum billed monthly, with the usage
/// above it billed as overage: a Stripe export bills it as a line "Minimum commitment (annual,
/// billed monthly)" beside metered lines, both typed `subscription`. The account's revenue
/// varies with its overage, so it reads as usage, and nothing said that the minimum is
/// committed: committed ARR left out every such contract (trial 33, T33-1: $1.04M for $1.79M,
/// the committed customers described as "no commitment"). A line whose description names a
/// minimum commitment gives its account a committed minimum (`committed_mrr`) of what those
/// lines bill for the as-of month (spread as every service period is), from the month the first
/// of them bills.
enum LedgerMinimums {
  /// Words of a line's description naming a minimum commitment.
  static let words = [
    "minimum commitment", "minimum commit", "minimum spend", "committed minimum",
    "commitment minimum", "minimum fee", "platform minimum", "monthly minimum",
    "annual minimum", "minimum charge",
  ]

  /// Phrases (whole words) naming an annual contract: a line billed under one, monthly or
  /// quarterly, bills a commitment for its year ("Platform fee - annual contract, billed
  /// monthly"; session 35, crm lane, trial 34, T34-7), as a customer list's "Annual contract,
  /// billed monthly" is an annual contract billed monthly.
  static let contractWords = [
    "annual contract", "annual agreement", "12 month contract", "12 month term",
    "1 year contract", "one year contract",
    // German, French, Spanish (session 50, imp lane).
    "jahresvertrag", "jährlicher vertrag", "contrat annuel", "engagement annuel", "contrato anual",
    "compromiso anual",
  ]

  /// Words (whole) naming usage above a minimum: a line naming one bills the overage.
  static let overageWords = ["overage", "overages", "above", "over the", "beyond", "in excess"]
  /// Words that, directly before a contract phrase, deny it ("no annual contract").
  static let negations: Set<Substring> = [
    "no", "without", "non", "not", "sans", "pas", "ohne", "kein", "keine", "keinen", "sin",
  ]

  /// Whether a description names a minimum commitment (``words``) or an annual contract
  /// (``contractWords``, not directly after a word of ``negations``: "Team plan - no annual
  /// contract" is none), and no overage or usage above it (``overageWords``, whole words:
  /// "Usage above minimum commitment (overage)" bills usage, not the minimum; "Support coverage
  /// - annual contract" is a contract). Review 35, finding 7: negated phrases were contracts, and
  /// "coverage" held "overage".
  static func namesMinimum(_ description: String) -> Bool {
    guard !description.isEmpty else { return false }
    let t = CubeLayout.normalized(description)
    guard words.contains(where: { t.contains($0) }) || namesContract(description) else {
      return false
    }
    return !UsageMonths.hasWord(description, of: overageWords)
  }

  /// Whether `description` names an annual contract (``contractWords``, whole words) not
  /// directly after a word of ``negations``.
  static func namesContract(_ description: String) -> Bool {
    if namesTermBilledMonthly(description) { return true }
    // "Monthly plan (annual contract available)" names no contract of its own (session 50).
    return !deniesYearlyTerm(description)
      && UsageMonths.hasPhrase(
        UsageMonths.words(description), of: contractWords, unlessAfter: negations.contains)
  }

  /// Commits `account` to `cents` of MRR, inferred, known from `from` (the first month its
  /// commitment bills: an earlier view, the backtest's, holds no commitment before it).
  static func commit(_ account: inout ImportedAccount, cents: Int64, from: Month) {
    account.committedMRR = cents
    account.inferred.insert(.committedMRR)
    account.inferredFrom = account.inferredFrom.map { max($0, from) } ?? from
  }

  /// What a line bills for `month`: its service period's share of it as the import spreads
  /// periods (``ServicePeriod``), else its whole amount in its date's month; and the first month
  /// it bills.
  static func billed(_ e: LedgerEntry, in month: Month) -> (cents: Int64, first: Month) {
    guard let p = e.period,
      let spread = ServicePeriod.spread(e.amount, from: p.start, through: p.end)
    else { return (e.date.month == month ? e.amount : 0, e.date.month) }
    let k = month.months(since: spread.firstMonth)
    return (spread.shares.indices.contains(k) ? spread.shares[k] : 0, spread.firstMonth)
  }

  /// Sets the committed minimum of each account with minimum lines billing the as-of month
  /// (unless its terms are already committed or carry a minimum), and adds a finding.
  /// - Complexity: O(lines).
  static func apply(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], file: String, currency: String?,
    into company: inout ImportedCompany
  ) {
    let asOf = company.asOf
    var committed = [Int: Int64]()
    var since = [Int: Month]()
    var firstLine: (line: Int, text: String)?
    var isMinimum = [Int: Bool]()
    // A shortfall line tops usage up to the minimum: the minimum is the month's whole bill.
    let shortfalls = shortfallMinimums(entries, uses: uses, asOf: asOf)
    for (a, s) in shortfalls {
      (committed[a], since[a], isMinimum[a]) = (s.cents, s.since, true)
      if firstLine == nil || s.line < firstLine!.line { firstLine = (s.line, s.text) }
    }
    // Each description is read once: a ledger repeats a few descriptions over millions of
    // lines (hostile 55, H55-2: a 2,000,000-line ledger read every line's words again).
    // And whether it names a minimum's words, not a contract's.
    var reading = DescriptionMemo { text -> (named: Bool, isMinimum: Bool) in
      guard namesMinimum(text) else { return (false, false) }
      let t = CubeLayout.normalized(text)
      return (true, words.contains { t.contains($0) })
    }
    for (e, use) in zip(entries, uses)
    where e.amount > 0 && shortfalls[e.account] == nil && reading(e.description).named {
      switch use {
      case .oneTime, .refund, .monthCredit, .oneOffCredit: continue
      default: break
      }
      let (cents, first) = billed(e, in: asOf)
      since[e.account] = min(since[e.account] ?? first, first)
      guard cents > 0 else { continue }
      committed[e.account, default: 0] &+= cents
      isMinimum[e.account] = (isMinimum[e.account] ?? false) || reading(e.description).isMinimum
      if firstLine == nil || e.line < firstLine!.line { firstLine = (e.line, e.description) }
    }
    var set = 0
    var total: Int64 = 0
    var kinds = Set<Bool>()
    var toppedUp = 0
    var minimums = Set<Int>()
    for (a, cents) in committed.sorted(by: { $0.key < $1.key }) where cents > 0 {
      var account = company.accounts[a]
      guard account.committedMRR == nil, !(account.contractType?.isCommitted ?? false) else {
        continue
      }
      commit(&account, cents: cents, from: since[a] ?? asOf)
      company.accounts[a] = account
      kinds.insert(isMinimum[a] ?? false)
      set += 1
      if shortfalls[a] != nil { toppedUp += 1 }
      if isMinimum[a] ?? false { minimums.insert(a) }
      total &+= cents
    }
    guard set > 0, let first = firstLine else { return }
    // Only usage above the minimum: a usage contract (trial 50, T50-19).
    let usage = readUsageContracts(entries, uses: uses, accounts: minimums, into: &company)
    // The word of each account's kind (review 35, finding 11): both when both are set.
    let named =
      kinds.count == 2
      ? "a minimum commitment or an annual contract"
      : kinds.contains(true) ? "a minimum commitment" : "an annual contract"
    company.log.findings.append(
      "\(file): \(Counted.phrase(set, "account")) \(set == 1 ? "pays" : "pay") a line naming "
        + "\(named) (\"\(first.text)\" on line \(first.line)): read as "
        + "\(set == 1 ? "its" : "their") committed minimum, \(Money.text(cents: total, currency: currency)) "
        + "of the as-of month's MRR (committed ARR \(Money.text(cents: Money.saturatingProduct(total, times: 12), currency: currency))), "
        + "the revenue above it as usage; if the line is no commitment, committed ARR is that much lower"
        + (toppedUp == 0
          ? ""
          : "; for \(Counted.phrase(toppedUp, "account")) the line tops usage up to the minimum "
            + "(a shortfall or true-up): the minimum is all \(toppedUp == 1 ? "its" : "their") "
            + "lines bill for the latest month holding one, held in the months above it")
        + (usage == 0
          ? ""
          : "; \(Counted.phrase(usage, "account")) \(usage == 1 ? "bills" : "bill") nothing but "
            + "usage beside the minimum: read as \(usage == 1 ? "a usage contract" : "usage contracts"), "
            + "recurring ARR counting "
            + "\(usage == 1 ? "its" : "their") mean MRR of the last 3 months (the overage averaged, "
            + "not the as-of month's alone)")
    )
  }
}
