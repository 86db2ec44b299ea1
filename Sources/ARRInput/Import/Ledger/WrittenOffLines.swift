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
/// stay billed revenue, counted in the unpaid lines' finding.
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
  }

  /// Zeroes the written-off charges of `entries` that no collected charge of their account
  /// follows (the file's last charges of the account). Returns the accounts so read, in account
  /// order.
  /// - Complexity: O(lines log lines).
  static func apply(_ entries: inout [LedgerEntry]) -> [Account] {
    guard entries.contains(where: \.isWrittenOff) else { return [] }
    var byAccount = [Int: [Int]]()
    for (i, e) in entries.enumerated() where e.amount > 0 && e.kind != .oneTime {
      byAccount[e.account, default: []].append(i)
    }
    var found = [Account]()
    for account in byAccount.keys.sorted() {
      let lines = byAccount[account]!.sorted {
        (entries[$0].date, entries[$0].line) < (entries[$1].date, entries[$1].line)
      }
      var run = [Int]()
      for i in lines.reversed() {
        guard entries[i].isWrittenOff else { break }
        run.append(i)
      }
      guard !run.isEmpty else { continue }
      run.reverse()
      let latest = entries[run[run.count - 1]].date.month
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
          account: account, lines: run.count, cents: cents, first: entries[run[0]].date,
          monthly: monthly))
    }
    return found
  }

  /// Months a service period spans: its whole months, else its days over a month's average
  /// (at least one; one without a period).
  static func months(_ period: (start: CivilDate, end: CivilDate)?) -> Int {
    guard let (start, end) = period else { return 1 }
    if let k = ServicePeriod.wholeMonths(from: start, through: end) { return max(1, k) }
    return max(1, Int((Double(end.days(since: start) + 1) / 30.44).rounded()))
  }

  /// The finding on `found` (``apply(_:)``), `nil` for none; `ids` names an account,
  /// `money` writes an amount.
  static func finding(
    _ found: [Account], file: String, ids: (Int) -> String, money: (Int64) -> String
  ) -> (text: String, stake: Int64)? {
    guard !found.isEmpty else { return nil }
    let lines = found.reduce(0) { $0 + $1.lines }
    let cents = found.reduce(Int64(0)) { $0 &+ $1.cents }
    let stake = found.reduce(Int64(0)) { $0 &+ $1.monthly }.multipliedReportingOverflow(by: 12)
      .partialValue
    let named = found.prefix(3).map {
      "\"\(ids($0.account))\" (\(Counted.phrase($0.lines, "invoice line")) from \($0.first), "
        + "\(money($0.monthly)) a month)"
    }
    let one = found.count == 1
    let text =
      "\(file): \(Counted.phrase(found.count, "account")) stopped paying: "
      + "\(one ? "its" : "their") charges are written off (\"uncollectible\") from a date on, "
      + "with none collected after: "
      + named.joined(separator: ", ") + (found.count > 3 ? ", …" : "")
      + ". \(Counted.phrase(lines, "line")) (\(money(cents)) in all) \(lines == 1 ? "is" : "are") "
      + "left out as no revenue, and \(one ? "the account leaves" : "each account leaves") in "
      + "the month of \(one ? "its" : "its own") first written-off charge (an involuntary "
      + "churn); read as billed, ARR would be \(money(stake)) higher"
    return (text, stake)
  }
}
