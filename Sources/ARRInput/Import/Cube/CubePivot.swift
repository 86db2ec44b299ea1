/// Subtotals on each group's top row, as an Excel PivotTable lays them out by default (compact
/// form: `Enterprise` 3,000 above `Acme` 1,000 and `Beta` 2,000, then `SMB` above its customers,
/// then `Grand Total`; review 13, F15: the group rows were read as customers, the headline
/// exactly twice the file's own total).
///
/// Found as ``CubeGroups`` and ``CubeTotals`` find `Total <name>` rows, by sums rather than
/// layout: the rows partition into groups, each a row whose amounts equal, in every month, the
/// sum of the rows below it up to the next such row. At least two groups, and either a totals row
/// equal to the sum of the groups' rows or a group of two rows or more; a totals row equal to the
/// sum of every row (the top rows counted as customers) says there are no subtotals, and nothing
/// is found. Groups are not nested.
struct CubePivot: Sendable {
  /// Body indices of the subtotal rows.
  private(set) var subtotals: Set<Int> = []
  /// The group label of each body row under a subtotal row.
  private(set) var group: [Int: String] = [:]
  /// Whether a totals row equals the sum of the groups' rows.
  private(set) var isConfirmedByTotals = false

  var isEmpty: Bool { subtotals.isEmpty }

  /// The subtotal rows of `rows` (body indices in order, the rows that may be customers);
  /// `amounts`: a row's month amounts (`nil` when a cell is no amount); `label`: a row's label;
  /// `totals`: the last totals row's amounts, if any.
  /// - Complexity: O(rows × months) at most; a cube without subtotals usually stops within its
  ///   first rows (amounts of the rows below the first already above it).
  static func find(
    _ rows: [Int], amounts: (Int) -> [Int64]?, label: (Int) -> String, totals: [Int64]?
  ) -> CubePivot {
    let none = CubePivot()
    guard rows.count >= 4, let months = amounts(rows[0])?.count, months > 0 else { return none }
    var memberSum = [Int64](repeating: 0, count: months)
    var allSum = memberSum
    var largestGroup = 0
    var i = 0
    var found = CubePivot()
    while i < rows.count {
      guard let top = amounts(rows[i]), top.count == months, top.contains(where: { $0 != 0 })
      else { return none }
      var sum = [Int64](repeating: 0, count: months)
      var j = i + 1
      var isClosed = false
      var hasNegative = top.contains { $0 < 0 }
      while j < rows.count {
        guard let v = amounts(rows[j]), v.count == months else { return none }
        var isAbove = false
        for k in 0..<months {
          sum[k] = sum[k] &+ v[k]
          if v[k] < 0 { hasNegative = true }
          if sum[k] > top[k] { isAbove = true }
        }
        j += 1
        if sum == top {
          isClosed = true
          break
        }
        // Amounts that only add up cannot come back down to the top row's.
        if isAbove && !hasNegative { return none }
      }
      guard isClosed else { return none }
      found.subtotals.insert(rows[i])
      let name = label(rows[i])
      for r in rows[(i + 1)..<j] { found.group[r] = name }
      largestGroup = max(largestGroup, j - i - 1)
      for k in 0..<months {
        memberSum[k] = memberSum[k] &+ top[k]
        allSum[k] = allSum[k] &+ top[k] &+ top[k]
      }
      i = j
    }
    guard found.subtotals.count >= 2 else { return none }
    if let totals {
      if totals == allSum { return none }
      found.isConfirmedByTotals = totals == memberSum
    }
    guard found.isConfirmedByTotals || largestGroup >= 2 else { return none }
    return found
  }
}
