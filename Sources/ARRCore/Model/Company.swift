/// What `company.json` says about the company (every field optional in the file).
public struct CompanyProfile: Sendable, Equatable {
  /// Where a name came from when the input gave none (`docs/input.md`, "Company name").
  public enum NameSource: String, Sendable, Equatable {
    /// The analysed file's name without its extension (`billings-cube.csv` → `billings-cube`).
    case fileName = "file_name"
    /// The analysed folder's name, or the folder holding every analysed file.
    case folderName = "folder_name"
    /// The revenue file's title line, read as "<company>: <what the table is>"
    /// (`Ledgerline: billings by customer` → `Ledgerline`).
    case titleLine = "title_line"
  }

  public var name: String?
  /// `nil` when ``name`` was given (`company.json`) or is absent; otherwise how it was derived
  /// from the input's path.
  public var nameSource: NameSource?
  /// ISO 4217 code; "USD" when not given.
  public var currency: String
  /// True when no input named the currency, so ``currency`` is the USD default: the reports
  /// then say the currency is assumed (session 19, lead; trial 18a, K2: KKBox bills in New
  /// Taiwan dollars and the report said USD).
  public var isCurrencyAssumed = false
  /// The `as_of` from the file, if any (the CLI's `--as-of` wins over it).
  public var asOf: Month?
  /// The ARR the company claims, in cents.
  public var reportedARR: Int64?
  /// Gross margin, 0–1.
  public var grossMargin: Double?
  /// Annual discount rate for LTV, e.g. 0.10.
  public var discountRate: Double?
  /// Acquisition cost per new account, in cents, for every segment (`"cac": 1500`).
  public var cac: Int64?
  /// Acquisition cost per new account by segment name, in cents (`"cac": {"smb": 300,
  /// "enterprise": 45000}`); a segment not listed has no CAC. Empty when `cac` is a number.
  public var cacBySegment: [String: Int64] = [:]

  public init(
    name: String? = nil, currency: String = "USD", asOf: Month? = nil, reportedARR: Int64? = nil,
    grossMargin: Double? = nil, discountRate: Double? = nil, cac: Int64? = nil
  ) {
    self.name = name
    self.currency = currency
    self.asOf = asOf
    self.reportedARR = reportedARR
    self.grossMargin = grossMargin
    self.discountRate = discountRate
    self.cac = cac
  }

  /// A profile with nothing given: the currency is the assumed USD.
  public static var assumingUSD: CompanyProfile {
    var p = CompanyProfile()
    p.isCurrencyAssumed = true
    return p
  }

  /// The acquisition cost of a new account in `segment`: its own when `cac` was given by
  /// segment, else the company-wide one.
  /// - Parameter segment: The segment name as the report shows it.
  /// - Returns: Cents, or `nil` when company.json gives none for it.
  public func cac(forSegment segment: String) -> Int64? {
    cacBySegment.isEmpty ? cac : cacBySegment[segment]
  }
}

