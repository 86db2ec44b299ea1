import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Account chunks")
struct AccountChunksTests {
  @Test(arguments: [(0, 24), (1, 24), (100, 24), (5_000, 24), (1_000_003, 24), (9, 10_000)])
  func rangesCoverEveryAccountOnceInOrder(accounts: Int, months: Int) {
    let ranges = AccountChunks.ranges(accountCount: accounts, monthCount: months)
    #expect(ranges.first?.lowerBound == 0)
    #expect(ranges.last?.upperBound == accounts)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    #expect(ranges.count <= 8)
    if accounts * months < AccountChunks.parallelThreshold {
      #expect(ranges.count == 1)
    } else {
      #expect(ranges.count > 1 && ranges.count <= min(8, accounts))
    }
  }

  @Test func mapReturnsPartialsInRangeOrder() {
    let ranges = AccountChunks.ranges(accountCount: 1_000_000, monthCount: 24)
    let sums = AccountChunks.map(ranges) { $0.reduce(0, +) }
    #expect(sums.count == ranges.count)
    #expect(sums.reduce(0, +) == 999_999 * 1_000_000 / 2)
    #expect(sums == ranges.map { $0.reduce(0, +) })
  }
}
