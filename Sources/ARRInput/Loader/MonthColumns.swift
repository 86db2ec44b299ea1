import ARRCore
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one month's cells are (``MonthColumns/cells(_:)``): account `a`'s MRR at
/// `mrr[a × stride]`, its usage at `usage[a × stride]`, its cell of activity column `k` at
/// `activity[k][a × activityStride]`. All `nil` (all bits zero) for a month not set up.
/// Sendable as the addresses of cells that threads write only at disjoint accounts.
///
/// MRR and usage cells are `Int32`, as the compact matrices the company keeps
/// (``RevenueMatrix``). A value that does not fit keeps its low 32 bits there and the rest at
/// the same place of ``mrrHigh`` or ``usageHigh`` (``write(_:_:_:at:)``): mapped and never
/// touched otherwise, so they cost no memory until a value needs them. The reader then lays
/// that matrix out as `Int64` (``MonthColumns/takeDense(from:through:isMRRWide:isUsageWide:)``).
///
/// Activity cells go where ``ActivityOut`` says: two-byte cells for a column the month sample
/// found compact (``MonthSample``), else `Float`s.
struct MonthCells: @unchecked Sendable {
  var mrr: UnsafeMutablePointer<Int32>?
  var usage: UnsafeMutablePointer<Int32>?
  var mrrHigh: UnsafeMutablePointer<Int32>?
  var usageHigh: UnsafeMutablePointer<Int32>?
  /// Where each activity column's cells go; `nil` without any.
  var activity: UnsafeMutablePointer<ActivityOut>?
  var stride = 0
  var activityStride = 0

  /// Writes `value` at `low[i]`: its low 32 bits, and when it does not fit `Int32` the rest at
  /// `high[i]`, such that ``read(_:_:at:)`` gives it back exactly. A cell is written once.
  /// - Returns: Whether the value did not fit `Int32` (its matrix must be laid out wide).
  @inline(__always)
  static func write(
    _ value: Int64, _ low: UnsafeMutablePointer<Int32>, _ high: UnsafeMutablePointer<Int32>,
    at i: Int
  ) -> Bool {
    let lo = Int32(truncatingIfNeeded: value)
    low[i] = lo
    guard Int64(lo) != value else { return false }
    // A multiple of 2^32 (modulo 2^64) remains: its upper half, exactly.
    high[i] = Int32(truncatingIfNeeded: (value &- Int64(lo)) >> 32)
    return true
  }

  /// The value ``write(_:_:_:at:)`` wrote at `i` (0 for a cell never written).
  @inline(__always)
  static func read(_ low: UnsafePointer<Int32>, _ high: UnsafePointer<Int32>, at i: Int) -> Int64 {
    Int64(low[i]) &+ (Int64(high[i]) << 32)
  }

  /// Account `a`'s MRR of a compact matrix (no value beyond `Int32`); 0 for a month not set up.
  func narrowMRR(_ a: Int) -> Int32 { mrr.map { $0[a * stride] } ?? 0 }
  /// Account `a`'s usage, as ``narrowMRR(_:)``.
  func narrowUsage(_ a: Int) -> Int32 { usage.map { $0[a * stride] } ?? 0 }

  /// Account `a`'s MRR, both halves; 0 for a month not set up.
  func wideMRR(_ a: Int) -> Int64 {
    guard let mrr, let mrrHigh else { return 0 }
    return Self.read(mrr, mrrHigh, at: a * stride)
  }

  /// Account `a`'s usage, as ``wideMRR(_:)``.
  func wideUsage(_ a: Int) -> Int64 {
    guard let usage, let usageHigh else { return 0 }
    return Self.read(usage, usageHigh, at: a * stride)
  }
}

