import ARRAnalysis
import Testing

@testable import ARRReports

@Suite struct FootingTests {
  /// Three thirds of 100%: rounded one by one they print 33.3% each and sum to 99.9%; by
  /// largest remainder one of them takes the missing tenth (the earliest of equal remainders).
  @Test func thirdsSumToOneHundredPercent() {
    let shares = Footing.tenthsOfPercent([1.0 / 3, 1.0 / 3, 1.0 / 3], total: 1)
    #expect(shares == [334, 333, 333])
    #expect(shares.reduce(0, +) == 1000)
  }

  /// $1.40 + $1.40 + $1.20 = $4.00: each rounds to $1 (sum $3); the two largest remainders
  /// (0.40, 0.40) take the missing dollar in turn until the total is reached.
  @Test func moneyCellsFootToTheRoundedTotal() {
    let cells: [Int64] = [140, 140, 120]
    let units = Footing.money(cells, total: cells.reduce(0, +))
    #expect(units.reduce(0, +) == 4)
    #expect(units == [2, 1, 1])
    // No cell moves a whole unit or more from its exact value.
    for (u, c) in zip(units, cells) { #expect(abs(Double(u) - Double(c) / 100) < 1) }
  }

  /// A walk: the steps between two subtotals sum to the difference of the displayed subtotals,
  /// negatives included.
  @Test func walkStepsSumToTheDisplayedSubtotals() {
    // 100.4 − 0.3 − 0.3 = 99.8 (subtotal) − 10.45 = 89.35 → displayed 100, 100, 89.
    let values = [100.4, -0.3, -0.3, 99.8, -10.45, 89.35]
    let subtotal = [true, false, false, true, false, true]
    let out = Footing.walk(values, isSubtotal: subtotal)
    #expect(out[0] == 100)
    #expect(out[3] == 100)
    #expect(out[0] + out[1] + out[2] == out[3])
    #expect(out[3] + out[4] == out[5])
    #expect(out[5] == 89)
  }

  /// Money walks in integers: −$0.30 is −1 unit + 70 cents (floor and remainder), and the
  /// steps 10,040 − 30 − 30 cents (subtotals $100 and $99.80 → $100) take their units so the run
  /// sums to 100 − 100 = 0: floors −1, −1, and the two remainders (70, 70) each give one back.
  @Test func moneyWalkStepsSumToTheDisplayedSubtotals() {
    let out = Footing.moneyWalk(
      [10_040, -30, -30, 9_980, -1_045, 8_935], isSubtotal: [true, false, false, true, false, true])
    #expect(out == [100, 0, 0, 100, -11, 89])
  }

  /// Past 2⁵³ cents a `Double` no longer holds every cent: the integer footing still gives the
  /// exact units. 3 cells of 3,074,457,345,618,258,600 cents (their sum 9,223,372,036,854,775,800
  /// is Int64.max rounded down to a hundred) are 30,744,573,456,182,586 units each, no
  /// remainder, and sum to 92,233,720,368,547,758 units.
  @Test func moneyIsExactBeyondWhatADoubleHolds() {
    let cell: Int64 = 3_074_457_345_618_258_600
    let units = Footing.money([cell, cell, cell], total: 3 * cell)
    #expect(units == Array(repeating: 30_744_573_456_182_586, count: 3))
    let walk = Footing.moneyWalk([3 * cell, -cell, 2 * cell], isSubtotal: [true, false, true])
    #expect(walk == [92_233_720_368_547_758, -30_744_573_456_182_586, 61_489_146_912_365_172])
  }

  /// Equal remainders go to the earlier cell, as documented, whatever the cells' size: 1.37
  /// and 1,000,000,000.37 units both have 37 cents over, and the one missing unit goes to the
  /// first (as `Double`s the two remainders differ in their last bits).
  @Test func equalRemaindersGoToTheEarlierCell() {
    let units = Footing.money([137, 100_000_000_037], total: 100_000_000_174)
    #expect(units == [2, 1_000_000_000])
  }

  /// A quoted difference is the difference of the displayed figures: 122.94% − 115.16%
  /// displays as 122.9% and 115.2%, so +7.7 pts, not the +7.8 of the raw difference.
  @Test func differencesAreOfTheDisplayedFigures() {
    let f = NumberFormat(currency: "USD")
    #expect(f.signedPoints(1.2294 - 1.1516) == "+7.8 pts")
    #expect(f.displayedPoints(1.2294, minus: 1.1516) == "+7.7 pts")
  }
}
