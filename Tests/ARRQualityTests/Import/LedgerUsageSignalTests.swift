import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a ledger's units on lines of usage reach scoring as the folder form's usage
/// does (session 35, imp lane; trial 34, T34-9 and T34-6).
@Suite struct LedgerUsageSignalTests {
  /// Ten accounts B1…B10 pay a 1,000 platform fee and 1,500 of tokens (1,500,000) every month
  /// of 2025-09 to 2026-10; H pays a 2,000 fee and 3,000 of tokens (3,000,000) a month, whose
  /// lines fade to 1,200, 300 and none in the last three months.
  static var ledger: String {
    var lines = ["Invoice Number,Customer ID,Invoice Date,Description,Type,Quantity,Amount"]
    let months = (9...12).map { "2025-\($0)" } + (1...10).map { "2026-\($0 < 10 ? "0" : "")\($0)" }
    for (i, m) in months.enumerated() {
      let d = "\(m)-28"
      for b in 1...10 {
        lines.append("I\(i)B\(b)F,B\(b),\(d),Platform fee,subscription,,1000.00")
        lines.append("I\(i)B\(b)U,B\(b),\(d),API usage (tokens),usage,1500000,1500.00")
      }
      lines.append("I\(i)HF,H,\(d),Platform fee,subscription,,2000.00")
      let usage = i < 11 ? 3000 : [1200, 300, 0][i - 11]
      if usage > 0 {
        lines.append("I\(i)HU,H,\(d),API usage (tokens),usage,\(usage * 1000),\(usage).00")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// By hand, as of 2026-10: headline = 12 × (10 × 2,500 + 2,000) = $324,000, and recurring the
  /// same (was $336,000: H's fee and usage averaged over its last 3 months, 2,500, as
  /// pay-as-you-go usage). H's usage fell from 3,000,000 a month to a mean of 500,000 over the
  /// last three (1 − 0.5/3 = 83%), none in October while its fee is paid: at-risk (was
  /// "wavering", with no usage reason).
  @Test func usageThatStopsBesideAPaidFeeIsAtRisk() throws {
    let imported = try Importer.read([
      Importer.SourceFile(name: "ledger.csv", bytes: Array(Self.ledger.utf8))
    ])
    let c = try imported.company().company
    #expect(c.asOf == Month(year: 2026, month: 10))
    let analysis = Analysis.run(c)
    #expect(analysis.metrics.ladder.headline == 32_400_000)
    #expect(analysis.metrics.ladder.recurring == 32_400_000)
    let i = try #require(c.accounts.firstIndex { $0.id == "H" })
    let score = try #require(analysis.scoring.scores.first { $0.account == i })
    #expect(score.revenueClass == .atRisk)
    let reasons = analysis.scoring.reasons(for: score)
    #expect(reasons.contains("usage down 83% (last 3 months vs prior 3)"))
    #expect(!reasons.contains { $0.contains("pay-as-you-go") })
  }
}
