import ARRAnalysis
import ARRCore

/// Rounding that makes a table foot as displayed: the rounded cells of a column sum to the
/// rounded total the table prints (largest-remainder rounding, also called Hamilton's method).
///
/// Rounding every cell on its own can leave a column a unit off its total (three thirds of 100%
/// print as 33.3% each and sum to 99.9%); a reader adding the column then distrusts the table.
/// Each cell is rounded down, and the units still missing to reach the target go to the cells
/// with the largest remainders (ties to the earlier cell). No cell moves by a whole unit or more
/// from its exact value.
enum Footing {
  /// `values` rounded to whole units so that they sum to `target`.
  /// - Parameters:
  ///   - values: The exact values, in units of the displayed precision (e.g. cents ÷ 100, or
  ///     fractions × 1,000 for a percentage with one decimal). Non-finite values count as 0.
  ///   - target: The displayed total the rounded values must sum to (itself rounded once).
  /// - Returns: Whole units, one per value; their sum is `target` whenever `target` is within
  ///   one unit per cell of the exact sum (always so when `target` is the rounded exact sum).
  /// - Complexity: O(n log n).
  static func largestRemainder(_ values: [Double], target: Int64) -> [Int64] {
    LargestRemainder.units(values, target: target)
  }

  /// Money cells in cents rounded to whole currency units that sum to `target` units: largest
  /// remainder as ``largestRemainder(_:target:)``, in integers, so it is exact for every amount
  /// (a `Double` of cents ÷ 100 is not beyond 2⁵³ cents, and its remainders' noise broke ties
  /// that the rule gives to the earlier cell).
  /// - Parameters:
  ///   - cents: The exact cells, in cents.
  ///   - target: The displayed total in whole units.
  /// - Returns: Whole units, one per cell.
  /// - Complexity: O(n log n).
  static func largestRemainder(cents: [Int64], target: Int64) -> [Int64] {
    let split = cents.map { c in
      let (q, r) = c.quotientAndRemainder(dividingBy: 100)
      return r < 0 ? (q - 1, r + 100) : (q, r)
    }
    return distribute(floors: split.map(\.0), byLargest: split.map(\.1), to: target)
  }

  /// ``LargestRemainder/distribute(floors:byLargest:to:)``.
  private static func distribute<R: Comparable>(
    floors: [Int64], byLargest remainders: [R], to target: Int64
  ) -> [Int64] {
    LargestRemainder.distribute(floors: floors, byLargest: remainders, to: target)
  }

  /// Money cells in cents rounded to whole currency units that sum to the rounded `total`.
  /// - Parameters:
  ///   - cents: The cells, in cents.
  ///   - total: The exact total in cents (usually `cents`' sum); rounded half away from zero.
  /// - Returns: Whole currency units, one per cell, summing to the rounded total.
  static func money(_ cents: [Int64], total: Int64) -> [Int64] {
    largestRemainder(cents: cents, target: roundedUnits(total))
  }

  /// Cents rounded half away from zero to whole units, as ``NumberFormat/money(cents:)`` shows.
  static func roundedUnits(_ cents: Int64) -> Int64 {
    let units = cents.magnitude / 100 + (cents.magnitude % 100 >= 50 ? 1 : 0)
    return cents < 0 ? -Int64(units) : Int64(units)
  }

  /// Fractions rounded to tenths of a percent (units of 0.001) that sum to `total` rounded.
  /// - Parameters:
  ///   - fractions: The shares (1 = 100%).
  ///   - total: The exact fraction they sum to (1 for shares of a whole).
  /// - Returns: Tenths of a percent, one per share.
  static func tenthsOfPercent(_ fractions: [Double], total: Double) -> [Int64] {
    largestRemainder(
      fractions.map { $0 * 1000 }, target: Int64((total * 1000).rounded(.toNearestOrAwayFromZero)))
  }

