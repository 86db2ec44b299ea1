import ARRCore

extension Analysis {
  /// What `billings_in_mrr` found: the accounts that pay one month in k, with $0 between.
  public struct BillingsRhythm: Sendable, Equatable {
    /// Accounts whose every payment is exactly k months after the one before (k ≥ 2).
    public var accounts: Int
    /// The periods seen, ascending (3 for invoices every quarter).
    public var periods: [Int]
    /// Of ``accounts``, those whose billing cadence in accounts.csv names their period
    /// (quarterly for 3, semiannual for 6, annual for 12).
    public var cadenceAgrees: Int
    /// 12 × their MRR in the as-of month, as typed (cents).
    public var headlineARR: Int64
    /// 12 × their last payment ÷ its period, for the accounts whose next payment is not yet
    /// overdue at the as-of month: their ARR spread over the periods the payments cover.
    public var spreadARR: Int64
    /// MRR the bridge counts as churned, from these accounts, over the last 12 months.
    public var churnLast12: Int64
    /// MRR the bridge counts as reactivated, from these accounts, over the last 12 months.
    public var reactivationLast12: Int64
    /// Of ``accounts``, those at $0 in the as-of month under a contract term running past it
    /// with no cancel date.
    public var zeroUnderRunningTerm: Int

    /// No account found: what each account range starts from.
    public static let none = BillingsRhythm(
      accounts: 0, periods: [], cadenceAgrees: 0, headlineARR: 0, spreadARR: 0, churnLast12: 0,
      reactivationLast12: 0, zeroUnderRunningTerm: 0)

    /// Adds another range's accounts: counts and sums added, periods joined (ascending, each
    /// once).
    public mutating func add(_ other: BillingsRhythm) {
      accounts += other.accounts
      periods = Set(periods).union(other.periods).sorted()
      cadenceAgrees += other.cadenceAgrees
      headlineARR += other.headlineARR
      spreadARR += other.spreadARR
      churnLast12 += other.churnLast12
      reactivationLast12 += other.reactivationLast12
      zeroUnderRunningTerm += other.zeroUnderRunningTerm
    }
  }

  /// Accounts that pay every k-th month (2 ≤ k ≤ 12) and nothing between: at least
  /// ``Finding/billingsRhythmMinimumPayments`` payments at exactly k months apart, or two when
  /// the account's billing cadence names that period. `nil` when fewer than
  /// ``Finding/billingsRhythmMinimumAccounts`` accounts do.
  ///
  /// Why: `mrr` is one month's recurring revenue (an annual contract of 12,000 is 1,000 a
  /// month). Invoices typed into it (a quarterly invoice in its month, $0 the two months
  /// between) make every account churn and come back every period: 100% monthly logo churn,
  /// committed ARR counting a third of the running contracts, and a headline that depends on
  /// which month the as-of month is (trial 18b, G17; docs/findings.md, session 18, findings
  /// lane). A payment pattern this regular is an invoice schedule, not a customer leaving.
  /// - Parameter company: The company as loaded.
  /// - Returns: The accounts found and their figures.
  /// - Complexity: O(accounts × months).
  public static func billingsRhythm(_ company: Company) -> BillingsRhythm? {
    let n = company.monthCount
    guard n >= 3 else { return nil }
    // In account ranges on every core, each range's whole-number sums added in range order
    // (results never depend on scheduling); cells read through the borrowed storage, not one
    // accessor call per cell (issue #17: the serial pass was 1.8% of `analyze`'s instructions).
    let ranges = Concurrent.ranges(accounts: company.accountCount, cellsPerAccount: n)
    let parts = Concurrent.map(ranges) { _, range in
      company.revenue.withStorage { storage in
        rhythm(company, accounts: range, storage: storage)
      }
    }
    var found = BillingsRhythm.none
    for part in parts { found.add(part) }
    guard found.accounts >= Finding.billingsRhythmMinimumAccounts else { return nil }
    return found
  }

