import ARRCore

/// A ledger's units of usage per account and month (`docs/import.md`, "Invoice ledger", "Usage
/// units"; session 35, imp lane; trial 34, T34-9 and T34-6).
///
/// An AI company's ledger bills each month's tokens on a line typed usage with their count in a
/// `Quantity` column. The column was listed as ignored ("usage column absent"), so an account
/// whose usage lines faded to nothing while it paid its platform fee, or whose prepaid commit
/// went unused, had no usage signal: "retained" or "wavering", no reason.
///
/// Decided: a whole count of units (``LedgerLayout/Role/quantity``) on a line of usage (typed
/// usage, named for its month, or a usage series), not a purchase of credits, is the account's
/// usage (the folder form's `usage` column), added in the month its revenue is (spread over its
/// service period as its amount is). A month of an account with such lines and none of them
/// has usage 0: usage that stopped while the account still pays (its fee, a commit) reads as
/// zero usage months. Usage is a signal for scoring, never revenue.
enum LedgerUsage {
  /// Whether `e`, used as `use`, bills usage whose units are its account's usage.
  static func isUsage(_ e: LedgerEntry, use: LedgerImporter.Use) -> Bool {
    guard e.quantity != nil, e.amount >= 0 else { return false }
    guard e.kind == .usage || use == .usageSeries else { return false }
    return !e.isPrepaidPurchase && !PrepaidCommits.isPurchase(e)
  }

  /// Sets `company.usage` from the lines of usage with units; leaves it `nil` when none has them.
  /// - Complexity: O(lines × months of their periods).
  static func apply(
    _ entries: [LedgerEntry], uses: [LedgerImporter.Use], into company: inout ImportedCompany
  ) {
    let n = company.monthCount
    let first = company.firstMonth
    for (e, use) in zip(entries, uses) where isUsage(e, use: use) {
      let units = e.quantity!
      if company.usage == nil {
        company.usage = [Int64](repeating: 0, count: company.mrr.count)
      }
      func add(_ units: Int64, at month: Month) {
        let k = month.months(since: first)
        guard k >= 0 && k < n else { return }
        let i = company.cell(e.account, k)
        company.usage![i] = Money.saturatingSum(company.usage![i], units)
      }
      if use == .period, let p = e.period,
        let spread = ServicePeriod.spread(units, from: p.start, through: p.end)
      {
        for (k, share) in spread.shares.enumerated() {
          add(share, at: spread.firstMonth.adding(months: k))
        }
      } else {
        add(units, at: min(e.date.month, e.period?.start.month ?? e.date.month))
      }
    }
  }
}
