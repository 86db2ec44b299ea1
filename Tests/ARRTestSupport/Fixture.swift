import ARRCore
import ARRGenerator
import ARRInput

/// Small hand-made and generated companies shared by the stage tests. Each test target adds
/// its own `Fixture.account(…)` with the defaults its tests read best (scoring's accounts are
/// annual, projection's monthly), in a `Fixture` extension beside its tests.
public enum Fixture {
  /// The date written `YYYY-MM-DD`; traps on a malformed literal (a test's typo).
  public static func date(_ s: String) -> CivilDate { CivilDate(s)! }

  /// A company whose account `i` has MRR row `mrr[i]` (cents), the first column being `first`.
  /// - Parameters:
  ///   - accounts: The accounts, in row order.
  ///   - mrr: One row of monthly MRR (cents) per account, all the same length.
  ///   - usage: Usage rows, like `mrr`; `nil` for a company without usage.
  ///   - first: The first month.
  ///   - profile: The `company.json` values.
  ///   - columns: The optional `accounts.csv` columns the company is read as having.
  public static func company(
    _ accounts: [Account], mrr: [[Int64]], usage: [[Int64]]? = nil,
    first: Month = Month(year: 2024, month: 1), profile: CompanyProfile = CompanyProfile(),
    columns: Set<AccountColumn> = Set(AccountColumn.allCases)
  ) -> Company {
    let months = mrr.first?.count ?? 1
    precondition(mrr.allSatisfy { $0.count == months })
    let matrix = RevenueMatrix(
      accountCount: accounts.count, monthCount: months, mrr: mrr.flatMap { $0 },
      usage: usage.map { $0.flatMap { $0 } },
      oneTimeByMonth: Array(repeating: 0, count: months))
    return Company(
      profile: profile, accounts: accounts, firstMonth: first,
      asOf: first.adding(months: months - 1), revenue: matrix, accountColumns: columns)
  }

  /// A generated company of `profile`, loaded through the real reader; with `hasLogins`, its
  /// `monthly.csv` has a `logins` activity column (``GeneratorOptions/hasLogins``).
  public static func generated(
    _ profile: GeneratorProfile, accounts: Int = 400, months: Int = 24, seed: UInt64 = 7,
    hasLogins: Bool = false
  ) throws -> Company {
    var options = GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: seed)
    options.hasLogins = hasLogins
    let f = CompanyGenerator.files(options)
    return try CompanyLoader.load(
      accountsCSV: f.accountsCSV, monthlyCSV: f.monthlyCSV, companyJSON: f.companyJSON)
  }

  /// 10 monthly accounts, 12 months (2024-01 … 2024-12), $0 until all start paying $100 in
  /// 2024-11; 3 of them (A0–A2) pay $0 in 2024-12: a short history whose one observed month
  /// lost 30% of its logos. With `annual`, that account is instead on an annual contract ending
  /// 2026-06-30, held through the year after as-of.
  public static func startedLastMonth(annual: Int? = nil) -> Company {
    let accounts = (0..<10).map { (i: Int) -> Account in
      let isAnnual = i == annual
      return Account(
        id: "A\(i)", contractType: isAnnual ? .annual : .monthly, billingCadence: .monthly,
        startDate: date("2024-01-01"), contractEndDate: isAnnual ? date("2026-06-30") : nil)
    }
    let rows = (0..<10).map { i -> [Int64] in
      [Int64](repeating: 0, count: 10) + [10_000, i < 3 ? 0 : 10_000]
    }
    return company(accounts, mrr: rows)
  }
}
