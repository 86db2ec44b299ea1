import ARRCore

/// Prepaid credits or a commitment bought on a ledger line (`docs/import.md`, "Invoice ledger",
/// "Prepaid commitments"; session 17, import3 lane; trial 17, O2 and MT1).
///
/// Usage-priced companies sell a prepaid commitment ("Prepaid credits (annual commit)" on Orb,
/// a `commit_purchase` "Annual prepaid commit" on Metronome), then bill the usage drawn from it
/// at zero (Orb's `Net amount` 0.00 beside `Prepaid credits applied amount`) or beside a line
/// applying the credits (Metronome's `applied_commit_or_credit`, the usage's negative). With its
/// one-day period the purchase was one month's revenue and the customer drawing it down read
/// churned (Orb: $139,200 for $199,200); without a period it was a guessed term, and beside the
/// usage billed in full it was counted twice (Metronome: $201,600 for $141,600).
///
/// Decided: a purchase's own period, when it covers a month or more, is its term. Without one,
/// a purchase typed or described as a commitment is a term of ``termMonths`` months from its
/// period's start or its date, spread as a service period (at most its term's MRR), and a
/// finding names the lines and says that a top-up with no term would be less; any other
/// purchase is a **top-up**, usage paid ahead, spread to its account's next purchase
/// (``topUpEnds(_:asOf:)``; session 34, imp lane; trial 33, T33-3: irregular top-ups read as
/// 12-month annual terms, $750K of false committed ARR). Usage drawn from the credits is not counted again:
/// the lines that bill it at zero, or net it to zero, stay as written.
enum PrepaidCommits {
  /// Words of a line's description naming a purchase of prepaid credits or a commitment.
  static let words = [
    "prepaid credit", "prepaid commit", "commit purchase", "credit purchase", "prepaid usage",
    "prepaid token", "prepayment commit",
  ]
  /// Words of a description naming credits added to a balance (a top-up), when it also names
  /// what is bought (``unitWords``): "Credit top-up", "Wallet top up" (not "Seat top-up").
  static let topUpWords: Set<String> = ["topup", "refill", "recharge"]
  /// Words of a description naming a pack of usage bought, when it also names what is bought
  /// (``unitWords``): "Token pack 1M", "API credits bundle" (trial 33, T33-5).
  static let packWords: Set<String> = ["pack", "packs", "bundle", "bundles", "block", "blocks"]
  /// Whole words naming units of usage (``UsageMonths/usageWords`` but `api`, a product's
  /// access: "Pro bundle incl. API access"; `units` not beside a seat word), or the balance
  /// holding them (session 34 review, item 5: "Seat pack - 10 units").
  static let unitWords = UsageMonths.usageWords.subtracting(["api"]).union([
    "credit", "credits", "wallet", "balance",
  ])
  /// Words that, before `unit(s)` or `credit(s)`, name units of usage bought:
  /// "Compute units", "AI credits" (trial 33, T33-5).
  static let usageQualifiers: Set<String> = [
    "compute", "api", "ai", "gpu", "inference", "llm",
  ]
  /// Words of a purchase's description naming a commitment (a term bought), not credits spent
  /// as they are used (trial 33, T33-3): "Prepaid credits (annual commit)", "Annual prepaid
  /// commit". Whole words or phrases: "semiannual" and "contractor" name none (review 34,
  /// item 12).
  static let commitmentWords = [
    "commit", "commitment", "committed", "annual", "annually", "yearly", "per year", "12 month",
    "12 months", "contract", "contracted",
  ]
  /// Type values naming a commitment bought (Metronome's `commit_purchase`), not credits.
  static let commitmentTypes: Set<String> = [
    "commit purchase", "prepaid commit", "prepaid commitment",
  ]
  /// Type values naming a purchase of prepaid credits or a commitment (Metronome's
  /// `commit_purchase`).
  static let purchaseTypes: Set<String> = [
    "commit purchase", "prepaid commit", "prepaid purchase", "credit purchase", "prepaid credit",
    "prepaid credits", "prepaid commitment",
    // A wallet's top-up (Lago's fee item type `wallet_transaction`; `top_up` on a customer's
    // line: trial 33, T33-9).
    "wallet transaction", "wallet top up", "top up", "topup", "credit top up", "credits purchase",
  ]

