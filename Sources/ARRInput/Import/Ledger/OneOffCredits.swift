import ARRCore

/// Credits without a service period beside their month's charge that do not repeat: one-off,
/// so they change no run-rate (`docs/import.md`, "Invoice ledger", "What a line is", rule 6).
///
/// Such a credit (negative, untyped, no period, read through the billings rules, in a month
/// holding a charge of its account read by them) is left out of revenue and reported, as a
/// cube's credit with no one-time revenue to reduce is (`docs/import.md`, "Credits"). Netted
/// against the month's charge it was a contraction and, a month later, an expansion, and in
/// the as-of month it lowered headline MRR silently (decided, session 29, t28c lane; trial
/// 28, T28-4: a QuickBooks AR ledger's `Credit Memo CM-77 ($400.00)` in the as-of month read
/// $51.0K for $55,800). A credit of the same amount in two months or more of its account is a
/// lasting discount and stays netted, as does a credit typed recurring. In the as-of month a
/// lasting price cut cannot be seen yet: the account's as-of MRR is a range whose low end
/// deducts the credit.
enum OneOffCredits {
  /// The indices of `entries` that are one-off credits, given how each line is used; those in
  /// `excluding` (credits the one-time rules left ambiguous) are not.
  static func find(_ entries: [LedgerEntry], uses: [LedgerImporter.Use], excluding: Set<Int>)
    -> [Int]
  {
    struct Key: Hashable {
      var account: Int
      var month: Month
    }
    struct Amount: Hashable {
      var account: Int
      var cents: Int64
    }
    var charged = Set<Key>()
    var months = [Amount: Set<Month>]()
    var credits = [Int]()
    for (i, e) in entries.enumerated() {
      if e.amount > 0 && uses[i] == .billings {
        charged.insert(Key(account: e.account, month: e.date.month))
      }
      guard e.amount < 0, e.kind == nil, e.period == nil,
        uses[i] == .billings
      else { continue }
      months[Amount(account: e.account, cents: e.amount), default: []].insert(e.date.month)
      credits.append(i)
    }
    return credits.filter { i in
      let e = entries[i]
      guard !excluding.contains(i),
        months[Amount(account: e.account, cents: e.amount)]?.count ?? 0 < 2
      else { return false }
      return charged.contains(Key(account: e.account, month: e.date.month))
    }
  }

  /// Leaves `credits` out of `company`'s revenue (the tie-out counts them), prices the as-of
  /// month's ones in each account's range, and reports them. A ledger names what a credit is
  /// against: one against a one-time charge is a refund already (rule 1), so these credit
  /// recurring charges and are not taken from one-time revenue.
  /// `withPeriods`: the credits carry service periods (``withPeriods(_:uses:)``); one falls in
  /// the as-of month when its period covers it, and the finding says what they are.
  static func apply(
    _ credits: [LedgerEntry], file: String, currency: String?,
    into company: inout ImportedCompany, withPeriods: Bool = false
  ) {
    guard !credits.isEmpty else { return }
    let n = company.monthCount
    var total: Int64 = 0
    var atAsOf = [Int: Int64]()
    for c in credits {
      total &-= c.amount
      let asOf = company.firstMonth.adding(months: n - 1)
      let covers = c.period.map { $0.start.month <= asOf && $0.end.month >= asOf } ?? false
      if let (start, end) = c.period, covers {
        // A period credit's share of the as-of month.
        let months = Int64(max(1, end.month.months(since: start.month) + 1))
        atAsOf[c.account, default: 0] &+= c.amount / months
      } else if c.date.month.months(since: company.firstMonth) == n - 1 && c.period == nil {
        atAsOf[c.account, default: 0] &+= c.amount
      }
    }
    company.log.tieOut.add(0 &- total, to: \.leftOutCents)
    for (a, cents) in atAsOf {
      let mrr = company.mrr[company.cell(a, n - 1)]
      let range = company.accounts[a].ambiguousMRR ?? (mrr, mrr)
      company.accounts[a].ambiguousMRR = (
        low: max(0, min(range.low, mrr) &+ cents), high: max(range.high, mrr)
      )
    }
    let first = credits.min { $0.line < $1.line }!
    func money(_ cents: Int64) -> String {
      Money.text(cents: cents, currency: currency, wholeUnits: true)
    }
    let asOfCents = atAsOf.values.reduce(Int64(0)) { $0 &- $1 }
    let names = atAsOf.keys.sorted().prefix(3).map { "\"\(company.accounts[$0].id)\"" }
    let one = credits.count == 1
    let what =
      withPeriods
      ? "\(Counted.phrase(credits.count, "credit")) with a service period (\(money(total)) in all, "
        + "the first on line \(first.line)) \(one ? "cancels" : "cancel") no charge (no charge of "
        + "\(one ? "its" : "their") amount in \(one ? "its" : "their") period), "
        + "\(one ? "repeats" : "repeat") in no other month, and the next invoice is not lower: "
        + "\(one ? "it is" : "they are") read as one-off (a service credit refunds a month; it "
        + "does not lower the price): MRR keeps the charge and \(one ? "the credit is" : "the credits are") "
        + "left out of every figure"
      : "\(Counted.phrase(credits.count, "credit")) (\(money(total)) in all, the first on "
        + "line \(first.line)) beside \(one ? "its" : "their") account's charge of the month, with "
        + "no credit of the same amount in another month, \(one ? "is" : "are") read as one-off: "
        + "MRR keeps the month's charge and \(one ? "the credit is" : "the credits are") left out "
        + "of every figure (a lasting price cut would show in the next invoice)"
    let text =
      "\(file): \(what)"
      + (atAsOf.isEmpty
        ? ""
        : "; \(money(asOfCents)) of \(one ? "it falls" : "them fall") in the as-of month ("
          + names.joined(separator: ", ")
          + "\(atAsOf.count > 3 ? " and \(atAsOf.count - 3) more" : "")), where no next "
          + "invoice shows it yet: as-of MRR is a range whose low end deducts "
          + "\(atAsOf.count == 1 && one ? "it" : "them")")
    guard withPeriods else {
      company.log.findings.append(text)
      return
    }
    // None in the as-of month: nothing is at stake, so a note, not "an import finding about $0
    // of ARR" (review 45b, Z-16).
    guard asOfCents != 0 else {
      company.log.notes.append(text)
      return
    }
    // Staked at what the as-of month's credits would take from ARR, netted.
    company.log.addFinding(
      text, arrCents: asOfCents.multipliedReportingOverflow(by: 12).partialValue)
  }
}
