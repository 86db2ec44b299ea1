import ARRCore

/// Trailing dollar and logo retention of the accounts that were paying some months ago
/// (`docs/metrics.md`): NDR, GRR and logo retention.
public struct TrailingRetention: Sendable, Equatable {
  /// The month the base is taken at: `asOf − months`.
  public var baseMonth: Month
  /// The month retention is measured at (the company's as-of month).
  public var asOf: Month
  /// Months between the base month and the as-of month.
  public var months: Int
  /// `currentMRR / baseMRR`; `nil` without a base.
  public var ndr: Double?
  /// `cappedMRR / baseMRR`; `nil` without a base.
  public var grr: Double?
  /// `retainedAccounts / baseAccounts`; `nil` without a base.
  public var logoRetention: Double?
  /// Σ MRR at the base month of the base accounts, in cents.
  public var baseMRR: Int64
  /// Σ MRR at the as-of month of the same accounts, in cents.
  public var currentMRR: Int64
  /// Σ min(MRR now, MRR then) of the same accounts, in cents.
  public var cappedMRR: Int64
  /// Accounts with MRR > 0 at the base month.
  public var baseAccounts: Int
  /// Base accounts with MRR > 0 at the as-of month.
  public var retainedAccounts: Int

  public init(
    baseMonth: Month, asOf: Month, months: Int, ndr: Double?, grr: Double?,
    logoRetention: Double?, baseMRR: Int64, currentMRR: Int64, cappedMRR: Int64,
    baseAccounts: Int, retainedAccounts: Int
  ) {
    self.baseMonth = baseMonth
    self.asOf = asOf
    self.months = months
    self.ndr = ndr
    self.grr = grr
    self.logoRetention = logoRetention
    self.baseMRR = baseMRR
    self.currentMRR = currentMRR
    self.cappedMRR = cappedMRR
    self.baseAccounts = baseAccounts
    self.retainedAccounts = retainedAccounts
  }

  /// Trailing retention of `company` over `months` months ending at its as-of month.
  ///
  /// The base is every account with MRR > 0 at `asOf − months`. The ratios are `nil` when
  /// that month is before the data or no account paid then. For another as-of month, pass
  /// `company.pointInTime(m)`.
  /// - Parameters:
  ///   - company: The company.
  ///   - months: The look-back, at least 1 (12 for the trailing-twelve-month figures).
  /// - Returns: The retention figures.
  /// - Complexity: O(accounts), split across cores.
  public static func compute(_ company: Company, months: Int = 12) -> TrailingRetention {
    compute(
      company, months: months,
      parallelFrom: (Concurrent.minimumParallelCells + 1) / 2)
  }

  /// ``compute(_:months:)`` with the accounts split into ranges from `parallelFrom` accounts
  /// (two cells read per account): every figure is a sum of whole cents or a count, the same
  /// however the accounts are split (tests compare eight ranges with one).
  static func compute(_ company: Company, months: Int, parallelFrom: Int) -> TrailingRetention {
    precondition(months >= 1, "look-back must be at least one month")
    // One definition: the whole company is the subset of every account, range by range.
    let parts = Concurrent.map(
      Concurrent.ranges(company.revenue.accountCount, parallelFrom: parallelFrom)
    ) { _, range in Sums(company, months: months, accounts: range) }
    var total = Sums()
    for part in parts { total.merge(part) }
    return TrailingRetention(company, months: months, sums: total)
  }

  /// Trailing retention of a subset of accounts (e.g. one segment), by the same definition.
  /// - Parameters:
  ///   - company: The company.
  ///   - months: The look-back, ≥ 1 (default 12).
  ///   - accounts: Indices of the accounts to count.
  /// - Returns: The subset's trailing retention; `nil` figures when none of them paid then.
  /// - Complexity: O(accounts given).
  public static func compute(
    _ company: Company, months: Int = 12, accounts: some Sequence<Int>
  ) -> TrailingRetention {
    precondition(months >= 1, "look-back must be at least one month")
    return TrailingRetention(
      company, months: months, sums: Sums(company, months: months, accounts: accounts))
  }

  /// The base accounts' sums over some accounts.
  private struct Sums {
    var baseMRR: Int64 = 0
    var current: Int64 = 0
    var capped: Int64 = 0
    var baseAccounts = 0
    var retained = 0

    init() {}

    init(_ company: Company, months: Int, accounts: some Sequence<Int>) {
      let last = company.monthCount - 1
      let base = last - months
      guard base >= 0 else { return }
      // Summed in a value made and returned inside the borrow, not into `self` from a closure.
      self = company.revenue.withStorage { storage in
        let (cells, n) = (storage.mrr, storage.rowStride)
        var s = Sums()
        for a in accounts {
          let then = cells[a * n + base]
          guard then > 0 else { continue }
          let now = max(cells[a * n + last], 0)
          s.baseMRR += then
          s.current += now
          s.capped += min(now, then)
          s.baseAccounts += 1
          if now > 0 { s.retained += 1 }
        }
        return s
      }
    }

    mutating func merge(_ o: Sums) {
      baseMRR += o.baseMRR
      current += o.current
      capped += o.capped
      baseAccounts += o.baseAccounts
      retained += o.retained
    }
  }

  private init(_ company: Company, months: Int, sums s: Sums) {
    let hasBase = s.baseAccounts > 0
    self.init(
      baseMonth: company.asOf.adding(months: -months), asOf: company.asOf, months: months,
      ndr: hasBase ? Double(s.current) / Double(s.baseMRR) : nil,
      grr: hasBase ? Double(s.capped) / Double(s.baseMRR) : nil,
      logoRetention: hasBase ? Double(s.retained) / Double(s.baseAccounts) : nil,
      baseMRR: s.baseMRR, currentMRR: s.current, cappedMRR: s.capped,
      baseAccounts: s.baseAccounts, retainedAccounts: s.retained)
  }
}