  /// Whether a type cell names a purchase of prepaid credits or a commitment.
  static func isPurchaseType(_ text: String) -> Bool {
    !text.isEmpty && purchaseTypes.contains(CubeLayout.normalized(text))
  }

  /// The term given to a purchase without one of its own: prepaid commitments are annual.
  static let termMonths = 12

  /// Whether `e` buys prepaid credits or a commitment: a positive line not typed one-time whose
  /// type (``purchaseTypes``) or description names one.
  /// Units named for the month they measure are that month's usage (``UsageMonths``), when
  /// UsageMonths reads them so: "Credit top-up - Dec 2025" names no usage and stays a purchase
  /// (review 34, item 2).
  static func isPurchase(_ e: LedgerEntry) -> Bool {
    var readings = Readings()
    return readings.isPurchase(e)
  }

  /// Whether a type cell names a commitment bought (``commitmentTypes``), not credits.
  static func isCommitmentType(_ text: String) -> Bool {
    !text.isEmpty && commitmentTypes.contains(CubeLayout.normalized(text))
  }

  /// Whether `e` buys prepaid credits to spend as they are used (a **top-up**): a purchase
  /// neither typed nor described as a commitment (``commitmentTypes``, ``commitmentWords``).
  static func isTopUp(_ e: LedgerEntry) -> Bool {
    var readings = Readings()
    return readings.isTopUp(e)
  }

  /// Whether a description names a purchase of prepaid credits or a commitment (``words``).
  static func namesPurchase(_ description: String) -> Bool {
    guard !description.isEmpty else { return false }
    let t = CubeLayout.normalized(description)
    if words.contains(where: { t.contains($0) }) { return true }
    // Cheap first: most lines name none of the words a top-up or a pack needs.
    guard
      ["top", "refill", "recharge", "pack", "bundle", "block", "unit", "credit"]
        .contains(where: { t.contains($0) })
    else { return false }
    // By words, not letters: "community" holds no unit.
    let words = UsageMonths.words(t)
    guard UsageMonths.namesUnits(words, in: unitWords) else { return false }
    let tokens = words.map(String.init)
    let pairs = zip(tokens, tokens.dropFirst())
    return tokens.contains { topUpWords.contains($0) || packWords.contains($0) }
      || pairs.contains { $0 == "top" && $1 == "up" }
      || pairs.contains {
        usageQualifiers.contains($0) && ["unit", "units", "credit", "credits"].contains($1)
      }
  }

  /// The last day of a term of ``termMonths`` months from `start`.
  static func termEnd(from start: CivilDate) -> CivilDate {
    let (y, m, d) = start.parts
    let next =
      CivilDate(year: y + termMonths / 12, month: m, day: d)
      ?? CivilDate(year: y + termMonths / 12, month: m, day: 28)!
    return CivilDate(daysSinceEpoch: next.daysSinceEpoch - 1)
  }

