import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis
@testable import ARRReports

/// A company of one account reads in the singular, every n/a says its own cause, and accounts
/// tied at the top are not one account (trial 37, T37-10 and T37-27).
@Suite struct OneAccountWordingTests {
  static func load(_ accounts: String, _ monthly: String) throws -> Company {
    try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// One monthly account, one month: 1 row, 1 classed account, no trailing base (the data
  /// starts after 2025-06, 12 months before 2026-06), no one_time column.
  @Test func oneAccountReadsInTheSingular() throws {
    let company = try Self.load(
      "account_id,contract_type,billing_cadence\nA,monthly,monthly\n",
      "account_id,month,mrr\nA,2026-06,100\n")
    let md = MarkdownReport.render(Analysis.run(company))
    for plural in ["1 accounts", "1 monthly revenue rows", "The 1 accounts"] {
      #expect(!md.contains(plural), "\(plural)")
    }
    #expect(md.contains("Rests on 1 account and 1 monthly revenue row covering"))
    #expect(md.contains("The class table counts the 1 account with recurring ARR"))
    #expect(
      md.contains(
        "- `monthly.csv` has no one_time column (fees charged once), so no revenue in it is set "
          + "apart as one-time.\n"))
    #expect(!md.contains("One_time column absent."))
  }

  /// An account paying only a one-time fee: no recurring ARR, so no projection, and the
  /// trailing figures are n/a because the data starts after 2025-06, 12 months before 2026-06:
  /// said before "no projection available".
  @Test func aTrailingNotAvailableSaysItsCause() throws {
    let company = try Self.load(
      "account_id,contract_type,billing_cadence\nA,monthly,monthly\n",
      "account_id,month,mrr,one_time\nA,2026-06,0,100\n")
    let md = MarkdownReport.render(Analysis.run(company))
    for label in ["Trailing NDR", "Trailing GRR"] {
      let row = try #require(MarkdownReportTests.row(md, label))
      #expect(row[1] == "n/a")
      #expect(row[2] == "the data starts after 2025-06, 12 months before; no projection available")
    }
  }

  /// Two accounts at $50 a month each, both first paid in the as-of month: each is 50.0% of
  /// recurring ARR, so neither is "one account" every figure rests mostly on.
  @Test func tiedAccountsAreNotOneAccount() throws {
    let company = try Self.load(
      "account_id,contract_type,billing_cadence\nC0,monthly,monthly\nC1,monthly,monthly\n",
      "account_id,month,mrr\nC0,2026-10,50\nC1,2026-10,50\n")
    let finding = try #require(
      Analysis.run(company).findings.first { $0.code == .concentration })
    #expect(
      finding.message.hasPrefix(
        "The 2 largest accounts are tied at 50.0% of recurring ARR each (top 10: 100.0%); losing "
          + "any one would cost $600 of recurring ARR."))
    #expect(finding.severity == .warning)
    #expect(!finding.message.contains("rests mostly on it"))
  }
}
