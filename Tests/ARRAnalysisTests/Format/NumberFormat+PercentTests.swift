import Testing

@testable import ARRAnalysis

@Suite struct NumberFormatPercentTests {
  let f = NumberFormat.usd

  @Test(
    arguments: [
      (1.084, "108.4%"), (0.5, "50.0%"), (0, "0.0%"), (12.5, "1,250.0%"), (-0.034, "-3.4%"),
      (0.0125, "1.3%"),  // 1.25 is the half: away from zero
      (-0.0125, "-1.3%"), (0.01249, "1.2%"), (-0.0004, "0.0%"),
      (Double.nan, "n/a"), (Double.infinity, "n/a"),
    ] as [(Double, String)])
  func percentHasOneDecimal(fraction: Double, expected: String) {
    #expect(f.percent(fraction) == expected)
  }

  @Test func percentDecimalsCanChange() {
    #expect(f.percent(0.2, decimals: 0) == "20%")
    #expect(f.percent(0.995, decimals: 0) == "100%")
    #expect(f.percent(0.12345, decimals: 2) == "12.35%")
  }

  @Test func signedPercentShowsTheDirection() {
    #expect(f.signedPercent(0.12) == "+12.0%")
    #expect(f.signedPercent(-0.034) == "-3.4%")
    #expect(f.signedPercent(0.0004) == "0.0%")
    #expect(f.signedPercent(.nan) == "n/a")
  }

  @Test(
    arguments: [
      (0.024, "+2.4 pts"), (-0.005, "-0.5 pts"), (0, "0.0 pts"), (1.08 - 1.056, "+2.4 pts"),
      (0.0004, "0.0 pts"), (-0.1234, "-12.3 pts"), (Double.nan, "n/a"),
    ] as [(Double, String)])
  func pointsAreDifferencesOfPercentages(difference: Double, expected: String) {
    #expect(f.signedPoints(difference) == expected)
  }

  @Test func ratiosUseTheMultiplicationSign() {
    #expect(f.ratio(3.24) == "3.2×")
    #expect(f.ratio(3.25) == "3.3×")
    #expect(f.ratio(0) == "0.0×")
    #expect(f.ratio(2, decimals: 0) == "2×")
    #expect(f.ratio(.infinity) == "n/a")
  }
}