  /// Gives each purchase without a period of a month or more a term: a top-up (``isTopUp``)
  /// the span its credits last (``topUpEnds(_:asOf:)``), read as usage; a commitment
  /// ``termMonths`` months. Says so in a finding for each.
  /// - Parameter asOf: Purchases dated after this month are not read as the next one (what
  ///   was known then).
  static func apply(
    _ entries: inout [LedgerEntry], asOf: Month, file: String, currency: String?,
    log: inout ImportLog
  ) {
    var termed = [Int]()
    var topUps = [Int]()
    var readings = Readings()
    for i in entries.indices where readings.isPurchase(entries[i]) {
      let e = entries[i]
      if let p = e.period, (ServicePeriod.wholeMonths(from: p.start, through: p.end) ?? 0) >= 1 {
        continue
      }
      if readings.isTopUp(e) {
        topUps.append(i)
        continue
      }
      let start = e.period?.start ?? e.date
      entries[i].period = (start, termEnd(from: start))
      termed.append(i)
    }
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    if !topUps.isEmpty {
      let ends = topUpEnds(topUps.map { entries[$0] }, asOf: asOf)
      for (i, end) in zip(topUps, ends) {
        let start = entries[i].period?.start ?? entries[i].date
        entries[i].period = (start, max(start, end))
        entries[i].kind = .usage
        entries[i].isPrepaidUsage = true
      }
      let first = entries[topUps[0]]
      let n = topUps.count
      let accounts = Set(topUps.map { entries[$0].account }).count
      let total = topUps.reduce(Int64(0)) { $0 &+ entries[$1].amount }
      log.findings.append(
        "\(file): \(Counted.phrase(n, "line", verb: ("buys", "buy"))) prepaid credits with no "
          + "term (top-ups of \(Counted.phrase(accounts, "account")), \(money(total)) in all, "
          + "the first \(money(first.amount)) on line \(first.line)"
          + (first.description.isEmpty ? "" : ", \"\(first.description)\"")
          + "): read as usage paid ahead, never a commitment: each purchase's amount is spread "
          + "from its date to the day before its account's next purchase, the latest over the "
          + "account's median span between purchases (a lone purchase over "
          + "\(CountText.grouped(termMonths)) months). Committed ARR counts none of it")
    }
    guard let first = termed.first.map({ entries[$0] }) else { return }
    let n = termed.count
    let total = termed.reduce(Int64(0)) { $0 &+ entries[$1].amount }
    log.findings.append(
      "\(file): \(Counted.phrase(n, "line", verb: ("buys", "buy"))) prepaid credits or a commitment "
        + "(\(money(total)) in all, the first \(money(first.amount)) on line \(first.line)"
        + (first.description.isEmpty ? "" : ", \"\(first.description)\"")
        + ") with no term of a month or more of \(n == 1 ? "its" : "their") own: "
        + "read as a commitment of \(CountText.grouped(termMonths)) months from \(n == 1 ? "its" : "each one's") "
        + "date, its amount spread over them (\(money(first.amount / Int64(termMonths))) a month "
        + "for the first), and usage drawn from the credits is not counted again (billed at "
        + "zero or netted by a line applying them). If a purchase is a top-up with no term, "
        + "the ARR it gives, up to \(money(total)), is not recurring: usage drawn from it is "
        + "then the customer's revenue")
  }

  /// The last day each top-up's credits last (trial 33, T33-3): the day before its account's
  /// next purchase dated later (through `asOf`); for the account's latest, its date plus the
  /// median days between its purchases' dates (the mean of the middle two, rounded down, for
  /// an even count), less a day; for an account's only purchase date, ``termMonths`` months.
  /// - Parameter topUps: The purchases, any order; the ends are in the same order.
  static func topUpEnds(_ topUps: [LedgerEntry], asOf: Month) -> [CivilDate] {
    var dates = [Int: [CivilDate]]()
    for e in topUps where e.date.month <= asOf { dates[e.account, default: []].append(e.date) }
    var spans = [Int: Int]()
    for (a, list) in dates {
      let days = Array(Set(list)).sorted()
      dates[a] = days
      let gaps = zip(days, days.dropFirst()).map { $1.days(since: $0) }.sorted()
      guard !gaps.isEmpty else { continue }
      let k = gaps.count
      spans[a] = k % 2 == 1 ? gaps[k / 2] : (gaps[k / 2 - 1] + gaps[k / 2]) / 2
    }
    return topUps.map { e in
      let start = e.period?.start ?? e.date
      if let next = dates[e.account]?.first(where: { $0 > e.date }) {
        return CivilDate(daysSinceEpoch: next.daysSinceEpoch - 1)
      }
      if let span = spans[e.account] {
        return CivilDate(daysSinceEpoch: start.daysSinceEpoch + Int32(span) - 1)
      }
      return termEnd(from: start)
    }
  }

