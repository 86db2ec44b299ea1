import ARRCore

/// One account, or a few, whose invoices run past everyone else's (`docs/import.md`, "The
/// as-of month"; session 43, crm lane; review 42, R10): a consultancy billed in arrears, its
/// invoices dated weeks or months after the last invoice run of the other accounts, set the
/// company's as-of month, and every other account read churned (as of 2025-05 for an export
/// whose invoices end in 2025-03: $48,000 for $120,000).
///
/// Decided: the default as-of month does not follow a few accounts' late dates. When the months
/// after some month B (at most ``maximumTail``) hold only lines of the accounts billed in the
/// file's last month, and at least ``minimumStopped`` other accounts, and ``stoppedPerLate``
/// for each late one, were billed both in B and in the month before it (a monthly rhythm, whose
/// absence after B says the export ends there), and every late account's invoices fall later in
/// their month than the others' (``isDatedLater(_:than:through:in:)``), the as-of month is B,
/// and a note names the accounts and the month. Accounts leaving one by one (the last one billed
/// alone for a while), annual accounts billed in B alone, or one late account beside another
/// invoiced on the others' day move nothing (session 44, imp lane; review 43, V25: two advisory
/// accounts billed two months in arrears kept the as-of month at their last invoice, $72,000
/// for $144,000).
enum LoneLateAccount {
  /// Months after the others' last invoices the lone account's may run.
  static let maximumTail = 3
  /// Other accounts billed monthly up to B: fewer may be a real churn.
  static let minimumStopped = 3
  /// Other accounts billed monthly up to B for each late account: the late ones are a small
  /// minority (a quarter at most of those billed in B), not half a customer base billed later.
  static let stoppedPerLate = 3

  /// The month the other accounts' monthly invoices end, and the accounts billed after it (in
  /// index order), when the file's last month `last` is held by those accounts alone (see the
  /// type).
  /// - Complexity: O(lines).
  static func find(_ entries: [LedgerEntry], last: Month) -> (asOf: Month, accounts: [Int])? {
    var accountsIn = [Month: Set<Int>]()
    for e in entries where e.amount > 0 {
      accountsIn[e.date.month, default: []].insert(e.account)
    }
    guard let late = accountsIn[last], !late.isEmpty else { return nil }
    // B: the latest month holding another account's line.
    var month = last
    for _ in 0..<maximumTail {
      month = month.adding(months: -1)
      let held = accountsIn[month] ?? []
      guard held.isSubset(of: late) else {
        let monthly = held.subtracting(late).intersection(
          accountsIn[month.adding(months: -1)] ?? [])
        // A late account bills in a monthly rhythm of its own up to B (billed in B and the two
        // months before): renewals of annual accounts, or new accounts first billed in the last
        // month, are no arrears (review 44, X-2 and X-3: the as-of month moved back a month).
        let before = (1...2).map { accountsIn[month.adding(months: -$0)] ?? [] }
        guard late.allSatisfy({ a in held.contains(a) && before.allSatisfy { $0.contains(a) } }),
          monthly.count >= max(minimumStopped, stoppedPerLate * late.count),
          late.allSatisfy({ isDatedLater($0, than: monthly, through: month, in: entries) })
        else { return nil }
        return (month, late.sorted())
      }
    }
    return nil
  }

  /// Whether `account`'s invoices through `month` fall later in their month than those of the
  /// `others` in `month` and the two before it, by ``minimumDaysLater`` days at least (medians):
  /// the evidence of a late or arrears billing (review 43, V24: an enterprise customer invoiced
  /// on the 1st as everyone, continuing after five self-serve customers stopped together, moved
  /// the as-of back, $78,000 for $60,000).
  static func isDatedLater(
    _ account: Int, than others: Set<Int>, through month: Month, in entries: [LedgerEntry]
  ) -> Bool {
    func day(_ e: LedgerEntry) -> Int {
      e.date.days(since: CivilDate.firstDay(of: e.date.month)) + 1
    }
    func median(_ days: [Int]) -> Int? { days.isEmpty ? nil : days.sorted()[days.count / 2] }
    let from = month.adding(months: -2)
    let own = entries.filter { $0.account == account && $0.amount > 0 && $0.date.month <= month }
    let theirs = entries.filter {
      others.contains($0.account) && $0.amount > 0 && $0.date.month >= from
        && $0.date.month <= month
    }
    guard let a = median(own.map(day)), let b = median(theirs.map(day)) else { return false }
    return a >= b + minimumDaysLater
  }

  /// Days later in the month the lone account's invoices fall than the others'.
  static let minimumDaysLater = 7

  /// The note saying which month was used and why; `accounts` are the late accounts' names.
  static func note(
    file: String, asOf: Month, last: Month, accounts: [String], linesAfter: Int
  ) -> String {
    let one = accounts.count == 1
    let names =
      accounts.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
      + (accounts.count > 3 ? " and \(accounts.count - 3) more" : "")
    return "\(file): the other accounts' monthly invoices end in \(asOf); only \(names) "
      + "\(one ? "is" : "are") billed after it, to \(last) (\(one ? "its" : "their") invoices dated "
      + "later, billed in arrears or late), so the as-of month is \(asOf), not "
      + "\(one ? "its" : "their") last invoice's month: "
      + "\(Counted.phrase(linesAfter, "line")) after it \(linesAfter == 1 ? "is" : "are") "
      + "counted after the as-of month (choose --as-of \(last) to measure that month anyway)"
  }
}
