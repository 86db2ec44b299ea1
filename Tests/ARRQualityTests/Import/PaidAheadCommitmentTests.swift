import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a subscriptions table's rows billed a year ahead count in committed ARR
/// while their paid year runs past the as-of month (docs/metrics.md, "Committed ARR"; session
/// 18, import5 lane; trial 18a, R1: RavenStack read committed ARR $0 and "none of it carries
/// a commitment beyond this month" beside 49.7% of open MRR billed annually).
@Suite struct PaidAheadCommitmentTests {
  /// RavenStack's layout (``ImportFixtures/ravenSubscriptions``), as of 2024-12:
  /// paying A-1 100 (annual), A-2 200 (annual) + 50 (monthly), A-3 30, A-4 10.
  /// Headline = 12 × 390 = 4,680.00 (468,000 cents); committed = 12 × (100 + 200) = 3,600.00
  /// (360,000 cents), 76.9%: no `low_commitment`. A-1's contract is annual, ending 2025-03-14
  /// (2025-Q1); A-2's 200 is committed to 2025-12-22 (2025-Q4), not a usage minimum.
  /// Unknown contract type, 12 × 290 = 3,480.00 ($3.48K), 290 / 390 = 74.4%.
  @Test func annualRowsCountInCommittedARR() throws {
    let text = ImportFixtures.ravenSubscriptions
    let c = try Importer.read(
      [Importer.SourceFile(name: "ravenstack_subscriptions.csv", bytes: Array(text.utf8))]
    ).company().company
    let analysis = Analysis.run(c)
    let ladder = analysis.metrics.ladder
    #expect(ladder.headline == 468_000)
    #expect(ladder.committed == 360_000)
    #expect(!analysis.findings.contains { $0.code == .lowCommitment })
    let renewals = CommittedRenewals.compute(c, committedMRR: analysis.metrics.committedMRR)
    let byPeriod = Dictionary(uniqueKeysWithValues: renewals.buckets.map { ($0.period, $0.arr) })
    #expect(byPeriod["2025-Q1"] == 120_000)
    #expect(byPeriod["2025-Q4"] == 240_000)
    #expect(byPeriod["usage_minimum"] == 0)
    let unknown = try #require(analysis.findings.first { $0.code == .unknownTerms })
    #expect(
      unknown.message
        == "74.4% of headline ARR ($3.48K, 3 accounts) has terms the data does not give: the "
        + "contract type is not given for all of it, so it gets no contract signal in "
        + "its score and counts as committed only where billed a year ahead or under a "
        + "committed minimum.")
  }
}
