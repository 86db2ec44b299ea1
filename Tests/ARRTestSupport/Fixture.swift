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
}
