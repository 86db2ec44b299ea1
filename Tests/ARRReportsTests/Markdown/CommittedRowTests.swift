import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The summary's committed ARR row beside ARR with unknown terms (render review 28, R28-8 and
/// R28-10), on data-room-billings: committed $19,339,586 and unknown terms $11,739,706 (since
/// R33-13's co-termed first payments; before, $16,400,160 and $16,417,281, both "$16.4M" with
/// three figures, the case `CompactFourFiguresTests` pins); $9,179,613 of committed ARR has no
/// end date in the data.
@Suite struct CommittedRowTests {
  @Test func amountsThatPrintApartKeepThreeFigures() throws {
    let (_, _, md) = try BoardReportTests.report("data-room-billings")
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    let unknown = try #require(MarkdownReportTests.row(md, "ARR with unknown terms"))
    #expect(committed[1] == "$19.3M" && unknown[1] == "$11.7M")
    // The ledger's differ with three figures ($18.5M, $10.7M): no fourth.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    #expect(MarkdownReportTests.row(ledger, "Committed ARR")?[1] == "$18.5M")
    #expect(MarkdownReportTests.row(ledger, "ARR with unknown terms")?[1] == "$10.7M")
  }

  /// Committed ARR with no end date in the data is said beside what renews within the year:
  /// annual terms among it renew within it too. A1, annual at $1,000 a month with no end date,
  /// and A2, annual at $500 ending 2024-06 (as of 2024-01): committed 12 × $1,500 = $18.0K,
  /// $6.00K of it by 2025-01, $12.0K with no end date.
  @Test func committedARRWithNoEndDateIsSaid() throws {
    let company = try CompanyLoader.load(
      accountsCSV: Array(
        "account_id,contract_type,billing_cadence,contract_end_date\nA1,annual,annual,\nA2,annual,annual,2024-06-30\n"
          .utf8),
      monthlyCSV: Array("account_id,month,mrr\nA1,2024-01,1000\nA2,2024-01,500\n".utf8),
      companyJSON: nil, options: LoadOptions())
    let md = MarkdownReport.render(Analysis.run(company))
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    #expect(
      committed[2].hasSuffix(
        "; $6.00K renews by 2025-01; $12.0K has no end date in the data (annual terms among it "
          + "renew within the year too)"))
  }

  /// The term a single payment is read as dates its end, and the commitment that rests on that
  /// reading says its other end (render review 38, R38-3, hand-checked on billings: 46 accounts
  /// of one term-sized invoice, $9,179,613 of committed ARR, each ending within the year by the
  /// import's own 12-month spread; without them committed is $19,339,586 − $9,179,613 =
  /// $10,159,973 → "$10.2M"). Every committed term is then dated, all by ends the import
  /// inferred, and all of it renews by 2027-10.
  @Test func aCommitmentOnSinglePaymentsSaysItsOtherEnd() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-billings")
    let committed = try #require(MarkdownReportTests.row(md, "Committed ARR"))
    #expect(
      committed[2].hasSuffix(
        "; all of it renews by 2027-10; $9.18M of it on single payments taken as terms by their "
          + "size (committed ARR about $10.2M if each were a month's revenue)"))
    let summary = try #require(analysis.company.dataQuality.imported)
    #expect(summary.singlePaymentCommittedARR == 917_961_276)
    let renewals = CommittedRenewals.compute(
      analysis.company, committedMRR: analysis.metrics.committedMRR)
    #expect(renewals.buckets.first { $0.period == "no_end_date" }?.arr == 0)
    #expect(renewals.inferredEndARR == analysis.metrics.ladder.committed)
    #expect(md.contains("All of it (102 accounts) is dated by end dates the import inferred"))
    // The ledger dates every committed term from its service periods: no single-payment clause.
    let (_, _, ledger) = try BoardReportTests.report("data-room-ledger")
    #expect(
      MarkdownReportTests.row(ledger, "Committed ARR")?[2].contains("single payments") == false)
  }
}
