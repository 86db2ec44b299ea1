import ARRCore

/// Builds small hand-made companies for the scoring tests.
enum Fixture {
  static func date(_ s: String) -> CivilDate { CivilDate(s)! }

  static func account(
    _ id: String, _ type: ContractType = .annual, _ cadence: BillingCadence = .annual,
    start: String = "2020-01-01", segment: String? = nil
  ) -> Account {
    Account(
      id: id, segment: segment, contractType: type, billingCadence: cadence,
      startDate: date(start))
  }

  /// A company whose account `i` has MRR row `mrr[i]` (cents) starting at `first`.
  static func company(
    _ accounts: [Account], mrr: [[Int64]], usage: [[Int64]]? = nil,
    first: Month = Month(year: 2024, month: 1),
    columns: Set<AccountColumn> = Set(AccountColumn.allCases)
  ) -> Company {
    let months = mrr.first?.count ?? 1
    let matrix = RevenueMatrix(
      accountCount: accounts.count, monthCount: months, mrr: mrr.flatMap { $0 },
      usage: usage.map { $0.flatMap { $0 } },
      oneTimeByMonth: Array(repeating: 0, count: months))
    return Company(
      profile: CompanyProfile(), accounts: accounts, firstMonth: first,
      asOf: first.adding(months: months - 1), revenue: matrix, accountColumns: columns)
  }
}
