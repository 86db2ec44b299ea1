import ARRCore

/// Invoices written off through the as-of month: a customer who stopped paying (`docs/import.md`,
/// "Invoice ledger", "Invoices written off"; session 45, crm lane; trial 44, T44-20).
///
/// Stripe marks an invoice `uncollectible` when its retries are exhausted and the balance is
/// written off, and moves the subscription to `unpaid`: it keeps issuing invoices nobody pays.
/// Read as billed revenue (``UnpaidLines``), such a customer counted $12K of ARR (24% of the
/// trial's headline) as a wavering account, and the warning staked only the lines' "$3,700".
///
/// Decided: an account's charges whose status says written off (``statuses``) **after its last
/// charge collected** (or not written off), its last charges in the file, are no revenue: the
/// account leaves in the month of the first of them, an involuntary churn. Each such line's
/// amount is left out (the tie-out counts it) and a finding names the accounts, staked at the
/// ARR they would have carried (12 × the monthly amount of their latest written-off charges).
/// A write-off followed by a collected charge is a lapse the customer came back from: its lines
/// stay billed revenue, counted in the unpaid lines' finding — unless a collected charge bills
/// the same service again (``isRebilled(_:by:)``): the re-bill counts and the written-off line is
/// left out (review 45b, Z-5: a November invoice written off and re-billed on the 20th for
/// November counted twice, cus_R $19,200 for $9,600). An account whose collected charge's service
/// runs past its first written-off line (a paid annual beside a written-off true-up) does not
/// leave: its written-off lines are an add-on left out, said so (review 45b, Z-6).
enum WrittenOffLines {
  /// Statuses that say an invoice was written off (lowercased, `_` and `-` as spaces).
  static let statuses: Set<String> = [
    "uncollectible", "marked uncollectible", "written off", "write off", "bad debt",
    "irrecoverable", "uneinbringlich", "abgeschrieben",
  ]

  /// Whether `status` says written off.
  static func isWrittenOff(_ status: String) -> Bool {
    statuses.contains(CubeLayout.normalized(status))
  }

  /// Whether `status` is Chargebee's `Payment Due` (dunning in progress): a file that uses it
  /// says `Not Paid` only of invoices whose collection stopped (``isCollectionStopped(_:)``).
  static func isDunningInProgress(_ status: String) -> Bool {
    status.utf8.count == 11 && CubeLayout.normalized(status) == "payment due"
  }

  /// Whether `status` is Chargebee's `Not Paid` (every attempt failed, dunning over): written
  /// off where the file also says `Payment Due` (review 45b, Z-14: read as a generic unpaid
  /// word, cb_C's three `Not Paid` invoices kept it live, $30,000 for $18,000).
  static func isCollectionStopped(_ status: String) -> Bool {
    CubeLayout.normalized(status) == "not paid"
  }

  /// One account whose trailing charges were written off.
  struct Account: Sendable {
    var account: Int
    /// Its written-off lines.
    var lines: Int
    var cents: Int64
    /// The first one's date.
    var first: CivilDate
    /// The monthly amount of its latest written-off month's charges (each over its period's
    /// months, one month without a period).
    var monthly: Int64
    /// Whether a collected charge's service runs past its first written-off line: the account
    /// stays on it, and the written-off lines were an add-on (review 45b, Z-6).
    var isAddOn = false
    /// Whether a collected charge of another service (``isSameService(_:_:)``) is dated on or
    /// after its first written-off line: the account stays on it, the written-off service's ARR leaves (review
    /// 47b, R47b-4).
    var isOtherService = false
  }

  /// Written-off lines billed again for the same service by a collected charge.
  struct Rebilled: Sendable {
    var lines = 0
    var cents: Int64 = 0
    /// Their monthly amount (each over its period's months).
    var monthly: Int64 = 0
    /// The first one's line.
    var first = Int.max
    /// Collected charges that settle written-off lines (``settle(_:lines:into:)``): how many,
    /// their sum (left out), the first's line, and the written-off lines they pay.
    var settlements = 0
    var settledCents: Int64 = 0
    var firstSettlement = Int.max
    var settledLines = 0
  }

