import ARRCore
import ARRTestSupport
import Testing

@testable import ARRProjection

/// One survivor's growth counts toward the expansion rate up to the company's own fence, never
/// below three times its start MRR a year (trial 34, T34-10: one usage account's one-off month
/// at 1,000 times its usual bill made projected NDR 1,147.5%).
@Suite struct GrowthFenceTests {
  /// Fewer than 20 expanders: a lone spike (one account at 100 times, the rest flat) counts to
  /// the floor, 1 + 2 × window ÷ 12 (3.0 a year, 2.0 over 6 months).
  @Test(arguments: [(12, 3.0), (6, 2.0), (3, 1.5)])
  func aLoneSpikeGetsTheFloor(window: Int, ratio: Double) {
    var fence = GrowthFence()
    fence.add(then: 100, now: 10_000)
    for _ in 0..<5 { fence.add(then: 100, now: 100) }
    #expect(fence.ceilingRatio(window: window) == ratio)
  }

  /// Fewer than 20 expanders: an account counts up to the largest growth another showed. Ten
  /// accounts at 4 times: 4.0 (all counted in full); one at 40 times beside them: still 4.0.
  @Test func fewExpandersCountAsFarAsAnotherBacksThem() {
    var fence = GrowthFence()
    for _ in 0..<10 { fence.add(then: 1_000, now: 4_000) }
    #expect(fence.ceilingRatio(window: 12) == 4.0)
    fence.add(then: 1_000, now: 40_000)
    #expect(fence.ceilingRatio(window: 12) == 4.0)
  }

  /// 20 expanders all at 1.5 times: log₂ 1.5 = 0.585 falls in bin 9, upper edge 10/16 = 0.625;
  /// IQR 0, fence 2^0.625 = 1.54, under the floor: 3.0. Shrinking and flat survivors count
  /// for nothing.
  @Test func aNarrowSpreadKeepsTheFloor() {
    var fence = GrowthFence()
    for _ in 0..<20 { fence.add(then: 200, now: 300) }
    fence.add(then: 300, now: 200)
    fence.add(then: 300, now: 300)
    #expect(fence.expanders == 20)
    #expect(fence.ceilingRatio(window: 12) == 3.0)
  }

  /// 10 expanders at 2 times (log₂ 1: bin 16, edge 17/16) and 10 at 8 times (log₂ 3: bin 48,
  /// edge 49/16): Q1 (the 5th) 1.0625, Q3 (the 15th) 3.0625, fence 3.0625 + 3 × 2 = 9.0625
  /// octaves, 2^9.0625 = 512 × 1.044274 = 534.668 times.
  @Test func aWideSpreadSetsItsOwnFence() {
    var fence = GrowthFence()
    for _ in 0..<10 {
      fence.add(then: 100, now: 200)
      fence.add(then: 100, now: 800)
    }
    #expect(abs(fence.ceilingRatio(window: 12) - 534.668) < 1e-3)
  }

  /// The quartile is the expander of its rank: 4 at 2 times and 16 at 8 times put Q1 (the
  /// 5th) and Q3 (the 15th) both at 8 times (bin 48, edge 49/16 = 3.0625 octaves): IQR 0, fence
  /// 2^3.0625 = 8 × 1.044274 = 8.354 times (a rank read one early would put Q1 at 2 times and
  /// the fence at 534.7).
  @Test func theQuartileIsTheExpanderOfItsRank() {
    var fence = GrowthFence()
    for _ in 0..<4 { fence.add(then: 100, now: 200) }
    for _ in 0..<16 { fence.add(then: 100, now: 800) }
    #expect(abs(fence.ceilingRatio(window: 12) - 8.354) < 1e-3)
  }

  /// A start of 0 is no growth to count (its ratio has no value): nothing is added.
  @Test func aZeroStartIsNotCounted() {
    var fence = GrowthFence()
    fence.add(then: 0, now: 100)
    #expect(fence.expanders == 0)
    #expect(fence.ceilingRatio(window: 12) == 3.0)
  }

  /// Five monthly accounts at $10 for 13 months, E billing $10,000 in the last: window 12,
  /// base 5,000 cents; E counts at 3 × 1,000 = 3,000 cents, so the expansion is 2,000 ÷ 5,000
  /// = 0.4 (uncounted: 999,000 ÷ 5,000 = 199.8); with the documented prior, Kish's 5 accounts
  /// against 20: 0.2 × 0.4 + 0.8 × 0.05 = 0.12.
  @Test func oneSpikeIsNotTheWholeBasesExpansion() {
    let accounts = ["A", "B", "C", "D", "E"].map { Fixture.account($0, .monthly) }
    var rows = [[Int64]](repeating: [Int64](repeating: 1_000, count: 13), count: 5)
    rows[4][12] = 1_000_000
    let company = Fixture.company(accounts, mrr: rows)
    let bare = Projection.movements(company, priors: .none)
    #expect(bare.window == 12)
    #expect(abs(bare.overall.expansionRate - 0.4) < 1e-12)
    let blended = Projection.movements(company)
    #expect(abs(blended.overall.expansionRate - 0.12) < 1e-12)
  }

  /// Fences of account ranges merged count what one fence over every account counts: the
  /// histogram's quartiles, the number of expanders and the two largest growths (read by the
  /// fence with fewer than 20 expanders), whatever the split. 25 survivors with growths from
  /// 0.5 to 40 times (including a tie at the top), split at every place into two and three.
  @Test func rangesMergedCountAsOneFence() {
    let growth: [(then: Int64, now: Int64)] =
      (0..<25).map { k -> (then: Int64, now: Int64) in
        (100 + Int64(k), (100 + Int64(k)) * Int64((k * 37) % 80 + 1) / 2)
      } + [(then: 10, now: 400), (then: 10, now: 400)]
    func fence(_ slice: ArraySlice<(then: Int64, now: Int64)>) -> GrowthFence {
      var f = GrowthFence()
      for g in slice { f.add(then: g.then, now: g.now) }
      return f
    }
    for count in [6, 12, growth.count] {
      let all = growth.prefix(count)
      let one = fence(all)
      for i in 0...count {
        for j in i...count {
          var merged = fence(all[0..<i])
          merged.merge(fence(all[i..<j]))
          merged.merge(fence(all[j..<count]))
          #expect(merged.expanders == one.expanders)
          for window in [3, 6, 12] {
            #expect(merged.ceilingRatio(window: window) == one.ceilingRatio(window: window))
          }
        }
      }
    }
  }
}
