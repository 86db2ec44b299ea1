import ARRMetrics

/// Signals read from an account's monthly revenue and usage.
///
/// Every function takes the account's row **ending at the month measured at** (element
/// `count − 1` is that month; earlier months before it), so it cannot look ahead. Months
/// before the row's start count as 0.
public enum RevenueSignals {
  /// Sum of `row[from..<to]`, indices below 0 counting as 0.
  @inlinable
  static func sum(_ row: UnsafeBufferPointer<Int64>, _ from: Int, _ to: Int) -> Int64 {
    var s: Int64 = 0
    var i = max(0, from)
    while i < to {
      s &+= row[i]
      i += 1
    }
    return s
  }

  /// Whether the account ever had usage above zero up to this month (usage is tracked for it).
  /// - Parameter usage: Usage row ending at the month measured at.
  /// - Returns: `true` when some month has usage > 0.
  public static func isUsageTracked(_ usage: UnsafeBufferPointer<Int64>) -> Bool {
    usage.contains(where: { $0 > 0 })
  }

  /// Fall in mean usage of the last 3 months against the 3 before: `max(0, 1 − last/prior)`,
  /// each mean taken over the window's months that lie in the data (the definition of
  /// `UsageTrend` in ARRMetrics, here on a row that ends at the month measured at).
  /// - Parameter usage: Usage row ending at the month measured at.
  /// - Returns: 0 when usage held or grew or there is no prior usage to compare with; `nil` when
  ///   the account never had usage (not tracked for it).
  public static func usageDecline(_ usage: UnsafeBufferPointer<Int64>) -> Double? {
    guard isUsageTracked(usage) else { return nil }
    // Means over the months of each window that lie in the data, as `UsageTrend` defines them:
    // the same fall as MRR's (``meanDecline(_:)``), on the usage row.
    return meanDecline(usage)
  }

  /// Fall in mean MRR of the last 3 months against the 3 before, `max(0, 1 − last/prior)`:
  /// the usage-billed reading of a contraction (session 19, usage lane), on the 3-month
  /// means recurring ARR already takes for usage, not one month against a 6-month high (which
  /// month-to-month swings of usage revenue always reach). Means over the window's months that
  /// lie in the row, as ``usageDecline(_:)``.
  /// - Parameter mrr: MRR row ending at the month measured at.
  /// - Returns: 0…1; 0 with no prior MRR to compare with.
  public static func meanDecline(_ mrr: UnsafeBufferPointer<Int64>) -> Double {
    let n = mrr.count
    let priorMonths = min(3, max(0, n - 3))
    guard priorMonths > 0 else { return 0 }
    let last = Double(sum(mrr, n - 3, n)) / Double(min(3, n))
    let prior = Double(sum(mrr, n - 6, n - 3)) / Double(priorMonths)
    guard prior > 0 else { return 0 }
    return min(1, max(0, 1 - last / prior))
  }

  /// The account's own month-to-month swing, relative to its level, from the second
  /// differences inside its last four 3-month windows (the last 12 months, fewer when the row
  /// is shorter): σ̂ = √(Σ (x₍t₎ − 2x₍t−1₎ + x₍t−2₎)² ÷ (6k)) ÷ the mean of those windows'
  /// months, k the windows, each difference taken over one window's three months. A second
  /// difference of independent swings of standard deviation σ has variance 6σ²; one of a
  /// straight line is 0, so a steady fall is not swing; and a step between two windows falls in
  /// none of them, so a drop that stays is not swing either (session 19, usage lane).
  /// - Parameter row: MRR or usage row ending at the month measured at.
  /// - Returns: σ̂ ≥ 0; 0 with fewer than 3 months or no level.
  public static func swing(_ row: UnsafeBufferPointer<Int64>) -> Double {
    let n = row.count
    var squares = 0.0
    var total = 0.0
    var windows = 0
    var end = n - 1
    while windows < 4 && end >= 2 {
      let (a, b, c) = (Double(row[end - 2]), Double(row[end - 1]), Double(row[end]))
      let d = c - 2 * b + a
      squares += d * d
      total += a + b + c
      windows += 1
      end -= 3
    }
    guard windows > 0, total > 0 else { return 0 }
    let mean = total / Double(3 * windows)
    return (squares / Double(6 * windows)).squareRoot() / mean
  }

