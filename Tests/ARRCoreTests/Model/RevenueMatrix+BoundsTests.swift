import Testing

@testable import ARRCore

/// The unchecked sums of compact cells (``RevenueMatrix/compactMonthTotals(_:rowStride:accounts:_:_:)``)
/// against the checked pass, the reference (``RevenueMatrix/monthTotals(_:rowStride:accounts:_:_:)``).
@Suite struct RevenueMatrixBoundsTests {
  /// Both passes over `cells`, from the same starting totals: the month each names and the
  /// totals each leaves.
  static func both(
    _ cells: [Int32], rowStride: Int, accounts: Range<Int>, months: Int, limit: Int64,
    start: [Int64]? = nil
  ) -> (fast: (Int?, [Int64]), reference: (Int?, [Int64])) {
    func run(_ fast: Bool) -> (Int?, [Int64]) {
      var totals = start ?? [Int64](repeating: 0, count: months)
      let month = cells.withUnsafeBufferPointer { c in
        totals.withUnsafeMutableBufferPointer { t in
          fast
            ? RevenueMatrix.compactMonthTotals(
              c, rowStride: rowStride, accounts: accounts, limit, t)
            : RevenueMatrix.monthTotals(c, rowStride: rowStride, accounts: accounts, limit, t)
        }
      }
      return (month, totals)
    }
    return (run(true), run(false))
  }

  /// By hand: two accounts × three months, limit 10. Month 0 sums to 11 and month 1 to 11 (both
  /// past it: the first is named, both saturate), month 2 to 1.
  @Test func sumsPastTheLimitSaturateAndNameTheFirstMonth() {
    let (fast, reference) = Self.both(
      [4, 6, 0, 7, 5, 1], rowStride: 3, accounts: 0..<2, months: 3, limit: 10)
    #expect(fast.0 == 0 && fast.1 == [10, 10, 1])
    #expect(reference.0 == 0 && reference.1 == [10, 10, 1])
  }

  /// By hand: a negative cell after the total passed the limit. The checked pass names month 0
  /// and ends at 10 − 5 = 5; a sum taken at the end (11 − 5 = 6) would not pass. The fast pass
  /// sees the negative cell and gives the checked answer.
  @Test func aNegativeCellTakesTheCheckedPass() {
    let (fast, reference) = Self.both(
      [11, -5], rowStride: 1, accounts: 0..<2, months: 1, limit: 10)
    #expect(reference.0 == 0 && reference.1 == [5])
    #expect(fast.0 == reference.0 && fast.1 == reference.1)
  }

  /// Random matrices and views (rows longer than the months read), cells small, near `Int32`'s
  /// bounds or now and then negative, limits that some totals pass and some do not, starting
  /// totals up to the limit: the same month and totals as the checked pass, every time.
  @Test(arguments: 0..<6)
  func randomMatricesGiveTheCheckedPassesAnswer(seed: Int) {
    var rng = SeededGenerator(seed: UInt64(200 + seed))
    for _ in 0..<150 {
      let months = Int.random(in: 1...30, using: &rng)
      let rowStride = months + (Bool.random(using: &rng) ? 0 : Int.random(in: 1...5, using: &rng))
      let accounts = Int.random(in: 0...200, using: &rng)
      let high = [Int32(100), 1 << 20, Int32.max].randomElement(using: &rng)!
      let negative = Int.random(in: 0..<4, using: &rng) == 0
      var cells = (0..<max(1, accounts * rowStride)).map { _ in
        Int32.random(in: 0...high, using: &rng)
      }
      if negative && accounts > 0 {
        cells[Int.random(in: 0..<cells.count, using: &rng)] = -Int32.random(
          in: 1...high, using: &rng)
      }
      let typical = Int64(accounts) * Int64(high) / 2
      let limit = [
        max(1, typical), max(1, typical / 3), typical * 2 + 1, Money.maximumMRRCents,
      ].randomElement(using: &rng)!
      let start = (0..<months).map { _ in Int64.random(in: 0...limit, using: &rng) }
      let lo = accounts == 0 ? 0 : Int.random(in: 0..<accounts, using: &rng)
      let range = lo..<Int.random(in: lo...accounts, using: &rng)
      for totals in [nil, start] {
        let (fast, reference) = Self.both(
          cells, rowStride: rowStride, accounts: range, months: months, limit: limit,
          start: totals)
        #expect(fast.0 == reference.0)
        #expect(fast.1 == reference.1)
      }
    }
  }
}
