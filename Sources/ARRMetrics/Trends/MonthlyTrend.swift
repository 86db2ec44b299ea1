import ARRCore

/// Month-by-month figures a SaaS dashboard (ChartMogul, Baremetrics, Stripe) shows, derived from
/// the MRR bridge: headline ARR, paying logos, new logos, ARPA, monthly logo churn and net MRR
/// churn rates.
///
/// Recurring ARR has no monthly history: trial and pilot status are known only at the as-of
/// month, so the trend is of headline ARR (12 × all MRR). See `docs/metrics.md`, "Trends".
public struct MonthlyTrend: Sendable, Equatable {
  public var month: Month
  /// 12 × all MRR at the end of the month, cents.
  public var headlineARR: Int64
  /// Accounts with MRR > 0 in the month.
  public var payingLogos: Int
  /// Accounts with MRR > 0 the month before: the base of ``logoChurnRate`` and
  /// ``netMRRChurnRate``.
  public var openingLogos: Int
  /// Accounts paying for the first time in the data.
  public var newLogos: Int
  /// Accounts that stopped paying this month.
  public var churnedLogos: Int
  /// MRR ÷ paying logos, cents (rounded half away from zero); `nil` with no paying logo.
  public var arpa: Int64?
  /// Churned logos ÷ paying logos of the month before; `nil` when none paid then.
  public var logoChurnRate: Double?
  /// (churn + contraction − expansion − reactivation) ÷ opening MRR; negative when the base
  /// grew on its own (net negative churn); `nil` when the opening MRR is zero.
  public var netMRRChurnRate: Double?

  /// The trend of every bridge month.
  /// - Parameters:
  ///   - company: The company.
  ///   - bridge: Its MRR bridge (``Bridge/monthly(_:)``), oldest first.
  /// - Returns: One trend per bridge month, in the same order.
  /// - Complexity: O(accounts + months).
  public static func compute(_ company: Company, bridge: [BridgeMonth]) -> [MonthlyTrend] {
    guard let first = bridge.first else { return [] }
    // Paying logos the month before the first bridge month, from the matrix; then the bridge's
    // account counts carry the number forward.
    let before = company.offset(of: first.month) - 1
    var paying = before >= 0 ? payingCount(company, month: before) : 0
    var out: [MonthlyTrend] = []
    out.reserveCapacity(bridge.count)
    for b in bridge {
      let opening = paying
      paying += b.newAccounts + b.reactivatedAccounts - b.churnedAccounts
      let net = b.churn + b.contraction - b.expansion - b.reactivation
      out.append(
        MonthlyTrend(
          month: b.month, headlineARR: 12 * b.closing, payingLogos: paying, openingLogos: opening,
          newLogos: b.newAccounts, churnedLogos: b.churnedAccounts,
          arpa: paying > 0
            ? RecurringRevenue.roundedDivision(b.closing, by: Int64(paying)) : nil,
          logoChurnRate: opening > 0 ? Double(b.churnedAccounts) / Double(opening) : nil,
          netMRRChurnRate: b.opening > 0 ? Double(net) / Double(b.opening) : nil))
    }
    return out
  }

  /// Accounts with MRR > 0 at column `month`, counted in account ranges on every core (one cell
  /// per account row, each a cache miss at a million accounts; session 16, perf).
  /// - Parameter threshold: Accounts from which the count is split into ranges; tests pass 1.
  static func payingCount(
    _ company: Company, month: Int, parallelFrom threshold: Int = Concurrent.minimumParallelCells
  ) -> Int {
    let ranges = Concurrent.ranges(company.revenue.accountCount, parallelFrom: threshold)
    return Concurrent.map(ranges) { _, range in
      range.count { company.revenue.mrr(account: $0, month: month) > 0 }
    }.reduce(0, +)
  }
}
