import ARRCore

/// One activity column of `monthly.csv` described by class, as ``SnapshotSummary`` describes
/// the snapshot columns of `accounts.csv`, and the accounts whose activity fell to zero while
/// they paid (trial 37, T37-30: a company of 2 accounts can never fit an activity column, so
/// its weight stays 0 and the report never said that one of two customers had not logged in
/// for six months). Information, not a score: nothing here moves a figure.
public struct ActivitySummary: Sendable, Equatable {
  /// One group's figures: the mean a month of each account's last ``ActivitySignals/recentMonths``
  /// months, averaged over the group's accounts with a value there, and the same of the
  /// ``ActivitySignals/priorMonths`` before them over those of the accounts with a value there.
  public struct Group: Sendable, Equatable {
    /// Classed accounts with a value in the recent months.
    public var accounts: Int
    /// Mean of their recent means; `nil` without any.
    public var recent: Double?
    /// Mean of their means of the months before; `nil` when none has a value there.
    public var prior: Double?

    public init(accounts: Int, recent: Double?, prior: Double?) {
      self.accounts = accounts
      self.recent = recent
      self.prior = prior
    }
  }

  /// An account whose activity has been 0 for its last ``months`` months, each paid (MRR > 0),
  /// after a month above 0.
  public struct Stop: Sendable, Equatable {
    /// Account index.
    public var account: Int
    /// Month offset of the first month at 0.
    public var since: Int
    /// Months at 0, up to and including the as-of month.
    public var months: Int

    public init(account: Int, since: Int, months: Int) {
      self.account = account
      self.since = since
      self.months = months
    }
  }

  /// Months at 0 from which an account is listed in ``stops``.
  public static let stopMonths = 3
  /// Accounts listed in ``stops`` at most (the first in file order); ``stopCount`` counts all.
  public static let listedStops = 10

  /// The column's header name.
  public var name: String
  /// Per class, indexed by ``RevenueClass/index``.
  public var byClass: [Group]
  /// Every classed account with a value.
  public var all: Group
  /// The first ``listedStops`` accounts whose activity fell to 0 for ``stopMonths`` months or
  /// more while they paid, in file order.
  public var stops: [Stop]
  /// All such accounts.
  public var stopCount: Int

  public init(name: String, byClass: [Group], all: Group, stops: [Stop], stopCount: Int) {
    self.name = name
    self.byClass = byClass
    self.all = all
    self.stops = stops
    self.stopCount = stopCount
  }

  /// One summary per activity column of `company`: its classes over the accounts `scoring`
  /// classed, its stops over every account.
  /// - Parameters:
  ///   - company: The company (its ``Company/activityColumns``), cut at its as-of month.
  ///   - scoring: Its scoring (which accounts are classed, and how).
  /// - Returns: The summaries, in column order.
  /// - Complexity: O(columns × accounts × months at 0).
  public static func compute(_ company: Company, scoring: ScoringResult) -> [ActivitySummary] {
    let months = max(company.monthCount, 1)
    return compute(
      company, scoring: scoring,
      parallelFrom: (Concurrent.minimumParallelCells + months - 1) / months)
  }

  /// ``compute(_:scoring:)``, its stops found in account ranges on every core (eight ranges from
  /// `threshold` accounts, one below), beside the class means: the same summaries whatever the
  /// threshold (the stops are counted, and the first listed, in account order; the means are
  /// summed on one thread in account order, as before). (Session 42, `threads.sh`: the two
  /// passes over a million accounts ran one after the other on one thread, ~40 ms with the
  /// other core idle, as the JSON report began.)
  package static func compute(
    _ company: Company, scoring: ScoringResult, parallelFrom threshold: Int
  ) -> [ActivitySummary] {
    let months = company.monthCount
    guard months > 0 else { return [] }
    let revenue = company.revenue
    let recentFrom = months - ActivitySignals.recentMonths
    let priorFrom = recentFrom - ActivitySignals.priorMonths
    let ranges = Concurrent.ranges(revenue.accountCount, parallelFrom: threshold)
    return company.activityColumns.map { column in
      let (means, parts) = Concurrent.pair(
        {
          column.withCells(monthCount: months) { cells, stride in
            var means = Means()
            for s in scoring.scores {
              guard let c = s.reportedClass else { continue }
              let base = s.account * stride
              cells.withFloats(base..<(base + months)) { row in
                guard let r = ActivitySignals.mean(row, recentFrom, months) else { return }
                means.recent[c.index] += r
                means.counts[c.index] += 1
                if let p = ActivitySignals.mean(row, priorFrom, recentFrom) {
                  means.prior[c.index] += p
                  means.priorCounts[c.index] += 1
                }
              }
            }
            return means
          }
        },
        {
          Concurrent.map(ranges) { _, range in
            column.withCells(monthCount: months) { cells, stride in
              var stops: [Stop] = []
              var count = 0
              for account in range {
                let base = account * stride
                let stop = cells.withFloats(base..<(base + months)) { row in
                  Self.stop(row, account: account) { revenue.mrr(account: account, month: $0) > 0 }
                }
                guard let stop else { continue }
                count += 1
                if stops.count < listedStops { stops.append(stop) }
              }
              return (stops: stops, count: count)
            }
          }
        })
      var stops: [Stop] = []
      var stopCount = 0
      for part in parts {
        stopCount += part.count
        stops += part.stops.prefix(listedStops - stops.count)
      }
      func group(_ k: [Int]) -> Group {
        let n = k.reduce(0) { $0 + means.counts[$1] }
        let np = k.reduce(0) { $0 + means.priorCounts[$1] }
        return Group(
          accounts: n, recent: n > 0 ? k.reduce(0) { $0 + means.recent[$1] } / Double(n) : nil,
          prior: np > 0 ? k.reduce(0) { $0 + means.prior[$1] } / Double(np) : nil)
      }
      return ActivitySummary(
        name: column.name, byClass: (0..<3).map { group([$0]) }, all: group([0, 1, 2]),
        stops: stops, stopCount: stopCount)
    }
  }

  /// The sums of ``compute(_:scoring:parallelFrom:)``'s class means, per class index.
  private struct Means: Sendable {
    var recent = [0.0, 0.0, 0.0]
    var prior = [0.0, 0.0, 0.0]
    var counts = [0, 0, 0]
    var priorCounts = [0, 0, 0]
  }

  /// The account's run of 0s ending at the row's last month, each month paid, after a month
  /// above 0; `nil` when the run is shorter than ``stopMonths`` or no month above 0 precedes it.
  /// - Parameters:
  ///   - row: The column's row, ending at the as-of month.
  ///   - account: Account index.
  ///   - paid: Whether the account paid MRR in a month offset.
  static func stop(_ row: UnsafeBufferPointer<Float>, account: Int, paid: (Int) -> Bool)
    -> Stop?
  {
    var m = row.count - 1
    while m >= 0, row[m] == 0, paid(m) { m -= 1 }
    let run = row.count - 1 - m
    guard run >= stopMonths, m >= 0, row[m] > 0 else { return nil }
    return Stop(account: account, since: m + 1, months: run)
  }
}
