import ARRProjection
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Gaussian hypergeometric ₂F₁")
struct HypergeometricTests {
  private func relativeError(_ x: Double, _ y: Double) -> Double { abs(x - y) / abs(y) }

  @Test(arguments: [-0.9, -0.5, -0.01, 0.001, 0.1, 0.5, 0.9, 1 / 1.1, 0.99])
  func logarithmClosedForm(z: Double) {
    // ₂F₁(1, 1; 2; z) = −ln(1 − z)/z (Abramowitz & Stegun 15.1.3).
    let exact = -log1p(-z) / z
    #expect(relativeError(SpecialFunctions.hypergeometric2F1(1, 1, 2, z), exact) < 4e-15)
  }

  @Test(arguments: [(0.5, 3.7, 0.3), (1.0, 1.182, 1 / 1.1), (2.5, 0.4, -0.7), (0.704, 9.0, 0.95)])
  func binomialClosedForm(a: Double, b: Double, z: Double) {
    // ₂F₁(a, b; b; z) = (1 − z)^(−a) (A&S 15.1.8).
    let exact = pow(1 - z, -a)
    #expect(relativeError(SpecialFunctions.hypergeometric2F1(a, b, b, z), exact) < 4e-15)
  }

  @Test func arcsineClosedForm() {
    // ₂F₁(1/2, 1/2; 3/2; z²) = arcsin(z)/z (A&S 15.1.6).
    for z in [0.1, 0.5, 0.9] {
      let value = SpecialFunctions.hypergeometric2F1(0.5, 0.5, 1.5, z * z)
      #expect(relativeError(value, asin(z) / z) < 4e-15)
    }
  }

  @Test func polynomialWhenANumeratorIsANonPositiveInteger() {
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1)).
    let b = 1.5
    let c = 2.5
    let z = 0.4
    let exact = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1))
    #expect(relativeError(SpecialFunctions.hypergeometric2F1(-2, b, c, z), exact) < 1e-15)
  }

  @Test func outsideTheDiskOrAtAPoleIsNaN() {
    #expect(SpecialFunctions.hypergeometric2F1(1, 1, 2, 1).isNaN)
    #expect(SpecialFunctions.hypergeometric2F1(1, 1, 2, -1.5).isNaN)
    #expect(SpecialFunctions.hypergeometric2F1(1, 1, -3, 0.5).isNaN)
    #expect(SpecialFunctions.hypergeometric2F1(1, 1, 2, 0) == 1)
  }
}
