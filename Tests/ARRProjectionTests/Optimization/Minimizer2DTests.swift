import ARRProjection
import Testing

@Suite("Minimizer2D")
struct Minimizer2DTests {
  /// Rosenbrock's banana, minimum 0 at (1, 1).
  static func rosenbrock(_ x: SIMD2<Double>) -> (value: Double, gradient: SIMD2<Double>) {
    let a = 1 - x.x
    let b = x.y - x.x * x.x
    return (a * a + 100 * b * b, SIMD2(-2 * a - 400 * x.x * b, 200 * b))
  }

  @Test func bfgsFindsTheRosenbrockMinimum() {
    let result = Minimizer2D().minimize(from: SIMD2(-1.2, 1), Self.rosenbrock)
    #expect(result.method == .bfgs)
    #expect(result.isConverged)
    #expect(abs(result.point.x - 1) < 1e-4 && abs(result.point.y - 1) < 1e-4)
    #expect(result.value < 1e-8)
  }

  @Test func nelderMeadTakesOverWhenTheGradientIsUseless() {
    // A gradient that points the wrong way makes every BFGS line search fail; the simplex
    // method, which needs only values, still finds the minimum of (x−2)² + (y+1)².
    let result = Minimizer2D().minimize(from: SIMD2(0, 0)) { x in
      let dx = x.x - 2
      let dy = x.y + 1
      return (dx * dx + dy * dy, SIMD2(-2 * dx, -2 * dy))
    }
    #expect(result.method == .nelderMead)
    #expect(abs(result.point.x - 2) < 1e-4 && abs(result.point.y + 1) < 1e-4)
  }

  @Test func pointsOutsideTheBoxCountAsInfinite() {
    // The minimum of (x − 40)² lies outside the ±25 box: the search stops at the wall.
    let result = Minimizer2D().minimize(from: SIMD2(0, 0)) { x in
      let dx = x.x - 40
      return (dx * dx + x.y * x.y, SIMD2(2 * dx, 2 * x.y))
    }
    #expect(result.point.x <= 25)
    #expect(result.point.x > 24)
  }
}
