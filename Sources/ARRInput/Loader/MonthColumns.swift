import ARRCore
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Per-month columns of MRR and usage, created on first use, so the month range need not be
/// known before `monthly.csv` is read. Each month is one column of cells, a cell per account
/// holding its MRR and, beside it, its usage (``lanes`` `Int64`s): a row in no order then writes
/// one cache line, not two. Columns are mapped zero-filled; ``takeDense(from:through:)`` lays
/// them out as the account × month matrices.
///
/// Threads share the columns: ``column(_:)`` is serialised, and two threads write the same cell
/// only for a duplicate row, which makes the loader discard the parallel result and re-read.
final class MonthColumns: @unchecked Sendable {
  /// Month ordinals of years 0000–9999, the range `YYYY-MM` can spell.
  static let ordinalLimit = 120_000
  let accountCount: Int
  let hasUsage: Bool
  /// Extra columns of `monthly.csv` read as activity (``ActivityValue``).
  let activityCount: Int
  /// `Int64`s per cell: MRR, then usage when the file has a usage column.
  let lanes: Int
  /// Per month, ``accountCount`` cells of ``lanes`` values.
  private var money: [UnsafeMutablePointer<Int64>?]
  /// Per month, one `Float` column per account and activity column (`activityCount` blocks of
  /// `accountCount`), filled with `nan` (missing) until a row sets a cell; `nil` without any.
  private var activity: [UnsafeMutablePointer<Float>?]
  private let lock = DispatchQueue(label: "arr-quality.month-columns")

  init(accountCount: Int, hasUsage: Bool, activityCount: Int = 0) {
    self.accountCount = accountCount
    self.hasUsage = hasUsage
    self.activityCount = activityCount
    lanes = hasUsage ? 2 : 1
    money = Array(repeating: nil, count: Self.ordinalLimit)
    activity = Array(repeating: nil, count: activityCount > 0 ? Self.ordinalLimit : 0)
  }

  deinit {
    Self.release(&money, count: accountCount * lanes)
    Self.release(&activity, count: accountCount * activityCount)
  }

  /// The columns of month `ordinal`, created zeroed (activity: `nan`) if new; `nil` when memory
  /// runs out. `money` holds ``accountCount`` cells of ``lanes`` values (account `a`'s MRR at
  /// `a × lanes`, its usage just after); `activity` holds ``activityCount`` blocks of
  /// ``accountCount`` cells.
  func column(_ ordinal: Int) -> (
    money: UnsafeMutablePointer<Int64>, activity: UnsafeMutablePointer<Float>?
  )? {
    lock.sync {
      if money[ordinal] == nil {
        money[ordinal] = Self.mapped(Int64.self, accountCount * lanes)
        if activityCount > 0, let p = Self.mapped(Float.self, accountCount * activityCount) {
          p.initialize(repeating: .nan, count: max(1, accountCount * activityCount))
          activity[ordinal] = p
        }
      }
      guard let m = money[ordinal], activityCount == 0 || activity[ordinal] != nil
      else { return nil }
      return (m, activityCount > 0 ? activity[ordinal] : nil)
    }
  }

  /// Activity column `k` as a row-major account × month matrix for months `first...last`,
  /// `nan` where no row set a cell.
  /// - Complexity: O(accounts × months).
  func denseActivity(_ k: Int, from first: Month, through last: Month) -> [Float] {
    precondition(k >= 0 && k < activityCount)
    let months = last.months(since: first) + 1
    let sources: [UnsafeMutablePointer<Float>?] = (0..<months).map { m in
      let ordinal = Int(first.ordinal) + m
      guard ordinal >= 0 && ordinal < Self.ordinalLimit, let p = activity[ordinal] else {
        return nil
      }
      return p + k * accountCount
    }
    let count = accountCount * months
    guard count > 0 else { return [] }
    // Account-major writes, one sequential read stream per month, account ranges on every core:
    // as ``takeDense(from:through:)``; month by month, each write landed on another cache line.
    return [Float](unsafeUninitializedCapacity: count) { out, initialized in
      sources.withUnsafeBufferPointer { sources in
        let shared = ActivityPointers(out: out.baseAddress!, sources: sources)
        let accountCount = self.accountCount
        let parts = accountCount >= 65_536 ? 8 : 1
        DispatchQueue.concurrentPerform(iterations: parts) { part in
          let lo = accountCount * part / parts
          let hi = accountCount * (part + 1) / parts
          var k = lo * months
          for a in lo..<hi {
            for m in 0..<months {
              (shared.out + k).initialize(to: shared.sources[m]?[a] ?? .nan)
              k += 1
            }
          }
        }
      }
      initialized = count
    }
  }

