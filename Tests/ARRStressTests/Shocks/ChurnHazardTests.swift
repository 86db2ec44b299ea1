import Testing

@testable import ARRStress

/// `churn_multiplier` scales the churn hazard: retention p becomes p^k, loss q becomes
/// 1 − (1 − q)^k, never clipped to certainty.
@Suite("Churn hazard multiplier")
struct ChurnHazardTests {
  @Test(arguments: [
    // By hand: a 60% loss doubled is 1 − 0.4² = 84% (not 120% capped at 100%).
    (0.4, 2.0, 0.16),
    // A 1% loss doubled: 1 − 0.99² = 1.99%, about twice the loss.
    (0.99, 2.0, 0.9801),
    // 1.5× the hazard of a 75% retention: 0.75^1.5 = 0.649519…
    (0.75, 1.5, 0.649_519_052_838_329),
    // Half the hazard: √0.64 = 0.8.
    (0.64, 0.5, 0.8),
    // k = 0: no churn; k = 1: unchanged.
    (0.3, 0.0, 1.0), (0.37, 1.0, 0.37),
    // Certain outcomes stay certain: an account gone stays gone even at k = 0.
    (1.0, 3.0, 1.0), (0.0, 2.0, 0.0), (0.0, 0.0, 0.0),
  ])
  func retention(p: Double, k: Double, expected: Double) {
    #expect(abs(ChurnHazard.retention(p, hazardTimes: k) - expected) < 1e-12)
  }

  @Test func aLargeLossDoubledStaysBelowCertainty() {
    for loss in stride(from: 0.5, through: 0.99, by: 0.01) {
      let after = 1 - ChurnHazard.retention(1 - loss, hazardTimes: 2)
      #expect(after < 1)
      #expect(after > loss)
    }
  }

  @Test func aSmallLossDoubledIsAboutTwice() {
    for loss in [0.001, 0.005, 0.01, 0.02] {
      let after = 1 - ChurnHazard.retention(1 - loss, hazardTimes: 2)
      // 1 − (1 − q)² = 2q − q²: within q² of 2q.
      #expect(abs(after - 2 * loss) <= loss * loss + 1e-15)
    }
  }

  @Test func harsherMultiplierNeverRaisesRetention() {
    for p in [0.05, 0.3, 0.6, 0.95] {
      var previous = 1.0
      for k in stride(from: 0.0, through: 6, by: 0.25) {
        let r = ChurnHazard.retention(p, hazardTimes: k)
        #expect(r <= previous)
        #expect(r > 0)
        previous = r
      }
    }
  }
}
