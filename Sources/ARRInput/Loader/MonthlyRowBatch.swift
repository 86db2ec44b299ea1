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

/// Records of `monthly.csv` read ahead in batches, so that the cache misses of storing them
/// overlap.
///
/// When rows come in no order, each row's account lookup and each write to its month's columns
/// lands at a random address: one row at a time, every miss waits for the one before. A batch
/// first parses its rows (a sequential read), then looks up every account together
/// (``AccountIndex/find(count:hashes:key:into:)``), then reads the cells the rows will write,
/// and only then stores them in file order, so the misses of different rows are in flight at
/// once. Storage is raw and reused: the hot path allocates nothing.
final class MonthlyRowBatch {
  let capacity: Int
  let activityCount: Int
  private(set) var count = 0
  let rows: UnsafeMutablePointer<StagedRow>
  let hashes: UnsafeMutablePointer<UInt64>
  /// The account of each row after lookup (-1 when unknown).
  let accounts: UnsafeMutablePointer<Int>
  /// `activityCount` cells per row.
  let cells: UnsafeMutablePointer<ActivityValue.Cell>

  init(capacity: Int, activityCount: Int) {
    self.capacity = max(1, capacity)
    self.activityCount = activityCount
    rows = .allocate(capacity: self.capacity)
    hashes = .allocate(capacity: self.capacity)
    accounts = .allocate(capacity: self.capacity)
    cells = .allocate(capacity: max(1, self.capacity * activityCount))
  }

  deinit {
    rows.deallocate()
    hashes.deallocate()
    accounts.deallocate()
    cells.deallocate()
  }

  var isFull: Bool { count == capacity }

  /// Adds a row; its activity cells are then written at ``cells(of:)`` of the new last row.
  @inline(__always)
  func append(_ row: StagedRow, hash: UInt64) {
    (rows + count).initialize(to: row)
    hashes[count] = hash
    count += 1
  }

  /// The first of row `i`'s activity cells.
  @inline(__always)
  func cells(of i: Int) -> UnsafeMutablePointer<ActivityValue.Cell> { cells + i * activityCount }

  /// Empties the batch (rows are trivial values: nothing to deinitialise).
  @inline(__always)
  func removeAll() { count = 0 }
}
