extension Array {
  /// The `field` arrays of `parts`, joined in part order into one array sized once; each part's
  /// array is emptied as it is copied, so the parts and the joined array are never all held at
  /// once (``Concurrent/map(_:_:)`` pieces of a million accounts' values, joined).
  /// - Parameters:
  ///   - parts: The pieces, in order; their `field` arrays are left empty.
  ///   - field: The array of each piece to join.
  /// - Returns: The concatenation of every piece's `field`.
  /// - Complexity: O(total count).
  package static func joining<Part>(
    _ parts: inout [Part], _ field: WritableKeyPath<Part, [Element]>
  ) -> [Element] {
    var out: [Element] = []
    out.reserveCapacity(parts.reduce(0) { $0 + $1[keyPath: field].count })
    for k in parts.indices {
      out.append(contentsOf: parts[k][keyPath: field])
      parts[k][keyPath: field] = []
    }
    return out
  }
}
