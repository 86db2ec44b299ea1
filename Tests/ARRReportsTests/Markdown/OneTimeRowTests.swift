import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Session 50, imp lane; trial 48, T48-20: one-time revenue kept out of ARR is said under the
/// ARR walk, beside the recurring figures, over the last 12 months and the whole history, and in
/// the JSON's `arr.one_time_revenue`. By hand: A1 1,000 MRR a month 2024-01 to 2024-12 with a
/// 5,000 setup fee in 2024-01 and a 2,000 training fee in 2024-10, A2 500 MRR with none:
/// one-time 7,000 since 2024-01, all of it in the last 12 months.
@Suite struct OneTimeRowTests {
  static func analysis(oneTime: Bool) throws -> Analysis {
    var monthly = "account_id,month,mrr,one_time\n"
    for m in 1...12 {
      let month = "2024-\(m < 10 ? "0" : "")\(m)"
      let fee = oneTime ? (m == 1 ? "5000" : m == 10 ? "2000" : "0") : "0"
      monthly += "A1,\(month),1000,\(fee)\nA2,\(month),500,0\n"
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(
        "account_id,contract_type,billing_cadence\nA1,monthly,monthly\nA2,monthly,monthly\n".utf8),
      monthlyCSV: Array(monthly.utf8), companyJSON: nil, options: LoadOptions())
    return Analysis.run(company)
  }

  @Test func oneTimeRevenueIsSaidBesideTheRecurringFigures() throws {
    let a = try Self.analysis(oneTime: true)
    let md = MarkdownReport.render(a)
    #expect(
      md.contains(
        "One-time revenue (setup, services and other fees billed once) is in no figure above: "
          + "$7.00K in the 12 months to 2024-12, $7.00K since 2024-01."))
    #expect(a.company.oneTimeRevenue.total == 700_000)
    #expect(a.company.oneTimeRevenue.lastTwelveMonths == 700_000)
    let json = try #require(JSONReport.render(a)["arr"]?["one_time_revenue"])
    #expect(json["total"] == .money(700_000))
    #expect(json["last_12_months"] == .money(700_000))
    #expect(json["since"] == .string("2024-01"))
  }

  /// Without one-time revenue nothing is said.
  @Test func noOneTimeRevenueNoRow() throws {
    let md = MarkdownReport.render(try Self.analysis(oneTime: false))
    #expect(!md.contains("One-time revenue"))
  }
}
