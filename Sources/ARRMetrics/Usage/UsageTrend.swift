import ARRCore

/// How one account's product usage moved recently (`docs/metrics.md`, "Usage trend"): the mean of the
/// last three months over the mean of the three before, and the months at zero usage.
public struct UsageTrend: Sendable, Equatable {
  /// The account (row of the revenue matrix).
  public var account: Int
  /// False when `monthly.csv` had no `usage` column: every other field is then empty.
  public var isAvailable: Bool
  /// Mean usage over the as-of month and the two before (months before the data excluded);
  /// `nil` when none of those months is in the data or usage is unavailable.
  public var recentMean: Double?
  /// Mean usage over the three months before those; `nil` when none of them is in the data.
  public var priorMean: Double?
  /// `recentMean / priorMean`; `nil` when either is missing or the prior mean is 0.
  public var ratio: Double?
  /// Months at zero usage among the last three (those in the data).
  public var zeroMonthsRecent: Int
  /// Consecutive months at zero usage ending at the as-of month.
  public var zeroMonthsRun: Int

  public init(
    account: Int, isAvailable: Bool, recentMean: Double?, priorMean: Double?, ratio: Double?,
    zeroMonthsRecent: Int, zeroMonthsRun: Int
  ) {
    self.account = account
    self.isAvailable = isAvailable
    self.recentMean = recentMean
    self.priorMean = priorMean
    self.ratio = ratio
    self.zeroMonthsRecent = zeroMonthsRecent
    self.zeroMonthsRun = zeroMonthsRun
  }

  /// The change in usage as a fraction (`ratio − 1`, e.g. −0.38 for "down 38%").
  public var change: Double? { ratio.map { $0 - 1 } }

  /// The usage trend of `account` at `company`'s as-of month.
  /// - Parameters:
  ///   - company: The company.
  ///   - account: The account's index in `company.accounts`.
  /// - Returns: The trend.
  /// - Complexity: O(months) for the zero-usage run, O(1) otherwise.
  public static func compute(_ company: Company, account: Int) -> UsageTrend {
    precondition(company.accounts.indices.contains(account), "account index out of range")
    guard company.hasUsage else { return unavailable(account) }
    return company.revenue.withStorage {
      trend(account: account, in: $0, months: company.monthCount)
    }
  }

  /// The usage trend of every account, in account order (the bulk form of
  /// ``compute(_:account:)``, for scoring a million accounts).
  /// - Parameter company: The company.
  /// - Returns: One trend per account.
  /// - Complexity: O(accounts × months) at worst, split across cores.
  public static func computeAll(_ company: Company) -> [UsageTrend] {
    let count = company.accountCount
    guard company.hasUsage else { return (0..<count).map(unavailable) }
    let n = company.monthCount
    let revenue = company.revenue
    let ranges = Concurrent.ranges(accounts: count, cellsPerAccount: 1 << 4)
    return Concurrent.fill(ranges, count: count, zero: unavailable(0)) { range, out in
      revenue.withStorage { storage in
        for a in range { out[a] = trend(account: a, in: storage, months: n) }
      }
    }
  }

  static func unavailable(_ account: Int) -> UsageTrend {
    UsageTrend(
      account: account, isAvailable: false, recentMean: nil, priorMean: nil, ratio: nil,
      zeroMonthsRecent: 0, zeroMonthsRun: 0)
  }

  /// The trend of `account` from borrowed storage with usage, on its row of either width.
  static func trend(account: Int, in storage: RevenueMatrix.Storage, months n: Int) -> UsageTrend {
    let row = account * storage.rowStride
    switch storage.usage! {
    case .compact(let usage): return trend(account: account, usage: usage, row: row, months: n)
    case .wide(let usage): return trend(account: account, usage: usage, row: row, months: n)
    }
  }

  /// The one definition of the trend, on the usage matrix: the account's `n` months from
  /// `usage[row]`.
  static func trend<Cell: RevenueCell>(
    account: Int, usage: UnsafeBufferPointer<Cell>, row: Int, months n: Int
  ) -> UsageTrend {
    let last = n - 1
    /// Mean over the months `from...to` that lie in the data; `nil` when none do.
    func mean(_ from: Int, _ to: Int) -> Double? {
      let lo = max(from, 0)
      guard to >= lo else { return nil }
      var sum: Int64 = 0
      for m in lo...to { sum += Int64(usage[row + m]) }
      return Double(sum) / Double(to - lo + 1)
    }
    let recent = mean(last - 2, last)
    let prior = mean(last - 5, last - 3)
    var zeroRecent = 0
    for m in max(0, last - 2)...last where usage[row + m] == 0 { zeroRecent += 1 }
    var run = 0
    var m = last
    while m >= 0 && usage[row + m] == 0 {
      run += 1
      m -= 1
    }
    var ratio: Double?
    if let recent, let prior, prior != 0 { ratio = recent / prior }
    return UsageTrend(
      account: account, isAvailable: true, recentMean: recent, priorMean: prior, ratio: ratio,
      zeroMonthsRecent: zeroRecent, zeroMonthsRun: run)
  }
}