  /// Standard errors of a 3-over-3 fall that swing alone explains, and so does not count.
  public static let swingAllowance = 2.0

  /// A 3-over-3 fall of a usage-billed account counted only beyond what its own swing
  /// explains: `max(0, decline − 2 × σ̂ × √(2/3))`, σ̂ = ``swing(_:)`` of the same row and
  /// σ̂ × √(2/3) the standard error of the difference of two 3-month means relative to the
  /// level. Usage revenue that varies by 40% around a steady level has 3-month means a fifth
  /// apart as often as not; read as a fall, that swing made steady usage customers at-risk
  /// though none ever left (trial 18b, G16). A steady fall toward $0 has no swing and counts
  /// in full (session 19, usage lane).
  /// - Parameters:
  ///   - decline: The raw fall, 0…1.
  ///   - row: The row it was measured on, ending at the month measured at.
  /// - Returns: The fall beyond the swing, 0…1.
  public static func beyondSwing(_ decline: Double, row: UnsafeBufferPointer<Int64>) -> Double {
    guard decline > 0 else { return decline }
    return max(0, decline - swingAllowance * swing(row) * (2.0 / 3).squareRoot())
  }

  /// Months among the last 3 that were paid (MRR > 0) with zero usage, divided by 3.
  /// - Parameters:
  ///   - usage: Usage row ending at the month measured at.
  ///   - mrr: MRR row ending at the same month.
  /// - Returns: 0, 1/3, 2/3 or 1; `nil` when the account never had usage.
  public static func zeroUsageMonths(
    usage: UnsafeBufferPointer<Int64>, mrr: UnsafeBufferPointer<Int64>
  ) -> Double? {
    guard isUsageTracked(usage) else { return nil }
    let n = usage.count
    var zeros = 0
    for m in max(0, n - 3)..<n where mrr[m] > 0 && usage[m] == 0 { zeros += 1 }
    return Double(zeros) / 3
  }

  /// The months ``volatility(_:)`` reads: the last 6, fewer when the row is shorter.
  public static let volatilityWindow = 6

  /// Swings smaller than this share of the level are the calendar's, not the customer's: usage
  /// billed by the day moves ±3% with the months' 28 to 31 days.
  public static let volatilityFloor = 0.05

  /// The volatility of usage-billed revenue: ``trendSwing(_:)``, 0 below ``volatilityFloor``
  /// (session 35, crm lane; trial 34, T34-13: steady growth of 1,000, 1,700, 2,500 read
  /// "volatile, ±35%" around its mean; around its line it is 1.4%, no swing).
  /// - Parameter mrr: MRR row ending at the month measured at.
  /// - Returns: 0…1 (callers apply it to usage-billed accounts only).
  public static func volatility(_ mrr: UnsafeBufferPointer<Int64>) -> Double {
    let v = trendSwing(mrr)
    return v < volatilityFloor ? 0 : v
  }

  /// Swing around the trend: the population standard deviation of the paid months' MRR (MRR >
  /// 0) among the last 6 (``volatilityWindow``; fewer when the row is shorter) around the
  /// least-squares line through them (by their months) when it rises, around their mean when
  /// it falls or is flat, divided by their mean, capped at 1; 0 with fewer than 3 paid months.
  /// - Parameter mrr: MRR row ending at the month measured at.
  /// - Returns: 0…1.
  public static func trendSwing(_ mrr: UnsafeBufferPointer<Int64>) -> Double {
    line(mrr).swing
  }

  /// The least-squares slope of the paid months among the last 6 (as ``trendSwing(_:)`` reads
  /// them), cents a month: positive rising, negative falling; 0 with fewer than 3 paid months.
  /// The volatility reason says which way the months go (review 37, R37-8: a steady fall read
  /// "variation, net of any growth").
  /// - Parameter mrr: MRR row ending at the month measured at.
  public static func trendSlope(_ mrr: UnsafeBufferPointer<Int64>) -> Double {
    line(mrr).slope
  }

