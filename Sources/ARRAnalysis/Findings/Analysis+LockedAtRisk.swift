import ARRCore
import ARRScoring

extension Analysis {
  /// The at-risk class's recurring ARR under an annual or multi-year term running past the 12
  /// months ahead (``TermLock``), with its accounts: it cannot leave within the year, so only
  /// the contraction survivors show is expected of it (session 31; render review 28, R28-17:
  /// ai-hypergrowth's A0682 and A0815, multi-year, were at-risk at a retention of 97.5%, and
  /// nothing said why).
  /// - Parameters:
  ///   - company: The company.
  ///   - s: Its scoring.
  /// - Returns: The locked recurring ARR in cents, and its accounts.
  /// - Complexity: O(accounts).
  static func lockedAtRisk(_ company: Company, _ s: ScoringResult) -> (arr: Int64, accounts: Int) {
    var arr: Int64 = 0
    var accounts = 0
    for score in s.scores where score.isClassed && score.revenueClass == .atRisk {
      guard TermLock.holds(company.accounts[score.account].terms, asOf: company.asOf) else {
        continue
      }
      arr += score.recurringARR
      accounts += 1
    }
    return (arr, accounts)
  }

  /// `at_risk_arr`'s words for ``lockedAtRisk(_:_:)``: "; $467K of it (2 accounts, no notice
  /// given, not past due) is under terms running past 2027-10, so it cannot leave within the
  /// year", or "" when none is. The sentence names ``TermLock``'s conditions (session 35,
  /// render review 35, R35-13: ai-hypergrowth's A0601, past due under a term to 2027-12, read
  /// as missing from the count).
  static func lockedAtRiskWords(_ company: Company, _ s: ScoringResult, f: NumberFormat)
    -> String
  {
    let locked = lockedAtRisk(company, s)
    guard locked.accounts > 0 else { return "" }
    return "; \(f.compactMoney(cents: locked.arr)) of it (\(count(locked.accounts, "account", f)), "
      + "no notice given, not past due) is under terms running past \(f.month(company.asOf.adding(months: 12))), so it cannot "
      + "leave within the year"
  }
}
