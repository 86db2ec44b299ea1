import ARRCore

extension LedgerImporter {
  /// An account whose every line's service starts after the as-of month (a subscription
  /// invoiced for a service that starts later, whenever the invoice is dated) has signed and
  /// not started: its start date is the first day of its earliest line's service month (or
  /// date's month, for a line without a service period), so the report counts it as "start
  /// after 2026-09 (not started by the as-of month)", as the Stripe export of the same company
  /// does, and not as "never paid recurring revenue" (session 31; render review 30, R30-9: the
  /// ledger's A0193–A0200, invoiced for service from 2026-10, A0200 $141,372 paid). A start
  /// date the data gives is kept; an account with any line starting by the as-of month is left
  /// to the revenue (``ImportedCompany``'s start from its first paying month).
  /// - Parameters:
  ///   - company: The imported company, its accounts indexed as the entries' `account`.
  ///   - entries: Every line of the ledger, in the window or after it.
  ///   - start: A line's service month (its period's start, else its date's month).
  /// - Complexity: O(entries + accounts).
  static func startAfterAsOf(
    _ company: inout ImportedCompany, entries: [LedgerEntry], start: (LedgerEntry) -> Month
  ) {
    let n = company.accounts.count
    var first = [Month?](repeating: nil, count: n)
    for e in entries where e.account >= 0 && e.account < n {
      let m = start(e)
      if first[e.account].map({ m < $0 }) ?? true { first[e.account] = m }
    }
    for i in 0..<n where company.accounts[i].startDate == nil {
      if let m = first[i], m > company.asOf {
        company.accounts[i].startDate = CivilDate.firstDay(of: m)
      }
    }
  }
}