  /// A fraction rounded to tenths of a percent as ``NumberFormat/percent(_:decimals:)`` shows it.
  static func tenths(_ fraction: Double) -> Int64 {
    Int64((fraction * 1000).rounded(.toNearestOrAwayFromZero))
  }
}

extension NumberFormat {
  /// Tenths of a percent as text (`1000` → `"100.0%"`).
  func percent(tenths: Int64) -> String { percent(Double(tenths) / 1000) }

  /// A difference of two percentages shown with one decimal, computed from the displayed
  /// values so that the quoted difference is exactly the difference of what the reader sees
  /// (`122.9% − 115.2%` is `+7.7 pts`, whatever the unrounded figures were).
  /// - Parameters:
  ///   - a: The first fraction.
  ///   - b: The fraction subtracted.
  /// - Returns: Signed points with one decimal; `"n/a"` when either is not finite.
  func displayedPoints(_ a: Double, minus b: Double) -> String {
    guard a.isFinite, b.isFinite else { return "n/a" }
    return signedPoints(Double(Footing.tenths(a) - Footing.tenths(b)) / 1000)
  }

  /// A difference of two percentages shown in whole percents, in whole points of the figures
  /// as shown: "+20 pts", "-24 pts", "0 pts"; `"n/a"` when either is not finite.
  func displayedWholePoints(_ a: Double, minus b: Double) -> String {
    guard a.isFinite, b.isFinite else { return "n/a" }
    let whole = { (x: Double) in Int((x * 100).rounded(.toNearestOrAwayFromZero)) }
    let d = whole(a) - whole(b)
    return (d > 0 ? "+" : d < 0 ? "-" : "") + "\(abs(d)) pts"
  }

  /// `a − b` as printed at a base's precision (``PrecisionBase/isFew``): whole points, or
  /// tenths.
  func displayedPoints(_ a: Double, minus b: Double, isWhole: Bool) -> String {
    isWhole ? displayedWholePoints(a, minus: b) : displayedPoints(a, minus: b)
  }
}

extension Footing {
  /// A walk's column (subtotals and the signed steps between them) rounded so that every run
  /// of steps sums to the difference of the two displayed subtotals around it.
  /// - Parameters:
  ///   - values: The exact values in display units (levels for subtotals, changes otherwise).
  ///   - isSubtotal: Which values are subtotals, aligned with `values`.
  /// - Returns: Whole display units; subtotals are rounded half away from zero on their own.
  /// - Complexity: O(n log n).
  static func walk(_ values: [Double], isSubtotal: [Bool]) -> [Int64] {
    walk(values.map { Int64($0.rounded(.toNearestOrAwayFromZero)) }, isSubtotal: isSubtotal) {
      largestRemainder(Array(values[$0]), target: $1)
    }
  }

  /// A walk of money in cents rounded to whole currency units as ``walk(_:isSubtotal:)``, in
  /// integers (``largestRemainder(cents:target:)``): exact for every amount.
  /// - Parameters:
  ///   - cents: The exact values in cents (levels for subtotals, changes otherwise).
  ///   - isSubtotal: Which values are subtotals, aligned with `cents`.
  /// - Returns: Whole currency units; subtotals rounded half away from zero on their own.
  /// - Complexity: O(n log n).
  static func moneyWalk(_ cents: [Int64], isSubtotal: [Bool]) -> [Int64] {
    walk(cents.map(roundedUnits), isSubtotal: isSubtotal) {
      largestRemainder(cents: Array(cents[$0]), target: $1)
    }
  }

  /// Foots each run of steps between two subtotals of `rounded` with `foot(run, target)`.
  private static func walk(
    _ rounded: [Int64], isSubtotal: [Bool], foot: (Range<Int>, Int64) -> [Int64]
  ) -> [Int64] {
    var out = rounded
    var start: Int? = nil
    for i in out.indices where isSubtotal[i] {
      if let s = start, i > s + 1 {
        let footed = foot((s + 1)..<i, out[i] - out[s])
        for (k, v) in footed.enumerated() { out[s + 1 + k] = v }
      }
      start = i
    }
    return out
  }
}
