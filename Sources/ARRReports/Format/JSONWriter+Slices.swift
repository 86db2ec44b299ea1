import ARRCore

extension JSONWriter {
  /// The bytes of `count` items written in slices of `sliceSize` on every core, in order, so the
  /// bytes never depend on the thread count. Callers write the slices out one after another
  /// without joining them (a 1M-account report is hundreds of megabytes; joining would hold it
  /// twice), or join them with ``joined(_:)`` when they need one buffer.
  /// - Parameters:
  ///   - count: Items to write (indices `0..<count`).
  ///   - sliceSize: Items per slice (> 0).
  ///   - bytesPerItem: A guess of each item's size, to reserve each slice's buffer.
  ///   - write: Writes the items of one range to a writer.
  /// - Returns: One buffer per slice (none when `count` is 0).
  /// - Complexity: O(count) writes.
  static func slices(
    count: Int, sliceSize: Int, bytesPerItem: Int,
    _ write: @Sendable (Range<Int>, inout JSONWriter) -> Void
  ) -> [[UInt8]] {
    precondition(sliceSize > 0)
    let slices = (count + sliceSize - 1) / sliceSize
    let ranges = (0..<slices).map { k in k * sliceSize..<min(count, (k + 1) * sliceSize) }
    guard !ranges.isEmpty else { return [] }
    return Concurrent.map(ranges) { _, range in
      var part = JSONWriter(capacity: range.count * bytesPerItem)
      write(range, &part)
      return part.bytes
    }
  }

  /// The concatenation of `chunks`, reserved once.
  /// - Complexity: O(total bytes).
  static func joined(_ chunks: [[UInt8]]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
    for c in chunks { out.append(contentsOf: c) }
    return out
  }
}