/// Where one activity column's cells of one month go: two-byte cells (``compact``, the
/// storage ``ActivityColumn/compact()`` makes, at ``scale``) or `Float`s.
///
/// The loader writes a column compact when the month sample's values all have a cell at one of
/// ``ActivityColumn/scales`` (the first such scale, ``MonthSample``): the `Float` column
/// ``ActivityColumn/compact()`` would convert is then never held. A value without a cell at
/// that scale goes to ``floats`` instead, a side buffer mapped zeroed and untouched otherwise
/// (a value written there is never +0, whose bits are zero, since +0 always has a cell), and
/// the reader lays the column out as `Float`s and leaves the choice to ``compact()``
/// (``MonthColumns/activityColumn(_:name:from:through:isCompact:)``).
struct ActivityOut {
  /// Two-byte cells, ``ActivityColumn/missingCell`` where nothing was written; `nil` when the
  /// column's cells are `Float`s.
  var compact: UnsafeMutablePointer<Int16>?
  /// Every cell when not ``compact`` (`nan` where nothing was written); beside compact cells,
  /// the values they cannot hold.
  var floats: UnsafeMutablePointer<Float>
  /// The divisor of ``compact`` cells (``ActivityColumn/decode(_:scale:)``).
  var scale: Float = 1

  /// This, `offset` cells further (the same column, a later month of a matrix).
  func advanced(by offset: Int) -> ActivityOut {
    ActivityOut(compact: compact.map { $0 + offset }, floats: floats + offset, scale: scale)
  }

  /// Writes `value` at cell `i`.
  /// - Returns: True when a compact column could not hold it (it went to ``floats``).
  @inline(__always)
  func write(_ value: Float, at i: Int) -> Bool {
    guard let compact else {
      floats[i] = value
      return false
    }
    if let n = ActivityColumn.encode(value, scale: scale) {
      compact[i] = n
      return false
    }
    floats[i] = value
    return true
  }

  /// The value written at cell `i` (`nan` for none).
  func read(at i: Int) -> Float {
    guard let compact else { return floats[i] }
    let side = floats[i]
    return side.bitPattern != 0 ? side : ActivityColumn.decode(compact[i], scale: scale)
  }
}

/// The cells of `monthly.csv`, account by month: MRR, usage and activity.
///
/// The months the reader expects (``MonthSample``) are written straight into the account ×
/// month matrices the company keeps (``dense``), so that nothing is copied or laid out again
/// after the read. Any other month gets a column of its own, created on first use, so the month
/// range need not be known in advance: a cell per account holding its MRR and, beside it, its
/// usage (``lanes`` `Int32`s; a row in no order then writes one cache line, not two), and one
/// `Float` block per activity column. ``takeDense(from:through:)`` hands the matrices over
/// when they are exactly the company's months, and otherwise lays them out from both.
///
/// Threads share the cells: ``cells(_:)`` is serialised, and two threads write the same cell
/// only for a duplicate row, which makes the loader discard the parallel result and re-read.
final class MonthColumns: @unchecked Sendable {
  /// Month ordinals of years 0000–9999, the range `YYYY-MM` can spell.
  static let ordinalLimit = 120_000
  /// What a never-written MRR cell holds while the fast pass reads (``marksUnwritten``): no
  /// MRR fits there, since amounts are never negative and a value beyond `Int32` whose low
  /// half this is is counted by its writer (``MonthlyChunkParser/unwrittenLookalikes``).
  static let unwritten = Int32.min
  let accountCount: Int
  /// MRR cells start as ``unwritten`` (the fast pass, which checks no row for duplicates and
  /// counts the cells it filled instead: ``settle()``), else as 0 (the checking pass).
  let marksUnwritten: Bool
  let hasUsage: Bool
  /// Extra columns of `monthly.csv` read as activity (``ActivityValue``).
  let activityCount: Int
  /// `Int32`s per cell of a month's own column: MRR, then usage when the file has a usage
  /// column.
  let lanes: Int
  /// Per month ordinal, where its cells are (``cells(_:)``); mapped zeroed, so the thousands
  /// of months no file has cost no memory.
  private let table: UnsafeMutablePointer<MonthCells>
  /// The months written straight into the matrices, if any.
  let dense: DenseMonths?
  /// Per month with a column of its own, its MRR-and-usage cells (low and high halves,
  /// ``MonthCells``) and its activity blocks.
  private var money: [Int: (low: UnsafeMutablePointer<Int32>, high: UnsafeMutablePointer<Int32>)] =
    [:]
  private var activity: [Int: UnsafeMutablePointer<Float>] = [:]
  /// The activity outputs of every month set up (``MonthCells/activity``).
  private var activityPointers: [UnsafeMutablePointer<ActivityOut>] = []
  private let lock = DispatchQueue(label: "arr-quality.month-columns")

