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

  /// A quoted difference is the difference of the displayed figures: 122.94% − 115.16%
  /// displays as 122.9% and 115.2%, so +7.7 pts, not the +7.8 of the raw difference.
  @Test func differencesAreOfTheDisplayedFigures() {
    let f = NumberFormat(currency: "USD")
    #expect(f.signedPoints(1.2294 - 1.1516) == "+7.8 pts")
    #expect(f.displayedPoints(1.2294, minus: 1.1516) == "+7.7 pts")
    #expect(f.displayedPointsMagnitude(1.1516, minus: 1.2294) == "7.7")
  }
}
