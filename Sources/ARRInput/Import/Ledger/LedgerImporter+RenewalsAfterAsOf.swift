import ARRCore

extension LedgerImporter {
  /// Each account's earliest paid recurring line dated after the as-of month whose service
  /// starts in the month after it: a renewal the file holds beyond the window (render review
  /// 40, R40-11: the ledger's A0112 and A0113, terms ending 2026-09-30, renewed by invoices
  /// dated 2026-10-01 for 2026-10-01 … 2027-09-30, read "at renewal now").
  /// - Parameters:
  ///   - entries: Every line of the ledger, in the window or after it.
  ///   - asOf: The as-of month.
  /// - Returns: By account index, the line's service start and the month it is dated.
  /// - Complexity: O(entries).
  static func laterRenewals(_ entries: [LedgerEntry], asOf: Month) -> [Int: (
    start: CivilDate, dated: Month
  )] {
    let next = asOf.adding(months: 1)
    var out: [Int: (start: CivilDate, dated: Month)] = [:]
    for e in entries
    where e.amount > 0 && !e.isUnpaid && e.kind != .usage && e.date.month > asOf {
      guard let p = e.period, p.start.month == next else { continue }
      if let seen = out[e.account], seen.start <= p.start { continue }
      out[e.account] = (p.start, e.date.month)
    }
    return out
  }

  /// Records, in the import log, the accounts whose term (as the lines up to the as-of month
  /// give it) ends in the as-of month and renews, by one of `renewals`, the day after it ends.
  /// - Parameters:
  ///   - company: The imported company, its terms inferred.
  ///   - renewals: ``laterRenewals(_:asOf:)``.
  /// - Complexity: O(renewals).
  static func renewalsAfterAsOf(
    _ company: inout ImportedCompany, _ renewals: [Int: (start: CivilDate, dated: Month)]
  ) {
    for (a, r) in renewals where a >= 0 && a < company.accounts.count {
      let account = company.accounts[a]
      guard let end = account.contractEndDate, end.month == company.asOf,
        r.start.daysSinceEpoch == end.daysSinceEpoch + 1
      else { continue }
      company.log.renewedAfterAsOf[account.id] = r.dated
    }
  }
}
