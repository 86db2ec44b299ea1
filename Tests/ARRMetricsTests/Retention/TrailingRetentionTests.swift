import ARRCore
import Testing

@testable import ARRMetrics

@Suite("Trailing retention")
struct TrailingRetentionTests {
  typealias T = TestCompanies

  /// Base month 0, measured at month 3: A grows $100→$150, B shrinks $200→$50, C leaves
  /// ($300→$0), D is new ($0→$500) and stays out of the base.
  static func tiny() -> Company {
    T.company([
      (T.account("A"), [10_000, 12_000, 12_000, 15_000]),
      (T.account("B"), [20_000, 20_000, 10_000, 5_000]),
      (T.account("C"), [30_000, 30_000, 0, 0]),
      (T.account("D"), [0, 0, 50_000, 50_000]),
    ])
  }

  @Test func ndrGrrAndLogoOnATinyCase() throws {
    let r = TrailingRetention.compute(Self.tiny(), months: 3)
    #expect(r.baseMonth == Month(year: 2025, month: 1))
    #expect(r.asOf == Month(year: 2025, month: 4))
    #expect(r.baseMRR == 60_000)
    #expect(r.currentMRR == 20_000)
    #expect(r.cappedMRR == 15_000)
    #expect(r.baseAccounts == 3)
    #expect(r.retainedAccounts == 2)
    #expect(try #require(r.ndr) == 20_000.0 / 60_000.0)
    #expect(try #require(r.grr) == 0.25)
    #expect(try #require(r.logoRetention) == 2.0 / 3.0)
  }

  @Test func twelveMonthDefaultUsesTheMonthAYearBefore() throws {
    // 13 months: $100 → $130 for one account, $50 → $0 for another.
    let up = [Int64](repeating: 10_000, count: 12) + [13_000]
    let gone = [Int64](repeating: 5_000, count: 12) + [0]
    let r = TrailingRetention.compute(T.company([(T.account("A"), up), (T.account("B"), gone)]))
    #expect(r.months == 12)
    #expect(try #require(r.ndr) == 13_000.0 / 15_000.0)
    #expect(try #require(r.grr) == 10_000.0 / 15_000.0)
    #expect(try #require(r.logoRetention) == 0.5)
  }

  /// The shortest look-back the definition allows, one month (month-over-month): base month 2
  /// (A $120, B $100, D $500; C already gone), as of month 3 (A $150, B $50, D $500). Found by
  /// Scripts/mutate: `months >= 1` could become `months >= 2` with every test green.
  @Test func aOneMonthLookBackIsMonthOverMonth() throws {
    let r = TrailingRetention.compute(Self.tiny(), months: 1)
    #expect(r.baseMonth == Month(year: 2025, month: 3))
    #expect(r.baseMRR == 72_000)
    #expect(r.currentMRR == 70_000)
    #expect(r.cappedMRR == 67_000)
    #expect(r.baseAccounts == 3 && r.retainedAccounts == 3)
    #expect(try #require(r.grr) == 67_000.0 / 72_000.0)
    // The subset form by the same definition: A and B alone, $220 → $200, capped $170.
    let ab = TrailingRetention.compute(Self.tiny(), months: 1, accounts: [0, 1])
    #expect(ab.baseMRR == 22_000 && ab.currentMRR == 20_000 && ab.cappedMRR == 17_000)
  }

  @Test func baseBeforeTheDataOrWithoutPayersHasNoRatios() {
    let short = TrailingRetention.compute(Self.tiny())  // 4 months of data, 12 asked
    #expect(short.ndr == nil && short.grr == nil && short.logoRetention == nil)
    #expect(short.baseAccounts == 0)
    let noPayers = TrailingRetention.compute(
      T.company([(T.account("A"), [0, 0, 700])]), months: 2)
    #expect(noPayers.ndr == nil && noPayers.grr == nil && noPayers.logoRetention == nil)
  }

  @Test func atAnEarlierMonthThroughAsOf() throws {
    // As of month 2 with a 2-month look-back: base A $100, B $200, C $300; now $120, $100, $0.
    let c = Self.tiny().pointInTime(Month(year: 2025, month: 3))
    let r = TrailingRetention.compute(c, months: 2)
    #expect(r.currentMRR == 22_000)
    #expect(r.cappedMRR == 20_000)
    #expect(try #require(r.grr) == 20_000.0 / 60_000.0)
  }

  @Test(arguments: [21 as UInt64, 22, 23])
  func grrNeverAboveNdrOrOne(seed: UInt64) throws {
    let r = TrailingRetention.compute(T.random(seed: seed, accounts: 400, months: 14))
    let (ndr, grr) = (try #require(r.ndr), try #require(r.grr))
    #expect(grr <= ndr)
    #expect(grr <= 1)
    #expect(r.cappedMRR <= r.baseMRR)
    #expect(r.retainedAccounts <= r.baseAccounts)
  }

  /// The whole company is summed in account ranges on every core: eight ranges give the very
  /// figures one range does, and both those of the subset of every account, at the as-of month
  /// and at an earlier view (whose rows lie `rowStride` apart in the full matrix).
  @Test(arguments: [31 as UInt64, 32])
  func rangesGiveTheFiguresOfOnePass(seed: UInt64) {
    let c = T.random(seed: seed, accounts: 400, months: 20)
    for company in [c, c.pointInTime(c.month(at: 15))] {
      let one = TrailingRetention.compute(company, months: 12, parallelFrom: .max)
      #expect(TrailingRetention.compute(company, months: 12, parallelFrom: 1) == one)
      #expect(TrailingRetention.compute(company) == one)
      #expect(
        TrailingRetention.compute(company, accounts: 0..<company.revenue.accountCount) == one)
    }
  }
}
