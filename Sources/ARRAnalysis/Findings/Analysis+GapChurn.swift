import ARRCore
import ARRMetrics

extension Analysis {
  /// The churn of a month that opens a revenue gap, when it is the gap's: no account has MRR
  /// in the bridge's month at `index`, a later month has revenue again, and every account
  /// paying the month before pays again in that month, the gap's end. The bridge counts them
  /// all as churned, then as reactivated; that is the gap (`revenue_gap`), not a churn cliff
  /// (trial 37, T37-7: ten accounts with no row in 2025-09 … 2025-11 read both "No account has
  /// MRR in 2025-09 to 2025-11" and "Churn cliff in 2025-09: 10 accounts left … A data
  /// cut-off or a real cliff?"). `nil` when the month opens no gap or a leaver is not back
  /// when it ends; else the gap's last month and the first month back.
  /// - Complexity: O(accounts) plus the months of the gap.
  static func gapChurn(
    at index: Int, _ bridge: [BridgeMonth], asOf: Month, _ revenue: RevenueMatrix
  ) -> (last: Month, back: Month)? {
    let m = bridge[index]
    guard m.opening > 0, m.closing == 0,
      let end = bridge[(index + 1)...].firstIndex(where: { $0.closing > 0 })
    else { return nil }
    let last = revenue.monthCount - 1
    let col = last - asOf.months(since: m.month)
    let back = last - asOf.months(since: bridge[end].month)
    guard col > 0, back > col, back <= last else { return nil }
    for a in 0..<revenue.accountCount where revenue.mrr(account: a, month: col - 1) > 0 {
      guard revenue.mrr(account: a, month: back) > 0 else { return nil }
    }
    return (bridge[end - 1].month, bridge[end].month)
  }
}