  /// - Parameters:
  ///   - accountCount: Rows of the matrices.
  ///   - hasUsage: Whether `monthly.csv` has a usage column.
  ///   - activityCount: Its activity columns.
  ///   - expected: The month ordinals to write straight into the matrices (``MonthSample``),
  ///     or `nil` to give every month a column of its own (the reference layout, and the one
  ///     used when the sample found no month). The matrices are ordinary arrays, within the
  ///     loader's size limits (``CompanyLoader/maximumCells``); like the company they become,
  ///     they are not a fallible allocation.
  ///   - activityScales: Per activity column, the index into ``ActivityColumn/scales`` its
  ///     cells in ``dense`` are written compact at, or `nil` (or none given) for `Float` cells
  ///     (``ActivityOut``). Months outside ``dense`` always get `Float` cells.
  init(
    accountCount: Int, hasUsage: Bool, activityCount: Int = 0, expected: ClosedRange<Int32>?,
    activityScales: [Int?] = [], marksUnwritten: Bool = false
  ) {
    self.accountCount = accountCount
    self.marksUnwritten = marksUnwritten
    self.hasUsage = hasUsage
    self.activityCount = activityCount
    lanes = hasUsage ? 2 : 1
    table = Self.mapped(MonthCells.self, Self.ordinalLimit)!
    let scales = (0..<activityCount).map { $0 < activityScales.count ? activityScales[$0] : nil }
    dense = expected.flatMap {
      DenseMonths(
        accountCount: accountCount, first: $0.lowerBound,
        months: Int($0.upperBound - $0.lowerBound) + 1, hasUsage: hasUsage,
        activityCount: activityCount, activityScales: scales,
        emptyMRR: marksUnwritten ? Self.unwritten : 0)
    }
    guard let dense else { return }
    for m in 0..<dense.months {
      let o = Int(dense.first) + m
      table[o] = MonthCells(
        mrr: dense.mrrBase + m, usage: dense.usageBase.map { $0 + m },
        mrrHigh: dense.mrrHigh + m, usageHigh: dense.usageHigh.map { $0 + m },
        activity: activityTable { dense.activityOuts[$0].advanced(by: m) }, stride: dense.months,
        activityStride: dense.months)
    }
  }

  deinit {
    releaseMoney()
    releaseActivity()
    for p in activityPointers { p.deallocate() }
    munmap(table, Self.ordinalLimit * MemoryLayout<MonthCells>.stride)
  }

  /// Per activity column, the index into ``ActivityColumn/scales`` its cells in ``dense`` are
  /// written compact at, or `nil` for `Float` cells.
  var activityScales: [Int?] {
    dense?.activityScales ?? Array(repeating: nil, count: activityCount)
  }

  /// Activity outputs `column(k)` for every activity column, kept until deinit; `nil` without
  /// any.
  private func activityTable(_ column: (Int) -> ActivityOut) -> UnsafeMutablePointer<ActivityOut>? {
    guard activityCount > 0 else { return nil }
    let p = UnsafeMutablePointer<ActivityOut>.allocate(capacity: activityCount)
    for k in 0..<activityCount { (p + k).initialize(to: column(k)) }
    activityPointers.append(p)
    return p
  }

