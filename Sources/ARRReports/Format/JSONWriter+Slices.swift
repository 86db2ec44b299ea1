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
    guard count > sliceSize else { return write(0..<count, &self) }
    let parts = JSONWriter.slices(
      count: count, sliceSize: sliceSize, bytesPerItem: bytesPerItem, write)
    bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.count })
    for part in parts { bytes.append(contentsOf: part) }
  }

  /// The bytes of `count` items written in slices of `sliceSize` on every core, in order: for a
  /// caller that writes them out one after another without joining them (a 1M-account report
  /// is hundreds of megabytes; joining would hold it twice).
  /// - Parameters: As ``appendSliced(count:sliceSize:bytesPerItem:_:)``.
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
}
