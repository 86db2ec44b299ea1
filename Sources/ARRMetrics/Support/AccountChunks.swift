import ARRCore

/// Splits the accounts into a few contiguous ranges and runs work on them in parallel.
///
/// Each chunk writes only its own partial result; callers combine the partials in chunk order,
/// so results never depend on thread timing.
enum AccountChunks {
  /// Below this many matrix cells the work runs on the calling thread in one chunk.
  static let parallelThreshold = 1 << 16

  /// Contiguous account ranges covering `0..<accountCount`: one range for small inputs, else 8.
  /// - Complexity: O(1).
  static func ranges(accountCount: Int, monthCount: Int) -> [Range<Int>] {
    let cells = accountCount * max(monthCount, 1)
    let chunks = cells < parallelThreshold ? 1 : min(8, accountCount)
    guard chunks > 1 else { return [0..<accountCount] }
    let size = (accountCount + chunks - 1) / chunks
    return stride(from: 0, to: accountCount, by: size).map {
      $0..<min($0 + size, accountCount)
    }
  }

  /// Runs `body` once per range (in parallel when there is more than one) and returns the
  /// partial results in range order.
  /// - Complexity: O(ranges) plus the work of `body`.
  static func map<T: Sendable>(
    _ ranges: [Range<Int>], _ body: @Sendable (Range<Int>) -> T
  ) -> [T] {
    Concurrent.map(ranges) { _, range in body(range) }
  }
}

extension AccountChunks {
  /// An array of one value per account, filled in parallel: `body` writes the values of the
  /// accounts in its range, at their own indices, and nowhere else.
  /// - Complexity: O(accounts) plus the work of `body`.
  static func fill<T: Sendable>(
    _ ranges: [Range<Int>], count: Int, zero: T,
    _ body: @Sendable (Range<Int>, SharedBuffer<T>) -> Void
  ) -> [T] {
    var out = [T](repeating: zero, count: count)
    out.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedBuffer(buffer)
      _ = map(ranges) { body($0, shared) }
    }
    return out
  }
}
