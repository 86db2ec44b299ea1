import ARRCore
import ARRScoring

/// The shocks that change what the company's data says today: `usage_change` and
/// `lose_top_accounts`. The stressed company is then run through the same pipeline as the base.
public enum CompanyShock {
  /// Months the usage shock touches: the as-of month and the two before, which are the months
  /// the recurring-ARR three-month average and the "last 3 months" of the usage trend read.
  public static let usageMonths = 3

  /// The company after the scenario's data shocks, and which accounts they touched.
  public struct Result: Sendable {
    /// The stressed company (same accounts, same months, in the same order).
    public var company: Company
    /// Indices of accounts whose revenue or usage rows changed, ascending.
    public var touched: [Int]
    /// Indices of the accounts that were made to leave (`lose_top_accounts`), ascending.
    public var lost: [Int]
    /// The ranking that picked them (``TopAccountLoss/none`` without `lose_top_accounts`).
    public var topAccountLoss: TopAccountLoss
  }

  /// True for accounts billed on usage: a `usage` contract or billing `in_arrears` (the same
  /// rule the scoring's volatility signal uses).
  /// - Parameter account: The account.
  /// - Returns: Whether its MRR moves with usage.
  public static func isUsageBilled(_ account: Account) -> Bool { isUsageBilled(account.terms) }

  /// ``isUsageBilled(_:)`` of an account's terms.
  public static func isUsageBilled(_ terms: Account.Terms) -> Bool {
    terms.contractType == .usage || terms.billingCadence == .inArrears
  }

  /// The `n` accounts with the largest recurring MRR (ties: earlier account first); accounts
  /// without recurring MRR are never picked, nor are those already leaving (trial 22, T22-15:
  /// "Top customer loss" removed an account that had given notice, whose loss the base already
  /// counts, and printed no change).
  /// - Parameters:
  ///   - n: How many.
  ///   - recurringMRR: Base recurring MRR per account.
  ///   - isLeaving: Per account, whether it has given notice to leave within the year
  ///     (``leaving(_:)``); empty for none.
  /// - Returns: Account indices, largest first.
  /// - Complexity: O(accounts × log accounts).
  public static func topAccounts(_ n: Int, recurringMRR: [Int64], isLeaving: [Bool] = [])
    -> [Int]
  {
    ranked(n, recurringMRR: recurringMRR, isLeaving: isLeaving).lost
  }

  /// The accounts larger than the last one ``topAccounts(_:recurringMRR:isLeaving:)`` picks
  /// that it passed over as already leaving, largest first: the report names them.
  /// - Complexity: O(accounts × log accounts).
  public static func passedOver(_ n: Int, recurringMRR: [Int64], isLeaving: [Bool]) -> [Int] {
    ranked(n, recurringMRR: recurringMRR, isLeaving: isLeaving).passedOver
  }

  /// ``topAccounts(_:recurringMRR:isLeaving:)`` and ``passedOver(_:recurringMRR:isLeaving:)``
  /// from one ranking, with how many candidates tie at the cut.
  /// - Complexity: O(accounts × log accounts).
  public static func ranked(_ n: Int, recurringMRR: [Int64], isLeaving: [Bool]) -> TopAccountLoss {
    guard n > 0 else { return .none }
    func leaves(_ i: Int) -> Bool { i < isLeaving.count && isLeaving[i] }
    let candidates = recurringMRR.indices.filter { recurringMRR[$0] > 0 }
    let ranked = candidates.sorted {
      recurringMRR[$0] > recurringMRR[$1] || (recurringMRR[$0] == recurringMRR[$1] && $0 < $1)
    }
    var picked: [Int] = []
    var passed: [Int] = []
    for i in ranked where picked.count < n {
      if leaves(i) { passed.append(i) } else { picked.append(i) }
    }
    let cut = picked.last.map { recurringMRR[$0] }
    let tied = cut.map { c in ranked.count { recurringMRR[$0] == c && !leaves($0) } } ?? 0
    return TopAccountLoss(lost: picked, passedOver: passed, tiedAtCut: tied)
  }

