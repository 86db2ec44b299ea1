/// Per-account monthly revenue at the as-of month for the rungs of the ARR ladder (BRIEF §3).
///
/// These are the building blocks the ladder, scoring and stress all share, so there is exactly
/// one definition of "recurring" and "committed" in the product.
public enum RecurringRevenue {
  /// How an account's as-of MRR is treated on the way from headline to recurring ARR.
  ///
  /// The cases are checked in declaration order: a pilot in an active trial is a trial.
  public enum Treatment: Sendable, Equatable, CaseIterable {
    /// In an active or expired trial: contributes 0.
    case trialRemoved
    /// A pilot (paid, short fixed term): contributes 0.
    case pilotRemoved
    /// A usage account: contributes its trailing three-month mean MRR.
    case usageAveraged
    /// Everyone else: contributes its as-of MRR unchanged.
    case unchanged
  }

  /// The treatment `account` gets in recurring MRR.
  /// - Parameter account: The account.
  /// - Returns: Which rule of recurring MRR applies to it.
  @inlinable
  public static func treatment(of account: Account) -> Treatment {
    if account.trialStatus == .active || account.trialStatus == .expired { return .trialRemoved }
    if account.contractType == .pilot { return .pilotRemoved }
    if account.contractType == .usage { return .usageAveraged }
    return .unchanged
  }

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
      switch treatment(of: company.accounts[i]) {
      case .trialRemoved, .pilotRemoved:
        return 0
      case .usageAveraged:
        let sum =
          r.mrr(account: i, month: last) + r.mrr(account: i, month: last - 1)
          + r.mrr(account: i, month: last - 2)
        return roundedDivision(sum, by: 3)
      case .unchanged:
        return r.mrr(account: i, month: last)
      }
    }
  }

  /// Committed MRR of every account at the as-of month, in cents: the part that cannot be
  /// cancelled within the year.
  ///
  /// Annual and multi-year accounts that are not in an active or expired trial count at their
  /// as-of MRR; any other account counts at its `committed_mrr` minimum, capped at its as-of
  /// MRR (a minimum above what is billed is not revenue yet); accounts without one count 0.
  /// - Parameter company: The company.
  /// - Returns: One value per account, in account order.
  /// - Complexity: O(accounts).
  public static func committedMRR(of company: Company) -> [Int64] {
    let last = company.monthCount - 1
    let r = company.revenue
    return company.accounts.indices.map { i in
      let now = r.mrr(account: i, month: last)
      let status = company.accounts[i].trialStatus
      if status == .active || status == .expired { return 0 }
      if company.accounts[i].contractType.isCommitted { return now }
      if let minimum = company.accounts[i].committedMRR { return min(max(minimum, 0), now) }
      return 0
    }
  }

  /// `value / divisor` rounded half away from zero.
  /// - Parameters:
  ///   - value: The dividend.
  ///   - divisor: The divisor, not 0.
  /// - Returns: The rounded quotient.
  public static func roundedDivision(_ value: Int64, by divisor: Int64) -> Int64 {
    let q = value / divisor
    let r = value % divisor
    if 2 * abs(r) >= abs(divisor) { return q + ((value < 0) != (divisor < 0) ? -1 : 1) }
    return q
  }
}
