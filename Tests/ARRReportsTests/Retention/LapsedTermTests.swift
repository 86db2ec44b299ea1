import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// Annual terms lapsed and still paying are on holdover: scoring reads them through committed
/// ARR's lapsed test (session 39, trial 37, T37-9).
@Suite struct LapsedTermTests {
  /// Trial 37's f22 in part: ten annual accounts of $1,000 a month from 2025-03 to 2026-10
  /// whose terms ended `end` (2026-09-30: lapsed at as-of 2026-10), beside ten monthly
  /// accounts of $100 with no term.
  static func company(end: String = "2026-09-30") throws -> Company {
    var accounts = "account_id,name,contract_type,billing_cadence,start_date,contract_end_date\n"
    var monthly = "account_id,month,mrr\n"
    for k in 0..<10 {
      accounts += "K\(k),K\(k),annual,annual,2025-03-01,\(end)\n"
      accounts += "M\(k),M\(k),monthly,monthly,2025-03-01,\n"
    }
    for j in 0..<20 {
      let m = Month(year: 2025, month: 3).adding(months: j)
      for k in 0..<10 { monthly += "K\(k),\(m),1000\nM\(k),\(m),100\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// Each lapsed account has `renewal_due` 1, the monthly accounts (no term) none, and
  /// committed ARR counts none of them ($0). The class moves only by the score: against the
  /// same accounts with terms ending 2028-09-30 (neither due nor lapsed), the default weights
  /// add renewal's 0.5 to the log-odds and nothing else, and the account stays retained; the
  /// Revenue quality row names the holdover in the reasons' words (was "no reason listed"
  /// beside committed ARR's "cancellable any month").
  @Test func aLapsedTermIsOnHoldover() throws {
    let a = Analysis.run(try Self.company())
    let s = a.scoring
    #expect(a.metrics.ladder.committed == 0)
    for score in s.scores {
      let id = a.company.accounts[score.account].id
      let renewal = s.signals(for: score).first { $0.signal == .renewalDue }?.value
      #expect(renewal == (id.hasPrefix("K") ? 1 : nil), "\(id)")
    }
    let later = Analysis.run(try Self.company(end: "2028-09-30")).scoring
    try #require(s.modelUsed == .configuredWeights && later.modelUsed == .configuredWeights)
    let logit = { (score: Double) in log(score / (100 - score)) }
    let lapsed = s.scores[0].riskScore
    #expect(abs(logit(lapsed) - logit(later.scores[0].riskScore) - 0.5) < 1e-9)
    #expect(s.scores[0].revenueClass == .retained)
    let report = MarkdownReport.render(a)
    let row = try #require(MarkdownReportTests.row(report, "K0"))
    #expect(row[1] == "retained", "\(row)")
    #expect(
      row.last == "term lapsed 2026-09-30, still paying: on holdover, cancellable any month")
  }
}
