/// The first few items of a large list in a given order, without sorting the list.
///
/// A report table of the ten largest expected losses out of a million accounts needs ten items;
/// sorting every account's score (a value holding references) to take them cost more than the
/// rest of the Markdown report. This keeps the leaders in a short list, best first, inserting an
/// item only when it beats the last one.
enum Leaders {
  /// The indices of the first `count` items of `0..<total` that pass `isIncluded`, in the order
  /// `isBefore` defines, best first: the same as sorting the included indices by `isBefore` and
  /// taking a prefix, when `isBefore` is a strict total order.
  /// - Parameters:
  ///   - count: How many to keep.
  ///   - total: Number of items.
  ///   - isIncluded: Whether item `i` takes part.
  ///   - isBefore: Whether item `i` comes before item `j`.
  /// - Complexity: O(total × count) at worst, O(total) when few items beat the last leader.
  static func indices(
    count: Int, of total: Int, where isIncluded: (Int) -> Bool,
    by isBefore: (Int, Int) -> Bool
  ) -> [Int] {
    guard count > 0 else { return [] }
    var leaders: [Int] = []
    leaders.reserveCapacity(count + 1)
    for i in 0..<total where isIncluded(i) {
      if leaders.count == count, !isBefore(i, leaders[count - 1]) { continue }
      var k = leaders.count
      while k > 0 && isBefore(i, leaders[k - 1]) { k -= 1 }
      leaders.insert(i, at: k)
      if leaders.count > count { leaders.removeLast() }
    }
    return leaders
  }
}
