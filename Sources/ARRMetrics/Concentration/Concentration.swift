/// How concentrated recurring ARR is in the largest accounts (`docs/metrics.md`).
public struct Concentration: Sendable, Equatable {
  /// Share of recurring ARR in the largest account, 0–1.
  public var top1: Double
  /// Share of recurring ARR in the 5 largest accounts, 0–1.
  public var top5: Double
  /// Share of recurring ARR in the 10 largest accounts, 0–1.
  public var top10: Double
  /// Herfindahl–Hirschman index: Σ (100 × share)² over accounts, 0–10,000.
  public var hhi: Double
  /// Accounts with recurring MRR > 0 (the population of the shares).
  public var accounts: Int
  /// Recurring ARR of the 1, 5 and 10 largest accounts, in cents.
  public var top1ARR: Int64
  public var top5ARR: Int64
  public var top10ARR: Int64
  /// Total recurring ARR of accounts with recurring MRR > 0, in cents.
  public var totalARR: Int64

  public init(
    top1: Double, top5: Double, top10: Double, hhi: Double, accounts: Int, top1ARR: Int64,
    top5ARR: Int64, top10ARR: Int64, totalARR: Int64
  ) {
    self.top1 = top1
    self.top5 = top5
    self.top10 = top10
    self.hhi = hhi
    self.accounts = accounts
    self.top1ARR = top1ARR
    self.top5ARR = top5ARR
    self.top10ARR = top10ARR
    self.totalARR = totalARR
  }

  /// Concentration of per-account recurring MRR.
  ///
  /// Only accounts with recurring MRR > 0 count. With none, every share and the HHI are 0.
  /// - Parameter recurringMRR: Recurring MRR per account, in cents
  ///   (``RecurringRevenue/recurringMRR(of:)``).
  /// - Returns: The concentration figures.
  /// - Complexity: O(accounts); the top ten are kept in a small sorted buffer.
  public static func compute(recurringMRR: [Int64]) -> Concentration {
    var top: [Int64] = []  // descending, at most 10
    top.reserveCapacity(11)
    var total: Int64 = 0
    var sumSquares: Double = 0
    var count = 0
    for v in recurringMRR where v > 0 {
      total += v
      count += 1
      sumSquares += Double(v) * Double(v)
      if top.count < 10 || v > top[top.count - 1] {
        var i = top.count
        while i > 0 && top[i - 1] < v { i -= 1 }
        top.insert(v, at: i)
        if top.count > 10 { top.removeLast() }
      }
    }
    func sum(_ n: Int) -> Int64 { top.prefix(n).reduce(0, +) }
    let (t1, t5, t10) = (sum(1), sum(5), sum(10))
    guard total > 0 else {
      return Concentration(
        top1: 0, top5: 0, top10: 0, hhi: 0, accounts: 0, top1ARR: 0, top5ARR: 0, top10ARR: 0,
        totalARR: 0)
    }
    let t = Double(total)
    return Concentration(
      top1: Double(t1) / t, top5: Double(t5) / t, top10: Double(t10) / t,
      hhi: 10_000 * sumSquares / (t * t), accounts: count, top1ARR: 12 * t1, top5ARR: 12 * t5,
      top10ARR: 12 * t10, totalARR: 12 * total)
  }
}
