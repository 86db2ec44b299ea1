import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Accounts tied at the largest MRR: none of them is "the" largest (trial 37, T37-27; render
/// review 40, R40-8). The projection states no one account's tail, the Retention section says
/// the tie, and the concentration row says how many are tied.
@Suite struct TiedLargestReportTests {
  /// Whale Corp (W) and Vast Co (V) at `each` a month, and `small` monthly accounts at $100,
  /// four months.
  static func company(each: Int, small: Int) throws -> Company {
    var accounts = "account_id,name,contract_type\nW,Whale Corp,monthly\nV,Vast Co,monthly\n"
    var monthly = "account_id,month,mrr\n"
    for k in 0..<small { accounts += "S\(k),,monthly\n" }
    for m in ["2025-01", "2025-02", "2025-03", "2025-04"] {
      monthly += "W,\(m),\(each)\nV,\(m),\(each)\n"
      for k in 0..<small { monthly += "S\(k),\(m),100\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// $5,000 each and nothing else: each is half the base. The tail of one account (the half
  /// the page-one rows state) is not stated for either; the Retention section says both, each
  /// 50.0%, and GRR at most 5,000 ÷ 10,000 = 50% when one leaves; the concentration row reads
  /// "Largest account (2 tied) … 50.0% each".
  @Test func twoHalvesAreATie() throws {
    let a = Analysis.run(try Self.company(each: 5_000, small: 0))
    let fc = try #require(a.projection?.forecast)
    #expect(fc.largestSingleTied == 2)
    #expect(fc.largestAccountTail == nil)
    let leaves = try #require(fc.largestSingleLeaves)
    let f = ReportContext(a).format
    let report = MarkdownReport.render(a)
    #expect(!report.contains("of MRR, leaves"))
    #expect(!report.contains("One account is most of the base"))
    #expect(
      report.contains(
        "**The 2 largest accounts are tied**: Whale Corp and Vast Co each hold 50.0% of the MRR "
          + "paying now; Whale Corp, the first in file order, leaves on \(f.percent(leaves)) of "
          + "the simulated paths, and GRR is at most 50% when any one of them leaves"))
    let row = try #require(
      MarkdownReportTests.row(report, "Largest account (2 tied), share of recurring ARR"))
    #expect(row[1] == "50.0% each")
  }

  /// $4,500 each beside ten at $100: 4,500 ÷ 10,000 = 45.0% each, GRR at most 55% when one
  /// leaves. One account at $4,600 instead breaks the tie: the sentence and the row are the
  /// single account's again.
  @Test func aTieUnderHalfAndItsBreak() throws {
    let a = Analysis.run(try Self.company(each: 4_500, small: 10))
    let fc = try #require(a.projection?.forecast)
    #expect(fc.largestSingleTied == 2)
    let report = MarkdownReport.render(a)
    #expect(
      report.contains(
        "**The 2 largest accounts are tied**: Whale Corp and Vast Co each hold 45.0% of the MRR "
          + "paying now;"))
    #expect(report.contains("and GRR is at most 55% when any one of them leaves"))
    #expect(report.contains("| Largest account (2 tied), share of recurring ARR | 45.0% each |"))

    var accounts = "account_id,name,contract_type\nW,Whale Corp,monthly\nV,Vast Co,monthly\n"
    var monthly = "account_id,month,mrr\n"
    for k in 0..<10 { accounts += "S\(k),,monthly\n" }
    for m in ["2025-01", "2025-02", "2025-03", "2025-04"] {
      monthly += "W,\(m),4600\nV,\(m),4500\n"
      for k in 0..<10 { monthly += "S\(k),\(m),100\n" }
    }
    let b = Analysis.run(
      try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
        options: LoadOptions()))
    #expect(b.projection?.forecast?.largestSingleTied == 1)
    let single = MarkdownReport.render(b)
    #expect(single.contains("**The largest account is drawn on its own**: Whale Corp holds"))
    #expect(single.contains("| Largest account, share of recurring ARR | 45.5% |"))
  }
}

/// Render review 40, R40-10: a contract-type split with one group is said, not tabled (as a
/// one-group segment split, R38-12); two groups keep the table.
@Suite struct OneContractTypeTests {
  @Test func oneTypeIsSaidTwoAreTabled() throws {
    let one = Analysis.run(try TiedLargestReportTests.company(each: 500, small: 3))
    let md = MarkdownReport.render(one)
    #expect(
      md.contains(
        "**By contract type**: every classed account is on one contract type, monthly, whose "
          + "mix is the one above.\n\n"))
    #expect(!md.contains("**By contract type** (share of each group's recurring ARR"))
    let accounts = "account_id,contract_type\nA,annual\nM,monthly\n"
    let monthly = "account_id,month,mrr\nA,2025-01,1000\nM,2025-01,500\n"
    let two = Analysis.run(
      try CompanyLoader.load(
        accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
        options: LoadOptions()))
    #expect(
      MarkdownReport.render(two).contains(
        "**By contract type** (share of each group's recurring ARR; each row sums to 100.0%)"))
  }
}
