import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Usage trend")
struct UsageTrendTests {
  typealias T = TestCompanies

  static func company(usage: [[Int64]]) -> Company {
    T.company(
      usage.enumerated().map { (T.account("A\($0.offset)", .usage), $0.element.map { _ in 100 }) },
      usage: usage)
  }

  @Test func downSixtyPercentWithOneZeroMonth() throws {
    let c = Self.company(usage: [[5, 10, 10, 10, 6, 6, 0]])
    let t = UsageTrend.compute(c, account: 0)
    #expect(t.isAvailable)
    #expect(t.recentMean == 4)
    #expect(t.priorMean == 10)
    #expect(t.ratio == 0.4)
    #expect(try abs(#require(t.change) + 0.6) < 1e-12)
    #expect(t.zeroMonthsRecent == 1)
    #expect(t.zeroMonthsRun == 1)
  }

  @Test func priorMonthsAllZeroHasNoRatio() {
    let c = Self.company(usage: [[0, 0, 0, 0, 3, 0, 0]])
    let t = UsageTrend.compute(c, account: 0)
    #expect(t.priorMean == 0)
    #expect(t.ratio == nil)
    #expect(t.zeroMonthsRecent == 2)
    #expect(t.zeroMonthsRun == 2)
  }

  @Test func shortHistoryUsesTheMonthsInTheData() {
    let c = Self.company(usage: [[4, 8]])
    let t = UsageTrend.compute(c, account: 0)
    #expect(t.recentMean == 6)
    #expect(t.priorMean == nil)
    #expect(t.ratio == nil)
    #expect(t.zeroMonthsRun == 0)
  }

  @Test func noUsageColumnIsUnavailable() {
    let c = T.company([(T.account("A"), [100, 100])])
    let t = UsageTrend.compute(c, account: 0)
    #expect(!t.isAvailable)
    #expect(t.recentMean == nil && t.ratio == nil)
  }

  @Test func bulkFormMatchesOneByOne() {
    let c = Self.company(usage: [
      [5, 10, 10, 10, 6, 6, 0], [0, 0, 0, 0, 3, 0, 0], [1, 2, 3, 4, 5, 6, 7],
      [0, 0, 0, 0, 0, 0, 0],
    ])
    let all = UsageTrend.computeAll(c)
    #expect(all == (0..<4).map { UsageTrend.compute(c, account: $0) })
    #expect(all[2].ratio == 6.0 / 3.0)  // (5 + 6 + 7) / 3 over (2 + 3 + 4) / 3
    #expect(all[3].zeroMonthsRun == 7)
    let none = UsageTrend.computeAll(T.company([(T.account("A"), [1]), (T.account("B"), [2])]))
    #expect(none.map(\.isAvailable) == [false, false])
    #expect(none.map(\.account) == [0, 1])
  }
}
