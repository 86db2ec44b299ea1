import ARRCore

extension JSONWriter {
  /// Appends `count` items written in slices of `sliceSize` on every core, joined in order, so
  /// the bytes never depend on the thread count; a single slice is written in place. The
  /// per-account JSON array and CSV rows of a large company are nearly all of its report.
  /// - Parameters:
  ///   - count: Items to write (indices `0..<count`).
  ///   - sliceSize: Items per slice (> 0).
  ///   - bytesPerItem: A guess of each item's size, to reserve each slice's buffer.
  ///   - write: Writes the items of one range to a writer.
  /// - Complexity: O(count) writes plus one copy of the sliced bytes.
  mutating func appendSliced(
    count: Int, sliceSize: Int, bytesPerItem: Int,
    _ write: @Sendable (Range<Int>, inout JSONWriter) -> Void
  ) {
    precondition(sliceSize > 0)
    let slices = (count + sliceSize - 1) / sliceSize
    guard slices > 1 else { return write(0..<count, &self) }
    let ranges = (0..<slices).map { k in k * sliceSize..<min(count, (k + 1) * sliceSize) }
    let parts = Concurrent.map(ranges) { _, range in
      var part = JSONWriter(capacity: range.count * bytesPerItem)
      write(range, &part)
      return part.bytes
    }
    bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.count })
    for part in parts { bytes.append(contentsOf: part) }
  }
}
