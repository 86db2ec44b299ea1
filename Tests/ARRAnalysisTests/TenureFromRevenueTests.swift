import ARRCore
import ARRInput
import Testing

@testable import ARRAnalysis

/// Tenure read from the revenue when the start date comes after it (trial 37, T37-15: three
/// accounts paying $300 a month for 15 months with start_date 2027-02-01 were scored "new
/// account (under 1 month of tenure)", 35.4 against 23.1 for the same revenue).
@Suite struct TenureFromRevenueTests {
  /// F (start_date 2027-02-01, after the as-of month) and G (2025-08-01) both pay 300.00 a
  /// month from 2025-08 to 2026-10: F's start is read as 2025-08-01, so the two score alike and
  /// neither is called new.
  @Test func aStartAfterTheRevenueScoresAsTheRevenueSays() throws {
    let accounts = """
      account_id,contract_type,billing_cadence,start_date
      F,monthly,monthly,2027-02-01
      G,monthly,monthly,2025-08-01

      """
    var monthly = "account_id,month,mrr\n"
    for id in ["F", "G"] {
      for k in 0..<15 {
        monthly += "\(id),\(Month(year: 2025, month: 8).adding(months: k)),300.00\n"
      }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil)
    #expect(company.accounts[0].startDate == company.accounts[1].startDate)
    let scoring = Analysis.run(company).scoring
    let (f, g) = (scoring.scores[0], scoring.scores[1])
    #expect(f.riskScore == g.riskScore)
    #expect(!scoring.reasons(for: f).contains { $0.hasPrefix("new account") })
  }
}
