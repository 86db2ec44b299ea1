import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRStress

/// `usage_change` scales integer amounts by 1 + u taken as the decimal u is written as, rounded
/// half away from zero once (docs/stress.md, session 18, findings lane; trial 18b, G15).
@Suite("Exact scale factors")
struct ExactFactorTests {
  @Test(
    arguments: [
      (-0.3, 7, 10), (0.15, 23, 20), (-1, 0, 1), (10, 11, 1), (0, 1, 1),
      (1e-05, 100_001, 100_000), (-0.25, 3, 4), (2.5, 7, 2),
    ] as [(Double, UInt64, UInt64)])
  func factorIsOnePlusTheChangeAsWritten(change: Double, numerator: UInt64, denominator: UInt64)
    throws
  {
    let f = try #require(ExactFactor(change: change))
    // Compared as fractions: n/d = numerator/denominator.
    #expect(f.numerator * denominator == numerator * f.denominator)
  }

  @Test(
    arguments: [
      // 688,755 × 7/10 = 482,128.5 exactly: half away from zero gives 482,129 (through a Double,
      // 688755 × 0.7 = 482128.49999999994 rounded down to 482,128).
      (-0.3, 688_755, 482_129),
      (-0.3, 5, 4),  // 3.5 → 4
      (-0.3, 15, 11),  // 10.5 → 11
      (-0.3, 14, 10),  // 9.8 → 10
      (-0.3, 13, 9),  // 9.1 → 9
      (0.1, 5, 6),  // 5.5 → 6
      (-0.5, 25, 13),  // 12.5 → 13
      (-0.5, -25, -13),  // −12.5 → −13 (away from zero)
      (-1, 123_456, 0),
      (10, Money.maximumMRRCents, Money.maximumMRRCents * 11),
    ] as [(Double, Int64, Int64)])
  func scalesRoundingHalfAwayFromZero(change: Double, amount: Int64, expected: Int64) throws {
    let f = try #require(ExactFactor(change: change))
    #expect(f.scaled(amount) == expected)
  }

  @Test func anOverflowIsReportedNotWrapped() throws {
    let f = try #require(ExactFactor(change: 1))
    #expect(f.scaled(Int64.max / 2 + 1) == nil)
    #expect(f.scaled(Int64.max / 2) == Int64.max - 1)
  }

  @Test func moreThanEighteenDecimalsRoundToEighteen() throws {
    // 1e-20 is below the 18th decimal: the factor is 1, amounts stay as they are.
    let f = try #require(ExactFactor(change: 1e-20))
    #expect(f.numerator == f.denominator)
    let g = try #require(ExactFactor(change: 5e-19))
    #expect(g.numerator == 1_000_000_000_000_000_001 && g.denominator == 1_000_000_000_000_000_000)
  }

  @Test func usageSlumpRoundsAnExactHalfCentUp() {
    // Fixture.small's usage account C billed 6,887.55 a month: × 0.7 = 4,821.285 exactly, so
    // 482,129 cents in each shocked month, never 482,128.
    var company = Fixture.small
    for m in 0..<6 { company.revenue.setMRR(688_755, account: 2, month: m) }
    let r = CompanyShock.apply(
      StressScenario(name: "u", usageChange: -0.3), to: company,
      recurringMRR: RecurringRevenue.recurringMRR(of: company))
    #expect(
      (0..<6).map { r.company.revenue.mrr(account: 2, month: $0) } == [
        688_755, 688_755, 688_755, 482_129, 482_129, 482_129,
      ])
  }
}