  /// ``billingsRhythm(_:)`` over `accounts`, its periods ascending.
  /// - Complexity: O(accounts × months).
  private static func rhythm(
    _ company: Company, accounts: Range<Int>, storage: RevenueMatrix.Storage
  ) -> BillingsRhythm {
    let n = company.monthCount
    var found = BillingsRhythm.none
    var periods = Set<Int>()
    let asOfEnd = CivilDate.lastDay(of: company.asOf)
    let cells = storage.mrr
    for i in accounts {
      let row = i &* storage.rowStride
      func mrr(_ m: Int) -> Int64 { cells[row &+ m] }
      // The first two payments give the period; most accounts pay in consecutive months and
      // stop here, before any list is made.
      guard let first = (0..<n).first(where: { mrr($0) > 0 }),
        let second = (first + 1..<n).first(where: { mrr($0) > 0 })
      else { continue }
      let k = second - first
      guard k >= 2, k <= 12 else { continue }
      var payments = 2
      var last = second
      var isRegular = true
      for m in second + 1..<n where mrr(m) > 0 {
        guard m - last == k else {
          isRegular = false
          break
        }
        last = m
        payments += 1
      }
      guard isRegular else { continue }
      let terms = company.terms(of: i)
      let agrees = Self.cadenceMonths(terms.billingCadence) == k
      guard payments >= Finding.billingsRhythmMinimumPayments || agrees else { continue }
      found.accounts += 1
      periods.insert(k)
      if agrees { found.cadenceAgrees += 1 }
      found.headlineARR += 12 * mrr(n - 1)
      // Still on its schedule: the next payment is not yet overdue at the as-of month.
      if n - 1 - last < k {
        found.spreadARR += 12 * mrr(last) / Int64(k)
      }
      for m in max(1, n - 12)..<n {
        let (before, now) = (mrr(m - 1), mrr(m))
        if now == 0 && before > 0 { found.churnLast12 += before }
        // Positive again after a month at zero, once it had paid before (the bridge's rule).
        if now > 0 && before == 0 && first < m { found.reactivationLast12 += now }
      }
      if mrr(n - 1) == 0, terms.cancelDate == nil, let end = terms.contractEndDate, end > asOfEnd {
        found.zeroUnderRunningTerm += 1
      }
    }
    found.periods = periods.sorted()
    return found
  }

  /// The months between invoices that a billing cadence names, or `nil`.
  static func cadenceMonths(_ cadence: BillingCadence) -> Int? {
    switch cadence {
    case .quarterly: 3
    case .semiannual: 6
    case .annual: 12
    default: nil
    }
  }

  /// `billings_in_mrr`: accounts paying one month in k with $0 between (``billingsRhythm(_:)``).
  /// Critical when the ARR their payments stand for (spread over their periods, or as typed if
  /// larger) is at least ``Finding/billingsRhythmCriticalShare`` of the headline with it, else
  /// a warning; weight that share.
  /// - Parameters:
  ///   - company: The company.
  ///   - f: The number format.
  /// - Returns: The finding, or `nil`.
  public static func billingsInMRR(_ company: Company, f: NumberFormat) -> Finding? {
    guard let r = billingsRhythm(company) else { return nil }
    let last = company.monthCount - 1
    let headline =
      12
      * (0..<company.accountCount).reduce(Int64(0)) {
        $0 + company.revenue.mrr(account: $1, month: last)
      }
    let atStake = max(r.spreadARR, r.headlineARR)
    let base = headline - r.headlineARR + atStake
    let share = base > 0 ? Double(atStake) / Double(base) : 1
    let ks = r.periods.map { String($0) }
    let every =
      "one month in "
      + (ks.count == 1 ? ks[0] : ks.dropLast().joined(separator: ", ") + " or " + ks[ks.count - 1])
    var message =
      "\(count(r.accounts, "account", f)) pay only \(every), with $0 between"
    if r.cadenceAgrees > 0 {
      message += " (\(f.integer(r.cadenceAgrees)) of them billed on that cadence in accounts.csv)"
    }
    message +=
      ": `mrr` looks like invoices (billings), not monthly recurring revenue. As typed they give "
      + "\(f.compactMoney(cents: r.headlineARR)) of headline ARR (the ones invoiced in "
      + "\(f.month(company.asOf))), and the bridge counts \(f.compactMoney(cents: r.churnLast12)) "
      + "of their MRR as churned over the last 12 months and "
      + "\(f.compactMoney(cents: r.reactivationLast12)) as reactivated; spread over the months each "
      + "payment covers they stand for \(f.compactMoney(cents: r.spreadARR)) of ARR."
    if r.zeroUnderRunningTerm > 0 {
      message +=
        " \(count(r.zeroUnderRunningTerm, "account", f)) at $0 in \(f.month(company.asOf)) "
        + "\(r.zeroUnderRunningTerm == 1 ? "has" : "have") a contract term running past it and "
        + "no cancel date."
    }
    message +=
      " Spread each invoice over its months (an annual contract of 12,000 is 1,000 a month) or "
      + "import the invoices as billings (`arr-quality import --values billings`) before relying "
      + "on churn, retention or the headline."
    return Finding(
      code: .billingsInMRR,
      severity: share >= Finding.billingsRhythmCriticalShare ? .critical : .warning,
      message: message, weight: share)
  }
}