  /// The cells of month `ordinal`, set up first (a column of its own, zeroed, activity `nan`)
  /// when it is outside ``dense``; `nil` when memory runs out.
  ///
  /// A thread that got a month's cells here may read them again without the lock from
  /// ``cellsSetUp(_:)``: they never change once set up.
  func cells(_ ordinal: Int) -> MonthCells? {
    lock.sync {
      if table[ordinal].mrr == nil {
        guard let m = Self.mapped(Int32.self, accountCount * lanes) else { return nil }
        guard let h = Self.mapped(Int32.self, accountCount * lanes, hugePages: false) else {
          munmap(m, max(1, accountCount * lanes) * MemoryLayout<Int32>.stride)
          return nil
        }
        money[ordinal] = (m, h)
        if marksUnwritten {
          for a in 0..<accountCount { m[a * lanes] = Self.unwritten }
        }
        var blocks: UnsafeMutablePointer<Float>?
        if activityCount > 0 {
          guard let p = Self.mapped(Float.self, accountCount * activityCount) else { return nil }
          p.initialize(repeating: .nan, count: max(1, accountCount * activityCount))
          activity[ordinal] = p
          blocks = p
        }
        table[ordinal] = MonthCells(
          mrr: m, usage: hasUsage ? m + 1 : nil, mrrHigh: h, usageHigh: hasUsage ? h + 1 : nil,
          activity: blocks.flatMap { b in
            activityTable { ActivityOut(compact: nil, floats: b + $0 * accountCount) }
          },
          stride: lanes, activityStride: 1)
      }
      return table[ordinal]
    }
  }

  /// The number of MRR cells written, after the fast pass (``marksUnwritten``); every cell
  /// still ``unwritten`` becomes 0, as the checking pass leaves it. With no duplicate row, every
  /// accepted row filled a cell of its own, so this is the rows accepted by every thread (and
  /// fewer with any duplicate, wherever the two rows were read). Call it once, after every
  /// writer is done.
  /// - Complexity: O(accounts × months), on every core.
  func settle() -> Int {
    precondition(marksUnwritten)
    var columns: [(base: UnsafeMutablePointer<Int32>, count: Int, stride: Int)] = []
    if let dense { columns.append((dense.mrrBase, accountCount * dense.months, 1)) }
    for (_, p) in lock.sync(execute: { money }) { columns.append((p.low, accountCount, lanes)) }
    var written = 0
    for column in columns {
      let shared = SharedOutput(base: column.base)
      let (count, stride) = (column.count, column.stride)
      let parts = count >= 1 << 20 ? 8 : 1
      let counts = Concurrent.map((0..<parts).map { $0..<($0 + 1) }) { _, part in
        let lo = count * part.lowerBound / parts
        let hi = count * part.upperBound / parts
        // The direct matrix's cells are side by side: its pass is made for stride 1, which
        // the compiler turns into vector code.
        let cells = shared.base + lo * stride
        return stride == 1
          ? Self.settle(cells, count: hi - lo, stride: 1)
          : Self.settle(cells, count: hi - lo, stride: stride)
      }
      written += counts.reduce(0, +)
    }
    return written
  }

  /// Makes every ``unwritten`` cell of `count` cells `stride` apart from `cells` 0.
  /// - Returns: The other cells' number.
  @inline(__always)
  private static func settle(_ cells: UnsafeMutablePointer<Int32>, count: Int, stride: Int) -> Int {
    // A mask, not a branch: every cell is written back (0 where unwritten), so that the loop
    // has no conditional store and can be vector code (``settle()``).
    var n = 0
    for i in 0..<count {
      let cell = cells + i &* stride
      let keep: Int32 = cell.pointee == unwritten ? 0 : -1
      cell.pointee &= keep
      n &+= Int(keep & 1)
    }
    return n
  }

  /// The cells of a month this thread already got from ``cells(_:)``.
  @inline(__always)
  func cellsSetUp(_ ordinal: Int) -> MonthCells { table[ordinal] }

