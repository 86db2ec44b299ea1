/// A linear axis with "nice" tick steps (1, 2 or 5 × 10^k) covering the data.
///
/// Guards every degenerate input: no values, NaN/infinite values (ignored), and a zero range
/// (one value, or all equal) all give a finite axis with at least two ticks.
public struct AxisScale: Sendable, Hashable {
  /// The axis runs from `lower` to `upper`; both are multiples of `step`.
  public let lower: Double
  public let upper: Double
  /// The distance between ticks, 1, 2 or 5 × 10^k.
  public let step: Double

  /// Creates an axis covering `values`.
  /// - Parameters:
  ///   - values: the data; non-finite values are ignored.
  ///   - includesZero: extend the axis to zero (bars must start at zero).
  ///   - targetTicks: about how many ticks to aim for (at least 2).
  ///   - minimumStep: the smallest step allowed (1 for whole units such as months; 0 for any).
  /// - Complexity: O(n) in the number of values.
  public init(
    covering values: [Double], includesZero: Bool = true, targetTicks: Int = 5,
    minimumStep: Double = 0
  ) {
    let finite = values.filter(\.isFinite)
    var low = finite.min() ?? 0
    var high = finite.max() ?? 0
    if includesZero {
      low = min(low, 0)
      high = max(high, 0)
    }
    let magnitude = max(abs(low), abs(high))
    if high - low <= magnitude * 1e-12 {
      // One value or all equal: give it room on both sides (or 0…1 for zero).
      if magnitude == 0 {
        high = 1
      } else if includesZero {
        if low < 0 { low -= magnitude * 0.1 } else { high += magnitude * 0.1 }
      } else {
        low -= magnitude * 0.1
        high += magnitude * 0.1
      }
    }
    let step = max(
      Self.niceStep((high - low) / Double(max(targetTicks - 1, 1))),
      minimumStep.isFinite ? minimumStep : 0)
    self.step = step
    self.lower = (low / step).rounded(.down) * step
    self.upper = (high / step).rounded(.up) * step
  }

  /// The tick values from `lower` to `upper`, each an exact multiple of `step`.
  public var ticks: [Double] {
    let first = (lower / step).rounded()
    let count = Int(((upper - lower) / step).rounded()) + 1
    return (0..<min(max(count, 2), 50)).map { (first + Double($0)) * step }
  }

  /// The position of `value` between `start` (at `lower`) and `end` (at `upper`), in pixels.
  public func position(_ value: Double, from start: Double, to end: Double) -> Double {
    let span = upper - lower
    guard span > 0, value.isFinite else { return start }
    return start + (value - lower) / span * (end - start)
  }

  /// The smallest of 1, 2, 5 × 10^k that is at least `rough` (positive and finite).
  static func niceStep(_ rough: Double) -> Double {
    guard rough.isFinite, rough > 0 else { return 1 }
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    for multiple in [1.0, 2.0, 5.0, 10.0] where multiple * power >= rough * (1 - 1e-12) {
      return multiple * power
    }
    return 10 * power
  }
}