  /// The days a line serves, `[start, end)`: its service period (an inclusive end written as
  /// a day is made exclusive only by the strict comparison of ``isRebilled(_:by:)``), else its
  /// month.
  static func span(_ e: LedgerEntry) -> (start: Int32, end: Int32) {
    if let (start, end) = e.period { return (start.daysSinceEpoch, end.daysSinceEpoch) }
    let first = CivilDate.firstDay(of: e.date.month)
    let next = CivilDate.firstDay(of: e.date.month.adding(months: 1))
    return (first.daysSinceEpoch, next.daysSinceEpoch)
  }

  /// Whether the collected charge `again` bills the service of the written-off charge `line`
  /// again: their spans (``span(_:)``) overlap by at least a day and it is the same charge (the
  /// same description, letters only, or the same amount), or `line` is a term charge (a period
  /// of more than a month) and `again` is dated after it: the customer's plan from then on, of
  /// any amount, replaces the term it did not pay (review 46b, R46b-6: an annual written off and
  /// a monthly plan paid from October counted both, cus_W $16,800 for $8,400, while a new plan
  /// at the annual's own price was read so). A lapse's later months, or another product's
  /// charge of another amount beside a written-off month, are no re-bill.
  static func isRebilled(_ line: LedgerEntry, by again: LedgerEntry) -> Bool {
    let a = span(line)
    let b = span(again)
    guard a.start < b.end, b.start < a.end else { return false }
    if months(line.period) > 1 && again.date > line.date { return true }
    let key = LedgerImporter.repeatKey(line.description)
    return line.amount == again.amount
      || (!key.isEmpty && LedgerImporter.repeatKey(again.description) == key)
  }

  /// Whether the collected charge `again` may bill the service of the written-off charge
  /// `line`: the same description (letters only), or a product word in common
  /// (``CreditsEndingTerms/productWords(_:)``), or a description naming no product (nothing
  /// tells the services apart: `Subscription - monthly`, a blank memo).
  static func isSameService(_ line: LedgerEntry, _ again: LedgerEntry) -> Bool {
    let key = LedgerImporter.repeatKey(line.description)
    if key.isEmpty || key == LedgerImporter.repeatKey(again.description) { return true }
    let a = CreditsEndingTerms.productWords(line.description)
    let b = CreditsEndingTerms.productWords(again.description)
    return a.isEmpty || b.isEmpty || !a.isDisjoint(with: b)
  }

  /// Whether the collected charge `payment` settles the written-off charge `line`: the same
  /// amount, or its text names `line`'s invoice (``names(_:in:)``).
  static func settles(_ payment: LedgerEntry, _ line: LedgerEntry) -> Bool {
    payment.amount == line.amount
      || names(line.document, in: payment.description + " " + payment.reference)
  }

