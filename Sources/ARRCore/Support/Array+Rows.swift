extension Array where Element: BitwiseCopyable {
  /// The first `width` cells of every `stride`-long row, copied row by row (a plain memory copy;
  /// a million accounts' rows are hundreds of megabytes): the dense copy of an earlier view of a
  /// row-major matrix (``RevenueMatrix``, ``ActivityColumn``).
  /// - Parameters:
  ///   - width: Cells kept per row, at most `stride`.
  ///   - stride: Cells between the starts of two rows.
  /// - Returns: `count / stride` rows of `width` cells.
  /// - Complexity: O(rows × width).
  func rows(width: Int, stride: Int) -> [Element] {
    let rows = stride == 0 ? 0 : count / stride
    guard rows * width > 0 else { return [] }
    return [Element](unsafeUninitializedCapacity: rows * width) { out, initialized in
      withUnsafeBufferPointer { src in
        for r in 0..<rows {
          (out.baseAddress! + r * width).initialize(
            from: src.baseAddress! + r * stride, count: width)
        }
      }
      initialized = rows * width
    }
  }
}
