import ARRCore
import ARRMetrics

/// The revenue the backtest and the projection's movement compare for one account at one
/// month: the recurring basis that recurring ARR itself uses (session 19, usage lane; trial
/// 18b, G16).
///
/// A usage account's recurring MRR is the mean of its last three months
/// (``RecurringRevenue/recurringMRR(of:)``: that month and the two before, over the months the
/// data holds for the account, ``RecurringRevenue/usageWindow(months:_:)``, rounded half away
/// from zero to the cent), so its month-to-month swings are already out of recurring ARR. Comparing one month a year ago with one month now would
/// take the same swings out again as contraction (a usage account paying base × U(0.6, 1.4)
/// every month keeps about 87% of its dollars one month against another, about 92% on 3-month
/// means). Every other account compares its MRR as it is. A departure (MRR 0 at the month
/// compared) is 0 on either basis.
public enum RecurringBasis {
  /// The recurring-basis MRR of an account whose months are `cell(0…column)`.
  /// - Parameters:
  ///   - isUsageAveraged: Whether the account is a usage contract (its recurring MRR is
  ///     averaged; ``RecurringRevenue/Treatment/usageAveraged``).
  ///   - column: The month compared (0 = the data's first month).
  ///   - cell: MRR in cents at a month offset `0…column`.
  /// - Returns: MRR in cents: 0 when the month itself is 0 (a departure), the recurring MRR
  ///   rule's mean (at least 1 cent) for a usage account, the month's MRR otherwise.
  @inlinable
  public static func mrr(isUsageAveraged: Bool, column: Int, _ cell: (Int) -> Int64) -> Int64 {
    let now = cell(column)
    guard isUsageAveraged, now > 0 else { return now }
    // The window recurring MRR averages over (the months the data holds for the account,
    // trial 18b G10). A paying month never reads as a departure, however small the mean
    // rounds.
    let window = RecurringRevenue.usageWindow(months: column + 1, cell)
    return max(1, RecurringRevenue.roundedDivision(window.sum, by: Int64(window.months)))
  }
}
