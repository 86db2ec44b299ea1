// BillingsSpreader: an annual fee billed on top of monthly invoices that vary (usage).
import ARRCore

extension BillingsSpreader {
  /// How many times the median of the months around it (up to ``lumpWindow`` either side) an
  /// invoice is, at least, to be a lump that may hold an annual fee.
  static let lumpFactor = (numerator: Int64(3), denominator: Int64(1))
  /// Months either side whose median is a lump's base (what that month would bill without it).
  static let lumpWindow = 3
  /// A lump stands out of its year: at least 1.5 times every other invoice within
  /// ``lumpYearWindow`` months either side.
  static let lumpStandOut = (numerator: Int64(3), denominator: Int64(2))
  /// Months either side a lump stands out of.
  static let lumpYearWindow = 6
  /// Paid months an account needs before a lump can recur a year on (two anniversaries).
  static let lumpMinimumMonths = 13
  /// Two lumps 12 months apart are one fee when the smaller excess is at least 70% of the
  /// larger (a fee is the same each year or steps up; two usage peaks need not be alike).
  static let lumpLikeness = (numerator: Int64(7), denominator: Int64(10))

  /// The annual fees in a monthly chain whose invoices vary (`docs/import.md`, "Billings",
  /// annual fees on top of monthly invoices): an invoice at least ``lumpFactor`` times the
  /// median of the invoices up to ``lumpWindow`` months either side (at least two of them), at
  /// least 1.5 times every other invoice within ``lumpYearWindow`` months either side, with
  /// another such invoice exactly 12 months before or after whose excess is alike
  /// (``lumpLikeness``): its excess over that median is an annual fee.
  ///
  /// An AI company bills an annual platform fee on each anniversary and usage every month; its
  /// usage never bills the same twice, so the two equal neighbours ``spreadMonthly(_:spreader:)``
  /// needs to see an excess are never there, and each fee was a month of usage (trial 32,
  /// T32-21: 12 such accounts read $967,797.60 of ARR for $1,339,797.60 by hand, no committed
  /// ARR, no range). A usage peak recurring on the same month a year later, alike in size and
  /// standing out of both years, is rare: on simulated usage alone (30 months, swings 0.3–4×)
  /// under 1% of accounts show one, and the reading is priced (the as-of month's lump read as
  /// usage is the range's other end).
  /// - Returns: The excess of each lump, by the index of its anchor in `chain`.
  /// - Complexity: O(months) (each window is a few months).
  static func annualLumps(_ chain: [BillingRhythm.Anchor]) -> [Int: Int64] {
    guard chain.count >= lumpMinimumMonths, let last = chain.map(\.billed).max() else { return [:] }
    // No invoice 1.5 times both chain neighbours: no lump (a flat chain allocates nothing).
    guard
      chain.indices.contains(where: { i in
        (i == 0 || isAtLeast(chain[i].amount, lumpStandOut, times: chain[i - 1].amount))
          && (i == chain.count - 1
            || isAtLeast(chain[i].amount, lumpStandOut, times: chain[i + 1].amount))
      })
    else { return [:] }
    var amounts = [Int64](repeating: 0, count: last + 1)
    var index = [Int](repeating: -1, count: last + 1)
    for (i, anchor) in chain.enumerated() where anchor.billed >= 0 {
      amounts[anchor.billed] = anchor.amount
      index[anchor.billed] = i
    }
    var byIndex = [Int: Int64]()
    let lumps = amounts.withUnsafeBufferPointer { annualLumps($0) }
    for (m, excess) in lumps where index[m] >= 0 { byIndex[index[m]] = excess }
    return byIndex
  }

  /// The annual fees among one account's monthly amounts (`amounts[m]` billed in month `m`, 0
  /// for none), as the chain's are read.
  /// - Returns: The excess of each lump, by its month.
  /// - Complexity: O(months); allocates only for a month standing out of its year.
  static func annualLumps(_ amounts: UnsafeBufferPointer<Int64>) -> [Int: Int64] {
    let n = amounts.count
    var paid = 0
    for a in amounts where a > 0 { paid += 1 }
    guard paid >= lumpMinimumMonths else { return [:] }
    // Standing out of its year is checked first: it fails at once on a flat row (no month is
    // 1.5 times its neighbour), so most accounts cost a pass and no allocation.
    var near = [Int64]()
    var excess = [Int: Int64]()
    for m in 0..<n where amounts[m] > 0 {
      var standsOut = true
      for k in max(0, m - lumpYearWindow)...min(n - 1, m + lumpYearWindow) where k != m {
        if !isAtLeast(amounts[m], lumpStandOut, times: amounts[k]) {
          standsOut = false
          break
        }
      }
      guard standsOut else { continue }
      near.removeAll(keepingCapacity: true)
      for k in max(0, m - lumpWindow)...min(n - 1, m + lumpWindow) where k != m && amounts[k] > 0 {
        near.append(amounts[k])
      }
      guard near.count >= 2 else { continue }
      near.sort()
      let base = near[near.count / 2]
      if isAtLeast(amounts[m], lumpFactor, times: base) { excess[m] = amounts[m] - base }
    }
    var lumps = [Int: Int64]()
    for (m, e) in excess {
      for other in [m - 12, m + 12] {
        guard let f = excess[other] else { continue }
        if isAtLeast(min(e, f), lumpLikeness, times: max(e, f)) { lumps[m] = e }
      }
    }
    return lumps
  }

  /// Whether `a` ≥ `ratio` × `b`, exactly (full-width products: no overflow, no rounding).
  static func isAtLeast(
    _ a: Int64, _ ratio: (numerator: Int64, denominator: Int64), times b: Int64
  ) -> Bool {
    let left = a.multipliedFullWidth(by: ratio.denominator)
    let right = b.multipliedFullWidth(by: ratio.numerator)
    return (left.high, left.low) >= (right.high, right.low)
  }
}
