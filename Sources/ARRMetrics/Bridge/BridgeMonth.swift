import ARRCore

/// One month of the MRR bridge: how MRR moved from the end of the previous month to the end
/// of this one, split by cause (`docs/metrics.md`). Money is in cents of monthly revenue.
///
/// Identity, exact in cents: `opening + new + expansion + reactivation − contraction − churn
/// == closing`.
public struct BridgeMonth: Sendable, Equatable {
  /// The month this row explains (compared with the month before).
  public var month: Month
  /// MRR at the end of the previous month.
  public var opening: Int64
  /// MRR of accounts paying for the first time in the data.
  public var new: Int64
  /// Increases of accounts paying in both months.
  public var expansion: Int64
  /// Decreases of accounts paying in both months (a positive number).
  public var contraction: Int64
  /// Previous-month MRR of accounts that stopped paying (a positive number).
  public var churn: Int64
  /// MRR of accounts paying again after at least one month at zero.
  public var reactivation: Int64
  /// MRR at the end of this month.
  public var closing: Int64
  public var newAccounts: Int
  public var expandedAccounts: Int
  public var contractedAccounts: Int
  public var churnedAccounts: Int
  public var reactivatedAccounts: Int

  /// Creates a bridge month from its parts.
  public init(
    month: Month, opening: Int64, new: Int64, expansion: Int64, contraction: Int64,
    churn: Int64, reactivation: Int64, closing: Int64, newAccounts: Int = 0,
    expandedAccounts: Int = 0, contractedAccounts: Int = 0, churnedAccounts: Int = 0,
    reactivatedAccounts: Int = 0
  ) {
    self.month = month
    self.opening = opening
    self.new = new
    self.expansion = expansion
    self.contraction = contraction
    self.churn = churn
    self.reactivation = reactivation
    self.closing = closing
    self.newAccounts = newAccounts
    self.expandedAccounts = expandedAccounts
    self.contractedAccounts = contractedAccounts
    self.churnedAccounts = churnedAccounts
    self.reactivatedAccounts = reactivatedAccounts
  }

  /// Net new MRR: `closing − opening`, equal to the sum of the movements.
  public var netNew: Int64 { closing - opening }

  /// `(new + expansion + reactivation) / (contraction + churn)`; `nil` when nothing was lost.
  public var quickRatio: Double? {
    let lost = contraction + churn
    guard lost != 0 else { return nil }
    return Double(new + expansion + reactivation) / Double(lost)
  }

  /// True when the bridge identity holds exactly.
  public var isBalanced: Bool {
    opening + new + expansion + reactivation - contraction - churn == closing
  }
}
