/// What one reader of `monthly.csv` counted of each activity column, in raw storage: the
/// counters change for every activity cell read, and as arrays in the parser each change
/// checked the array's uniqueness first (a call per cell, ~2% of the load's instructions on a
/// company with one activity column).
///
/// A value, as ``MonthlyRowBatch``: the parser reaches it through its own `inout` self; the
/// storage belongs to a private class the hot path never touches, freed with the last copy.
struct ActivityTallies {
  /// Frees the raw storage with the last copy.
  private final class Storage {
    let counts: UnsafeMutablePointer<Int>
    let smaller: UnsafeMutablePointer<UInt8>
    init(counts: UnsafeMutablePointer<Int>, smaller: UnsafeMutablePointer<UInt8>) {
      self.counts = counts
      self.smaller = smaller
    }
    deinit {
      counts.deallocate()
      smaller.deallocate()
    }
  }

  let count: Int
  /// Per column: accepted rows whose cell was not missing.
  let present: UnsafeMutablePointer<Int>
  /// Per column: of those, the cells holding a number (the numeric rule,
  /// ``SnapshotColumn/numericShare``).
  let readable: UnsafeMutablePointer<Int>
  /// Per column: values that a column written compact could not hold at its scale (they went
  /// to its side buffer, ``ActivityOut``).
  let overflows: UnsafeMutablePointer<Int>
  /// Per column written compact at scale `j`: the smaller scales (bits below `j`,
  /// ``ActivityColumn/servedScales(_:among:)``) that every value stored so far also serves.
  /// Any left at the end means ``ActivityColumn/compact()`` would choose a smaller scale, and
  /// the column is laid out as `Float`s for it to choose. 0 for a `Float` column or scale 1,
  /// so the check costs nothing then, and little otherwise: it stops at the first value that
  /// needs the column's scale.
  let smaller: UnsafeMutablePointer<UInt8>
  private let storage: Storage

  /// Zero counts, and for each column written compact at scale `j` every scale below it.
  /// - Parameter scales: Per column, the index into ``ActivityColumn/scales`` its cells are
  ///   written compact at, or `nil` for `Float` cells.
  init(scales: [Int?]) {
    count = scales.count
    let room = max(1, count)
    let counts = UnsafeMutablePointer<Int>.allocate(capacity: 3 * room)
    counts.initialize(repeating: 0, count: 3 * room)
    present = counts
    readable = counts + room
    overflows = counts + 2 * room
    smaller = .allocate(capacity: room)
    smaller.initialize(repeating: 0, count: room)
    for (k, j) in scales.enumerated() { smaller[k] = j.map { UInt8((1 << $0) - 1) } ?? 0 }
    storage = Storage(counts: counts, smaller: smaller)
  }
}
