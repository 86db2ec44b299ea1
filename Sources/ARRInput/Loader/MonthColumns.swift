import ARRCore
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Per-month columns of MRR and usage (one `Int64` per account), created on first use, so the
/// month range need not be known before `monthly.csv` is read. Columns are zero-filled lazily
/// by `calloc`; ``takeDense(from:through:)`` lays them out as the account × month matrix.
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
  private var mrr: [UnsafeMutablePointer<Int64>?]
  private var usage: [UnsafeMutablePointer<Int64>?]
  /// Per month, one `Float` column per account and activity column (`activityCount` blocks of
  /// `accountCount`), filled with `nan` (missing) until a row sets a cell; `nil` without any.
  private var activity: [UnsafeMutablePointer<Float>?]
  private let lock = DispatchQueue(label: "arr-quality.month-columns")

  init(accountCount: Int, hasUsage: Bool, activityCount: Int = 0) {
    self.accountCount = accountCount
    self.hasUsage = hasUsage
    self.activityCount = activityCount
    mrr = Array(repeating: nil, count: Self.ordinalLimit)
    usage = Array(repeating: nil, count: Self.ordinalLimit)
    activity = Array(repeating: nil, count: activityCount > 0 ? Self.ordinalLimit : 0)
  }

  deinit {
    for p in mrr { free(p) }
    for p in usage { free(p) }
    for p in activity { free(p) }
  }

  /// The columns of month `ordinal`, created zeroed (activity: `nan`) if new; `nil` when memory
  /// runs out. `activity` holds ``activityCount`` blocks of ``accountCount`` cells.
  func column(_ ordinal: Int) -> (
    mrr: UnsafeMutablePointer<Int64>, usage: UnsafeMutablePointer<Int64>?,
    activity: UnsafeMutablePointer<Float>?
  )? {
    lock.sync {
      if mrr[ordinal] == nil {
        mrr[ordinal] = Self.zeroed(Int64.self, accountCount)
        if hasUsage { usage[ordinal] = Self.zeroed(Int64.self, accountCount) }
        if activityCount > 0 {
          let n = max(1, accountCount * activityCount)
          let raw = malloc(n * MemoryLayout<Float>.stride)
          HugePages.advise(raw, bytes: n * MemoryLayout<Float>.stride)
          if let p = raw?.bindMemory(to: Float.self, capacity: n) {
            p.initialize(repeating: .nan, count: n)
            activity[ordinal] = p
          }
        }
      }
      guard let m = mrr[ordinal], !hasUsage || usage[ordinal] != nil,
        activityCount == 0 || activity[ordinal] != nil
      else { return nil }
      return (m, usage[ordinal], activityCount > 0 ? activity[ordinal] : nil)
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
    var out = [Float](repeating: .nan, count: accountCount * months)
    out.withUnsafeMutableBufferPointer { out in
      for (m, source) in sources.enumerated() {
        guard let source else { continue }
        for a in 0..<accountCount { out[a * months + m] = source[a] }
      }
    }
    return out
  }

  /// A zero-filled buffer of `count` values (at least one), or `nil`; a large one on huge
  /// pages (``HugePages``), since rows in no order write it at random.
  static func zeroed<T>(_ type: T.Type, _ count: Int) -> UnsafeMutablePointer<T>? {
    let raw = calloc(max(count, 1), MemoryLayout<T>.stride)
    HugePages.advise(raw, bytes: max(count, 1) * MemoryLayout<T>.stride)
    return raw?.bindMemory(to: T.self, capacity: max(count, 1))
  }

  /// The row-major account × month matrices for months `first...last`. Each kind's columns are
  /// freed as soon as its matrix is laid out (MRR, then usage), so the peak memory of the load
  /// is the columns plus one matrix, not plus both; call it once.
  /// - Complexity: O(accounts × months).
  func takeDense(from first: Month, through last: Month) -> (mrr: [Int64], usage: [Int64]?) {
    let months = last.months(since: first) + 1
    let zero = Self.zeroed(Int64.self, accountCount)
    defer { free(zero) }
    func layout(_ columns: [UnsafeMutablePointer<Int64>?]) -> [Int64] {
      let count = accountCount * months
      let sources: [UnsafeMutablePointer<Int64>?] = (0..<months).map { m in
        let ordinal = Int(first.ordinal) + m
        return ordinal >= 0 && ordinal < Self.ordinalLimit ? (columns[ordinal] ?? zero) : zero
      }
      return [Int64](unsafeUninitializedCapacity: count) { out, initialized in
        // Account-major writes, one sequential read stream per month; account ranges on every
        // core (disjoint rows of `out`), since the copy is bound by memory and page faults.
        sources.withUnsafeBufferPointer { sources in
          let shared = Pointers(out: out.baseAddress, sources: sources)
          let parts = accountCount >= 65_536 ? 8 : 1
          DispatchQueue.concurrentPerform(iterations: parts) { part in
            guard let base = shared.out else { return }
            let lo = accountCount * part / parts
            let hi = accountCount * (part + 1) / parts
            var k = lo * months
            for a in lo..<hi {
              for m in 0..<months {
                (base + k).initialize(to: shared.sources[m].map { $0[a] } ?? 0)
                k += 1
              }
            }
          }
        }
        initialized = count
      }
    }
    let denseMRR = layout(mrr)
    Self.release(&mrr)
    let denseUsage = hasUsage ? layout(usage) : nil
    Self.release(&usage)
    return (denseMRR, denseUsage)
  }

  /// Frees the activity columns, once every activity matrix is laid out.
  func releaseActivity() { Self.release(&activity) }

  private static func release<T>(_ columns: inout [UnsafeMutablePointer<T>?]) {
    for k in columns.indices where columns[k] != nil {
      free(columns[k])
      columns[k] = nil
    }
  }
}

/// The destination and month columns of one layout, shared by the threads that fill disjoint
/// account ranges of the destination.
private struct Pointers: @unchecked Sendable {
  let out: UnsafeMutablePointer<Int64>?
  let sources: UnsafeBufferPointer<UnsafeMutablePointer<Int64>?>
}
