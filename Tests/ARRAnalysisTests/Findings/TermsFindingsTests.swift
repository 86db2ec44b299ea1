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
        + "score; the contract type is given and read for all of it, and $6.00K of it counts "
        + "as committed.")
    #expect(!finding.message.contains("no committed ARR"))
    #expect(!analysis.findings.contains { $0.code == .lowCommitment })
  }

  /// The render review's shape (finding 7): usage contracts whose type the import inferred
  /// from the data, cadence unknown. U1 100 and U2 200 a month, inferred; nothing is
  /// committed, so the finding says so instead of "its annual and multi-year contracts count".
  /// With one of them given (U2 read from a column), the type is "given or inferred".
  @Test func anInferredContractTypeWithNothingCommittedSaysSo() throws {
    func usage(_ id: String, inferred: Bool) -> Account {
      Account(
        id: id, contractType: .usage, billingCadence: .unknown,
        startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)),
        inferred: inferred ? [.contractType] : [])
    }
    let mrr: [[Int64]] = [[10_000, 10_000], [20_000, 20_000]]
    let inferred = Analysis.run(
      Fixture.company([usage("U1", inferred: true), usage("U2", inferred: true)], mrr: mrr))
    let finding = try #require(inferred.findings.first { $0.code == .unknownTerms })
    #expect(
      finding.message.hasSuffix(
        "the contract type is inferred from the data for all of it, and none of it counts as "
          + "committed."))
    let mixed = Analysis.run(
      Fixture.company([usage("U1", inferred: true), usage("U2", inferred: false)], mrr: mrr))
    let both = try #require(mixed.findings.first { $0.code == .unknownTerms })
    #expect(both.message.contains("the contract type is given or inferred from the data for all"))
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
        == "Only 37.5% of headline ARR is counted as committed (an annual or multi-year "
        + "term, or a committed minimum, ending in 2024-02 or later, no notice given); $2.40K "
        + "(50.0% "
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
        == "None of headline ARR is counted as committed (an annual or multi-year term, or "
        + "a committed minimum, ending in 2024-02 or later). $1.20K (66.7% of "
        + "headline) has a "
        + "contract type the data does not give: its commitment is unknown, not known to be "
        + "none.")
  }

  /// The boundary the words give is the one `RecurringRevenue.committedMRR` draws (review 35,
  /// finding 9): as of 2024-02, A (annual, 300 a month, term ending 2024-02-05, mid-month) is
  /// committed, B (annual, 100, ended 2024-01-31) is not, M1 (monthly, 600) is not. Headline
  /// 12 × 1,000 = $12.0K, committed 12 × 300 = $3.60K, 30.0%. A term ending on the 5th does not
  /// run "to the end of 2024-02"; it ends in 2024-02, and counts.
  @Test func aTermEndingInTheAsOfMonthIsCommittedAndSaidSo() throws {
    let company = Fixture.company(
      [
        Self.account("A", .annual, .monthly, end: CivilDate(year: 2024, month: 2, day: 5)),
        Self.account("B", .annual, .monthly, end: CivilDate(year: 2024, month: 1, day: 31)),
        Self.account("M1", .monthly, .monthly),
      ], mrr: [[30_000, 30_000], [10_000, 10_000], [60_000, 60_000]])
    let analysis = Analysis.run(company)
    #expect(analysis.metrics.ladder.committed == 360_000)
    let low = try #require(analysis.findings.first { $0.code == .lowCommitment })
    #expect(
      low.message
        == "Only 30.0% of headline ARR is committed (under a contract term or usage minimum "
        + "ending in 2024-02 or later, no notice given); the rest carries no commitment beyond "
        + "this month.")
  }

  /// Stale CRM end dates (trial 21, N1). As of 2024-06: A (annual, ended 2024-01-31) and B
  /// (multi-year, ended 2024-05-31) still pay 1,000 a month each; C (annual to 2025-01-31)
  /// 2,000; D (annual, ended 2024-01-31, notice dated 2024-07-31) 500; E (annual, ends in the
  /// as-of month, 2024-06-30: at its renewal) 500. Headline 12 × 5,000 = $60.0K; committed:
  /// C and E, 12 × 2,500 = $30.0K; lapsed and paying: A and B, $24.0K (40.0%), so with them
  /// $54.0K (90.0%). D gave notice: not lapsed but leaving.
  @Test func accountsPayingPastTheirEndDateGiveCommittedARRAsARange() throws {
    func day(_ text: String) -> CivilDate { Fixture.date(text) }
    var d = Self.account("D", .annual, .monthly, end: day("2024-01-31"))
    d.cancelDate = day("2024-07-31")
    let company = Fixture.company(
      [
        Self.account("A", .annual, .monthly, end: day("2024-01-31")),
        Self.account("B", .multiYear, .monthly, end: day("2024-05-31")),
        Self.account("C", .annual, .monthly, end: day("2025-01-31")), d,
        Self.account("E", .annual, .monthly, end: day("2024-06-30")),
      ], mrr: [100_000, 100_000, 200_000, 50_000, 50_000].map { Array(repeating: $0, count: 6) })
    let analysis = Analysis.run(company)
    #expect(analysis.metrics.ladder.committed == 3_000_000)
    let lapsed = try #require(analysis.findings.first { $0.code == .lapsedStillPaying })
    #expect(lapsed.severity == .warning)
    #expect(
      lapsed.message
        == "2 annual or multi-year accounts ($24.0K of ARR, 40.0% of headline) still pay in "
        + "2024-06 after their contract end date, with no notice (first: \"A\", ended "
        + "2024-01-31). Either the contracts renewed and the end dates in the data are stale, or "
        + "they run on holdover, cancellable any month. Committed ARR counts none of them: "
        + "$30.0K, or $54.0K (90.0% of headline) if they renewed for another term. Update the "
        + "end dates to settle it.")
  }

  /// Nothing lapsed, nothing said: the accounts of ``onlyTheCadenceUnknownSaysSo()`` have no
  /// end date.
  @Test func noEndDatePassedNoFinding() {
    let company = Fixture.company(
      [Self.account("T2", .annual, .unknown)], mrr: [[20_000, 20_000]])
    #expect(!Analysis.run(company).findings.contains { $0.code == .lapsedStillPaying })
  }
}
