extension Array where Element: Comparable {
  /// The index of the first element of this array, sorted ascending, that `isPast` holds for
  /// (`count` when none): a binary search, O(log n). `isPast` must hold for every element after
  /// one it holds for.
  func partitionIndex(_ isPast: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = low + (high - low) / 2
      if isPast(self[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// How many elements of this array, sorted ascending, lie in `range`: O(log n).
  func count(in range: ClosedRange<Element>) -> Int {
    partitionIndex { $0 > range.upperBound } - partitionIndex { $0 >= range.lowerBound }
  }
}