  /// The row-major account × month matrices of MRR and usage for months `first...last`:
  /// ``dense``'s own when they are exactly these months, else laid out from every month's
  /// cells (zero where a month has none). A matrix one of whose values did not fit `Int32`
  /// (`isMRRWide`, `isUsageWide`: a writer said so) is laid out as `Int64` from both halves of
  /// its cells, and kept compact after all if every value of its months fits. The month columns
  /// are unmapped right after. Call it once.
  /// - Complexity: O(1) per compact matrix when ``dense`` holds exactly these months, else
  ///   O(accounts × months).
  func takeDense(from first: Month, through last: Month, isMRRWide: Bool, isUsageWide: Bool)
    -> (mrr: RevenueCells, usage: RevenueCells?)
  {
    defer {
      releaseMoney()
      dense?.releaseMoney()
    }
    let months = last.months(since: first) + 1
    // A compact matrix of ``dense`` holding exactly these months is handed over as it is; any
    // other is laid out from every month's cells, the direct matrices' months included. MRR is
    // done (and its direct matrix freed) before usage, so at most one matrix is held twice.
    let exact = dense.map { $0.first == first.ordinal && $0.months == months } ?? false
    let sources = monthCells(from: first, count: months)
    let mrr =
      isMRRWide
      ? RevenueCells(layOut(months: months) { m, a in sources[m].wideMRR(a) })
      : RevenueCells(
        narrow: exact
          ? dense!.takeMRR() : layOut(months: months) { m, a in sources[m].narrowMRR(a) })
    dense?.releaseMRR()
    guard hasUsage else { return (mrr, nil) }
    let usage =
      isUsageWide
      ? RevenueCells(layOut(months: months) { m, a in sources[m].wideUsage(a) })
      : RevenueCells(
        narrow: exact
          ? dense!.takeUsage() : layOut(months: months) { m, a in sources[m].narrowUsage(a) })
    return (mrr, usage)
  }

  /// Activity column `k` as a row-major account × month matrix for months `first...last`,
  /// `nan` where no row set a cell: as ``takeDense(from:through:)``, ``dense``'s own when it
  /// holds exactly these months — its two-byte cells as they are when it wrote them compact
  /// and `isCompact` says they are what ``ActivityColumn/compact()`` would make (no value went
  /// to the side buffer, no smaller scale serves every value: the readers' tally,
  /// ``MonthlyResult/activityCompact``). Otherwise the `Float`s, laid out from every month's
  /// cells when need be, which the loader then offers to ``ActivityColumn/compact()``, the
  /// reference. Call it once per column.
  /// - Complexity: O(1) or O(accounts × months).
  func activityColumn(
    _ k: Int, name: String, from first: Month, through last: Month, isCompact: Bool
  ) -> ActivityColumn {
    precondition(k >= 0 && k < activityCount)
    let months = last.months(since: first) + 1
    if let dense, dense.first == first.ordinal, dense.months == months {
      if let j = dense.activityScales[k] {
        if isCompact {
          return ActivityColumn(
            name: name, compactCells: dense.takeCompactActivity(k), scaleIndex: j)
        }
      } else {
        return ActivityColumn(name: name, values: dense.takeActivity(k))
      }
    }
    let sources = monthCells(from: first, count: months)
    return ActivityColumn(
      name: name,
      values: layOut(months: months) { m, a in
        sources[m].activity.map { $0[k].read(at: a * sources[m].activityStride) } ?? .nan
      })
  }

  /// The cells of `count` months from `first` (empty for months outside the ordinals).
  private func monthCells(from first: Month, count: Int) -> [MonthCells] {
    (0..<count).map { m in
      let o = Int(first.ordinal) + m
      return o >= 0 && o < Self.ordinalLimit ? table[o] : MonthCells()
    }
  }

