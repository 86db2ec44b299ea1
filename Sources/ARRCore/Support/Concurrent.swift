import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Runs independent pieces of work on every core and hands back their results in order: the
/// one parallel primitive the stages share, so none needs its own slots, boxes or locks.
///
/// Each piece writes only its own result slot; callers combine results in piece order, so
/// nothing they compute depends on thread timing.
package enum Concurrent {
  /// Below this many matrix cells (accounts × months read per account) a pass runs on the
  /// calling thread in one piece: starting threads would cost more than it saves.
  package static let minimumParallelCells = 1 << 16

  /// Contiguous ranges covering `0..<count`, in order: one range (run on the calling thread)
  /// when `count` is below `threshold`, else eight (fewer when `count` < 8). The number is fixed,
  /// not the machine's core count, so the split, and any order-dependent sum over it, is the same
  /// on every machine.
  /// - Complexity: O(1) ranges.
  package static func ranges(_ count: Int, parallelFrom threshold: Int) -> [Range<Int>] {
    let pieces = count < threshold ? 1 : min(8, count)
    guard pieces > 1 else { return [0..<count] }
    let size = (count + pieces - 1) / pieces
    return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
  }

  /// ``ranges(_:parallelFrom:)`` for a pass that reads `cellsPerAccount` cells of each of
  /// `accounts` accounts: parallel from ``minimumParallelCells`` cells.
  package static func ranges(accounts: Int, cellsPerAccount: Int) -> [Range<Int>] {
    let cells = max(cellsPerAccount, 1)
    return ranges(accounts, parallelFrom: (minimumParallelCells + cells - 1) / cells)
  }

  /// An array of `count` values filled in parallel: `body` writes the values of the indices in
  /// its range, at their own positions, and nowhere else.
  /// - Complexity: O(count) plus the work of `body`.
  package static func fill<T: Sendable>(
    _ ranges: [Range<Int>], count: Int, zero: T,
    _ body: @Sendable (Range<Int>, SharedBuffer<T>) -> Void
  ) -> [T] {
    var out = [T](repeating: zero, count: count)
    out.withUnsafeMutableBufferPointer { buffer in
      let shared = SharedBuffer(buffer)
      _ = map(ranges) { _, range in body(range, shared) }
    }
    return out
  }

  /// An array of `count` values made in parallel with no placeholder to overwrite: `body(k,
  /// ranges[k], buffer)` initializes every index of its range exactly once
  /// (``SharedBuffer/initialize(_:to:)``) and no other, and returns a result of its own (tallies,
  /// say), handed back in range order. Values are made where they stay: none is copied into a
  /// joined array afterwards, which for values holding a reference costs a retain and a release
  /// each.
  /// - Precondition: `ranges` cover `0..<count` without overlap.
  /// - Complexity: O(ranges) plus the work of `body`.
  package static func build<T: Sendable, R: Sendable>(
    _ ranges: [Range<Int>], count: Int, _ body: @Sendable (Int, Range<Int>, SharedBuffer<T>) -> R
  ) -> (values: [T], results: [R]) {
    precondition(
      ranges.first?.lowerBound ?? 0 == 0 && ranges.last?.upperBound ?? 0 == count
        && zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound },
      "ranges must cover 0..<count, in order, without gaps or overlaps")
    var results: [R] = []
    let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let shared = SharedBuffer(buffer)
      results = map(ranges) { k, range in body(k, range, shared) }
      initialized = count
    }
    return (values, results)
  }

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

  /// `first()` and `second()` side by side, `second` on a thread of its own, for two passes
  /// that do not depend on each other and run mostly on one thread each.
  ///
  /// Not `DispatchQueue.concurrentPerform`: inside one of its iterations, a nested
  /// ``map(_:_:)`` is given the machine's threads divided by the outer iterations, so on two
  /// cores every range of a pass inside either side ran on that side's one thread, even once the
  /// other side had finished and its core idled (session 41: the explanation's base mix, the
  /// lifetime values). On a thread started for it, `second` is inside no such iteration, and the
  /// passes of both sides use every core that is free.
  /// - Returns: Both results.
  /// - Complexity: The work of both, plus starting a thread.
  package static func pair<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B
  ) -> (A, B) {
    #if canImport(Glibc)
      let b = Slots<B>(count: 1)
      let a = withoutActuallyEscaping(second) { second -> A in
        let job = Unmanaged.passRetained(Job { b.store(second(), at: 0) }).toOpaque()
        var thread = pthread_t()
        // The thread runs the job passed retained, then releases it.
        let started = pthread_create(
          &thread, nil,
          { context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
            return nil
          }, job)
        guard started == 0 else {
          // No thread to be had: one after the other, on this thread.
          Unmanaged<Job>.fromOpaque(job).release()
          b.store(second(), at: 0)
          return first()
        }
        let a = first()
        pthread_join(thread, nil)
        return a
      }
      return (a, b.values()[0])
    #else
      let a = Slots<A>(count: 1)
      let b = Slots<B>(count: 1)
      DispatchQueue.concurrentPerform(iterations: 2) { i in
        if i == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
      }
      return (a.values()[0], b.values()[0])
    #endif
  }
}

#if canImport(Glibc)
  /// The work of a thread started by ``Concurrent/pair(_:_:)``, released by that thread once
  /// done (before the pair joins it, so the work's closure has not escaped the pair).
  private final class Job: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }
#endif

/// A mutable buffer shared by parallel pieces that write disjoint index ranges.
package struct SharedBuffer<T>: @unchecked Sendable {
  package let base: UnsafeMutableBufferPointer<T>
  package init(_ base: UnsafeMutableBufferPointer<T>) { self.base = base }
  @inlinable
  package subscript(i: Int) -> T {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }
  /// Initializes index `i`, which must not hold a value yet (``Concurrent/build(_:count:_:)``).
  @inlinable
  package func initialize(_ i: Int, to value: T) {
    precondition(i >= 0 && i < base.count, "index outside the buffer")
    (base.baseAddress! + i).initialize(to: value)
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
