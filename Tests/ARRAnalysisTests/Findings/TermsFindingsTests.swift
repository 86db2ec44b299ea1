import ARRCore
import ARRMetrics
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// `unknown_terms` says which term is unknown, and `low_commitment` never calls ARR of an
/// unknown contract type uncommitted (docs/findings.md; session 18, import5 lane). Trial 18a,
/// T2: IBM Telco's contracts given, its cadence not, read "counted in no committed ARR and gets
/// no contract signal" beside $2.17M of committed ARR from those accounts; R1, K2, W2: "none of
/// it carries a commitment beyond this month" beside terms the data does not give.
@Suite struct TermsFindingsTests {
  static let start = CivilDate.firstDay(of: Month(year: 2024, month: 1))

  static func account(
    _ id: String, _ type: ContractType, _ cadence: BillingCadence, committed: Int64? = nil,
    end: CivilDate? = nil
  ) -> Account {
    Account(
      id: id, contractType: type, billingCadence: cadence, startDate: start,
      contractEndDate: end, committedMRR: committed)
  }

  /// Telco's shape: contract types given (monthly 100, annual 200, multi-year 300 a month),
  /// no cadence. Headline 12 × 600 = $7.20K, committed 12 × 500 = $6.00K (83.3%: no
  /// `low_commitment`); the cadence alone is unknown, for all of it.
  @Test func onlyTheCadenceUnknownSaysSo() throws {
    let company = Fixture.company(
      [
        Self.account("T1", .monthly, .unknown), Self.account("T2", .annual, .unknown),
        Self.account("T3", .multiYear, .unknown),
      ], mrr: [[10_000, 10_000], [20_000, 20_000], [30_000, 30_000]])
    let analysis = Analysis.run(company)
    #expect(analysis.metrics.ladder.committed == 600_000)
    let finding = try #require(analysis.findings.first { $0.code == .unknownTerms })
    #expect(
      finding.message
        == "100.0% of headline ARR ($7.20K, 3 accounts) has terms the data does not give: the "
        + "billing cadence is not given for all of it, so it gets no billing signal in its "
        + "score; the contract type is given and read for all of it, and its annual and "
        + "multi-year contracts count as committed.")
    #expect(!finding.message.contains("no committed ARR"))
    #expect(!analysis.findings.contains { $0.code == .lowCommitment })
  }

  /// U1 (unknown type, monthly, 100), U2 (unknown type, annual, 250 of which 150 billed a year
  /// ahead to 2024-12-31: its committed minimum), M1 (monthly, 50). Headline 12 × 400 =
  /// $4.80K; committed 12 × 150 = $1.80K, 37.5%; unknown contract type not committed:
  /// 12 × (100 + 250 − 150) = $2.40K, 50.0% of headline. U2's minimum renews in 2024-Q4.
  @Test func partlyCommittedNamesTheUnknownAsUnknown() throws {
    let company = Fixture.company(
      [
        Self.account("U1", .unknown, .monthly),
        Self.account(
          "U2", .unknown, .annual, committed: 15_000, end: CivilDate(year: 2024, month: 12, day: 31)
        ),
        Self.account("M1", .monthly, .monthly),
      ], mrr: [[10_000, 10_000], [25_000, 25_000], [5_000, 5_000]])
    let analysis = Analysis.run(company)
    #expect(analysis.metrics.ladder.committed == 180_000)
    let low = try #require(analysis.findings.first { $0.code == .lowCommitment })
    #expect(
      low.message
        == "Only 37.5% of headline ARR is counted as committed (a known annual or multi-year "
        + "term, or a committed minimum, running past 2024-02, no notice given); $2.40K (50.0% "
        + "of headline) has a contract type the data does not give: its commitment is unknown, "
        + "not known to be none.")
    let unknown = try #require(analysis.findings.first { $0.code == .unknownTerms })
    #expect(
      unknown.message
        == "87.5% of headline ARR ($4.20K, 2 accounts) has terms the data does not give: the "
        + "contract type is not given for all of it, so it gets no contract signal in "
        + "its score and counts as committed only where billed a year ahead or under a "
        + "committed minimum.")
    let renewals = CommittedRenewals.compute(company, committedMRR: analysis.metrics.committedMRR)
    #expect(renewals.buckets.first { $0.period == "2024-Q4" }?.arr == 180_000)
    #expect(renewals.buckets.first { $0.period == "usage_minimum" }?.arr == 0)
  }

  /// Nothing committed, U1 (unknown type, 100) beside M1 (monthly, 50): headline $1.80K, of
  /// which $1.20K (66.7%) is of unknown contract type, so "none" is not claimed of it.
  @Test func nothingCommittedWithUnknownTypesIsNotNone() throws {
    let company = Fixture.company(
      [Self.account("U1", .unknown, .monthly), Self.account("M1", .monthly, .monthly)],
      mrr: [[10_000, 10_000], [5_000, 5_000]])
    let low = try #require(Analysis.run(company).findings.first { $0.code == .lowCommitment })
    #expect(
      low.message
        == "None of headline ARR is counted as committed (a known annual or multi-year term, or "
        + "a committed minimum, running past 2024-02). $1.20K (66.7% of headline) has a "
        + "contract type the data does not give: its commitment is unknown, not known to be "
        + "none.")
  }
}
