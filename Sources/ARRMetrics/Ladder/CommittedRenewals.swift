import ARRCore

/// Committed ARR by when its commitment ends (the renewal calendar): by calendar quarter of the
/// contract end date for the as-of month's quarter and the four after it, then `later`, plus
/// `no_end_date` (annual or multi-year terms with no end date given) and `usage_minimum`
/// (contractual minimums of usage accounts, and of other non-annual accounts with no end date,
/// which have no term to renew); a non-usage account's minimum with an end date (an import's
/// rows billed a year ahead) is dated by that end.
///
/// Committed ARR is ARR under a commitment ending in the as-of month or later (a
/// term ending within it is at renewal now and counts), not revenue that
/// cannot leave within the year: an annual term ending in three months renews (or not) inside
/// the next year. This calendar shows when.
///
/// Identity, exact in cents: the buckets sum to ``ARRLadder/committed``.
public struct CommittedRenewals: Sendable, Equatable {
  /// One bucket of the calendar.
  public struct Bucket: Sendable, Equatable {
    /// `2026-Q4` for a calendar quarter, else `later`, `no_end_date` or `usage_minimum`.
    public var period: String
    /// Committed ARR in the bucket, cents.
    public var arr: Int64
    /// Accounts with committed ARR in the bucket.
    public var accounts: Int
  }

  /// The dated quarters (the as-of month's quarter first, then four more), then `later`,
  /// `no_end_date` and `usage_minimum`: always these eight, in this order.
  public var buckets: [Bucket]
  /// Committed ARR whose term ends within 12 months of the as-of month (its end month at most
  /// as-of + 12), cents.
  public var renewingWithinYear: Int64
  /// Committed ARR whose term ends within the as-of month, at its renewal now, cents (session
  /// 35, render review 35, R35-9: ai-hypergrowth's 11 annual terms ending 2026-10-31,
  /// $564,453.12, counted in committed ARR while the definition said "running past 2026-10").
  public var renewingNow: Int64 = 0
  /// Committed ARR dated by an end the import inferred (a billing rhythm's last term, a single
  /// payment's term, a cadence from a start date) rather than read from a contract, cents, and
  /// its accounts (render review 38, R38-3: the calendar dated them silently).
  public var inferredEndARR: Int64 = 0
  /// Accounts in ``inferredEndARR``.
  public var inferredEndAccounts = 0
  /// Of ``renewingNow``, the committed ARR whose renewal the files hold dated after the as-of
  /// month (``DataQuality/renewedAfterAsOf``), cents, its accounts, and the latest month such a
  /// renewal is dated (`nil` without any): render review 40, R40-11.
  public var renewedLaterARR: Int64 = 0
  public var renewedLaterAccounts = 0
  public var renewedLaterMonth: Month? = nil

  /// Dated quarters in the calendar: the as-of month's quarter and the four after it.
  public static let datedQuarters = 5

  /// The calendar of `company` from its per-account committed MRR.
  /// - Parameters:
  ///   - company: The company.
  ///   - committedMRR: ``RecurringRevenue/committedMRR(of:)`` of `company`.
  /// - Returns: The calendar; its buckets sum to 12 × Σ `committedMRR`.
  /// - Complexity: O(accounts).
  public static func compute(_ company: Company, committedMRR: [Int64]) -> CommittedRenewals {
    precondition(committedMRR.count == company.accountCount)
    let asOf = company.asOf
    let firstQuarter = quarterIndex(asOf)
    var arr = [Int64](repeating: 0, count: datedQuarters + 3)
    var accounts = [Int](repeating: 0, count: datedQuarters + 3)
    var withinYear: Int64 = 0
    var now: Int64 = 0
    var inferred: (arr: Int64, accounts: Int) = (0, 0)
    let renewed = company.dataQuality.renewedAfterAsOf
    var renewedLater: (arr: Int64, accounts: Int, month: Month?) = (0, 0, nil)
    let (later, noEnd, minimum) = (datedQuarters, datedQuarters + 1, datedQuarters + 2)
    // Terms read in place, and only for accounts with committed MRR: iterating `accounts`
    // copied every account (a retain and release of its strings) before the filter, a
    // one-thread pass over every account in the report's first bytes (session 16, perf).
    company.withAccountRows { rows in
      for i in rows.indices where committedMRR[i] > 0 {
        let terms = rows.terms(i)
        let amount = 12 * committedMRR[i]
        let k: Int
        // A minimum that ends (an import's rows billed a year ahead on an account of unknown
        // contract type: session 18, import5 lane) is dated by its end like a term; a usage
        // contract's minimum, or one with no end, is a minimum.
        if !terms.contractType.isCommitted
          && (terms.contractType == .usage || terms.contractEndDate == nil)
        {
          k = minimum
        } else if let end = terms.contractEndDate {
          // A term ending in the as-of month (or, with no renewal recorded, earlier: not
          // committed at all, so never here) is at renewal now: the first bucket.
          let q = max(quarterIndex(end.month) - firstQuarter, 0)
          k = q < datedQuarters ? q : later
          if end.month.months(since: asOf) <= 12 { withinYear += amount }
          if end.month <= asOf {
            now += amount
            if !renewed.isEmpty, let m = renewed[rows.id(i)], m > asOf {
              renewedLater = (
                renewedLater.arr + amount, renewedLater.accounts + 1,
                max(renewedLater.month ?? m, m)
              )
            }
          }
          if terms.inferred.contains(.contractEndDate) {
            inferred = (inferred.arr + amount, inferred.accounts + 1)
          }
        } else {
          k = noEnd
        }
        arr[k] += amount
        accounts[k] += 1
      }
    }
    var buckets: [Bucket] = []
    for q in 0..<datedQuarters {
      let ordinal = firstQuarter + q
      let year = ordinal.quotientAndRemainder(dividingBy: 4)
      let (y, r) = year.remainder < 0 ? (year.quotient - 1, year.remainder + 4) : year
      buckets.append(Bucket(period: "\(y)-Q\(r + 1)", arr: arr[q], accounts: accounts[q]))
    }
    buckets.append(Bucket(period: "later", arr: arr[later], accounts: accounts[later]))
    buckets.append(Bucket(period: "no_end_date", arr: arr[noEnd], accounts: accounts[noEnd]))
    buckets.append(
      Bucket(period: "usage_minimum", arr: arr[minimum], accounts: accounts[minimum]))
    return CommittedRenewals(
      buckets: buckets, renewingWithinYear: withinYear, renewingNow: now,
      inferredEndARR: inferred.arr, inferredEndAccounts: inferred.accounts,
      renewedLaterARR: renewedLater.arr, renewedLaterAccounts: renewedLater.accounts,
      renewedLaterMonth: renewedLater.month)
  }

  /// Quarters since year 0: `year × 4 + (month − 1) / 3`.
  static func quarterIndex(_ month: Month) -> Int { month.year * 4 + (month.month - 1) / 3 }
}