  /// A row-major account × `months` matrix of `cell(m, a)`, written account by account (one
  /// sequential write stream, a read stream per month) on every core in account ranges.
  private func layOut<T>(months: Int, _ cell: @Sendable (Int, Int) -> T) -> [T] {
    let count = accountCount * months
    guard count > 0 else { return [] }
    return [T](unsafeUninitializedCapacity: count) { out, initialized in
      let shared = SharedOutput(base: out.baseAddress!)
      let accountCount = self.accountCount
      let parts = accountCount >= 65_536 ? 8 : 1
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let lo = accountCount * part / parts
        let hi = accountCount * (part + 1) / parts
        var i = lo * months
        for a in lo..<hi {
          for m in 0..<months {
            (shared.base + i).initialize(to: cell(m, a))
            i += 1
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

  /// Frees the activity columns and matrices, once every activity matrix is laid out.
  func releaseActivity() {
    lock.sync {
      for (_, p) in activity {
        munmap(p, max(1, accountCount * activityCount) * MemoryLayout<Float>.stride)
      }
      activity = [:]
    }
    dense?.releaseActivity()
  }

  /// Unmaps the months' own MRR-and-usage columns.
  private func releaseMoney() {
    lock.sync {
      for (_, p) in money {
        for half in [p.low, p.high] {
          munmap(half, max(1, accountCount * lanes) * MemoryLayout<Int32>.stride)
        }
      }
      money = [:]
    }
  }

  /// A zero-filled column of `count` values (at least one) mapped straight from the system, or
  /// `nil`; on huge pages when large (``HugePages``), since rows in no order write it at random.
  /// Mapped rather than allocated so that releasing it gives the memory back at once: `malloc`
  /// raises its own threshold after large frees and would keep later columns in its heap, where
  /// freeing them lowers nothing. Pages never written cost no memory; `hugePages: false` for a
  /// buffer written at a few places if at all (the high halves of ``MonthCells``), so that one
  /// write maps 4 KiB, not 2 MiB.
  static func mapped<T>(_ type: T.Type, _ count: Int, hugePages: Bool = true)
    -> UnsafeMutablePointer<T>?
  {
    let bytes = max(count, 1) * MemoryLayout<T>.stride
    #if canImport(Darwin)
      let flags = MAP_PRIVATE | MAP_ANON
    #else
      let flags = MAP_PRIVATE | MAP_ANONYMOUS
    #endif
    guard let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, flags, -1, 0), raw != MAP_FAILED
    else { return nil }
    if hugePages { HugePages.advise(raw, bytes: bytes) }
    return raw.bindMemory(to: T.self, capacity: max(count, 1))
  }
}

/// The account × month matrices of a range of months, written in place by the reader and then
/// handed to the company as they are (``MonthColumns/dense``).
///
/// The matrices are the arrays the company keeps. Writers hold the address of each array's
/// storage, taken once when it is made: a native array's storage stays where it is while the
/// array is neither changed nor copied, and this class does neither until it hands the array
/// over, after every writer is done.
final class DenseMonths: @unchecked Sendable {
  /// The first month's ordinal.
  let first: Int32
  let months: Int
  private var mrr: [Int32]
  private var usage: [Int32]
  /// Per activity column, the index into ``ActivityColumn/scales`` of its two-byte cells, or
  /// `nil` for `Float` cells (``ActivityOut``).
  let activityScales: [Int?]
  /// The `Float` columns' cells (empty for a compact column).
  private var activity: [[Float]]
  /// The compact columns' cells (empty for a `Float` column), and their side buffers, mapped
  /// (``ActivityOut/floats``).
  private var compactActivity: [[Int16]]
  private var sides: [UnsafeMutablePointer<Float>?]
  let mrrBase: UnsafeMutablePointer<Int32>
  let usageBase: UnsafeMutablePointer<Int32>?
  /// The high halves of values beyond `Int32` (``MonthCells``), mapped: untouched, they cost
  /// nothing.
  let mrrHigh: UnsafeMutablePointer<Int32>
  let usageHigh: UnsafeMutablePointer<Int32>?
  private var isHighMapped = true
  private let count: Int
  /// Where each activity column's first month's cells go.
  let activityOuts: [ActivityOut]

  /// Matrices of `accountCount` × `months`, MRR `emptyMRR`, usage zero, activity `nan` (or
  /// ``ActivityColumn/missingCell`` for a column written compact, `activityScales`); `nil` when
  /// there are no cells or the high halves cannot be mapped (the reader then uses month
  /// columns). The caller keeps the size within the loader's limits
  /// (``CompanyLoader/maximumCells``).
  init?(
    accountCount: Int, first: Int32, months: Int, hasUsage: Bool, activityCount: Int,
    activityScales: [Int?] = [], emptyMRR: Int32 = 0
  ) {
    let count = accountCount * months
    guard count > 0, let mrrHigh = MonthColumns.mapped(Int32.self, count, hugePages: false)
    else { return nil }
    let usageHigh = hasUsage ? MonthColumns.mapped(Int32.self, count, hugePages: false) : nil
    if hasUsage && usageHigh == nil {
      munmap(mrrHigh, count * MemoryLayout<Int32>.stride)
      return nil
    }
    self.first = first
    self.months = months
    self.count = count
    self.mrrHigh = mrrHigh
    self.usageHigh = usageHigh
    (mrr, mrrBase) = Self.filled(emptyMRR, count: count)
    if hasUsage {
      let (array, base) = Self.filled(Int32(0), count: count)
      usage = array
      usageBase = base
    } else {
      usage = []
      usageBase = nil
    }
    var scales: [Int?] = []
    var outs: [ActivityOut] = []
    var floats: [[Float]] = []
    var compact: [[Int16]] = []
    var sides: [UnsafeMutablePointer<Float>?] = []
    for k in 0..<activityCount {
      // A compact column whose side buffer cannot be mapped is written as `Float`s.
      if let j = k < activityScales.count ? activityScales[k] : nil,
        let side = MonthColumns.mapped(Float.self, count, hugePages: false)
      {
        let (cells, base) = Self.filled(ActivityColumn.missingCell, count: count)
        compact.append(cells)
        floats.append([])
        sides.append(side)
        scales.append(j)
        outs.append(ActivityOut(compact: base, floats: side, scale: ActivityColumn.scales[j]))
      } else {
        let (cells, base) = Self.filled(Float.nan, count: count)
        floats.append(cells)
        compact.append([])
        sides.append(nil)
        scales.append(nil)
        outs.append(ActivityOut(compact: nil, floats: base))
      }
    }
    activity = floats
    compactActivity = compact
    self.sides = sides
    self.activityScales = scales
    activityOuts = outs
  }

  /// An array of `count` (> 0) copies of `value` and the address of its storage, filled on
  /// every core: the fill is the memory's first touch, which is what costs; each part's pages
  /// are faulted in by one call first (``FreshPages``).
  ///
  /// Not on huge pages, unlike the smaller tables rows also write at random: on a virtual
  /// machine whose host takes back free 2 MiB blocks, faulting in hundreds of MiB of fresh huge
  /// pages took 4–6 s where 4 KiB pages took 0.3 s (a 450 MB fill, measured side by side on the
  /// 2-core machine), far more than the translation misses they save.
  private static func filled<T: Sendable>(_ value: T, count: Int) -> (
    array: [T], base: UnsafeMutablePointer<T>
  ) {
    var base: UnsafeMutablePointer<T>?
    let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let start = buffer.baseAddress!
      let shared = SharedOutput(base: start)
      let parts = count >= 1 << 20 ? 8 : 1
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let lo = count * part / parts
        let hi = count * (part + 1) / parts
        FreshPages.populate(shared.base + lo, bytes: (hi - lo) * MemoryLayout<T>.stride)
        (shared.base + lo).initialize(repeating: value, count: hi - lo)
      }
      initialized = count
      base = start
    }
    return (array, base!)
  }

  deinit {
    releaseMoney()
    releaseActivity()
  }

  /// The MRR matrix; this keeps none of it.
  func takeMRR() -> [Int32] {
    defer { releaseMRR() }
    return mrr
  }

  /// The usage matrix (empty without a usage column); this keeps none of it.
  func takeUsage() -> [Int32] {
    defer { usage = [] }
    return usage
  }

  func releaseMRR() { mrr = [] }

  /// `Float` activity column `k`'s matrix; this keeps none of it.
  func takeActivity(_ k: Int) -> [Float] {
    defer { activity[k] = [] }
    return activity[k]
  }

  /// Compact activity column `k`'s two-byte cells; this keeps none of them.
  func takeCompactActivity(_ k: Int) -> [Int16] {
    defer { compactActivity[k] = [] }
    return compactActivity[k]
  }

  func releaseMoney() {
    mrr = []
    usage = []
    guard isHighMapped else { return }
    isHighMapped = false
    for high in [mrrHigh, usageHigh] {
      if let high { munmap(high, count * MemoryLayout<Int32>.stride) }
    }
  }

  func releaseActivity() {
    activity = []
    compactActivity = []
    for case let side? in sides { munmap(side, count * MemoryLayout<Float>.stride) }
    sides = []
  }
}

/// Where parts of one layout write their disjoint ranges.
private struct SharedOutput<T>: @unchecked Sendable {
  let base: UnsafeMutablePointer<T>
}
