import ARRCore

/// A contract that cannot end within the 12 months a retention probability forecasts
/// (`docs/scoring.md`, "Terms running past the year"; session 18, honesty lane, trial 18b G2).
///
/// A three-year prepaid contract with 17 months to run was given its class's observed GRR,
/// a churn chance learnt from accounts that could leave, while an annual contract renewing
/// next month scored safer. A term that runs past the year cannot churn in it: only the
/// contraction its survivors show applies.
public enum TermLock {
  /// Whether `terms`, as known at `asOf`, bind the account past the 12 months after it: an
  /// annual or multi-year contract whose `contract_end_date` is after the last day of the
  /// twelfth month after `asOf`, with no `cancel_date` (notice given, or gone), not past due (a
  /// customer behind on payments may not pay the rest) and not in a trial.
  /// - Parameters:
  ///   - terms: The account's terms as known at `asOf` (rolled back for an earlier month).
  ///   - asOf: The month the 12 months start after.
  /// - Returns: `true` when the contract cannot end within those 12 months.
  @inlinable
  public static func holds(_ terms: Account.Terms, asOf: Month) -> Bool {
    guard terms.contractType == .annual || terms.contractType == .multiYear,
      terms.cancelDate == nil, terms.isPastDue != true,
      terms.trialStatus != .active && terms.trialStatus != .expired,
      let end = terms.contractEndDate
    else { return false }
    return end > CivilDate.lastDay(of: asOf.adding(months: 12))
  }
}
