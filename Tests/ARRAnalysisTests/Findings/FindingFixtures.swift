import ARRAnalysis
import ARRCore
import ARRInput

/// Hand-built companies whose findings can be worked out by hand.
enum FindingFixtures {
  /// `accounts` monthly accounts paying $100 a month from 2024-01 for `months` months; the
  /// `churnAtEnd` first accounts pay nothing in the last month.
  static func company(accounts: Int, months: Int, churnAtEnd: Int = 0) throws -> Company {
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<accounts {
      let id = "A\(i)"
      a += "\(id),monthly,monthly,2024-01-01\n"
      for k in 0..<months {
        if k == months - 1 && i < churnAtEnd { continue }
        m += "\(id),\(Month(year: 2024, month: 1).adding(months: k)),100\n"
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }
}
