import ARRAnalysis

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
    guard !values.isEmpty else { return [] }
    let exact = values.map { $0.isFinite ? $0 : 0 }
    var floors = exact.map { Int64($0.rounded(.down)) }
    let remainders = zip(exact, floors).map { $0 - Double($1) }
    var missing = target - floors.reduce(0, +)
    // Largest remainders first; among equals, the earlier cell.
    let order = remainders.indices.sorted {
      remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
    }
    var k = 0
    while missing > 0 {
      floors[order[k % order.count]] += 1
      missing -= 1
      k += 1
    }
    // A target below the floors' sum (only when it was not the rounded exact sum) takes units
    // back from the smallest remainders.
    k = order.count - 1
    while missing < 0 {
      floors[order[(k % order.count + order.count) % order.count]] -= 1
      missing += 1
      k -= 1
    }
    return floors
  }

  /// Money cells in cents rounded to whole currency units that sum to the rounded `total`.
  /// - Parameters:
  ///   - cents: The cells, in cents.
  ///   - total: The exact total in cents (usually `cents`' sum); rounded half away from zero.
  /// - Returns: Whole currency units, one per cell, summing to the rounded total.
  static func money(_ cents: [Int64], total: Int64) -> [Int64] {
    largestRemainder(cents.map { Double($0) / 100 }, target: roundedUnits(total))
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
  /// Whole currency units as money text (`1234` → `"$1,234"`).
  func money(units: Int64) -> String { money(cents: units * 100) }

  /// Whole currency units as a signed change (`-30` → `"-$30"`, `0` → `"$0"`).
  func signedMoney(units: Int64) -> String { signedMoney(cents: units * 100) }

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

  /// The absolute difference of two displayed percentages in points with one decimal, no sign
  /// (`"6.5"`), for sentences that say "above" or "below" in words.
  func displayedPointsMagnitude(_ a: Double, minus b: Double) -> String {
    number(Double(abs(Footing.tenths(a) - Footing.tenths(b))) / 10, decimals: 1)
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
    var out = values.map { Int64($0.rounded(.toNearestOrAwayFromZero)) }
    var start: Int? = nil
    for i in values.indices where isSubtotal[i] {
      if let s = start, i > s + 1 {
        let run = Array(values[(s + 1)..<i])
        let footed = largestRemainder(run, target: out[i] - out[s])
        for (k, v) in footed.enumerated() { out[s + 1 + k] = v }
      }
      start = i
    }
    return out
  }
}
