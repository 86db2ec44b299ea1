import ARRCore

extension JSONWriter {
  /// The bytes of `count` items written in slices of `sliceSize`, each slice made on its own a
  /// few ahead as the slices are walked (``ByteChunks``), in order, so the bytes never depend
  /// on the thread count. Callers write the slices out as they come (a 1M-account report is
  /// hundreds of megabytes; holding every slice would keep it whole), or join them with
  /// ``joined(_:)``.
  /// - Parameters:
  ///   - count: Items to write (indices `0..<count`).
  ///   - sliceSize: Items per slice (> 0).
  ///   - bytesPerItem: A guess of each item's size, to reserve each slice's buffer.
  ///   - write: Writes the items of one range to a writer.
  /// - Returns: One piece per slice (none when `count` is 0).
  /// - Complexity: O(count) writes, as the pieces are made.
  static func slices(
    count: Int, sliceSize: Int, bytesPerItem: Int,
    _ write: @escaping @Sendable (Range<Int>, inout JSONWriter) -> Void
  ) -> ByteChunks {
    precondition(sliceSize > 0)
    let slices = (count + sliceSize - 1) / sliceSize
    let ranges = (0..<slices).map { k in k * sliceSize..<min(count, (k + 1) * sliceSize) }
    return ByteChunks(count: ranges.count) { indices in
      Concurrent.map(Array(ranges[indices])) { _, range in
        var part = JSONWriter(capacity: range.count * bytesPerItem)
        write(range, &part)
        return part.bytes
      }
    }
  }

  /// The concatenation of every piece of `chunks`, appended as each is made (never holding all
  /// the pieces beside the result).
  /// - Complexity: O(total bytes).
  static func joined(_ chunks: ByteChunks) -> [UInt8] {
    var out: [UInt8] = []
    chunks.forEachPiece { out.append(contentsOf: $0) }
    return out
  }
}
