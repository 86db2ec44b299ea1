import Dispatch

/// Runs independent pieces of work on every core and hands back their results in order: the
/// one parallel primitive the stages share, so none needs its own slots, boxes or locks.
///
/// Each piece writes only its own result slot; callers combine results in piece order, so
/// nothing they compute depends on thread timing.
package enum Concurrent {
  /// `body(k, ranges[k])` for each range, in parallel when there is more than one (on the
  /// calling thread otherwise); results in range order.
  /// - Complexity: O(ranges) plus the work of `body`.
  package static func map<T: Sendable>(
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

/// A mutable buffer shared by parallel pieces that write disjoint index ranges.
package struct SharedBuffer<T>: @unchecked Sendable {
  package let base: UnsafeMutableBufferPointer<T>
  package init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
  @inline(__always)
  package subscript(i: Int) -> T {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }
}

/// Write-once result slots in raw storage, one per piece; each index is written by exactly one
/// thread and read only after all have finished, so no two threads touch one Swift variable.
private final class Slots<T>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<T?>
  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }
  deinit {
    storage.deinitialize()
    storage.deallocate()
  }
  func store(_ value: T, at index: Int) { storage[index] = value }
  func values() -> [T] { storage.map { $0! } }
}
