import Testing

@testable import ARRCore

/// The one parallel helper: ranges that cover every index once, in order, in a number of
/// pieces that does not depend on the machine; results in range order.
@Suite struct ConcurrentTests {
  @Test(arguments: [(0, 24), (1, 24), (100, 24), (5_000, 24), (1_000_003, 24), (9, 10_000)])
  func rangesCoverEveryAccountOnceInOrder(accounts: Int, months: Int) {
    let ranges = Concurrent.ranges(accounts: accounts, cellsPerAccount: months)
    #expect(ranges.first?.lowerBound == 0)
    #expect(ranges.last?.upperBound == accounts)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    if accounts * months < Concurrent.minimumParallelCells {
      #expect(ranges.count == 1)
    } else {
      // Eight pieces of ⌈n ÷ 8⌉ each: fewer when n is small (9 accounts give 5 pieces of 2).
      #expect(ranges.count > 1 && ranges.count <= min(8, accounts))
    }
  }

  /// 20,000 accounts is where scoring starts splitting; 19,999 stays in one piece.
  @Test(arguments: [(19_999, 1), (20_000, 8), (20_007, 8), (8, 1)])
  func aThresholdInAccountsSplitsIntoEightPieces(count: Int, pieces: Int) {
    let ranges = Concurrent.ranges(count, parallelFrom: 20_000)
    #expect(ranges.count == pieces)
    #expect(ranges.map(\.count).reduce(0, +) == count)
    #expect(Set(ranges.map(\.count)).count <= 2)
  }

  @Test func mapReturnsPartialsInRangeOrder() {
    let ranges = Concurrent.ranges(accounts: 1_000_000, cellsPerAccount: 24)
    let sums: [Int] = Concurrent.map(ranges) { (_, r: Range<Int>) -> Int in r.reduce(0, +) }
    #expect(sums.count == ranges.count)
    let total: Int = sums.reduce(0, +)
    #expect(total == 999_999 * 1_000_000 / 2)
    #expect(sums == ranges.map { (r: Range<Int>) -> Int in r.reduce(0, +) })
  }

  @Test func fillWritesEachIndexFromItsOwnRange() {
    let ranges = Concurrent.ranges(100_000, parallelFrom: 1)
    let values = Concurrent.fill(ranges, count: 100_000, zero: -1) { range, out in
      for i in range { out[i] = 2 * i }
    }
    #expect(values == (0..<100_000).map { 2 * $0 })
  }

  /// Values are made in place, each index once, and the pieces' own results come back in range
  /// order, on one piece or eight.
  @Test(arguments: [0, 1, 7, 19_999, 20_000, 100_003])
  func buildMakesEveryValueInPlaceAndResultsInOrder(count: Int) {
    let ranges = Concurrent.ranges(count, parallelFrom: 20_000)
    let (values, sums) = Concurrent.build(ranges, count: count) {
      k, range, out -> (piece: Int, sum: Int) in
      var sum = 0
      for i in range {
        out.initialize(i, to: "v\(i)")
        sum += i
      }
      return (k, sum)
    }
    #expect(values == (0..<count).map { "v\($0)" })
    #expect(sums.map(\.piece) == Array(ranges.indices))
    #expect(sums.map(\.sum) == ranges.map { $0.reduce(0, +) })
  }

  /// Two unrelated passes side by side: each result comes back in its own place and type.
  @Test func pairReturnsBothResults() {
    let (sum, words) = Concurrent.pair(
      { (1...100_000).reduce(0, +) }, { (0..<3).map { "w\($0)" } })
    #expect(sum == 5_000_050_000)
    #expect(words == ["w0", "w1", "w2"])
  }

  /// Passes split into ranges inside either side of a pair, and pairs inside pairs, give their
  /// results in order (the second side runs on a thread of its own, the passes on any free
  /// core).
  @Test func passesInsidePairsKeepTheirOrder() {
    let ranges = Concurrent.ranges(80_000, parallelFrom: 1)
    @Sendable func sums() -> [Int] { Concurrent.map(ranges) { _, range in range.reduce(0, +) } }
    let reference = ranges.map { $0.reduce(0, +) }
    let ((a, b), c) = Concurrent.pair(
      { Concurrent.pair({ sums() }, { sums() }) }, { Concurrent.pair({ sums() }, { 7 }) })
    #expect(a == reference)
    #expect(b == reference)
    #expect(c.0 == reference)
    #expect(c.1 == 7)
  }
}
