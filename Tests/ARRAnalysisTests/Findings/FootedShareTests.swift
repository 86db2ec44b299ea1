import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// A finding quotes the class table's footed share, not its own rounding (render review 30,
/// R30-4: ai-hypergrowth's at-risk class read 17.2% in Findings and 17.3% in the table).
@Suite struct FootedShareTests {
  /// ai-hypergrowth's classes: $7,337,402, $14,088,136 and $4,464,547 of $25,890,085, i.e.
  /// 283.405, 544.152 and 172.442 tenths of a percent; the floors sum to 999, and the one
  /// missing tenth goes to the largest remainder, at-risk's .442: 28.3%, 54.4%, 17.3%.
  @Test func largestRemainderByHand() {
    let total = 25_890_085.0
    let shares = [7_337_402.0, 14_088_136.0, 4_464_547.0].map { $0 / total }
    #expect(LargestRemainder.tenthsOfPercent(shares) == [283, 544, 173])
  }

  /// Today's classes: $7,634,124, $13,762,188 and $4,493,773: 294.86, 531.56 and 173.57
  /// tenths; the floors sum to 998, the two missing tenths go to retained's .86 and at-risk's
  /// .57: 17.4% at-risk, as the table.
  @Test func atRiskARRQuotesTheTable() throws {
    let (analysis, _, _) = try SampleCompanies.bundle("ai-hypergrowth")
    let finding = try #require(analysis.findings.first { $0.code == .atRiskARR })
    #expect(finding.message.contains("253 accounts with $4.51M of recurring ARR (17.4%)"))
    #expect(Analysis.footedAtRiskShare(analysis.scoring) == 0.174)
  }
}
