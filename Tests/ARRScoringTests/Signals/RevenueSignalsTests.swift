import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRScoring

@Suite struct RevenueSignalsTests {
  func with<R>(_ row: [Int64], _ body: (UnsafeBufferPointer<Int64>) -> R) -> R {
    row.withUnsafeBufferPointer(body)
  }

  @Test func usageDeclineIsLastThreeOverPriorThree() {
    // Prior mean 100, last mean 62 → down 38%.
    #expect(with([100, 100, 100, 62, 62, 62]) { RevenueSignals.usageDecline($0) }! == 0.38)
    #expect(with([10, 10, 10, 20, 20, 20]) { RevenueSignals.usageDecline($0) } == 0)
    #expect(with([0, 0, 0, 5, 5, 5]) { RevenueSignals.usageDecline($0) } == 0)
    #expect(with([0, 0, 0, 0]) { RevenueSignals.usageDecline($0) } == nil)
    // Four months in the data: prior window holds one month (mean 80), last three mean 40.
    #expect(with([80, 40, 40, 40]) { RevenueSignals.usageDecline($0) } == 0.5)
  }

  @Test func zeroUsageCountsOnlyPaidMonths() {
    let usage: [Int64] = [5, 5, 0, 0, 0]
    let mrr: [Int64] = [100, 100, 0, 100, 100]
    let v = usage.withUnsafeBufferPointer { u in
      mrr.withUnsafeBufferPointer { RevenueSignals.zeroUsageMonths(usage: u, mrr: $0) }
    }
    #expect(v == 2.0 / 3)
  }

  @Test func volatilityIsTheSwingAroundTheTrend() {
    // Paid months 100, 300: fewer than 3 → 0. Then 100, 200, 300: on its line, 0 (around its
    // mean it was √(20000/3) ÷ 200 = 41%).
    #expect(with([0, 0, 0, 0, 100, 300]) { RevenueSignals.volatility($0) } == 0)
    #expect(with([100, 200, 300]) { RevenueSignals.volatility($0) } == 0)
    // Line 1,200.6 + … : residuals 599.8, −299.9, −1,199.6, 899.7 (slope 899.7, mean 750.75),
    // √(2,698,200 ÷ 4) ÷ 750.75 ≈ 1.09, capped at 1.
    #expect(with([1, 1, 1, 3000]) { RevenueSignals.volatility($0) } == 1)
  }

  @Test func contractionAgainstSixMonthHigh() {
    #expect(with([400, 300, 300, 300]) { RevenueSignals.mrrContraction($0) } == 0.25)
    #expect(with([100, 200, 300]) { RevenueSignals.mrrContraction($0) } == 0)
    // The high 7 months back is outside the window.
    #expect(
      with([900, 300, 300, 300, 300, 300, 300, 300]) { RevenueSignals.mrrContraction($0) } == 0)
    #expect(with([300, 0]) { RevenueSignals.mrrContraction($0) } == 1)
  }

  @Test func belowCommitment() {
    #expect(
      abs(with([700, 700, 700]) { RevenueSignals.belowCommitment($0, committed: 1000) }! - 0.3)
        < 1e-12)
    #expect(with([1500, 1500, 1500]) { RevenueSignals.belowCommitment($0, committed: 1000) } == 0)
    #expect(with([1500]) { RevenueSignals.belowCommitment($0, committed: nil) } == nil)
  }

  /// 1 − 1,000 ÷ 1,250 = 0.2 above the minimum; none above it at 700; no minimum, no value.
  @Test func aboveCommitment() {
    #expect(
      abs(with([1250, 1250, 1250]) { RevenueSignals.aboveCommitment($0, committed: 1000) }! - 0.2)
        < 1e-12)
    #expect(with([700, 700, 700]) { RevenueSignals.aboveCommitment($0, committed: 1000) } == 0)
    #expect(with([1500]) { RevenueSignals.aboveCommitment($0, committed: nil) } == nil)
  }

  /// The column-bounded usage decline agrees with ARRMetrics' `UsageTrend` at the as-of month.
  @Test func usageDeclineMatchesUsageTrend() {
    var rng = SeededGenerator(seed: 7)
    let n = 60
    let months = 8
    var usage: [[Int64]] = []
    for _ in 0..<n {
      usage.append((0..<months).map { _ in Int64(rng.next() % 4 == 0 ? 0 : rng.next() % 1000) })
    }
    let accounts = (0..<n).map { Fixture.account("A\($0)") }
    let mrr = [[Int64]](repeating: [Int64](repeating: 100, count: months), count: n)
    let company = Fixture.company(accounts, mrr: mrr, usage: usage)
    for i in 0..<n {
      let mine = with(usage[i]) { RevenueSignals.usageDecline($0) }
      let trend = UsageTrend.compute(company, account: i)
      if let change = trend.change {
        #expect(mine! == min(1, max(0, -change)))
      } else if mine != nil {
        #expect(mine == 0)
      }
    }
  }
}
