import ARRCore

/// Revenue and logo cohorts by start month (`docs/metrics.md`).
///
/// An account's start month is its first month with MRR > 0 in the data (not its
/// `start_date`: trials and late first invoices would blur the curves). Accounts already
/// paying in the first month of data form a left-censored cohort: they may have started
/// earlier, unless every one of them has a start date given in that month or later
/// (``Company/isFirstMonthStartKnown``).
public struct Cohorts: Sendable, Equatable {
  /// One start-month cohort and how it retained by age.
  public struct Cohort: Sendable, Equatable {
    /// The first month of positive MRR shared by the cohort's accounts.
    public var startMonth: Month
    /// Accounts in the cohort.
    public var accounts: Int
    /// Σ MRR of the cohort in its start month, in cents (always > 0).
    public var startingMRR: Int64
    /// Σ MRR at age k (k = 0 is the start month) through the as-of month, in cents.
    public var mrrByAge: [Int64]
    /// Accounts with MRR > 0 at age k.
    public var activeByAge: [Int]
    /// True for the cohort of the first month of data, whose accounts may have started
    /// before the data begins; false for it too when every one of its accounts has a start
    /// date given in that month or later (``Company/isFirstMonthStartKnown``).
    public var isLeftCensored: Bool

    public init(
      startMonth: Month, accounts: Int, startingMRR: Int64, mrrByAge: [Int64],
      activeByAge: [Int], isLeftCensored: Bool
    ) {
      self.startMonth = startMonth
      self.accounts = accounts
      self.startingMRR = startingMRR
      self.mrrByAge = mrrByAge
      self.activeByAge = activeByAge
      self.isLeftCensored = isLeftCensored
    }

    /// `mrrByAge[k] / startingMRR` per age: net revenue retention of the cohort.
    public var revenueRetention: [Double] {
      mrrByAge.map { Double($0) / Double(startingMRR) }
    }

    /// `activeByAge[k] / accounts` per age: logo retention of the cohort.
    public var logoRetention: [Double] {
      activeByAge.map { Double($0) / Double(accounts) }
    }
  }

  /// Cohorts with at least one account, oldest start month first.
  public var cohorts: [Cohort]
  /// Accounts with no month of MRR > 0 in the data (in no cohort).
  public var accountsNeverPaid: Int

  public init(cohorts: [Cohort], accountsNeverPaid: Int) {
    self.cohorts = cohorts
    self.accountsNeverPaid = accountsNeverPaid
  }

  /// The cohorts of `company`.
  /// - Parameter company: The company.
  /// - Returns: The cohorts, oldest first.
  /// - Complexity: O(accounts × months) in one pass over the matrix, split across cores;
  ///   O(months²) memory per core.
  public static func compute(_ company: Company) -> Cohorts {
    build(Bridge.pass(company, cohorts: true).cohorts, company)
  }

  /// The cohorts from summed partials of `company` (the matrix pass is shared with the
  /// bridge: see `Bridge.pass`).
  static func build(_ total: Partial, _ company: Company) -> Cohorts {
    let n = company.monthCount
    var cohorts: [Cohort] = []
    let isFirstCensored = n > 0 && total.accounts[0] > 0 && !company.isFirstMonthStartKnown
    for s in 0..<n where total.accounts[s] > 0 {
      let ages = n - s
      cohorts.append(
        Cohort(
          startMonth: company.month(at: s), accounts: total.accounts[s],
          startingMRR: total.mrr[s * n],
          mrrByAge: Array(total.mrr[(s * n)..<(s * n + ages)]),
          activeByAge: Array(total.active[(s * n)..<(s * n + ages)]),
          isLeftCensored: s == 0 && isFirstCensored))
    }
    return Cohorts(cohorts: cohorts, accountsNeverPaid: total.neverPaid)
  }

  /// Cohort sums over a range of accounts; `mrr` and `active` are `start × months + age`.
  struct Partial: Sendable {
    var mrr: [Int64]
    var active: [Int]
    var accounts: [Int]
    var neverPaid = 0

    init(months: Int) {
      mrr = Array(repeating: 0, count: months * months)
      active = Array(repeating: 0, count: months * months)
      accounts = Array(repeating: 0, count: months)
    }

    mutating func add(_ o: Partial) {
      for i in mrr.indices {
        mrr[i] += o.mrr[i]
        active[i] += o.active[i]
      }
      for i in accounts.indices { accounts[i] += o.accounts[i] }
      neverPaid += o.neverPaid
    }
  }
}
