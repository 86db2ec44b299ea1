import ARRCore

/// A cancellation notice says when the revenue leaves (`docs/scoring.md`, "Notice dated within
/// the year"; trial 20, E1).
///
/// An account with a `cancel_date` in the as-of month or later has given notice. Its class's
/// retention probability is a chance learnt from accounts that might or might not leave: for
/// one that said when it leaves, it counted $173K of leaving ARR as 40% kept. A date within
/// the 12 months a retention probability forecasts means the revenue is gone by their end; a
/// later one means the account pays through them.
public enum DatedNotice {
  /// What a notice in `terms` says of the 12 months after `asOf`.
  public enum Reading: Sendable, Equatable {
    /// No notice: a `cancel_date` before the as-of month (already cancelled) or none.
    case none
    /// The notice's date is on or before the last day of the twelfth month after as-of: the
    /// account leaves within them (chance of staying 0).
    case leavesWithinTheYear
    /// The notice's date is later: the account pays through the 12 months (as a term running
    /// past them, ``TermLock``, only the survivors' contraction applies).
    case leavesAfterTheYear
  }

  /// Reads the notice in `terms` at `asOf`.
  /// - Parameters:
  ///   - terms: The account's terms as known at `asOf`.
  ///   - asOf: The month the 12 months start after.
  /// - Returns: ``Reading/none`` without a notice, else whether its date falls within the year.
  @inlinable
  public static func reading(_ terms: Account.Terms, asOf: Month) -> Reading {
    guard let date = terms.cancelDate, date.month >= asOf else { return .none }
    return date <= CivilDate.lastDay(of: asOf.adding(months: 12))
      ? .leavesWithinTheYear : .leavesAfterTheYear
  }

  /// The retention probability of an account whose terms hold `reading`: 0 for a notice dated
  /// within the year, `locked` (the survivors' dollar retention) for one dated after it, and
  /// `otherwise` (its class's or the model's figure) without a notice.
  /// - Parameters:
  ///   - reading: ``reading(_:asOf:)`` of the account's terms.
  ///   - locked: The retention probability of an account that cannot leave in the year.
  ///   - otherwise: The probability its class or the model gives.
  /// - Returns: The account's retention probability.
  @inlinable
  public static func retention(_ reading: Reading, locked: Double, otherwise: Double) -> Double {
    switch reading {
    case .none: return otherwise
    case .leavesWithinTheYear: return 0
    case .leavesAfterTheYear: return locked
    }
  }
}
