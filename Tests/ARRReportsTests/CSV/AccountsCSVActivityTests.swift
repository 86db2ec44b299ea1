import ARRQuality
import Testing

@testable import ARRReports

/// The per-account CSV gains `<column>_level` and `<column>_trend` after the built-in signals
/// when `monthly.csv` has activity columns.
@Suite struct AccountsCSVActivityTests {
  @Test func activitySignalsFollowTheBuiltInOnes() throws {
    var monthly = "account_id,month,mrr,logins\n"
    for m in 1...6 {
      monthly += "A,2024-0\(m),100,\(m <= 3 ? 100 : 55)\n"
      monthly += "B,2024-0\(m),100,\(m == 2 ? "" : "20")\n"
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array("account_id\nA\nB\n".utf8), monthlyCSV: Array(monthly.utf8),
      companyJSON: nil)
    let lines = AccountsCSV.render(Analysis.run(company)).split(separator: "\n")
    let header = AccountsCSVTests.fields(lines[0])
    #expect(header == AccountsCSV.columns + ["logins_level", "logins_trend"])
    // A: 100 × 3 then 55 × 3: level and trend −0.45. B: flat at 20 (a blank month is missing).
    #expect(AccountsCSVTests.fields(lines[1]).suffix(2) == ["-0.4500", "-0.4500"])
    #expect(AccountsCSVTests.fields(lines[2]).suffix(2) == ["0.0000", "0.0000"])
  }
}
