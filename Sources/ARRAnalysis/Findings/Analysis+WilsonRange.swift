extension Analysis {
  /// The 95% Wilson score range of a rate of `events` in `trials`: centre
  /// (p + z²/2n) ÷ (1 + z²/n), half-width z √(p(1−p)/n + z²/4n²) ÷ (1 + z²/n), z = 1.96,
  /// clamped to 0…1. Unlike p ± z √(p(1−p)/n) it never collapses to a point at 0 or n events,
  /// so a class with 0 churners of 7 is not "0%–0%". `nil` without trials.
  /// - Parameters:
  ///   - events: Events counted (churners), 0…`trials`.
  ///   - trials: Trials (accounts).
  /// - Returns: The range, or `nil` when `trials` is 0.
  /// - Complexity: O(1).
  public static func wilsonRange(events: Int, trials: Int) -> ClosedRange<Double>? {
    guard trials > 0, (0...trials).contains(events) else { return nil }
    let n = Double(trials)
    let p = Double(events) / n
    let z2 = aucRangeZ * aucRangeZ
    let denominator = 1 + z2 / n
    let centre = (p + z2 / (2 * n)) / denominator
    let half = aucRangeZ * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    return max(0, centre - half)...min(1, centre + half)
  }
}