  /// Per account, whether it has given notice dated within the 12 months after as-of
  /// (``DatedNotice``): its chance of staying is already 0 in the base.
  /// - Complexity: O(accounts).
  public static func leaving(_ company: Company) -> [Bool] {
    company.withAccountRows { rows in
      (0..<company.accountCount).map {
        DatedNotice.reading(rows.terms($0), asOf: company.asOf) == .leavesWithinTheYear
      }
    }
  }

  /// Applies `usage_change` then `lose_top_accounts` to `company`.
  ///
  /// - `usage_change` u: in the last ``usageMonths`` months every account's usage, and the MRR
  ///   of usage-billed accounts, are multiplied by 1 + u as an exact fraction (``ExactFactor``)
  ///   and rounded half away from zero once.
  /// - `lose_top_accounts` N: the N largest accounts by base recurring MRR, passing over those
  ///   that have given notice (``leaving(_:)``), get zero MRR and usage in the as-of month, and in the last three months when their contract is `usage` (whose
  ///   recurring MRR averages three months): they have left.
  /// - Parameters:
  ///   - company: The base company.
  ///   - scenario: The scenario.
  ///   - recurringMRR: The base run's recurring MRR per account (ranks the top accounts).
  /// - Returns: The stressed company and the accounts touched.
  /// - Complexity: O(accounts × log accounts) plus O(accounts) per shocked month.
  public static func apply(
    _ scenario: StressScenario, to company: Company, recurringMRR: [Int64]
  ) -> Result {
    // The stressed matrix starts as the base's (shared) and gets cells of its own on the first
    // change: compact stays compact unless a scaled cell no longer fits `Int32`.
    var revenue = company.revenue
    let n = company.monthCount
    var touched = [Bool](repeating: false, count: company.accountCount)
    if let u = scenario.usageChange, u != 0, let factor = ExactFactor(change: u) {
      let first = max(0, n - usageMonths)
      let hasUsage = revenue.hasUsage
      // Read in place: `company.accounts[i]` copied each account (its strings' reference counts).
      let isBilled = company.withAccountRows { rows in
        (0..<company.accountCount).map { isUsageBilled(rows.terms($0)) }
      }
      for i in 0..<company.accountCount {
        let billed = isBilled[i]
        for m in first..<n {
          let oldUsage = revenue.usage(account: i, month: m)
          if hasUsage, oldUsage != 0 {
            // A usage count past 64 bits saturates, as it always did (docs/stress.md).
            let new = factor.scaled(oldUsage) ?? (oldUsage > 0 ? .max : .min)
            revenue.setUsage(new, account: i, month: m)
            if new != oldUsage { touched[i] = true }
          }
          let old = revenue.mrr(account: i, month: m)
          if billed, old != 0 {
            // Never nil for MRR: a cell is at most `Money.maximumMRRCents` and the factor at
            // most 11, so the product stays within `Int64` (and `checkScale` bounds totals).
            let new = factor.scaled(old) ?? .max
            revenue.setMRR(new, account: i, month: m)
            if new != old { touched[i] = true }
          }
        }
      }
    }
    // Notices are read only when the scenario loses accounts: a usage shock alone needs none.
    let lose = scenario.loseTopAccounts ?? 0
    let loss =
      lose > 0 ? ranked(lose, recurringMRR: recurringMRR, isLeaving: leaving(company)) : .none
    let lost = loss.lost.sorted()
    for i in lost {
      let months = company.terms(of: i).contractType == .usage ? usageMonths : 1
      for m in max(0, n - months)..<n {
        revenue.setMRR(0, account: i, month: m)
        if revenue.hasUsage { revenue.setUsage(0, account: i, month: m) }
      }
      touched[i] = true
    }
    var stressed = company
    stressed.revenue = revenue
    return Result(
      company: stressed, touched: touched.indices.filter { touched[$0] }, lost: lost,
      topAccountLoss: loss)
  }
}
