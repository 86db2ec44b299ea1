import ARRQuality
import Testing

@testable import ARRReports

/// The trial-to-paid table (docs/metrics.md): a trial-start month with half or more of its
/// trials still running reads "open", not the rate of its quickest resolvers (render review
/// 35, R35-15).
@Suite struct TrialConversionTableTests {
  /// 2024-01: 4 trials, 2 converted, 1 expired, 1 still in trial (a quarter: its rate is 2 of
  /// 3 resolved, 67% in whole percents on 3 accounts). 2024-02: 3 trials, 1 converted, 2 still
  /// in trial (two thirds still running: open).
  static func company() throws -> Company {
    let accounts = Array(
      """
      account_id,contract_type,trial_status,start_date
      A,monthly,converted,2024-01-05
      B,monthly,converted,2024-01-10
      C,monthly,expired,2024-01-12
      D,monthly,active,2024-01-20
      E,monthly,converted,2024-02-03
      F,monthly,active,2024-02-10
      G,monthly,active,2024-02-20
      P,annual,none,2023-01-01

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      P,2024-01,1000
      P,2024-02,1000
      A,2024-02,100
      B,2024-02,100
      E,2024-02,100

      """.utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  @Test func aMonthMostlyStillInTrialIsOpen() throws {
    let report = MarkdownReport.render(Analysis.run(try Self.company()))
    #expect(report.contains("| 2024-01 | 4 | 2 | 1 | 1 | 67% |"))
    #expect(report.contains("| 2024-02 | 3 | 1 | 0 | 2 | open |"))
    #expect(report.contains("**Open**: half or more of the month's trials are still running"))
  }

  @Test(arguments: [
    (10, 5, true), (10, 4, false), (3, 2, true), (3, 1, false), (1, 1, true), (4, 0, false),
  ])
  func theOpenRule(trials: Int, stillInTrial: Int, isOpen: Bool) {
    #expect(TrialCohort.isOpen(trials: trials, active: stillInTrial) == isOpen)
  }
}
