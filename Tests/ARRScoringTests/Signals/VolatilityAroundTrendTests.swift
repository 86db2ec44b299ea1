import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// Usage volatility is the swing around the trend of the months that exist, not around their
/// mean (`docs/scoring.md`, `usage_volatility`; trial 34, T34-13: steady growth of 1,000, 1,700,
/// 2,500 read "volatile (swings ±35% around its 6-month average)").
@Suite struct VolatilityAroundTrendTests {
  func square(_ v: Double) -> Double { v * v }

  func volatility(_ row: [Int64]) -> Double {
    row.withUnsafeBufferPointer { RevenueSignals.trendSwing($0) }
  }

  /// 1,000, 1,700, 2,500: mean 5,200 ÷ 3, slope 750; the line 983.3, 1,733.3, 2,483.3 leaves
  /// residuals 50/3, −100/3, 50/3: √((2,500 + 10,000 + 2,500) ÷ 9 ÷ 3) ÷ (5,200 ÷ 3) =
  /// 23.570 ÷ 1,733.3 = 1.36% (around the mean: √(1,126,666.7 ÷ 3) ÷ 1,733.3 = 35.4%), under
  /// the 5% floor: the signal is 0, and no reason names it.
  @Test func steadyGrowthIsNoSwing() {
    let expected = (15_000.0 / 9 / 3).squareRoot() / (5_200.0 / 3)
    #expect(abs(volatility([100_000, 170_000, 250_000]) - expected) < 1e-12)
    #expect(abs(expected - 0.013598) < 1e-6)
    let row: [Int64] = [100_000, 170_000, 250_000]
    #expect(row.withUnsafeBufferPointer { RevenueSignals.volatility($0) } == 0)
    var u = Fixture.account("U", .usage, .monthly)
    u.isPastDue = true
    let r = Scoring.run(Fixture.company([u], mrr: [row]))
    #expect(!r.reasons(for: r.scores[0]).contains { $0.contains("volatile") })
  }

  /// Above the floor the signal is the swing itself: the zig-zag's 31.87% below.
  @Test func theFloorKeepsRealSwings() {
    let row: [Int64] = [100_000, 200_000, 100_000, 200_000, 100_000, 200_000]
    let v = row.withUnsafeBufferPointer { RevenueSignals.volatility($0) }
    #expect(v == volatility(row))
    #expect(v > 0.3)
  }

