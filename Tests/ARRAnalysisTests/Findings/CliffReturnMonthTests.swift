import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// A churn cliff's leavers who pay again are said to pay again from the month they came back,
/// not "in" the as-of month (session 39, trial 37, T37-7).
@Suite struct CliffReturnMonthTests {
  /// Trial 37's f16: 10 monthly accounts of $100 from 2024-11 to 2026-10 with no row for
  /// anyone in 2025-09, 2025-10 and 2025-11. All ten leave in 2025-09 and pay again from
  /// 2025-12 (was "all pay again in 2026-10").
  @Test func theLeaversComeBackInTheMonthAfterTheGap() throws {
    var a = "account_id,name,contract_type\n"
    var m = "account_id,month,mrr\n"
    let gap: Set<Int> = [10, 11, 12]  // 2025-09, 2025-10, 2025-11 from 2024-11
    for i in 0..<10 { a += "A\(i),,monthly\n" }
    for j in 0..<24 where !gap.contains(j) {
      let month = Month(year: 2024, month: 11).adding(months: j)
      for i in 0..<10 { m += "A\(i),\(month),100\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let cliff = try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .churnCliff })
    #expect(cliff.message.contains("(all pay again from 2025-12)"), "\(cliff.message)")
    #expect(!cliff.message.contains("again in 2026-10"))
  }

  /// Leavers coming back in different months: "by" the last of their first months back, and
  /// the first: A0 stops after 2025-04 and pays from 2025-08, A1 from 2025-10; both pay in
  /// 2026-10, the as-of month.
  @Test func leaversBackInDifferentMonthsGiveBoth() throws {
    var a = "account_id,name,contract_type\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<10 { a += "A\(i),,monthly\n" }
    for j in 0..<24 {
      let month = Month(year: 2024, month: 11).adding(months: j)
      for i in 0..<10 {
        // A0 and A1 are out from 2025-05; A0 back from 2025-08 (j 9), A1 from 2025-10 (j 11).
        if i == 0 && (6...8).contains(j) { continue }
        if i == 1 && (6...10).contains(j) { continue }
        m += "A\(i),\(month),\(i < 2 ? 2000 : 100)\n"
      }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let cliff = try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .churnCliff })
    #expect(cliff.message.contains("again by 2025-10, the first from 2025-08)"), "\(cliff.message)")
  }
}