  /// ``trendSwing(_:)`` and ``trendSlope(_:)`` from one pass.
  static func line(_ mrr: UnsafeBufferPointer<Int64>) -> (swing: Double, slope: Double) {
    let n = mrr.count
    let months = max(0, n - volatilityWindow)..<n
    var count = 0.0
    var sumX = 0.0
    var sumY = 0.0
    for m in months where mrr[m] > 0 {
      count += 1
      sumX += Double(m - months.lowerBound)
      sumY += Double(mrr[m])
    }
    guard count >= 3 else { return (0, 0) }
    let meanX = sumX / count
    let mean = sumY / count
    var sxx = 0.0
    var sxy = 0.0
    for m in months where mrr[m] > 0 {
      let dx = Double(m - months.lowerBound) - meanX
      sxx += dx * dx
      sxy += dx * (Double(mrr[m]) - mean)
    }
    // A rising line is growth, no swing; a falling one is measured around the mean, as a fall
    // is the revenue this signal prices (a usage account falling toward $0 stays at risk).
    let fit = sxx > 0 ? sxy / sxx : 0
    let slope = max(0, fit)
    var squares = 0.0
    for m in months where mrr[m] > 0 {
      let fitted = mean + slope * (Double(m - months.lowerBound) - meanX)
      let d = Double(mrr[m]) - fitted
      squares += d * d
    }
    return (min(1, (squares / count).squareRoot() / mean), fit)
  }

  /// How many months ``volatility(_:)`` reads in a row of `months` months ending at the month
  /// measured at: the last 6, fewer when the row is shorter.
  public static func volatilityMonths(rowMonths months: Int) -> Int {
    min(volatilityWindow, max(0, months))
  }

  /// MRR now against its highest of the 6 months before: `max(0, 1 − now / high)`; 0 when
  /// there was no MRR in those months.
  /// - Parameter mrr: MRR row ending at the month measured at.
  /// - Returns: The recent contraction, 0…1 (1 = MRR fell to zero).
  public static func mrrContraction(_ mrr: UnsafeBufferPointer<Int64>) -> Double {
    let n = mrr.count
    guard n >= 2 else { return 0 }
    var high: Int64 = 0
    for m in max(0, n - 7)..<(n - 1) { high = max(high, mrr[m]) }
    guard high > 0 else { return 0 }
    return min(1, max(0, 1 - Double(mrr[n - 1]) / Double(high)))
  }

  /// A usage contract's shortfall against its committed minimum: `max(0, 1 − mean MRR of the
  /// last 3 months / committed)`, the mean over the months recurring ARR averages
  /// (``RecurringRevenue/usageWindow(months:_:)``); `nil` without a positive minimum.
  /// - Parameters:
  ///   - mrr: MRR row ending at the month measured at.
  ///   - committed: `committed_mrr` in cents.
  /// - Returns: The shortfall, 0…1.
  public static func belowCommitment(_ mrr: UnsafeBufferPointer<Int64>, committed: Int64?)
    -> Double?
  {
    guard let committed, committed > 0 else { return nil }
    guard let mean = windowMean(mrr) else { return 0 }
    return min(1, max(0, 1 - mean / Double(committed)))
  }

  /// The share of a usage contract's revenue above its committed minimum: `max(0, 1 −
  /// committed / mean MRR of the last 3 months)`, the mean as ``belowCommitment(_:committed:)``
  /// takes it; the value of `usage_contract` for such a contract, which is committed up to its
  /// minimum (trial 33, T33-21: a $10,000-a-month minimum was scored and worded "no commitment");
  /// `nil` without a positive minimum.
  /// - Parameters:
  ///   - mrr: MRR row ending at the month measured at.
  ///   - committed: `committed_mrr` in cents.
  /// - Returns: The share above the minimum, 0…1 (0 when none is above it).
  public static func aboveCommitment(_ mrr: UnsafeBufferPointer<Int64>, committed: Int64?)
    -> Double?
  {
    guard let committed, committed > 0 else { return nil }
    guard let mean = windowMean(mrr), mean > Double(committed) else { return 0 }
    return min(1, max(0, 1 - Double(committed) / mean))
  }

  /// The mean MRR over the months recurring ARR averages
  /// (``RecurringRevenue/usageWindow(months:_:)``), the minimum's yardstick; `nil` for no month.
  private static func windowMean(_ mrr: UnsafeBufferPointer<Int64>) -> Double? {
    guard !mrr.isEmpty else { return nil }
    let window = RecurringRevenue.usageWindow(months: mrr.count) { mrr[$0] }
    return Double(window.sum) / Double(window.months)
  }
}
