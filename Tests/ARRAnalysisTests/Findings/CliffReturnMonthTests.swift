import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// A churn cliff's leavers who pay again are said to pay again from the month they came back,
/// not "in" the as-of month (session 39, trial 37, T37-7 c); a month that opens a revenue gap
/// whose leavers all come back when it ends is the gap, not a cliff (session 40, T37-7 b).
@Suite struct CliffReturnMonthTests {
  /// Trial 37's f30: 20 monthly accounts of $100 from 2024-11 to 2026-10; A0–A4 have no row
  /// from 2025-05 to 2026-03 and pay again from 2026-04. The cliff in 2025-05 (5 of 20, 25% of
  /// opening MRR after months of no churn) says they pay again from 2026-04 (was "all pay again
  /// in 2026-10", the as-of month).
  @Test func theLeaversComeBackInTheMonthTheyPaidAgain() throws {
    var a = "account_id,name,contract_type\n"
    var m = "account_id,month,mrr\n"
    for i in 0..<20 { a += "A\(i),,monthly\n" }
    for j in 0..<24 {
      let month = Month(year: 2024, month: 11).adding(months: j)
      // 2025-05 is j 6, 2026-03 is j 16.
      for i in 0..<20 where !(i < 5 && (6...16).contains(j)) { m += "A\(i),\(month),100\n" }
    }
    let company = try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
    let cliff = try #require(
      Analysis.run(company, paths: 200).findings.first { $0.code == .churnCliff })
    #expect(
      cliff.message.hasPrefix(
        "Churn cliff in 2025-05: 5 accounts left (all pay again from 2026-04) with $500 of MRR, "
          + "25.0% of opening MRR"), "\(cliff.message)")
    #expect(!cliff.message.contains("again in 2026-10"))
  }

  /// Trial 37's f16: 10 monthly accounts of $100 from 2024-11 to 2026-10 with no row for
  /// anyone in 2025-09, 2025-10 and 2025-11. All ten leave in 2025-09 and all pay again from
  /// 2025-12, the month the gap ends: the churn is the gap's, said by `revenue_gap`, and no
  /// churn cliff is counted beside it (T37-7 b: "Churn cliff in 2025-09: 10 accounts left …
  /// A data cut-off or a real cliff?" beside the gap).
  @Test func aGapsChurnIsTheGapNotACliff() throws {
    let findings = Analysis.run(try Self.gap(lateBack: false), paths: 200).findings
    #expect(!findings.contains { $0.code == .churnCliff })
    let gap = try #require(findings.first { $0.code == .revenueGap })
    #expect(
      gap.message
        == "No account has MRR in 2025-09 to 2025-11 (3 months), between months with revenue: "
        + "every account churns and comes back in the bridge. All 10 accounts paying in 2025-08 "
        + "pay again from 2025-12: the $1.00K of MRR the bridge counts as churned in 2025-09 is "
        + "this gap, not a churn cliff. A month missing from the data? Check the source before "
        + "relying on the bridge, churn and cohort figures.")
  }

  /// The same gap with A0 back only from 2026-01: not every leaver is back when the gap ends,
  /// so the month stays a cliff ("by 2026-01, the first from 2025-12") and the gap does not
  /// claim its churn.
  @Test func aLeaverNotBackWhenTheGapEndsKeepsTheCliff() throws {
    let findings = Analysis.run(try Self.gap(lateBack: true), paths: 200).findings
    let cliff = try #require(findings.first { $0.code == .churnCliff })
    #expect(
      cliff.message.hasPrefix(
        "Churn cliff in 2025-09: 10 accounts left (all pay again by 2026-01, the first from "
          + "2025-12)"), "\(cliff.message)")
    let gap = try #require(findings.first { $0.code == .revenueGap })
    #expect(!gap.message.contains("is this gap"))
  }

  /// f16's shape; with `lateBack`, A0 has no row in 2025-12 either.
  static func gap(lateBack: Bool) throws -> Company {
    var a = "account_id,name,contract_type\n"
    var m = "account_id,month,mrr\n"
    let gap: Set<Int> = [10, 11, 12]  // 2025-09, 2025-10, 2025-11 from 2024-11
    for i in 0..<10 { a += "A\(i),,monthly\n" }
    for j in 0..<24 where !gap.contains(j) {
      let month = Month(year: 2024, month: 11).adding(months: j)
      for i in 0..<10 where !(lateBack && i == 0 && j == 13) { m += "A\(i),\(month),100\n" }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
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
