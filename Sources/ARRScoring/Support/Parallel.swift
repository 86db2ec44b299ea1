import Dispatch

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
  /// range order.
  static func map<T: Sendable>(
    _ ranges: [Range<Int>], _ body: @Sendable (Int, Range<Int>) -> T
  ) -> [T] {
    if ranges.count == 1 { return [body(0, ranges[0])] }
    let slots = Slots<T>(count: ranges.count)
    DispatchQueue.concurrentPerform(iterations: ranges.count) { i in
      slots.store(body(i, ranges[i]), at: i)
    }
    return slots.values()
  }
}

/// Write-once slots, one per range; each index is written by exactly one thread.
private final class Slots<T>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLockLike()
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func store(_ value: T, at index: Int) {
    lock.withLock { storage[index] = value }
  }
  func values() -> [T] { storage.map { $0! } }
}

/// A tiny mutex on Dispatch (Foundation's `NSLock` is avoided to keep the module light).
private final class NSLockLike: @unchecked Sendable {
  private let semaphore = DispatchSemaphore(value: 1)
  func withLock<R>(_ body: () -> R) -> R {
    semaphore.wait()
    defer { semaphore.signal() }
    return body()
  }
}
