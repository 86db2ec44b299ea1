/// Special functions the projection needs, evaluated to full double precision.
public enum SpecialFunctions {
  /// The largest number of series terms ``hypergeometric2F1(_:_:_:_:)`` adds before giving up.
  ///
  /// Only reached when |z| is within about 1e-6 of 1; DEL and DERL use z = 1/(1+d), which for
  /// any discount rate d ≥ 0.1% converges in fewer than 50,000 terms.
  public static let maximumSeriesTerms = 20_000_000

  /// The Gaussian hypergeometric function ₂F₁(a, b; c; z) = Σₖ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ.
  ///
  /// Summed term by term with Kahan (compensated) summation until a geometric bound on the
  /// rest of the series is below 1e-17 of the running sum, so the result carries full double
  /// precision; there is no fixed truncation. A parameter a or b that is a non-positive integer ends the series exactly
  /// (a polynomial).
  ///
  /// - Parameters:
  ///   - a: first numerator parameter.
  ///   - b: second numerator parameter.
  ///   - c: denominator parameter; must not be 0 or a negative integer.
  ///   - z: argument, |z| < 1.
  /// - Returns: the value, or `nan` when |z| ≥ 1, c is a non-positive integer, or the series
  ///   did not converge within ``maximumSeriesTerms`` terms.
  /// - Complexity: O(k) where k is the number of terms needed, about
  ///   log(1e-17) / log|z| for the parameters the product uses.
  public static func hypergeometric2F1(_ a: Double, _ b: Double, _ c: Double, _ z: Double)
    -> Double
  {
    guard a.isFinite, b.isFinite, c.isFinite, z.isFinite, abs(z) < 1 else { return .nan }
    if c <= 0, c == c.rounded() { return .nan }
    if z == 0 { return 1 }
    var sum = 1.0
    var compensation = 0.0
    var term = 1.0
    var k = 0.0
    for _ in 0..<maximumSeriesTerms {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z
      k += 1
      if term == 0 { return sum - compensation }
      // Kahan: `compensation` holds the low-order bits lost when adding to `sum`.
      let y = term - compensation
      let t = sum + y
      compensation = (t - sum) - y
      sum = t
      // Bound the tail by a geometric series with the larger of the next term ratio and |z|
      // (the ratio's limit); stop once that bound is below 1e-17 of the sum.
      let nextRatio = abs((a + k) * (b + k) / ((c + k) * (k + 1)) * z)
      let ratio = max(nextRatio, abs(z))
      if ratio < 1, abs(term) * ratio / (1 - ratio) < 1e-17 * abs(sum) {
        return sum - compensation
      }
    }
    return .nan
  }
}
