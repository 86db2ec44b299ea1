import ARRCore

/// How one `accounts.csv` snapshot column's values differ across the classes today: its mean
/// (share true for a true/false column) among the classed accounts of each class that have a
/// value. A snapshot is not fitted — its value at the backtest's base month is unknown — so this
/// is description, not a signal (`docs/scoring.md`, "Snapshot columns").
public struct SnapshotSummary: Sendable, Equatable {
  /// One group's figures.
  public struct Group: Sendable, Equatable {
    /// Classed accounts in the group with a value.
    public var accounts: Int
    /// Mean of their values (share true for a true/false column); `nil` without any.
    public var mean: Double?

    public init(accounts: Int, mean: Double?) {
      self.accounts = accounts
      self.mean = mean
    }
  }

  /// The column's header name.
  public var name: String
  public var kind: SnapshotColumn.Kind
  /// Per class, indexed by ``RevenueClass/index``.
  public var byClass: [Group]
  /// Every classed account with a value.
  public var all: Group

  public init(name: String, kind: SnapshotColumn.Kind, byClass: [Group], all: Group) {
    self.name = name
    self.kind = kind
    self.byClass = byClass
    self.all = all
  }

  /// One summary per snapshot column of `company`, over the accounts `scoring` classed.
  /// - Parameters:
  ///   - company: The company (its ``Company/snapshotColumns``).
  ///   - scoring: Its scoring (which accounts are classed, and how).
  /// - Returns: The summaries, in column order.
  /// - Complexity: O(columns × accounts).
  public static func compute(_ company: Company, scoring: ScoringResult) -> [SnapshotSummary] {
    company.snapshotColumns.map { column in
      var sums = [0.0, 0.0, 0.0]
      var counts = [0, 0, 0]
      for s in scoring.scores {
        guard let c = s.reportedClass else { continue }
        let v = column.values[s.account]
        guard !v.isNaN else { continue }
        sums[c.index] += Double(v)
        counts[c.index] += 1
      }
      func group(_ sum: Double, _ n: Int) -> Group {
        Group(accounts: n, mean: n > 0 ? sum / Double(n) : nil)
      }
      return SnapshotSummary(
        name: column.name, kind: column.kind,
        byClass: (0..<3).map { group(sums[$0], counts[$0]) },
        all: group(sums.reduce(0, +), counts.reduce(0, +)))
    }
  }
}