  /// Commits each account holding a commitment bought (a purchase, not a top-up, with a term)
  /// to that purchase's share of the as-of month (``LedgerMinimums/billed(_:in:)``, as its
  /// period is spread), as its `committed_mrr`, unless one is given: committed ARR is the
  /// commitment, not the overage billed beside it once the commit is spent (session 35, imp
  /// lane; trial 34, T34-6: a $120,000 commit with $15,000 a month of overage was $300,000 of
  /// committed ARR). The ladder caps it at the account's as-of MRR.
  /// The commitment is known from the first month a purchase of it bills (its `inferredFrom`:
  /// an earlier view, the backtest's, holds none before it), and a finding names the rule
  /// (review 35, finding 6: neither was set, so a customer that bought a commit last month was
  /// committed in last year's backtest, and nothing in the report said why committed ARR fell).
  /// - Complexity: O(lines).
  static func commit(
    _ entries: [LedgerEntry], file: String, currency: String?, into company: inout ImportedCompany
  ) {
    var committed = [Int: Int64]()
    var since = [Int: Month]()
    var firstLine: (line: Int, text: String)?
    var readings = Readings()
    for e in entries where readings.isPurchase(e) && e.period != nil && !readings.isTopUp(e) {
      let (cents, first) = LedgerMinimums.billed(e, in: company.asOf)
      since[e.account] = min(since[e.account] ?? first, first)
      guard cents > 0 else { continue }
      committed[e.account] = Money.saturatingSum(committed[e.account] ?? 0, cents)
      if firstLine == nil || e.line < firstLine!.line { firstLine = (e.line, e.description) }
    }
    var set = 0
    var total: Int64 = 0
    for (a, cents) in committed.sorted(by: { $0.key < $1.key })
    where company.accounts[a].committedMRR == nil {
      LedgerMinimums.commit(&company.accounts[a], cents: cents, from: since[a] ?? company.asOf)
      set += 1
      total = Money.saturatingSum(total, cents)
    }
    guard set > 0, let first = firstLine else { return }
    let money = { (c: Int64) in Money.text(cents: c, currency: currency) }
    let named =
      first.text.isEmpty ? "line \(first.line)" : "\"\(first.text)\" on line \(first.line)"
    company.log.findings.append(
      "\(file): \(Counted.phrase(set, "account")) \(set == 1 ? "holds" : "hold") a commitment "
        + "bought (\(named)): read as \(set == 1 ? "its" : "their") "
        + "committed minimum from the month it first bills, \(money(total)) of the as-of month's "
        + "MRR (committed ARR \(money(Money.saturatingProduct(total, times: 12)))), the usage "
        + "billed beyond it as overage; if the purchase is no commitment, committed ARR is that "
        + "much lower")
  }

  /// Whether `e` bills usage credits can pay: a positive line, no purchase, typed usage or
  /// untyped and named as usage (``UsageMonths/namesUsage(_:)``). A platform fee or a plan, a
  /// steady charge the customer pays beside its credits, is none (review 35, finding 5: a $1,000
  /// monthly "Platform fee" was the usage a $3,000 top-up paid, the top-up left out of revenue).
  static func isUsageBilled(_ e: LedgerEntry) -> Bool {
    var readings = Readings()
    return readings.isUsageBilled(e)
  }

