import ARRCore
import ARRInput
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// A name join reaches the as-of scoring when it joins another amount (review 37, R37-2):
/// `C-002` "ACME CORP" at 25,000 in May joined into `C-001` "Acme Corp" at 1,000 read C-001's
/// history as 1,000 → 25,000 → 1,000, and the June 1,000 as a 96% fall: C-001 at-risk,
/// QA $17,100 → $10,500, with a stake-less finding saying nothing moved.
@Suite struct StandInJoinScoringTests {
  /// C-001 1,000 in every month but May, C-003 500 throughout; in May `id` `name` at `may`.
  static func company(id: String, name: String, may: Int) throws -> ImportedCompany.Conversion {
    var text = "customer_id,customer_name,month,mrr\n"
    for m in 1...6 {
      text +=
        m == 5 ? "\(id),\(name),2025-05,\(may)\n" : "C-001,Acme Corp,2025-0\(m),1000\n"
      text += "C-003,Beta LLC,2025-0\(m),500\n"
    }
    return try ImportFixtures.read([("ids.csv", text)]).company(name: "T")
  }

  /// Distinct system ids stay apart (3 accounts), and C-001, 1,000 a month with a gap in May,
  /// is not at-risk; headline 12 × (1,000 + 500) = $18,000.
  @Test func distinctIDsAtAnotherPriceStayApartAndNotAtRisk() throws {
    let c = try Self.company(id: "C-002", name: "ACME CORP", may: 25000)
    #expect(c.company.accountCount == 3)
    let a = Analysis.run(c.company, paths: 200)
    let k = try #require(c.company.accounts.firstIndex { $0.id == "C-001" })
    let score = try #require(a.scoring.scores.first { $0.account == k })
    #expect(score.recurringMRR == 100_000)
    #expect(score.revenueClass != .atRisk)
    #expect(a.scoring.recurringARR == 1_800_000)
  }
}