  /// 1,000, 2,000 alternating over 6 months: mean 1,500, slope 1,500 ÷ 17.5 = 85.714; residuals
  /// −285.71, 628.57, −457.14, 457.14, −628.57, 285.71: √(1,371,428.6 ÷ 6) ÷ 1,500 = 31.87%.
  @Test func aZigZagIsVolatile() {
    let dx = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]
    let y = [1000.0, 2000, 1000, 2000, 1000, 2000]
    let slope = 1500.0 / 17.5
    let squares = zip(dx, y).map { d, v in square(v - (1500 + slope * d)) }.reduce(0, +)
    let expected = (squares / 6).squareRoot() / 1500
    #expect(abs(expected - 0.318728) < 1e-6)
    #expect(
      abs(volatility([100_000, 200_000, 100_000, 200_000, 100_000, 200_000]) - expected) < 1e-12)
  }

  /// A gap: the unpaid month is left out, the line drawn through the paid months by their
  /// months. 1,000, 0, 3,000, 3,000: paid at months 0, 2, 3 (mean 5/3), mean 7,000 ÷ 3, slope
  /// (10,000 ÷ 3) ÷ (14 ÷ 3) = 714.29; the line 1,142.9, 2,571.4, 3,285.7 leaves −142.9, 428.6,
  /// −285.7: √((20,408.2 + 183,673.5 + 81,632.7) ÷ 3) ÷ 2,333.3 = 13.2%.
  @Test func unpaidMonthsAreLeftOut() {
    let slope = 5_000.0 / 7
    let my = 7_000.0 / 3
    let r0 = 1_000 - (my + slope * (0 - 5.0 / 3))
    let r2 = 3_000 - (my + slope * (2 - 5.0 / 3))
    let r3 = 3_000 - (my + slope * (3 - 5.0 / 3))
    let expected = ((r0 * r0 + r2 * r2 + r3 * r3) / 3).squareRoot() / my
    #expect(abs(expected - 0.132260) < 1e-6)
    #expect(abs(volatility([100_000, 0, 300_000, 300_000]) - expected) < 1e-12)
  }

  /// A falling line is measured around the mean: 300, 200, 100 is √(20,000 ÷ 3) ÷ 200 = 40.8%,
  /// as before (a usage account falling toward $0 stays at risk: ``UsageDepartureTests``).
  @Test func aFallIsMeasuredAroundTheMean() {
    let expected = (20_000.0 / 3).squareRoot() / 200
    #expect(abs(volatility([30_000, 20_000, 10_000]) - expected) < 1e-12)
  }

  /// The reason names the months read: 3 of a 3-month history. U's 1,000, 2,000, 1,000: slope
  /// 0, residuals −333.3, 666.7, −333.3: √(666,666.7 ÷ 3) ÷ 1,333.3 = 35%. Past due, so that
  /// its reasons are shown.
  @Test func theReasonNamesTheWindow() {
    var u = Fixture.account("U", .usage, .monthly)
    u.isPastDue = true
    let c = Fixture.company([u], mrr: [[100_000, 200_000, 100_000]])
    let r = Scoring.run(c)
    #expect(
      r.reasons(for: r.scores[0]).contains(
        "usage-billed revenue volatile (monthly amounts vary by 35% of their mean over the last 3 months)"
      ))
  }

  /// Six months of the zig-zag above: ±32% over the last 6 months. Its line rises (100, 200
  /// six times from a low: slope 150 ÷ 17.5 = 8.6 a month), so the spread is net of it.
  @Test func theReasonNamesSixMonths() {
    var u = Fixture.account("U", .usage, .monthly)
    u.isPastDue = true
    let c = Fixture.company(
      [u], mrr: [[150_000, 150_000, 100_000, 200_000, 100_000, 200_000, 100_000, 200_000]])
    let r = Scoring.run(c)
    #expect(
      r.reasons(for: r.scores[0]).contains(
        "usage-billed revenue volatile (monthly amounts vary by 32% of their mean, net of their growth, "
          + "over the last 6 months)"
      ))
  }

  /// At the signal's cap (a coefficient of variation of 1 or more) the reason says "or more"
  /// (render review 35, R35-10): 1,000, 100, 100 falls, so it is measured around its mean of
  /// 400: deviations 600, −300, −300, √((360,000 + 90,000 + 90,000) ÷ 3) = 424.3, 106% of 400,
  /// capped at 1.
  @Test func theCapIsAFloor() {
    var u = Fixture.account("U", .usage, .monthly)
    u.isPastDue = true
    let c = Fixture.company([u], mrr: [[100_000, 10_000, 10_000]])
    let r = Scoring.run(c)
    #expect(
      r.reasons(for: r.scores[0]).contains(
        "usage-billed revenue volatile (monthly amounts fall and vary by 100% or more of their "
          + "mean over the last 3 months)"))
  }

  /// A rising account's spread is read around its line, so the words say "net of their growth"
  /// (review 36, #9). 1,000, 2,000, 1,500, 2,500: mean 1,750, slope 400 a month, fitted 1,150,
  /// 1,550, 1,950, 2,350, residuals −150, 450, −450, 150: √(450,000 ÷ 4) = 335.4, 19% of 1,750
  /// (around the mean it would be √(312,500) = 559, 32%).
  @Test func aRisingAccountIsWordedNetOfGrowth() {
    var u = Fixture.account("U", .usage, .monthly)
    u.isPastDue = true
    let c = Fixture.company([u], mrr: [[100_000, 200_000, 150_000, 250_000]])
    let r = Scoring.run(c)
    #expect(
      r.reasons(for: r.scores[0]).contains(
        "usage-billed revenue volatile (monthly amounts vary by 19% of their mean, net of their "
          + "growth, over the last 4 months)"))
  }

  /// A falling account's spread is read around its mean, its fall included, and the words say
  /// the amounts fall (review 37, R37-8: "net of any growth" on a steady fall). 2,500, 2,000,
  /// 1,500, 1,000: mean 1,750, deviations ±750, ±250: √(312,500) = 559, 32% of 1,750.
  @Test func aFallingAccountIsWordedAsFalling() {
    let u = Fixture.account("U", .usage, .monthly)
    // Not past due: its three reasons are its terms, its fall and its swing.
    let c = Fixture.company([u], mrr: [[250_000, 200_000, 150_000, 100_000]])
    let r = Scoring.run(c)
    #expect(
      r.reasons(for: r.scores[0]).contains(
        "usage-billed revenue volatile (monthly amounts fall and vary by 32% of their mean over "
          + "the last 4 months)"))
  }
}
