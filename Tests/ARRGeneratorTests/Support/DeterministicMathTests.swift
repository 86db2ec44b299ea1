import Testing

@testable import ARRGenerator

@Suite struct DeterministicMathTests {
  @Test(arguments: [
    (0.0, 1.0), (1.0, 2.718_281_828_459_045), (-1.0, 0.367_879_441_171_442_33),
    (10.0, 22_026.465_794_806_718), (-20.0, 2.061_153_622_438_558e-9),
  ])
  func expMatchesKnownValues(x: Double, expected: Double) {
    #expect(abs(DeterministicMath.exp(x) - expected) <= 4 * expected.ulp)
  }

  @Test(arguments: [
    (1.0, 0.0), (2.0, 0.693_147_180_559_945_3), (10.0, 2.302_585_092_994_046),
    (0.001, -6.907_755_278_982_137), (1e12, 27.631_021_115_928_547),
  ])
  func logMatchesKnownValues(x: Double, expected: Double) {
    #expect(abs(DeterministicMath.log(x) - expected) <= 4 * max(expected.ulp, 1e-16))
  }

  @Test func logInvertsExp() {
    for x in stride(from: -30.0, through: 30.0, by: 0.37) {
      #expect(abs(DeterministicMath.log(DeterministicMath.exp(x)) - x) < 1e-13)
    }
  }

  @Test func edgesAndSigmoid() {
    #expect(DeterministicMath.exp(800) == .infinity)
    #expect(DeterministicMath.exp(-800) == 0)
    #expect(DeterministicMath.log(0) == -.infinity)
    #expect(DeterministicMath.log(-1).isNaN)
    #expect(DeterministicMath.sigmoid(0) == 0.5)
    #expect(abs(DeterministicMath.sigmoid(2) + DeterministicMath.sigmoid(-2) - 1) < 1e-15)
  }
}
