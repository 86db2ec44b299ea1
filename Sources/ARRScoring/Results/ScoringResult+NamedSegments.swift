extension ScoringResult {
  /// The indices of ``bySegment``, most recurring ARR first, ties by key (in byte order): the
  /// order in which reports name segments when they cannot name them all.
  /// - Complexity: O(segments log segments).
  public var segmentsByRecurringARR: [Int] { Self.segmentsByRecurringARR(bySegment) }

  /// The indices of `groups` (a ``bySegment``), most recurring ARR first, ties by key.
  /// - Complexity: O(segments log segments).
  public static func segmentsByRecurringARR(_ groups: [GroupClassMix]) -> [Int] {
    let arr = groups.map(\.mix.recurringARR)
    return groups.indices.sorted { a, b in
      arr[a] != arr[b]
        ? arr[a] > arr[b] : groups[a].key.utf8.lexicographicallyPrecedes(groups[b].key.utf8)
    }
  }

  /// The keys of the `limit` segments with the most recurring ARR (``segmentsByRecurringARR``)
  /// when there are more than `limit` + 1 segments (a row of "1 other segment" would save no
  /// room); `nil` when every segment is named.
  /// - Parameter limit: Most segments named.
  /// - Complexity: O(segments log segments).
  public func namedSegments(limit: Int) -> Set<String>? {
    guard bySegment.count > limit + 1 else { return nil }
    return Set(segmentsByRecurringARR.prefix(limit).map { bySegment[$0].key })
  }
}
