/// Per-account monthly revenue at the as-of month for the rungs of the ARR ladder (BRIEF §3).
///
/// These are the building blocks the ladder, scoring and stress all share, so there is exactly
/// one definition of "recurring" and "committed" in the product.
public enum RecurringRevenue {
  /// Recurring MRR of every account at the as-of month, in cents.
  ///
  /// Trials that are active or expired, and pilots, contribute 0; usage accounts count at the
  /// mean of their last three months of MRR (the as-of month and the two before, months before
  /// the data counting as 0), rounded half away from zero to the cent; everyone else counts at
  /// their as-of MRR.
  /// - Parameter company: The company.
  /// - Returns: One value per account, in account order.
  /// - Complexity: O(accounts).
  public static func recurringMRR(of company: Company) -> [Int64] {
    let last = company.monthCount - 1
    let r = company.revenue
    return company.accounts.indices.map { i in
      let a = company.accounts[i]
      if a.trialStatus == .active || a.trialStatus == .expired || a.contractType == .pilot {
        return 0
      }
      if a.contractType == .usage {
        let sum = r.mrr(account: i, month: last) + r.mrr(account: i, month: last - 1)
          + r.mrr(account: i, month: last - 2)
        return roundedDivision(sum, by: 3)
      }
      return r.mrr(account: i, month: last)
    }
  }

  /// Committed MRR of every account at the as-of month, in cents: the part that cannot be
  /// cancelled within the year.
  ///
  /// Annual and multi-year accounts that are not in an active or expired trial count at their
  /// as-of MRR; any other account counts at its `committed_mrr` minimum, capped at its as-of
  /// MRR (a minimum above what is billed is not revenue yet); accounts without one count 0.
  /// - Complexity: O(accounts).
  public static func committedMRR(of company: Company) -> [Int64] {
    let last = company.monthCount - 1
    let r = company.revenue
    return company.accounts.indices.map { i in
      let a = company.accounts[i]
      let now = r.mrr(account: i, month: last)
      if a.trialStatus == .active || a.trialStatus == .expired { return 0 }
      if a.contractType.isCommitted { return now }
      if let minimum = a.committedMRR { return min(max(minimum, 0), now) }
      return 0
    }
  }

  /// `value / divisor` rounded half away from zero.
  public static func roundedDivision(_ value: Int64, by divisor: Int64) -> Int64 {
    let q = value / divisor
    let r = value % divisor
    if 2 * abs(r) >= abs(divisor) { return q + (value < 0 ? -1 : 1) }
    return q
  }
}