  /// Draws usage billed in full from the prepaid credits that pay it, and says so in a finding.
  ///
  /// Some systems bill the usage a customer draws from its credits at its full amount and pay
  /// the invoice from the credits (Lago: the wallet's credits are applied to the invoice, the
  /// fee keeps its amount): read as written, the purchase, a commitment over its term, and the
  /// usage it pays were both revenue. A line of usage of the purchase's account
  /// (``isUsageBilled(_:)``), invoiced from the purchase's date through its term's end,
  /// is drawn from the credits in date order until they are spent; beyond them, usage is
  /// revenue again. An account with a negative line in that window applies its credits by lines
  /// of their own (Metronome's `applied_commit_or_credit`) and is left as written, as are lines
  /// billed at zero (Orb's `Net amount`). Decided, session 18, import4 lane (trial 17, L1).
  /// A **top-up** (credits with no term) is not drawn so: its credits are spent as used, so the
  /// usage it pays is the revenue and the top-up, the cash paid ahead, is left out (session 35,
  /// imp lane; trial 34, T34-11: a $6,000 wallet top-up spent at $1,000 a month read $500).
  /// - Returns: The cents drawn: read from the file, left out of revenue.
  static func drawDown(
    _ entries: inout [LedgerEntry], file: String, currency: String?, log: inout ImportLog
  ) -> Int64 {
    var readings = Readings()
    let purchases = entries.indices.filter { readings.isPurchase(entries[$0]) }
    guard !purchases.isEmpty else { return 0 }
    // Each account's lines in date order, once: a purchase's window is a binary search, not a
    // pass over its account's lines (hostile 55, H55-2).
    var byAccount = [Int: [Int]]()
    for i in entries.indices { byAccount[entries[i].account, default: []].append(i) }
    for a in Set(purchases.map { entries[$0].account }) {
      byAccount[a]!.sort {
        (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
      }
    }
    var drawnLines = [Int]()
    var drawn: Int64 = 0
    // Top-ups paying usage billed in full (index, line), their amount, what no usage line has
    // drawn yet, and the usage lines they pay.
    var topUps = [(index: Int, line: Int)]()
    var topUpCents: Int64 = 0
    var unspent: Int64 = 0
    var paidLines = 0
    for p in purchases {
      let purchase = entries[p]
      guard let term = purchase.period else { continue }
      let lines = byAccount[purchase.account, default: []]
      let from = lines.partitionIndex { entries[$0].date >= purchase.date }
      let to = lines.partitionIndex { entries[$0].date > term.end }
      let ordered = from < to ? lines[from..<to].filter { $0 != p } : []
      guard !ordered.contains(where: { entries[$0].amount < 0 }) else { continue }
      var left = purchase.amount
      // A top-up's credits are spent as used: the usage billed is the revenue, and the top-up
      // the cash paid ahead for it, left out (session 35, imp lane; trial 34, T34-11).
      if readings.isTopUp(purchase) {
        let usage = ordered.filter { readings.isUsageBilled(entries[$0]) }
        guard !usage.isEmpty else { continue }
        let billed = usage.reduce(Int64(0)) { $0 &+ entries[$1].amount }
        topUps.append((p, purchase.line))
        topUpCents = topUpCents &+ purchase.amount
        unspent = unspent &+ max(0, purchase.amount &- billed)
        paidLines += usage.count
        drawn = drawn &+ purchase.amount
        entries[p].amount = 0
        continue
      }
      for i in ordered where left > 0 && readings.isUsageBilled(entries[i]) {
        let take = min(left, entries[i].amount)
        entries[i].amount -= take
        left -= take
        drawn = drawn &+ take
        drawnLines.append(i)
      }
    }
    if let first = topUps.map(\.line).min() {
      let n = topUps.count
      let money = { (c: Int64) in Money.text(cents: c, currency: currency) }
      log.findings.append(
        "\(file): \(Counted.phrase(n, "top-up")) of prepaid credits (\(money(topUpCents)) in "
          + "all, the first on line \(first)) \(n == 1 ? "pays" : "pay") usage billed in full "
          + "(\(Counted.phrase(paidLines, "line")) within \(n == 1 ? "its" : "their") span): the "
          + "usage billed is the revenue, as the credits are spent, and the top-up\(n == 1 ? " is" : "s are") "
          + "the cash paid ahead for it, left out of revenue (\(money(unspent)) of it not yet "
          + "drawn by a usage line)")
    }
    guard let first = drawnLines.map({ entries[$0].line }).min() else { return drawn }
    let n = drawnLines.count
    log.findings.append(
      "\(file): \(Counted.phrase(n, "line")) (\(Money.text(cents: drawn, currency: currency)) "
        + "in all, the first on line \(first)) bill usage of a customer holding prepaid "
        + "credits, invoiced within the credits' term: drawn from the credits, not counted "
        + "again (the purchase, a commitment over its term, is the revenue); usage beyond the "
        + "credits bought is counted")
    return drawn
  }
}