  /// Zeroes the written-off charges of `entries` billed again by a collected charge
  /// (``isRebilled(_:by:)``), then those that no collected charge of their account and of the
  /// same service follows (``isSameService(_:_:)``: the file's last charges of the account, or
  /// of a plan its add-on outlives). Returns the accounts so read, in account order, and
  /// the re-billed lines.
  /// - Complexity: O(lines log lines + lines × written-off lines of their account).
  static func apply(_ entries: inout [LedgerEntry]) -> (accounts: [Account], rebilled: Rebilled) {
    var rebilled = Rebilled()
    guard entries.contains(where: \.isWrittenOff) else { return ([], rebilled) }
    var byAccount = [Int: [Int]]()
    for (i, e) in entries.enumerated() where e.amount > 0 && e.kind != .oneTime {
      byAccount[e.account, default: []].append(i)
    }
    var found = [Account]()
    for account in byAccount.keys.sorted() {
      var lines = byAccount[account]!.sorted {
        (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
      }
      let again = lines.filter { i in
        entries[i].isWrittenOff
          && lines.contains { j in
            !entries[j].isWrittenOff && isRebilled(entries[i], by: entries[j])
          }
      }
      for i in again {
        let e = entries[i]
        for j in lines where !entries[j].isWrittenOff && isRebilled(e, by: entries[j]) {
          entries[j].isRebill = true
        }
        // A charge of a month or less that settles a written-off term charge (its amount, or
        // naming its invoice) is its payment: it takes the term's service period, so the term
        // counts as collected (review 47b, R47b-3: "Payment of written-off invoice in_W_annual"
        // counted as a one-off and the year's plan left, cus_W $0 for $8,400).
        if months(e.period) > 1,
          let j = lines.first(where: { j in
            !entries[j].isWrittenOff && months(entries[j].period) <= 1 && entries[j].date > e.date
              && isRebilled(e, by: entries[j]) && settles(entries[j], e)
          })
        {
          entries[j].period = e.period
        }
        rebilled.lines += 1
        rebilled.cents = rebilled.cents &+ e.amount
        rebilled.monthly = rebilled.monthly &+ e.amount / Int64(months(e.period))
        rebilled.first = min(rebilled.first, e.line)
        entries[i].amount = 0
      }
      if !again.isEmpty { lines.removeAll { again.contains($0) } }
      settle(&entries, lines: &lines, into: &rebilled)
      // Written-off lines no collected charge of the same service follows (a lapse the
      // customer came back from is followed; a collected add-on of another product is no
      // coming back to the plan: review 47b, R47b-4).
      let collected = lines.filter { !entries[$0].isWrittenOff }
      let run = lines.indices.filter { k in
        entries[lines[k]].isWrittenOff
          && !lines[(k + 1)...].contains { j in
            !entries[j].isWrittenOff && isSameService(entries[lines[k]], entries[j])
          }
      }.map { lines[$0] }
      guard !run.isEmpty else { continue }
      let latest = entries[run[run.count - 1]].date.month
      let firstDay = entries[run[0]].date
      let isAddOn = collected.contains { i in
        guard let (_, end) = entries[i].period else { return false }
        return end > firstDay
      }
      let isOtherService = collected.contains {
        entries[$0].date >= firstDay && !isSameService(entries[run[0]], entries[$0])
      }
      var cents: Int64 = 0
      var monthly: Int64 = 0
      for i in run {
        let e = entries[i]
        cents = cents &+ e.amount
        if e.date.month == latest {
          monthly = monthly &+ e.amount / Int64(months(e.period))
        }
        entries[i].amount = 0
      }
      found.append(
        Account(
          account: account, lines: run.count, cents: cents, first: firstDay,
          monthly: monthly, isAddOn: isAddOn, isOtherService: isOtherService))
    }
    return (found, rebilled)
  }

  /// Words of a credit that writes invoices off (a bad-debt credit memo, QuickBooks' way to
  /// write off what a status column says elsewhere).
  static let creditWords = ["bad debt", "write off", "written off", "writeoff", "writtenoff"]

  /// Marks as written off the charges a bad-debt credit writes off (review 45b, Z-15: QuickBooks'
  /// Credit Memo "Bad debt write-off" of −2,000 kept a customer's unpaid invoices as revenue):
  /// a credit (negative, not one-time) whose description or reference says so (``creditWords``,
  /// not a recovery) and names the charges it writes off by their numbers (``names(_:in:)``),
  /// charges of its account dated on or before it, positive, not one-time, not already written
  /// off, that sum to it: each is marked written off for ``apply(_:)`` and the credit becomes 0
  /// (the write-off is those charges left out, not a deduction besides). A memo naming none
  /// writes off nothing: which invoices went unpaid only payments tell, and taken as the latest
  /// it churned a paying customer with one old bad debt (review 46b, R46b-1); a memo naming
  /// the months it writes off (``namedMonths(in:before:)``: `Aug-Nov invoices`) names the
  /// charges of its account dated in them, which must sum to it (review 45b, `z25`). Returns the
  /// credits' sum so zeroed (negative), for the tie-out.
  /// - Complexity: O(lines + credits × lines of their account).
  static func applyCredits(_ entries: inout [LedgerEntry]) -> Int64 {
    func says(_ text: String) -> Bool {
      guard !text.isEmpty else { return false }
      let key = CubeLayout.normalized(text)
      return creditWords.contains { key.contains($0) } && !key.contains("recover")
    }
    let credits = entries.indices.filter { i in
      let e = entries[i]
      return e.amount < 0 && e.kind != .oneTime && (says(e.description) || says(e.reference))
    }
    guard !credits.isEmpty else { return 0 }
    var byAccount = [Int: [Int]]()
    for (i, e) in entries.enumerated() where e.amount > 0 && e.kind != .oneTime {
      byAccount[e.account, default: []].append(i)
    }
    var zeroed: Int64 = 0
    for c in credits {
      let credit = entries[c]
      let text = credit.description + " " + credit.reference
      let owed = (byAccount[credit.account] ?? []).filter {
        entries[$0].date <= credit.date && !entries[$0].isWrittenOff
      }
      var taken = owed.filter { names(entries[$0].document, in: text) }
      // Naming no invoice, the months it names (`Aug-Nov invoices`): their charges.
      if taken.isEmpty {
        let months = Set(namedMonths(in: text, before: credit.date))
        taken = months.isEmpty ? [] : owed.filter { months.contains(entries[$0].date.month) }
      }
      let sum = taken.reduce(Int64(0)) { Money.saturatingSum($0, entries[$1].amount) }
      guard !taken.isEmpty, sum == 0 &- credit.amount else { continue }
      for i in taken { entries[i].isWrittenOff = true }
      zeroed = zeroed &+ credit.amount
      entries[c].amount = 0
    }
    return zeroed
  }

  /// Whether `text` names the document `number`: its words in a row (`INV-8006` in `INV 8006`),
  /// or its last word alone when that is a number of three digits or more (`8008` in `invoices
  /// 8008, 8009`).
  static func names(_ number: String, in text: String) -> Bool {
    let words = UsageMonths.words(number)
    guard let last = words.last else { return false }
    if UsageMonths.hasWord(text, of: [words.joined(separator: " ")]) { return true }
    return last.count >= 3 && last.allSatisfy(\.isNumber)
      && UsageMonths.hasWord(text, of: [String(last)])
  }

  /// Months a service period spans: its whole months, else its days over a month's average
  /// (at least one; one without a period).
  static func months(_ period: (start: CivilDate, end: CivilDate)?) -> Int {
    guard let (start, end) = period else { return 1 }
    if let k = ServicePeriod.wholeMonths(from: start, through: end) { return max(1, k) }
    return max(1, Int((Double(end.days(since: start) + 1) / 30.44).rounded()))
  }

  /// The findings on `found` (``apply(_:)``), none for none: one on the accounts that leave,
  /// one on those whose written-off lines are an add-on (``Account/isAddOn``); `ids` names an
  /// account, `money` writes an amount. Each is staked at the ARR its lines would carry.
  static func findings(
    _ found: [Account], file: String, ids: (Int) -> String, money: (Int64) -> String
  ) -> [(text: String, stake: Int64)] {
    [
      finding(
        found.filter { !$0.isAddOn && !$0.isOtherService }, file: file, ids: ids, money: money),
      addOnFinding(
        found.filter { $0.isAddOn && !$0.isOtherService }, file: file, ids: ids, money: money),
      otherServiceFinding(found.filter(\.isOtherService), file: file, ids: ids, money: money),
    ].compactMap { $0 }
  }

  /// `found`'s lines, named (at most 3), their count, amount and stake.
  private static func summary(
    _ found: [Account], ids: (Int) -> String, money: (Int64) -> String
  ) -> (named: String, lines: Int, cents: Int64, stake: Int64) {
    let lines = found.reduce(0) { $0 + $1.lines }
    let cents = found.reduce(Int64(0)) { $0 &+ $1.cents }
    let stake = found.reduce(Int64(0)) { $0 &+ $1.monthly }.multipliedReportingOverflow(by: 12)
      .partialValue
    let named = found.prefix(3).map {
      "\"\(ids($0.account))\" (\(Counted.phrase($0.lines, "invoice line")) from \($0.first), "
        + "\(money($0.monthly)) a month)"
    }
    return (named.joined(separator: ", ") + (found.count > 3 ? ", …" : ""), lines, cents, stake)
  }

  /// The finding on the accounts of `found` that leave, `nil` for none.
  static func finding(
    _ found: [Account], file: String, ids: (Int) -> String, money: (Int64) -> String
  ) -> (text: String, stake: Int64)? {
    guard !found.isEmpty else { return nil }
    let (named, lines, cents, stake) = summary(found, ids: ids, money: money)
    let one = found.count == 1
    let text =
      "\(file): \(Counted.phrase(found.count, "account")) stopped paying: "
      + "\(one ? "its" : "their") charges are written off (\"uncollectible\") from a date on, "
      + "with none collected after: "
      + named
      + ". \(Counted.phrase(lines, "line")) (\(money(cents)) in all) \(lines == 1 ? "is" : "are") "
      + "left out as no revenue, and \(one ? "the account leaves" : "each account leaves") in "
      + "the month of \(one ? "its" : "its own") first written-off charge (an involuntary "
      + "churn); read as billed, ARR would be \(money(stake)) higher"
    return (text, stake)
  }

  /// The finding on the accounts of `found` whose written-off lines are an add-on beside a
  /// collected charge still in service (``Account/isAddOn``), `nil` for none.
  static func addOnFinding(
    _ found: [Account], file: String, ids: (Int) -> String, money: (Int64) -> String
  ) -> (text: String, stake: Int64)? {
    guard !found.isEmpty else { return nil }
    let (named, lines, cents, stake) = summary(found, ids: ids, money: money)
    let one = found.count == 1
    let text =
      "\(file): \(Counted.phrase(found.count, "account")) had charges written off "
      + "(\"uncollectible\") beside a collected charge whose service runs past them: " + named
      + ". \(Counted.phrase(lines, "line")) (\(money(cents)) in all) \(lines == 1 ? "is" : "are") "
      + "left out as no revenue (a written-off add-on); "
      + (one ? "the account stays" : "each account stays")
      + " on \(one ? "its" : "its own") collected charges, no churn; read as billed, ARR "
      + "would be \(money(stake)) higher"
    return (text, stake)
  }

  /// The finding on written-off lines billed again by a collected charge (``Rebilled``), `nil`
  /// for none.
  static func rebilledFinding(_ rebilled: Rebilled, file: String, money: (Int64) -> String)
    -> (text: String, stake: Int64)?
  {
    guard rebilled.lines > 0 else { return nil }
    let stake = rebilled.monthly.multipliedReportingOverflow(by: 12).partialValue
    let one = rebilled.lines == 1
    let text =
      "\(file): \(Counted.phrase(rebilled.lines, "charge")) written off (\"uncollectible\") "
      + "\(one ? "is" : "are") billed again for the same service by a collected charge (the "
      + "first on line \(rebilled.first)): the re-bill counts and the written-off "
      + "line\(one ? "" : "s") (\(money(rebilled.cents)) in all) \(one ? "is" : "are") left out; "
      + "read as two charges, ARR would be \(money(stake)) higher"
    return (text, stake)
  }

  /// The finding on the accounts of `found` that stopped paying for one service while a
  /// collected charge of another goes on (``Account/isOtherService``), `nil` for none.
  static func otherServiceFinding(
    _ found: [Account], file: String, ids: (Int) -> String, money: (Int64) -> String
  ) -> (text: String, stake: Int64)? {
    guard !found.isEmpty else { return nil }
    let (named, lines, cents, stake) = summary(found, ids: ids, money: money)
    let one = found.count == 1
    let text =
      "\(file): \(Counted.phrase(found.count, "account")) stopped paying for a service while "
      + "paying for another: \(one ? "its" : "their") charges for it are written off "
      + "(\"uncollectible\") with none of that service collected after: " + named
      + ". \(Counted.phrase(lines, "line")) (\(money(cents)) in all) \(lines == 1 ? "is" : "are") "
      + "left out as no revenue; \(one ? "the account stays" : "each account stays") on "
      + "\(one ? "its" : "its own") other collected charges (the written-off service's ARR "
      + "leaves as a contraction); read as billed, ARR would be \(money(stake)) higher"
    return (text, stake)
  }
}