/// A validated company: its accounts, their monthly revenue and usage, and how the input was read.
///
/// Everything downstream (metrics, scoring, projection, stress, reports) reads this value and
/// nothing else. Accounts are in `accounts.csv` order; account `i` is row `i` of ``revenue``.
public struct Company: Sendable {
  public var profile: CompanyProfile
  /// The accounts, in `accounts.csv` order.
  ///
  /// An earlier view (``pointInTime(_:)``) shares today's accounts and rolls their terms back
  /// as they are read (``withAccountRows(_:)``), so a backtest on a million accounts copies
  /// none of them. Reading this array from such a view lays the rolled-back accounts out once
  /// (``isLaidOut``); changing it lays them out first.
  @inlinable
  public var accounts: [Account] {
    _read {
      if let pending = pendingRollBack {
        yield pending.accounts(rollingBack: storedAccounts)
      } else {
        yield storedAccounts
      }
    }
    _modify {
      if let pending = pendingRollBack {
        storedAccounts = pending.accounts(rollingBack: storedAccounts)
        pendingRollBack = nil
      }
      yield &storedAccounts
    }
  }
  /// The accounts as stored: today's, with ``pendingRollBack`` still to apply to their terms.
  @usableFromInline internal var storedAccounts: [Account]
  /// The roll-back an earlier view applies to every account's terms as they are read.
  @usableFromInline internal var pendingRollBack: AccountRollBack?
  /// First month of the revenue matrix (earliest month in `monthly.csv`, or `asOf` if none).
  public var firstMonth: Month
  /// The month every figure is measured at; the last column of ``revenue``.
  public var asOf: Month
  public var revenue: RevenueMatrix
  /// Optional `accounts.csv` columns that were present in the header.
  public var accountColumns: Set<AccountColumn>
  public var dataQuality: DataQuality
  /// Extra numeric or true/false columns of `accounts.csv`, kept as snapshots (never scored).
  public var snapshotColumns: [SnapshotColumn] = []
  /// How the MRR of accounts whose live subscriptions are billed on two or more cadences splits
  /// between them at ``asOf`` (shares summing to 1), by account id; empty for every other
  /// account (their ``Account/billingCadence`` says it). Read by the billing-cadence reason, so
  /// that it does not say "billed monthly" of an account that pays most of its MRR annually
  /// (trial 21, R1; `docs/scoring.md`).
  public var billingMix: [String: [BillingCadence: Double]] = [:]
  /// Extra numeric columns of `monthly.csv`, one value per account and month (candidate risk
  /// signals); empty when the file has none.
  public var activityColumns: [ActivityColumn] = []

  public init(
    profile: CompanyProfile, accounts: [Account], firstMonth: Month, asOf: Month,
    revenue: RevenueMatrix, accountColumns: Set<AccountColumn> = Set(AccountColumn.allCases),
    dataQuality: DataQuality = DataQuality()
  ) {
    precondition(revenue.accountCount == accounts.count)
    precondition(revenue.monthCount == asOf.months(since: firstMonth) + 1)
    self.profile = profile
    self.storedAccounts = accounts
    self.pendingRollBack = nil
    self.firstMonth = firstMonth
    self.asOf = asOf
    self.revenue = revenue
    self.accountColumns = accountColumns
    self.dataQuality = dataQuality
  }

  /// Number of accounts (rows of ``revenue``), without reading ``accounts``.
  @inlinable
  public var accountCount: Int { storedAccounts.count }

  /// Number of months in the matrix.
  public var monthCount: Int { revenue.monthCount }

  /// The column offset of `month` in ``revenue`` (may be outside `0..<monthCount`).
  @inlinable
  public func offset(of month: Month) -> Int { month.months(since: firstMonth) }

  /// The month at column `offset`.
  public func month(at offset: Int) -> Month { firstMonth.adding(months: offset) }

  /// True when `monthly.csv` had a `usage` column.
  public var hasUsage: Bool { revenue.hasUsage }

  /// The company cut to `month`: the revenue and activity after it removed (views of today's
  /// storage) and every account's terms rolled back by `step` as they are read
  /// (``AccountRollBack``), so nothing per account is copied.
  /// - Complexity: O(activity columns).
  func cut(to month: Month, step: (CivilDate) -> AccountRollBack.Step) -> Company {
    precondition(month >= firstMonth && month <= asOf, "as-of month outside the data")
    let count = offset(of: month) + 1
    let step = step(CivilDate.lastDay(of: month))
    var earlier = self
    earlier.profile.asOf = month
    earlier.asOf = month
    earlier.revenue = revenue.prefix(months: count)
    // Extra `accounts.csv` columns describe the account on the as-of date only.
    earlier.snapshotColumns = []
    earlier.pendingRollBack =
      pendingRollBack?.appending(step) ?? AccountRollBack(steps: [step])
    // Activity is dated by month, so it is known up to `month` (cut like the revenue).
    earlier.activityColumns = activityColumns.map { $0.prefix(months: count, of: monthCount) }
    return earlier
  }
}
