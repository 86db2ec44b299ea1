/// Monthly revenue and usage for every account, as dense account × month matrices.
///
/// Row-major: the value for account `a` in month offset `m` is ``mrr``[`a * monthCount + m`].
/// A month with no row in `monthly.csv` holds 0. Money is in cents.
///
/// An earlier view (``prefix(months:)``) shares its storage with the full matrix instead of
/// copying it: its rows are ``rowStride`` cells apart and only the first ``monthCount`` of each
/// belong to it. ``mrr`` and ``usage`` always read as dense `accounts × monthCount` arrays
/// (copied out of a view); passes over a million accounts borrow the storage itself with
/// ``withStorage(_:)`` and step rows by ``rowStride``.
public struct RevenueMatrix: Sendable {
  /// Number of accounts (rows).
  public private(set) var accountCount: Int
  /// Number of months (columns), from ``Company/firstMonth`` through ``Company/asOf``.
  public private(set) var monthCount: Int
  /// Cells between the starts of two rows of the storage: ``monthCount``, or more in a view of
  /// the first months of a longer matrix.
  public private(set) var rowStride: Int
  @usableFromInline internal private(set) var mrrCells: [Int64]
  @usableFromInline internal private(set) var usageCells: [Int64]?
  /// One-time (non-recurring) revenue per month, summed over accounts, in cents.
  public var oneTimeByMonth: [Int64]

  /// Creates an all-zero matrix.
  public init(accountCount: Int, monthCount: Int, hasUsage: Bool) {
    self.accountCount = accountCount
    self.monthCount = monthCount
    self.rowStride = monthCount
    self.mrrCells = Array(repeating: 0, count: accountCount * monthCount)
    self.usageCells = hasUsage ? Array(repeating: 0, count: accountCount * monthCount) : nil
    self.oneTimeByMonth = Array(repeating: 0, count: monthCount)
  }

  /// Creates a matrix from its storage.
  public init(
    accountCount: Int, monthCount: Int, mrr: [Int64], usage: [Int64]?, oneTimeByMonth: [Int64]
  ) {
    precondition(mrr.count == accountCount * monthCount)
    precondition(usage == nil || usage!.count == mrr.count)
    precondition(oneTimeByMonth.count == monthCount)
    self.accountCount = accountCount
    self.monthCount = monthCount
    self.rowStride = monthCount
    self.mrrCells = mrr
    self.usageCells = usage
    self.oneTimeByMonth = oneTimeByMonth
  }

  /// MRR in cents, row-major `accounts × monthCount` (account `a`, month offset `m` at
  /// `a * monthCount + m`). Reading it from a view copies the view's cells out; changing it
  /// first gives a view storage of its own.
  public var mrr: [Int64] {
    get {
      rowStride == monthCount
        ? mrrCells : mrrCells.rows(width: monthCount, stride: rowStride)
    }
    _modify {
      makeDense()
      yield &mrrCells
    }
  }

  /// Usage units, laid out like ``mrr``; `nil` when `monthly.csv` has no `usage` column.
  public var usage: [Int64]? {
    get {
      guard rowStride != monthCount, let usageCells else { return usageCells }
      return usageCells.rows(width: monthCount, stride: rowStride)
    }
    _modify {
      makeDense()
      yield &usageCells
    }
  }

  /// True when the matrix has usage (``usage`` is not `nil`), without reading ``usage`` (which
  /// copies a view's cells out).
  public var hasUsage: Bool { usageCells != nil }

  /// The storage as it is, for one pass that must not copy a view: account `a`'s month offset
  /// `m` (`m < monthCount`) is at `a * storage.rowStride + m`.
  public struct Storage {
    /// MRR cells in cents.
    public let mrr: UnsafeBufferPointer<Int64>
    /// Usage cells; `nil` without usage.
    public let usage: UnsafeBufferPointer<Int64>?
    /// Cells between two rows' starts (``RevenueMatrix/rowStride``).
    public let rowStride: Int
  }

  /// Runs `body` with the storage borrowed, never copied.
  /// - Parameter body: Reads cells at `a * rowStride + m` for `m < monthCount`.
  /// - Returns: What `body` returns.
  /// - Complexity: O(1) plus `body`.
  public func withStorage<R>(_ body: (Storage) throws -> R) rethrows -> R {
    try mrrCells.withUnsafeBufferPointer { mrr in
      guard let usageCells else {
        return try body(Storage(mrr: mrr, usage: nil, rowStride: rowStride))
      }
      return try usageCells.withUnsafeBufferPointer {
        try body(Storage(mrr: mrr, usage: $0, rowStride: rowStride))
      }
    }
  }

  /// MRR in cents of account `account` at month offset `month` (0 outside the matrix).
  @inlinable
  public func mrr(account: Int, month: Int) -> Int64 {
    guard month >= 0 && month < monthCount else { return 0 }
    return mrrCells[account &* rowStride &+ month]
  }

  /// Usage of account `account` at month offset `month` (0 outside the matrix or without usage).
  @inlinable
  public func usage(account: Int, month: Int) -> Int64 {
    guard month >= 0 && month < monthCount else { return 0 }
    return usageCells?[account &* rowStride &+ month] ?? 0
  }

  /// The matrix cut to its first `count` months (for "as of an earlier month"): a view that
  /// shares this matrix's storage (``rowStride`` stays), so nothing is copied.
  /// - Complexity: O(count).
  public func prefix(months count: Int) -> RevenueMatrix {
    precondition(count >= 0 && count <= monthCount)
    var view = self
    view.monthCount = count
    view.oneTimeByMonth = Array(oneTimeByMonth[0..<count])
    return view
  }

  /// Gives a view storage of its own, `rowStride == monthCount`, before it is changed.
  private mutating func makeDense() {
    guard rowStride != monthCount else { return }
    mrrCells = mrrCells.rows(width: monthCount, stride: rowStride)
    usageCells = usageCells.map { $0.rows(width: monthCount, stride: rowStride) }
    rowStride = monthCount
  }

}

extension RevenueMatrix: Equatable {
  /// Equal when they hold the same cells, whatever their storage (a view equals the copy of it).
  public static func == (a: RevenueMatrix, b: RevenueMatrix) -> Bool {
    guard a.accountCount == b.accountCount, a.monthCount == b.monthCount,
      a.oneTimeByMonth == b.oneTimeByMonth, (a.usageCells == nil) == (b.usageCells == nil)
    else { return false }
    if a.rowStride == a.monthCount && b.rowStride == b.monthCount {
      return a.mrrCells == b.mrrCells && a.usageCells == b.usageCells
    }
    return a.mrr == b.mrr && a.usage == b.usage
  }
}
