import ARRCore
import ARRInput
import Testing

@testable import ARRAnalysis

/// `skipped_rows` names each skipped monthly row's account and month, and is critical when the
/// as-of month's skipped rows hold 10% or more of that month's MRR with them (session 40, trial
/// 37, T37-22 c).
@Suite struct SkippedRowsFindingTests {
  static func skipped(_ accounts: String, _ monthly: String) throws -> Finding {
    let company = try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions(isLenient: true))
    return try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .skippedRows })
  }

  /// Trial 37's f37: Alpha (A) pays $2,000 and Beta (B) $1,000 a month, 2024-11 … 2026-10;
  /// Alpha's 2026-10 row reads `2000.5O`. Headline as read 12 × $1,000 = $12.0K; with Alpha's
  /// $2,000 of 2026-09 carried, 12 × $3,000 = $36.0K, of which the skipped row is 24/36 = 66.7%:
  /// critical (was a warning saying only "what they carried is not added up").
  @Test func anUnreadableAsOfRowIsNamedAndWeighed() throws {
    let a = "account_id,name,contract_type\nA,Alpha,monthly\nB,Beta,monthly\n"
    var m = "account_id,month,mrr\n"
    for j in 0..<24 {
      let month = Month(year: 2024, month: 11).adding(months: j)
      m += "A,\(month),\(j == 23 ? "2000.5O" : "2000")\nB,\(month),1000\n"
    }
    let f = try Self.skipped(a, m)
    #expect(f.severity == .critical)
    #expect(
      f.message
        == "1 of 50 input rows were skipped (`--lenient`) and are in no figure of this report; "
        + "what they carried is not added up as MRR (some skipped rows are no monthly MRR row, "
        + "or their amount could not be read). "
        + "1 row's MRR could not be read: \"Alpha\" (A), 2026-10, $2.00K the month before. In "
        + "2026-10, the as-of month, the skipped rows hold $2.00K of MRR (an amount that could "
        + "not be read taken at the month before's), 66.7% of that month's MRR with them: "
        + "headline ARR is $12.0K as read, $36.0K with them. Data quality lists them.")
  }

  /// Trial 37's f19: A pays $100 and GHOST, missing from accounts.csv, $900 a month, 2026-01 …
  /// 2026-10. GHOST's 10 rows are skipped: $9,000 in all, $900 in 2026-10, 12 × 900 ÷ (1,200 +
  /// 10,800) = 90.0% of the as-of month's MRR with them: critical.
  @Test func anAccountMissingFromAccountsCSVIsNamedWithItsMonths() throws {
    let a = "account_id,contract_type\nA,monthly\n"
    var m = "account_id,month,mrr\n"
    for k in 1...10 {
      let month = Month(year: 2026, month: k)
      m += "A,\(month),100\nGHOST,\(month),900\n"
    }
    let f = try Self.skipped(a, m)
    #expect(f.severity == .critical)
    #expect(
      f.message.contains(
        "the skipped monthly rows carried $9.00K of MRR, summed over all their months. By "
          + "account: \"GHOST\", 10 rows (2026-01 to 2026-10, $9.00K). In 2026-10, the as-of "
          + "month, the skipped rows hold $900 of MRR, 90.0% of that month's MRR with them: "
          + "headline ARR is $1.20K as read, $12.0K with them."), "\(f.message)")
  }

  /// `n` accounts at $100 a month in 2026-01 … 2026-06; A0's 2026-06 row cannot be read. Its
  /// $100 carried is 1 ÷ n of the as-of month's MRR with it: 10 accounts, 10.0%, critical; 11,
  /// 9.1%, a warning.
  @Test(arguments: [(10, "10.0%", Finding.Severity.critical), (11, "9.1%", .warning)])
  func theShareDecides(accounts n: Int, share: String, severity: Finding.Severity) throws {
    var a = "account_id,contract_type\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<n {
      a += "A\(i),monthly\n"
      for k in 1...6 { m += "A\(i),2026-0\(k),\(i == 0 && k == 6 ? "x" : "100")\n" }
    }
    let f = try Self.skipped(a, m)
    #expect(f.severity == severity)
    #expect(f.message.contains("\"A0\", 2026-06, $100 the month before."), "\(f.message)")
    #expect(f.message.contains("hold $100 of MRR"))
    #expect(f.message.contains(", \(share) of that month's MRR with them"), "\(f.message)")
  }

  /// A skipped row before the as-of month is named with its month, but the headline does not
  /// rest on it: no as-of sentence, a warning.
  @Test func anEarlierRowIsNamedNotWeighed() throws {
    let a = "account_id,contract_type\nA0,monthly\nA1,monthly\n"
    var m = "account_id,month,mrr\n"
    for k in 1...6 {
      m += "A0,2026-0\(k),\(k == 3 ? "n/a" : "100")\nA1,2026-0\(k),100\n"
    }
    let f = try Self.skipped(a, m)
    #expect(f.severity == .warning)
    #expect(
      f.message.contains("1 row's MRR could not be read: \"A0\", 2026-03, $100 the month before."))
    #expect(!f.message.contains("the as-of month"))
  }
}
