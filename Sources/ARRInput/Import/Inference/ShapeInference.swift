import ARRCore

/// Contract type from the shape of monthly amounts (`docs/import.md`, "Usage from fluctuation").
///
/// **Fluctuating** (→ `usage`): over the months with revenue, at least ``minimumMonths`` of
/// them; the amount changes from the month before in at least half of the consecutive paid
/// months; the direction of those changes flips (up then down, or down then up) in at least
/// ``minimumFlipShare`` of the possible places and at least ``minimumFlips`` times; and the
/// coefficient of variation (standard deviation ÷ mean) is at least ``minimumVariation``. A
/// staircase of seat growth moves one way and rarely, so it is not fluctuating; flat revenue
/// stays `unknown` (it could be monthly or annual billed monthly).
///
/// **No look-ahead**: the rule is evaluated at every month on the months up to it; the month
/// it is first met (and then holds at the end) is when the inference became known.
enum ShapeInference {
  static let minimumMonths = 6
  static let minimumFlips = 3
  static let minimumFlipShare = 0.4
  static let minimumChangeShare = 0.5
  static let minimumVariation = 0.10

  /// Whether `amounts` (cents per month, oldest first) fluctuate, and from which month offset
  /// the rule holds.
  /// - Returns: The first month offset from which the data supports `usage` (when it holds on
  ///   the whole series), or `nil` when the amounts do not fluctuate.
  /// - Complexity: O(months).
  static func fluctuatingFrom(_ amounts: UnsafeBufferPointer<Int64>) -> Int? {
    var paid = 0
    var sum = 0.0
    var sumSquares = 0.0
    var pairs = 0
    var changes = 0
    var flips = 0
    var lastDirection = 0
    var firstHeld: Int?
    var prev: Int64 = 0
    for (m, v) in amounts.enumerated() {
      if v > 0 {
        paid += 1
        let x = Double(v)
        sum += x
        sumSquares += x * x
        if prev > 0 {
          pairs += 1
          if v != prev {
            changes += 1
            let d = v > prev ? 1 : -1
            if lastDirection != 0 && d != lastDirection { flips += 1 }
            lastDirection = d
          }
        }
      }
      prev = v
      let holds = Self.holds(
        paid: paid, sum: sum, sumSquares: sumSquares, pairs: pairs, changes: changes, flips: flips)
      if holds {
        if firstHeld == nil { firstHeld = m }
      } else {
        firstHeld = nil
      }
    }
    return firstHeld
  }

  private static func holds(
    paid: Int, sum: Double, sumSquares: Double, pairs: Int, changes: Int, flips: Int
  ) -> Bool {
    guard paid >= minimumMonths, pairs > 0, changes >= 2, flips >= minimumFlips else {
      return false
    }
    guard Double(changes) >= minimumChangeShare * Double(pairs),
      Double(flips) >= minimumFlipShare * Double(changes - 1)
    else { return false }
    let mean = sum / Double(paid)
    let variance = max(0, sumSquares / Double(paid) - mean * mean)
    return mean > 0 && variance.squareRoot() / mean >= minimumVariation
  }
}
