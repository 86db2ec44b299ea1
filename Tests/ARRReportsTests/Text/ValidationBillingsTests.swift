import ARRQuality
import Testing

@testable import ARRReports

/// `validate` lists invoices typed into `mrr` among its findings to check first (trial 18b,
/// G17: "no finding to check first" for 60 quarterly invoices read as churn every month).
@Suite struct ValidationBillingsTests {
  @Test func quarterlyInvoicesAreAFindingToCheckFirst() throws {
    // Three annual accounts billed quarterly, each invoice of 300.00 in its month, $0 between.
    var a = "account_id,contract_type,billing_cadence,start_date\n"
    var m = "account_id,month,mrr\n"
    for q in 0..<3 {
      a += "Q\(q),annual,quarterly,2024-01-01\n"
      for k in stride(from: q, to: 9, by: 3) { m += "Q\(q),2024-0\(k + 1),300.00\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil,
      options: LoadOptions())
    let text = ValidationSummary(company).text
    #expect(text.contains("1 finding to check first:"))
    #expect(text.contains("  1. 3 accounts pay only one month in 3, with $0 between"))
  }
}
