/// Monthly revenue and usage for every account, as dense account × month matrices.
///
/// Row-major: the value for account `a` in month offset `m` is ``mrr``[`a * monthCount + m`].
/// A month with no row in `monthly.csv` holds 0. Money is in cents.
///
/// Each matrix holds its cells as `Int32` when every cell fits one, else as `Int64`
/// (``RevenueCells``): MRR up to $21,474,836.47 per account-month and usage up to
/// 2,147,483,647 units keep the compact form, half the memory. One cell beyond widens that
/// matrix, all of it; the other is unaffected. Values read the same either way, and two
/// matrices with the same values are equal whatever their widths.
///
/// An earlier view (``prefix(months:)``) shares its storage with the full matrix instead of
/// copying it: its rows are ``rowStride`` cells apart and only the first ``monthCount`` of each
/// belong to it. ``mrr`` and ``usage`` read as dense `accounts × monthCount` arrays of `Int64`,
/// always copied out (for tests and small companies); passes over a million accounts borrow
/// the storage itself with ``withStorage(_:)`` and step rows by ``rowStride``.
public struct RevenueMatrix: Sendable {
  /// Number of accounts (rows).
  public private(set) var accountCount: Int
  /// Number of months (columns), from ``Company/firstMonth`` through ``Company/asOf``.
  public private(set) var monthCount: Int
  /// Cells between the starts of two rows of the storage: ``monthCount``, or more in a view of
  /// the first months of a longer matrix.
  public private(set) var rowStride: Int
  @usableFromInline internal private(set) var mrrCells: RevenueCells
  @usableFromInline internal private(set) var usageCells: RevenueCells?
  /// One-time (non-recurring) revenue per month, summed over accounts, in cents.
  public var oneTimeByMonth: [Int64]

  /// Creates an all-zero matrix (compact).
  public init(accountCount: Int, monthCount: Int, hasUsage: Bool) {
    let zeros = RevenueCells(narrow: Array(repeating: 0, count: accountCount * monthCount))
    self.init(
      accountCount: accountCount, monthCount: monthCount, mrrCells: zeros,
      usageCells: hasUsage ? zeros : nil, oneTimeByMonth: Array(repeating: 0, count: monthCount))
  }

  /// Creates a matrix from its values; each matrix is kept compact when all its values fit
  /// `Int32`.
  public init(
    accountCount: Int, monthCount: Int, mrr: [Int64], usage: [Int64]?, oneTimeByMonth: [Int64]
  ) {
    self.init(
      accountCount: accountCount, monthCount: monthCount, mrrCells: RevenueCells(mrr),
      usageCells: usage.map { RevenueCells($0) }, oneTimeByMonth: oneTimeByMonth)
  }

  /// Creates a matrix from cells already laid out (the loader's compact or wide matrices).
  package init(
    accountCount: Int, monthCount: Int, mrrCells: RevenueCells, usageCells: RevenueCells?,
    oneTimeByMonth: [Int64]
  ) {
    precondition(mrrCells.count == accountCount * monthCount)
    precondition(usageCells == nil || usageCells!.count == mrrCells.count)
    precondition(oneTimeByMonth.count == monthCount)
    self.accountCount = accountCount
    self.monthCount = monthCount
    self.rowStride = monthCount
    self.mrrCells = mrrCells
    self.usageCells = usageCells
    self.oneTimeByMonth = oneTimeByMonth
  }

  /// MRR in cents, row-major `accounts × monthCount` (account `a`, month offset `m` at
  /// `a * monthCount + m`), copied out as `Int64`. Changing it stores the values back (compact
  /// when they fit) and gives a view storage of its own.
  public var mrr: [Int64] {
    get { dense(mrrCells).values }
    set {
      makeDense()
      precondition(newValue.count == accountCount * monthCount)
      mrrCells = RevenueCells(newValue)
    }
  }

