/// An extra numeric column of `monthly.csv` (logins, tickets, API calls…): one value per account
/// and month, a candidate risk signal (`docs/input.md`, "Activity columns"; `docs/scoring.md`,
/// "Custom activity signals").
///
/// A column is numeric by ``SnapshotColumn/numericShare`` of its non-empty cells, the rule the
/// extra columns of `accounts.csv` follow (blank and `N/A` are missing, not text).
public struct ActivityColumn: Sendable, Equatable {
  /// The header name as written; the signals are `<name>_level` and `<name>_trend`.
  public var name: String
  /// Row-major accounts × months, laid out like ``RevenueMatrix/mrr`` (account `a`, month
  /// offset `m` at `a * monthCount + m`); `nan` where the account has no row for the month, the
  /// cell is empty or `N/A`, or does not parse. Single precision: an activity count needs no
  /// more, and four bytes per cell keep a million accounts' columns within the memory budget.
  public var values: [Float]

  /// - Parameters:
  ///   - name: The header name.
  ///   - values: Accounts × months, `nan` = missing.
  public init(name: String, values: [Float]) {
    self.name = name
    self.values = values
  }

  /// The column cut to each account's first `count` months of `stride` (an earlier as-of).
  /// - Complexity: O(accounts × count).
  public func prefix(months count: Int, of stride: Int) -> ActivityColumn {
    if count == stride { return self }
    let rows = stride == 0 ? 0 : values.count / stride
    var out: [Float] = []
    out.reserveCapacity(rows * count)
    for r in 0..<rows { out += values[(r * stride)..<(r * stride + count)] }
    return ActivityColumn(name: name, values: out)
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
