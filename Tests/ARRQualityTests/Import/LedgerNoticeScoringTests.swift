import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a transactions ledger's time auto-renew was turned off (RevenueCat's
/// `unsubscribe_detected_at`) is notice given, so the account's chance of staying is 0 and it
/// keeps nothing of quality-adjusted ARR (trial 22, T22-4: such accounts were said to renew and
/// kept 68% of their ARR).
@Suite struct LedgerNoticeScoringTests {
  /// A and B each pay 10 a month from 2024-01 to 2024-12; B turned auto-renew off in its
  /// December period, so it leaves 2024-12-31.
  @Test func autoRenewOffStaysWithProbabilityZero() throws {
    var lines = ["customer_id,period_start,period_end,amount,unsubscribe_detected_at"]
    for id in ["A", "B"] {
      for m in 1...12 {
        let last = CivilDate.lastDay(of: Month(year: 2024, month: m))
        let notice = id == "B" && m == 12 ? "2024-12-10 09:00:00" : ""
        lines.append(
          "\(id),\(CivilDate.firstDay(of: Month(year: 2024, month: m))),\(last),10,\(notice)")
      }
    }
    let c = try Importer.read(
      [Importer.SourceFile(name: "rc.csv", bytes: Array(lines.joined(separator: "\n").utf8))]
    ).company().company
    let analysis = Analysis.run(c)
    func score(_ id: String) throws -> AccountScore {
      let i = try #require(c.accounts.firstIndex { $0.id == id })
      return try #require(analysis.scoring.scores.first { $0.account == i })
    }
    #expect(try score("B").retentionProbability == 0)
    #expect(try score("B").qualityAdjustedARR == 0)
    #expect(try score("A").retentionProbability > 0)
    let reasons = analysis.scoring.reasons(for: try score("B"))
    #expect(!reasons.contains { $0.hasPrefix("renews") })
    #expect(
      reasons.contains(
        "cancellation notice given (leaves 2024-12-31, within 12 months: counted as leaving)"))
  }
}
