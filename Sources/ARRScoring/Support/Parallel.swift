import ARRCore

/// Runs work over contiguous account ranges in parallel, returning per-range results in range
/// order, so results never depend on thread timing.
enum Parallel {
  /// Below this many accounts everything runs in one range on the calling thread.
  static let threshold = 20_000

  /// Contiguous ranges covering `0..<count`: one for small inputs, else 8 (a fixed number, so
  /// the split, and any order-dependent sum over it, is the same on every machine).
  static func ranges(_ count: Int) -> [Range<Int>] {
    guard count >= threshold else { return [0..<count] }
    let size = (count + 7) / 8
    return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
  }

  /// `body(k, ranges[k])` for each range, in parallel when there is more than one; results in
  /// range order (``Concurrent/map(_:_:)``).
  static func map<T: Sendable>(
    _ ranges: [Range<Int>], _ body: @Sendable (Int, Range<Int>) -> T
  ) -> [T] {
    Concurrent.map(ranges, body)
  }
}
