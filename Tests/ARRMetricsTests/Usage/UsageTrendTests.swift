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
}
