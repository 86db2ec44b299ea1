import ARRCore
import ARRTestSupport

/// The stress tests' hand-made company (``Fixture`` holds the generated ones).
extension Fixture {
  /// Six months, 2024-01 to 2024-06, cents:
  /// 0 A annual, renews 2024-12-31, 1,000/month, usage 100/month;
  /// 1 B month-to-month, 200/month, usage 50/month;
  /// 2 C usage contract billed in arrears, 300/month, usage 1,000/month;
  /// 3 D pilot from 2024-04, 500/month, no usage;
  /// 4 E month-to-month in an active trial, 50 in the as-of month;
  /// 5 F multi-year to 2027-06-30, prepaid, 2,000/month, no usage.
  static let small = smallCompany()

  /// ``small``, with F's cancellation dated `fCancelDate` (a notice) when given.
  static func smallCompany(fCancelDate: CivilDate? = nil) -> Company {
    var accounts = [
      Account(
        id: "A", contractType: .annual, billingCadence: .annual, startDate: date("2020-01-01"),
        contractEndDate: date("2024-12-31")),
      Account(
        id: "B", contractType: .monthly, billingCadence: .monthly, startDate: date("2020-01-01")),
      Account(
        id: "C", contractType: .usage, billingCadence: .inArrears, startDate: date("2020-01-01")),
      Account(
        id: "D", contractType: .pilot, billingCadence: .monthly, startDate: date("2024-04-01"),
        contractEndDate: date("2024-09-30")),
      Account(
        id: "E", contractType: .monthly, billingCadence: .monthly, startDate: date("2024-06-01"),
        trialStatus: .active, trialEndDate: date("2024-07-01")),
      Account(
        id: "F", contractType: .multiYear, billingCadence: .upfront,
        startDate: date("2020-01-01"), contractEndDate: date("2027-06-30")),
    ]
    accounts[5].cancelDate = fCancelDate
    let mrr: [[Int64]] = [
      [100_000, 100_000, 100_000, 100_000, 100_000, 100_000],
      [20_000, 20_000, 20_000, 20_000, 20_000, 20_000],
      [30_000, 30_000, 30_000, 30_000, 30_000, 30_000],
      [0, 0, 0, 50_000, 50_000, 50_000],
      [0, 0, 0, 0, 0, 5_000],
      [200_000, 200_000, 200_000, 200_000, 200_000, 200_000],
    ]
    let usage: [[Int64]] = [
      [100, 100, 100, 100, 100, 100], [50, 50, 50, 50, 50, 50],
      [1000, 1000, 1000, 1000, 1000, 1000], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]
    let first = Month(year: 2024, month: 1)
    let matrix = RevenueMatrix(
      accountCount: accounts.count, monthCount: 6, mrr: mrr.flatMap { $0 },
      usage: usage.flatMap { $0 }, oneTimeByMonth: Array(repeating: 0, count: 6))
    return Company(
      profile: CompanyProfile(), accounts: accounts, firstMonth: first,
      asOf: first.adding(months: 5), revenue: matrix)
  }
}
