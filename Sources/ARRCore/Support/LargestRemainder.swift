/// Largest-remainder rounding (Hamilton's method): whole units that sum to a target, each cell
/// rounded down and the units still missing given to the cells with the largest remainders
/// (ties to the earlier cell). The one rule behind every footed table (the report's `Footing`)
/// and every sentence that quotes a footed cell (render review 30, R30-4: a finding said the
/// at-risk class held 17.2% of recurring ARR where the class table, footed, printed 17.3%).
public enum LargestRemainder {
  /// `values` rounded to whole units so that they sum to `target`.
  /// - Parameters:
  ///   - values: The exact values, in units of the displayed precision (e.g. fractions × 1,000
  ///     for a percentage with one decimal). Non-finite values count as 0.
  ///   - target: The displayed total the rounded values must sum to (itself rounded once).
  /// - Returns: Whole units, one per value.
  /// - Complexity: O(n log n).
  public static func units(_ values: [Double], target: Int64) -> [Int64] {
    let exact = values.map { $0.isFinite ? $0 : 0 }
    let floors = exact.map { Int64($0.rounded(.down)) }
    let remainders = zip(exact, floors).map { $0 - Double($1) }
    return distribute(floors: floors, byLargest: remainders, to: target)
  }

  /// Shares of a whole (1 = 100%) in tenths of a percent that sum to 1,000, as a class table
  /// prints them.
  public static func tenthsOfPercent(_ shares: [Double]) -> [Int64] {
    units(shares.map { $0 * 1000 }, target: 1000)
  }

  /// Adds or takes back the units `floors` lack to sum to `target`: one each to the cells with
  /// the largest `remainders` (ties to the earlier cell), or back from the smallest.
  public static func distribute<R: Comparable>(
    floors: [Int64], byLargest remainders: [R], to target: Int64
  ) -> [Int64] {
    guard !floors.isEmpty else { return [] }
    var floors = floors
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
}