  /// A zero-filled buffer of `count` values (at least one), or `nil`; a large one on huge
  /// pages (``HugePages``), since rows in no order write it at random.
  static func zeroed<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T>? {
    let raw = calloc(max(count, 1), MemoryLayout<T>.stride)
    HugePages.advise(raw, bytes: max(count, 1) * MemoryLayout<T>.stride)
    return raw?.bindMemory(to: T.self, capacity: max(count, 1))
  }

  /// The row-major account × month matrices of MRR and usage for months `first...last`, laid
  /// out in one pass over the cells; the columns are unmapped right after, so the load's peak
  /// memory is the columns plus the matrices once. Call it once.
  /// - Complexity: O(accounts × months).
  func takeDense(from first: Month, through last: Month) -> (mrr: [Int64], usage: [Int64]?) {
    let months = last.months(since: first) + 1
    let count = accountCount * months
    let sources: [UnsafeMutablePointer<Int64>?] = (0..<months).map { m in
      let ordinal = Int(first.ordinal) + m
      return ordinal >= 0 && ordinal < Self.ordinalLimit ? money[ordinal] : nil
    }
    var usage = [Int64]()
    let mrr = [Int64](unsafeUninitializedCapacity: count) { mrrOut, mrrCount in
      usage = [Int64](unsafeUninitializedCapacity: hasUsage ? count : 0) { usageOut, usageCount in
        // Account-major writes, one sequential read stream per month; account ranges on every
        // core (disjoint rows of the outputs), since the copy is bound by memory and page faults.
        sources.withUnsafeBufferPointer { sources in
          // Without usage the second buffer is empty: never written, and cells have one lane.
          let shared = Pointers(
            mrr: mrrOut.baseAddress, usage: hasUsage ? usageOut.baseAddress : nil,
            sources: sources)
          let lanes = self.lanes
          let accountCount = self.accountCount
          let parts = accountCount >= 65_536 ? 8 : 1
          DispatchQueue.concurrentPerform(iterations: parts) { part in
            guard let mrr = shared.mrr else { return }
            let lo = accountCount * part / parts
            let hi = accountCount * (part + 1) / parts
            var k = lo * months
            for a in lo..<hi {
              for m in 0..<months {
                let cell = shared.sources[m].map { $0 + a * lanes }
                (mrr + k).initialize(to: cell?[0] ?? 0)
                if let usage = shared.usage { (usage + k).initialize(to: cell?[1] ?? 0) }
                k += 1
              }
            }
          }
        }
        usageCount = hasUsage ? count : 0
      }
      mrrCount = count
    }
    Self.release(&money, count: accountCount * lanes)
    return (mrr, hasUsage ? usage : nil)
  }

  /// Frees the activity columns, once every activity matrix is laid out.
  func releaseActivity() { Self.release(&activity, count: accountCount * activityCount) }

  /// A zero-filled column of `count` values (at least one) mapped straight from the system, or
  /// `nil`; on huge pages when large (``HugePages``), since rows in no order write it at random.
  /// Mapped rather than allocated so that ``release(_:count:)`` gives the memory back at once:
  /// `malloc` raises its own threshold after large frees and would keep later columns in its
  /// heap, where freeing them lowers nothing.
  static func mapped<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T>? {
    let bytes = max(count, 1) * MemoryLayout<T>.stride
    #if canImport(Darwin)
      let flags = MAP_PRIVATE | MAP_ANON
    #else
      let flags = MAP_PRIVATE | MAP_ANONYMOUS
    #endif
    guard let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, flags, -1, 0), raw != MAP_FAILED
    else { return nil }
    HugePages.advise(raw, bytes: bytes)
    return raw.bindMemory(to: T.self, capacity: max(count, 1))
  }

  /// Unmaps every column of `columns` (each of `count` values, made by ``mapped(_:_:)``).
  private static func release<T>(_ columns: inout [UnsafeMutablePointer<T>?], count: Int) {
    for k in columns.indices {
      guard let p = columns[k] else { continue }
      munmap(p, max(count, 1) * MemoryLayout<T>.stride)
      columns[k] = nil
    }
  }
}

/// The destination and month columns of one layout, shared by the threads that fill disjoint
/// account ranges of the destination.
/// ``MonthColumns/denseActivity(_:from:through:)``'s output and month sources, shared by the
/// parts that write disjoint account ranges.
private struct ActivityPointers: @unchecked Sendable {
  let out: UnsafeMutablePointer<Float>
  let sources: UnsafeBufferPointer<UnsafeMutablePointer<Float>?>
}

private struct Pointers: @unchecked Sendable {
  let mrr: UnsafeMutablePointer<Int64>?
  let usage: UnsafeMutablePointer<Int64>?
  let sources: UnsafeBufferPointer<UnsafeMutablePointer<Int64>?>
}
