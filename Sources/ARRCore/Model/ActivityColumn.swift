/// An extra numeric column of `monthly.csv` (logins, tickets, API calls…): one value per account
/// and month, a candidate risk signal (`docs/input.md`, "Activity columns"; `docs/scoring.md`,
/// "Custom activity signals").
///
/// A column is numeric by ``SnapshotColumn/numericShare`` of its non-empty cells, the rule the
/// extra columns of `accounts.csv` follow (blank and `N/A` are missing, not text).
public struct ActivityColumn: Sendable {
  /// The header name as written; the signals are `<name>_level` and `<name>_trend`.
  public var name: String
  /// Row-major accounts × months, laid out like ``RevenueMatrix/mrr`` (account `a`, month
  /// offset `m` at `a * monthCount + m`); `nan` where the account has no row for the month, the
  /// cell is empty or `N/A`, or does not parse. Single precision: an activity count needs no
  /// more, and four bytes per cell keep a million accounts' columns within the memory budget.
  ///
  /// An earlier view (``prefix(months:of:)``) shares the full column's cells; reading this
  /// copies its rows out, changing it gives the view cells of its own. Passes over every
  /// account borrow the cells with ``withCells(_:)``.
  public var values: [Float] {
    get { rowStride > 0 ? cells.rows(width: months, stride: rowStride) : cells }
    _modify {
      if rowStride > 0 {
        cells = values
        rowStride = 0
        months = 0
      }
      yield &cells
    }
  }
  /// The cells as stored: dense, or a longer column's in a view.
  private var cells: [Float]
  /// In a view, cells between the starts of two rows of ``cells``; 0 when dense.
  private var rowStride = 0
  /// In a view, the months of each row that belong to it.
  private var months = 0

  /// - Parameters:
  ///   - name: The header name.
  ///   - values: Accounts × months, `nan` = missing.
  public init(name: String, values: [Float]) {
    self.name = name
    self.cells = values
  }

  /// The column cut to each account's first `count` months of `stride` (an earlier as-of): a
  /// view sharing these cells, nothing copied.
  /// - Parameters:
  ///   - count: Months kept per account, at most `stride`.
  ///   - stride: Months per account of this column.
  /// - Complexity: O(1).
  public func prefix(months count: Int, of stride: Int) -> ActivityColumn {
    precondition(count <= stride, "a prefix longer than the column")
    if count == stride { return self }
    var view = self
    if rowStride == 0 { view.rowStride = stride }
    view.months = count
    return view
  }

  /// Runs `body` with the cells borrowed and the distance between two accounts' rows: account
  /// `a`'s month offset `m` is at `a * rowStride + m`.
  /// - Parameters:
  ///   - monthCount: Months per account of the company the column belongs to (the stride of a
  ///     dense column).
  ///   - body: The pass.
  /// - Returns: What `body` returns.
  public func withCells<R>(
    monthCount: Int, _ body: (UnsafeBufferPointer<Float>, _ rowStride: Int) throws -> R
  ) rethrows -> R {
    try cells.withUnsafeBufferPointer { try body($0, rowStride > 0 ? rowStride : monthCount) }
  }
}

extension ActivityColumn: Equatable {
  /// Equal names and values, a missing cell (`nan`) equal to a missing cell (a view compared by
  /// the rows that belong to it).
  public static func == (l: ActivityColumn, r: ActivityColumn) -> Bool {
    l.name == r.name && l.values.elementsEqual(r.values) { $0.isSameCell(as: $1) }
  }
}

extension ActivityColumn {
  /// Whether a column is numeric: at least ``SnapshotColumn/numericShare`` of its non-missing
  /// cells hold numbers (and it has at least one). Blank and `N/A` cells are missing, so they
  /// count neither way.
  /// - Parameters:
  ///   - present: Cells that are not missing.
  ///   - readable: Of those, the cells holding a number.
  /// - Returns: `true` when the column is kept as activity.
  public static func isNumeric(present: Int, readable: Int) -> Bool {
    present > 0 && Double(readable) >= SnapshotColumn.numericShare * Double(present)
  }
}