  /// Usage units, laid out like ``mrr``; `nil` when `monthly.csv` has no `usage` column.
  public var usage: [Int64]? {
    get { usageCells.map { dense($0).values } }
    set {
      makeDense()
      precondition(newValue == nil || newValue!.count == accountCount * monthCount)
      usageCells = newValue.map { RevenueCells($0) }
    }
  }

  /// True when the matrix has usage (``usage`` is not `nil`), without reading ``usage`` (which
  /// copies the cells out).
  public var hasUsage: Bool { usageCells != nil }

  /// Whether the MRR cells are held as `Int64` (some value does not fit `Int32`).
  public var isMRRWide: Bool { mrrCells.isWide }
  /// Whether the usage cells are held as `Int64`; `false` without usage.
  public var isUsageWide: Bool { usageCells?.isWide ?? false }

  /// The storage as it is, for one pass that must not copy: account `a`'s month offset `m`
  /// (`m < monthCount`) is at `a * storage.rowStride + m`.
  public struct Storage {
    /// MRR cells in cents.
    public let mrr: CellBuffer
    /// Usage cells; `nil` without usage.
    public let usage: CellBuffer?
    /// Cells between two rows' starts (``RevenueMatrix/rowStride``).
    public let rowStride: Int
  }

  /// Runs `body` with the storage borrowed, never copied.
  /// - Parameter body: Reads cells at `a * rowStride + m` for `m < monthCount`.
  /// - Returns: What `body` returns.
  /// - Complexity: O(1) plus `body`.
  public func withStorage<R>(_ body: (Storage) throws -> R) rethrows -> R {
    try mrrCells.withBuffer { mrr in
      guard let usageCells else {
        return try body(Storage(mrr: mrr, usage: nil, rowStride: rowStride))
      }
      return try usageCells.withBuffer {
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

  /// Sets account `account`'s MRR at month offset `month` (`0..<monthCount`); a view gets
  /// storage of its own first, and a value beyond `Int32` widens the MRR matrix.
  public mutating func setMRR(_ cents: Int64, account: Int, month: Int) {
    precondition(month >= 0 && month < monthCount)
    makeDense()
    mrrCells.set(account &* rowStride &+ month, to: cents)
  }

  /// Sets account `account`'s usage at month offset `month`, as ``setMRR(_:account:month:)``.
  /// - Precondition: The matrix has usage.
  public mutating func setUsage(_ units: Int64, account: Int, month: Int) {
    precondition(month >= 0 && month < monthCount && usageCells != nil)
    makeDense()
    usageCells!.set(account &* rowStride &+ month, to: units)
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

  /// `cells` with only this matrix's months of each row (copied out of a view).
  private func dense(_ cells: RevenueCells) -> RevenueCells {
    rowStride == monthCount ? cells : cells.rows(width: monthCount, stride: rowStride)
  }

  /// Gives a view storage of its own, `rowStride == monthCount`, before it is changed.
  private mutating func makeDense() {
    guard rowStride != monthCount else { return }
    mrrCells = dense(mrrCells)
    usageCells = usageCells.map(dense)
    rowStride = monthCount
  }

}

extension RevenueMatrix: Equatable {
  /// Equal when they hold the same values, whatever their storage: a view equals the copy of it,
  /// and a compact matrix the wide one with the same values.
  public static func == (a: RevenueMatrix, b: RevenueMatrix) -> Bool {
    guard a.accountCount == b.accountCount, a.monthCount == b.monthCount,
      a.oneTimeByMonth == b.oneTimeByMonth, (a.usageCells == nil) == (b.usageCells == nil)
    else { return false }
    let (mrrA, mrrB) = (a.dense(a.mrrCells), b.dense(b.mrrCells))
    guard RevenueCells.sameValues(mrrA, mrrB) else { return false }
    guard let usageA = a.usageCells.map(a.dense), let usageB = b.usageCells.map(b.dense) else {
      return true
    }
    return RevenueCells.sameValues(usageA, usageB)
  }
}
