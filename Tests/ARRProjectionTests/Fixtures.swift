import ARRCore

/// Small hand-made companies for the projection tests.
enum Fixture {
  static func date(_ s: String) -> CivilDate { CivilDate(s)! }

  static func account(
    _ id: String, _ type: ContractType = .monthly, start: String = "2020-01-01",
    segment: String? = nil, trial: TrialStatus = .none, trialEnd: String? = nil,
    cancel: String? = nil
  ) -> Account {
    Account(
      id: id, segment: segment, contractType: type,
      billingCadence: type.isCommitted ? .annual : .monthly, startDate: date(start),
      trialStatus: trial, trialEndDate: trialEnd.map(date), cancelDate: cancel.map(date))
  }

  /// A company whose account `i` has MRR row `mrr[i]` (cents), the first column being `first`.
  static func company(
    _ accounts: [Account], mrr: [[Int64]], first: Month = Month(year: 2024, month: 1),
    profile: CompanyProfile = CompanyProfile(),
    columns: Set<AccountColumn> = Set(AccountColumn.allCases)
  ) -> Company {
    let months = mrr.first?.count ?? 1
    precondition(mrr.allSatisfy { $0.count == months })
    let matrix = RevenueMatrix(
      accountCount: accounts.count, monthCount: months, mrr: mrr.flatMap { $0 }, usage: nil,
      oneTimeByMonth: Array(repeating: 0, count: months))
    return Company(
      profile: profile, accounts: accounts, firstMonth: first,
      asOf: first.adding(months: months - 1), revenue: matrix, accountColumns: columns)
  }

  /// `count` months at `cents`, preceded by `before` months at zero and followed by zeros up
  /// to `total` months.
  static func row(_ cents: Int64, from before: Int, months count: Int, total: Int) -> [Int64] {
    (0..<total).map { $0 >= before && $0 < before + count ? cents : 0 }
  }
}
