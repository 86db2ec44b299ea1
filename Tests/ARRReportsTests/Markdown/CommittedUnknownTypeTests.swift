import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The committed row's "may be committed" cites only the ARR of unknown contract type (session
/// 35, render review 35, R35-6: movements cited its $48.1M of unknown terms, $16.4M of it usage
/// accounts known uncommitted).
@Suite struct CommittedUnknownTypeTests {
  static func account(_ id: String, _ type: ContractType, _ cadence: BillingCadence) -> Account {
    Account(
      id: id, contractType: type, billingCadence: cadence,
      startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
  }

  static func committedRow(_ analysis: Analysis) throws -> Substring {
    try #require(
      MarkdownReport.render(analysis).split(separator: "\n").first {
        $0.hasPrefix("| Committed ARR |")
      })
  }

  /// U1 ($100 a month, type unknown) is $1.20K that may be committed; C1 ($50 a month,
  /// monthly, cadence unknown) is among the ARR with unknown terms ($1.80K) but known
  /// uncommitted, and not cited. With C1 alone nothing could be committed: the row adds
  /// nothing.
  @Test func onlyWhatCouldBeCommittedIsCited() throws {
    let analysis = Analysis.run(
      Fixture.company(
        [Self.account("U1", .unknown, .monthly), Self.account("C1", .monthly, .unknown)],
        mrr: [[10_000, 10_000], [5_000, 5_000]]))
    #expect(analysis.metrics.ladder.committed == 0)
    #expect(analysis.metrics.ladder.unknownTerms == 180_000)
    #expect(analysis.unknownCommitmentARR == 120_000)
    #expect(
      try Self.committedRow(analysis)
        == "| Committed ARR | $0 | 0.0% of headline; $1.20K of unknown contract type may be "
        + "committed |")
    let known = Analysis.run(
      Fixture.company([Self.account("C1", .monthly, .unknown)], mrr: [[5_000, 5_000]]))
    #expect(known.metrics.ladder.unknownTerms == 60_000 && known.unknownCommitmentARR == 0)
    #expect(try Self.committedRow(known) == "| Committed ARR | $0 | 0.0% of headline |")
  }

  /// Movements: 185 accounts of unknown terms, $48.1M of recurring ARR; 173 of unknown contract
  /// type hold $31.7M (62.7% of the $50.6M headline, `low_commitment`'s figure), the 12 usage
  /// accounts of inferred type the other $16.4M.
  @Test func movementsCitesItsUnknownContractTypes() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-movements")
    #expect(analysis.metrics.ladder.committed == 0)
    let row = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    #expect(row[2] == "0.0% of headline; $31.7M of unknown contract type may be committed")
    let low = try #require(analysis.findings.first { $0.code == .lowCommitment })
    #expect(low.message.contains("$31.7M (62.7% of headline) has a contract type the data"))
  }
}

/// "Pooled" on page one is defined in the Glossary with its rate (session 35, render review 35,
/// R35-14): movements prices every class at 89.5% to stay (its Appendix's "pooled rate, 89.5%
/// to stay"; the projected GRR's mean is the same 89.5%).
@Suite struct PooledGlossaryTests {
  @Test func movementsDefinesPooledWithItsRate() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-movements")
    #expect(analysis.scoring.isPricedPooled)
    let glossary = try #require(md.components(separatedBy: "## Glossary").last)
    #expect(
      glossary.contains(
        "- **Pooled retention**: The company's own chance of staying a year, all classes "
          + "together, from last year's departures. Where last year's risk score had an AUC of "
          + "0.5 or less every class is priced at it"))
    #expect(glossary.contains("Here every class is priced at it: 89.5% to stay.\n"))
    #expect(md.contains("so every class is priced at the company's pooled rate, 89.5% to stay"))
  }

  /// enterprise-saas's score ranks churners: no "pooled" in its text, no entry.
  @Test func aRankingScoreHasNoEntry() throws {
    let (_, _, md) = try BoardReportTests.report("enterprise-saas")
    #expect(!md.contains("Pooled retention"))
  }
}

/// Committed ARR's boundary as the ladder draws it, with what sits on it (session 35, render
/// review 35, R35-9): ai-hypergrowth's 11 annual accounts whose terms end 2026-10-31, no notice,
/// not in trial, bill $564,453.12 a year in 2026-10 (hand-summed from
/// Scenarios/ai-hypergrowth/accounts.csv and monthly.csv: 12 × their October MRR).
@Suite struct CommittedBoundaryTests {
  @Test func aiHypergrowthSaysWhatIsAtRenewalNow() throws {
    let (analysis, stress, md) = try BoardReportTests.report("ai-hypergrowth")
    let renewals = ReportContext(analysis, stress: stress).committedRenewals
    #expect(renewals.renewingNow == 56_445_312)
    #expect(
      md.contains(
        "committed minimum ending in 2026-10 or later (no notice given; terms ending "
          + "in 2026-10, $564K of it, are at renewal now), whatever its odds of renewing"))
  }
}
