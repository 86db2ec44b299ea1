import ARRCore
import ARRMetrics

extension Analysis {
  /// Trailing NDR with usage contracts counted at their trailing 3-month averages
  /// (``RecurringRevenue/usageWindow(months:_:)``) in the base month and at as-of, the basis
  /// recurring ARR counts them on; every other account as trailing NDR counts it. The base
  /// cohort is trailing NDR's: accounts paying in the base month.
  /// - Parameters:
  ///   - company: The company.
  ///   - months: The trailing window.
  ///   - accounts: The accounts measured (a segment's, as Benchmarks measures it); every
  ///     account when `nil`.
  /// - Returns: The figure and the usage contracts in the base cohort; `nil` without a base
  ///   month 12 months back or without MRR in it.
  /// - Complexity: O(accounts).
  static func usageBasisNDR(_ company: Company, months: Int = 12, accounts: [Int]? = nil) -> (
    ndr: Double, usageAccounts: Int
  )? {
    let last = company.monthCount - 1
    let base = last - months
    guard base >= 0 else { return nil }
    let revenue = company.revenue
    // Account ranges on every core (session 41: one thread, the other core idle); the sums are
    // of whole cents, wrapping, so any order gives the same.
    let count = accounts?.count ?? company.accountCount
    let parts = Concurrent.map(Concurrent.ranges(accounts: count, cellsPerAccount: 2)) {
      _, range -> (then: Int64, now: Int64, usage: Int) in
      company.withAccountRows { rows in
        var then: Int64 = 0
        var now: Int64 = 0
        var usage = 0
        for i in range {
          let a = accounts?[i] ?? i
          let paid = revenue.mrr(account: a, month: base)
          guard paid > 0 else { continue }
          let terms = rows.terms(a)
          let isAveraged =
            RecurringRevenue.treatment(trial: terms.trialStatus, contract: terms.contractType)
            == .usageAveraged
          guard isAveraged else {
            then &+= paid
            now &+= max(revenue.mrr(account: a, month: last), 0)
            continue
          }
          usage += 1
          func average(to month: Int) -> Int64 {
            let (sum, count) = RecurringRevenue.usageWindow(months: month + 1) {
              revenue.mrr(account: a, month: $0)
            }
            return RecurringRevenue.roundedDivision(sum, by: Int64(count))
          }
          then &+= average(to: base)
          now &+= max(average(to: last), 0)
        }
        return (then, now, usage)
      }
    }
    let then = parts.reduce(Int64(0)) { $0 &+ $1.then }
    let now = parts.reduce(Int64(0)) { $0 &+ $1.now }
    let usage = parts.reduce(0) { $0 + $1.usage }
    guard then > 0 else { return nil }
    return (Double(now) / Double(then), usage)
  }

  /// `usage_basis_ndr`: trailing NDR and the same figure on the 3-month basis recurring ARR
  /// counts usage contracts on (``usageBasisNDR(_:months:)``) differ by at least
  /// ``Finding/usageBasisGapPoints`` points (trial 21, U1: a one-off usage spike in the as-of
  /// month made trailing NDR 239.7%, 190.7% on the 3-month basis, and page one set the
  /// projection against the first).
  /// - Returns: The finding, or `nil`.
  static func usageBasis(
    _ company: Company, trailing: TrailingRetention, f: NumberFormat
  ) -> Finding? {
    guard let raw = trailing.ndr, let basis = usageBasisNDR(company, months: trailing.months),
      basis.usageAccounts > 0
    else { return nil }
    let gap = abs(raw - basis.ndr) * 100
    guard gap >= Finding.usageBasisGapPoints else { return nil }
    let message =
      "Trailing NDR is \(f.percent(raw)) with usage contracts at their MRR in "
      + "\(f.month(trailing.baseMonth)) and \(f.month(trailing.asOf)); at their trailing 3-month "
      + "averages, the basis recurring ARR counts them on, it is \(f.percent(basis.ndr)) "
      + "(\(count(basis.usageAccounts, "usage contract", f)) in the base). Counting one month "
      + "of usage moves the figure by \(f.number(gap, decimals: 1)) points: quote the second "
      + "beside it."
    return Finding(
      code: .usageBasisNDR,
      severity: gap >= Finding.usageBasisWarningPoints ? .warning : .info, message: message,
      weight: min(gap / 100, 1) * 0.5)
  }

  /// The usage-averaged trailing NDR: trailing NDR with usage contracts at their trailing
  /// 3-month averages (``usageBasisNDR(_:months:accounts:)``), when it differs from `raw` by
  /// at least ``Finding/usageBasisGapPoints`` points, the rule under which `usage_basis_ndr`
  /// holds. Every place that quotes trailing NDR then gives it beside the run-rate figure
  /// (``trailingNDRWords(_:usageAveraged:)``; render review 25, finding 2: page one, the
  /// projection miss and the benchmark gap quoted 142.3% while the report's own finding
  /// called 126.7% the basis recurring ARR counts usage on).
  /// - Parameters:
  ///   - company: The company.
  ///   - raw: Trailing NDR as measured (usage at its MRR in the base and as-of months).
  ///   - months: The trailing window.
  ///   - accounts: The accounts measured; every account when `nil`.
  /// - Returns: The figure, or `nil` when there is no usage contract in the base, no base, or
  ///   the two differ by less than the threshold.
  /// - Complexity: O(accounts).
  public static func usageAveragedNDR(
    _ company: Company, raw: Double?, months: Int = 12, accounts: [Int]? = nil
  ) -> Double? {
    guard let raw, let basis = usageBasisNDR(company, months: months, accounts: accounts),
      basis.usageAccounts > 0, abs(raw - basis.ndr) * 100 >= Finding.usageBasisGapPoints
    else { return nil }
    return basis.ndr
  }

  /// `142.3% (126.7% with usage at its 3-month average)`: a trailing NDR as printed, with the
  /// usage-averaged figure beside it when there is one (``usageAveragedNDR(_:raw:months:accounts:)``);
  /// the first alone otherwise.
  public static func trailingNDRWords(_ raw: String, usageAveraged: String?) -> String {
    guard let usageAveraged else { return raw }
    return "\(raw) (\(usageAveraged) \(usageAveragedWords))"
  }

  /// The words that name the usage-averaged trailing NDR where it stands beside the other.
  public static let usageAveragedWords = "with usage at its 3-month average"
}
