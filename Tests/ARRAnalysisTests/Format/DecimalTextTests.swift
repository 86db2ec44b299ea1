import ARRCore
import Testing

@testable import ARRAnalysis

@Suite struct DecimalTextTests {
  @Test(
    arguments: [
      (2.5, 0, "3"), (-2.5, 0, "-3"), (0.125, 2, "0.13"), (-0.125, 2, "-0.13"),
      (1.005, 2, "1.01"),  // stored as 1.00499999…, treated as the half
      (1.0049, 2, "1.00"), (0, 1, "0.0"), (-0.04, 1, "0.0"), (-0.05, 1, "-0.1"),
      (123.456, 1, "123.5"), (7, 3, "7.000"),
    ] as [(Double, Int, String)])
  func fixedRoundsHalfAwayFromZero(value: Double, places: Int, expected: String) {
    #expect(DecimalText.fixed(value, places: places) == expected)
  }

  @Test func fixedRefusesNonFiniteAndHugeValues() {
    #expect(DecimalText.fixed(.nan, places: 1) == nil)
    #expect(DecimalText.fixed(.infinity, places: 1) == nil)
    #expect(DecimalText.fixed(-.infinity, places: 0) == nil)
    #expect(DecimalText.fixed(1e19, places: 0) == nil)
    #expect(DecimalText.fixed(8e18, places: 0) == "8000000000000000000")
  }

  @Test(
    arguments: [
      (0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"),
      (UInt64.max, "18,446,744,073,709,551,615"),
    ] as [(UInt64, String)])
  func groupsThousands(value: UInt64, expected: String) {
    #expect(Money.grouped(value) == expected)
  }

  @Test func textPlacesTheDecimalPoint() {
    #expect(DecimalText.text(scaled: 123_456, places: 2, isGrouped: true) == "1,234.56")
    #expect(DecimalText.text(scaled: 5, places: 2, isGrouped: false) == "0.05")
    #expect(DecimalText.text(scaled: 5, places: 0, isGrouped: false) == "5")
    #expect(DecimalText.fixed(1234.5, places: 1, isGrouped: true) == "1,234.5")
  }
}
