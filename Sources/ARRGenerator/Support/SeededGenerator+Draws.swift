import ARRCore

/// The random draws the generator makes, all from one ``SeededGenerator`` stream.
extension SeededGenerator {
  /// A uniform double in [0, 1).
  mutating func unit() -> Double { nextUnit() }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { nextUnit() < p }

  /// A uniform integer in `range` (inclusive).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int((next() >> 11) % width)
  }

  /// A uniform double in [low, high).
  mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * nextUnit()
  }

  /// A standard normal draw (Marsaglia's polar method, which needs no trigonometry).
  mutating func normal() -> Double {
    while true {
      let u = 2 * nextUnit() - 1
      let v = 2 * nextUnit() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 {
        return u * (-2 * DeterministicMath.log(s) / s).squareRoot()
      }
    }
  }

  /// A log-normal draw with the given median and log-scale spread.
  mutating func logNormal(median: Double, sigma: Double) -> Double {
    median * DeterministicMath.exp(sigma * normal())
  }

  /// One of `options`, chosen with probability proportional to its weight.
  mutating func pick<T>(_ options: [(T, Double)]) -> T {
    var total = 0.0
    for option in options { total += option.1 }
    var u = nextUnit() * total
    for option in options {
      if u < option.1 { return option.0 }
      u -= option.1
    }
    return options[options.count - 1].0
  }
}
