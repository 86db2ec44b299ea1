/// One `monthly.csv` record read ahead of storing it (``MonthlyRowBatch``).
struct StagedRow {
  /// Where the record starts in the chunk, to scan it again on the reference path.
  var recordStart: Int
  /// The record's line.
  var line: Int
  /// The account id's bytes (trimmed) in the chunk.
  var keyStart: Int
  var keyCount: Int
  /// Every field read without a problem: only such a row takes the fast path.
  var isClean: Bool
  var ordinal: Int32
  var mrr: Int64
  var usage: Int64
  var oneTime: Int64
}

/// Records of `monthly.csv` read ahead in batches, so that the cache misses of looking up their
/// accounts overlap.
///
/// When rows come in no order, each row's account lookup lands at a random address: one row at
/// a time, every miss waits for the one before. A batch first parses its rows (a sequential
/// read), then looks up every account together (``AccountIndex/find(count:hashes:key:into:)``),
/// and only then stores them in file order. The stores' own misses need no such help: a store
/// waits in the core's store buffer, not in the pipeline, so the misses of a batch's stores
/// overlap anyway. (Reading every cell ahead of its store, as the batch once did, cost 8% more
/// CPU time than it saved: docs/performance.md, "Sixth session: ingest".) Storage is raw and
/// reused: the hot path allocates nothing.
///
/// A value, not a class: the parser reaches it through its own `inout` self on every row, where
/// a class reference was retained and released per row (2.5% of the reader's samples). The
/// storage belongs to a private class the hot path never touches.
struct MonthlyRowBatch {
  /// Frees the raw storage with the last copy of the batch.
  private final class Storage {
    let pointers: [UnsafeMutableRawPointer]
    init(_ pointers: [UnsafeMutableRawPointer]) { self.pointers = pointers }
    deinit { for p in pointers { p.deallocate() } }
  }

  /// Rows per batch; 0 for none (the parser then reads row by row).
  let capacity: Int
  let activityCount: Int
  private(set) var count = 0
  let rows: UnsafeMutablePointer<StagedRow>
  let hashes: UnsafeMutablePointer<UInt64>
  /// The account of each row after lookup (-1 when unknown).
  let accounts: UnsafeMutablePointer<Int>
  /// `activityCount` cells per row.
  let cells: UnsafeMutablePointer<ActivityValue.Cell>
  /// Where each field of the record being read starts, and one past its last field's end
  /// (`fieldCount + 1` entries): ``MonthlyChunkParser/stagePlain(_:end:from:)``'s scratch.
  let starts: UnsafeMutablePointer<Int>
  /// The fields of the activity columns, in header order (`activityCount` entries).
  let activityFields: UnsafeMutablePointer<Int>
  private let storage: Storage

  init(capacity: Int, layout: MonthlyLayout) {
    self.capacity = max(0, capacity)
    activityCount = layout.activity.count
    let room = max(1, capacity)
    rows = .allocate(capacity: room)
    hashes = .allocate(capacity: room)
    accounts = .allocate(capacity: room)
    cells = .allocate(capacity: max(1, room * activityCount))
    starts = .allocate(capacity: layout.fieldCount + 1)
    starts.initialize(repeating: 0, count: layout.fieldCount + 1)
    activityFields = .allocate(capacity: max(1, activityCount))
    activityFields.initialize(repeating: 0, count: max(1, activityCount))
    for (k, f) in layout.activity.enumerated() { activityFields[k] = f }
    storage = Storage([
      UnsafeMutableRawPointer(rows), UnsafeMutableRawPointer(hashes),
      UnsafeMutableRawPointer(accounts), UnsafeMutableRawPointer(cells),
      UnsafeMutableRawPointer(starts), UnsafeMutableRawPointer(activityFields),
    ])
  }

  /// Whether rows are batched at all.
  var isBatched: Bool { capacity > 0 }

  var isFull: Bool { count == capacity }

  /// Where the next row is staged: initialised there, its activity cells written at
  /// ``cells(of:)`` of ``count``, then added by ``append(hash:)``.
  @inline(__always)
  func next() -> UnsafeMutablePointer<StagedRow> { rows + count }

  /// Adds the row staged at ``next()``.
  @inline(__always)
  mutating func append(hash: UInt64) {
    hashes[count] = hash
    count += 1
  }

  /// The first of row `i`'s activity cells.
  @inline(__always)
  func cells(of i: Int) -> UnsafeMutablePointer<ActivityValue.Cell> { cells + i * activityCount }

  /// Empties the batch (rows are trivial values: nothing to deinitialise).
  @inline(__always)
  mutating func removeAll() { count = 0 }
}
