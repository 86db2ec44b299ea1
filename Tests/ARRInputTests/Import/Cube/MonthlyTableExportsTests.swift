import ARRCore
import Testing

@testable import ARRInput

/// Monthly-table exports appended into one file (the header repeated): rows repeated exactly are
/// their overlap, counted once; a customer-month that a later export restates is read from the
/// later export alone (review 9, F10: a correction was added to the earlier row, counted twice).
@Suite struct MonthlyTableExportsTests {
  /// Jan–Mar, then Mar–Apr appended below a repeated header, with March restated 100 → 120.
  static let restated = """
    customer_id,month,mrr
    acme,2024-01,100
    acme,2024-02,100
    acme,2024-03,100
    beta,2024-03,50
    customer_id,month,mrr
    acme,2024-03,120
    beta,2024-03,50
    acme,2024-04,120
    """

  @Test func aLaterExportsRestatementReplacesTheEarlierRow() throws {
    let c = try importCube(Self.restated, name: "mrr.csv")
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.mrrRow("acme") == [10_000, 10_000, 12_000, 12_000])
    // Beta's March is repeated exactly: the overlap, counted once.
    #expect(c.mrrRow("beta") == [0, 0, 5_000, 0])
    let finding = try #require(c.log.findings.first { $0.contains("restated by a later one") })
    #expect(finding.contains("1 row of an earlier export is restated"))
    #expect(finding.contains("line 4 by line 7"))
    #expect(!c.log.findings.contains { $0.contains("several rows") })
    // The earlier March is left out and counted: rows read = used + skipped, the tie-out holds.
    #expect(c.log.tieOut.leftOutCents == 10_000)
    let file = c.log.files[0]
    #expect(file.rowsRead == 8 && file.rowsUsed == 6)
    #expect(try c.company(name: "t").log.tieOut.isBalanced)
  }

  /// Exports that only overlap (nothing restated) read as before: no row is left out.
  @Test func exportsThatOnlyOverlapLeaveNothingOut() throws {
    let text = Self.restated.replacingOccurrences(of: "acme,2024-03,120", with: "acme,2024-03,100")
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [10_000, 10_000, 10_000, 12_000])
    #expect(!c.log.findings.contains { $0.contains("restated") })
    #expect(c.log.tieOut.leftOutCents == 0)
  }

  /// Two identical product rows in both exports, and a third product restated: the repeats stand
  /// for both earlier rows (each repeat for one), so only the restated product's earlier row is
  /// left out: 50 + 50 + 40, not 50 + 40.
  @Test func repeatsStandForTheEarlierRowsOneEach() throws {
    let text = """
      customer_id,month,mrr
      acme,2024-03,50
      acme,2024-03,50
      acme,2024-03,30
      acme,2024-02,130
      customer_id,month,mrr
      acme,2024-03,50
      acme,2024-03,50
      acme,2024-03,40
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [13_000, 14_000])
    #expect(c.log.tieOut.leftOutCents == 3_000)
    #expect(c.log.findings.contains { $0.contains("1 row of an earlier export is restated") })
  }

  /// Exports that repeat no row of an earlier one are slices (one per product or entity), not
  /// re-pulls: their rows are added up (review 10, F0: read as restatements, A lost 100 of 120).
  @Test func slicesAppendedAreAddedUp() throws {
    let text = """
      customer_id,product,month,mrr
      A,Core,2024-01,100
      A,Core,2024-02,100
      B,Core,2024-01,50
      B,Core,2024-02,50
      customer_id,product,month,mrr
      A,Addon,2024-01,20
      A,Addon,2024-02,20
      B,Addon,2024-02,10
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("A") == [12_000, 12_000])
    #expect(c.mrrRow("B") == [5_000, 6_000])
    #expect(!c.log.findings.contains { $0.contains("restated") })
    #expect(c.log.tieOut.leftOutCents == 0)
  }

  /// Within one export, rows of a customer-month are still added up (one per plan or product).
  @Test func rowsOfOneExportAreStillAddedUp() throws {
    let text = "customer_id,month,mrr\nacme,2024-01,50\nacme,2024-01,30\nacme,2024-02,80\n"
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [8_000, 8_000])
    #expect(c.log.findings.contains { $0.contains("several rows") })
    #expect(!c.log.findings.contains { $0.contains("restated") })
  }

  /// A later re-pull with more identical product rows than the earlier export: the repeats stand
  /// for the earlier copies, the extra copy is a new row of the re-pull (review 10, F3: it was
  /// dropped as a repeat): March is 3 × 50 = 150, the earlier 2 × 50 replaced, nothing left out.
  @Test func extraIdenticalRowsOfALaterExportAreRead() throws {
    let text = """
      customer_id,month,mrr
      acme,2024-02,100
      acme,2024-03,50
      acme,2024-03,50
      customer_id,month,mrr
      acme,2024-03,50
      acme,2024-03,50
      acme,2024-03,50
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [10_000, 15_000])
    #expect(c.log.tieOut.leftOutCents == 0)
    let file = c.log.files[0]
    // 7 rows: the repeated header and two repeats skipped, 4 used.
    #expect(file.rowsRead == 7 && file.rowsUsed == 4)
    #expect(try c.company(name: "t").log.tieOut.isBalanced)
  }

  /// The finding's "by" line is the later export's: a restated customer-month whose only row in
  /// the re-pull repeats the earlier one's (the product left out is restated by it) cites the
  /// repeat's line, not the earlier row's (review 10, F9).
  @Test func theRestatementCitesALineOfTheLaterExport() throws {
    let text = """
      customer_id,product,month,mrr
      acme,Core,2024-02,100
      acme,Core,2024-03,100
      acme,Addon,2024-03,30
      customer_id,product,month,mrr
      acme,Core,2024-03,100
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [10_000, 10_000])
    #expect(c.log.tieOut.leftOutCents == 3_000)
    let finding = try #require(c.log.findings.first { $0.contains("restated by a later one") })
    #expect(finding.contains("line 4 by line 6"))
  }

  /// A customer-month of an earlier export in months a later re-pull covers, with no row in it:
  /// kept (the later export may be filtered) and said (review 10, F7: kept silently). Beta's
  /// March is inside the re-pull's March–April; its January is not, and is not counted.
  @Test func aCustomerMonthMissingFromALaterRePullIsKeptAndSaid() throws {
    let text = """
      customer_id,month,mrr
      acme,2024-01,100
      acme,2024-03,100
      beta,2024-01,40
      beta,2024-03,40
      customer_id,month,mrr
      acme,2024-03,100
      acme,2024-04,100
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("beta") == [4_000, 0, 4_000, 0])
    let finding = try #require(c.log.findings.first { $0.contains("later re-pull covers") })
    #expect(finding.hasPrefix("mrr.csv: 1 row of an earlier export is in months"))
    #expect(finding.contains("first \"beta\" in 2024-03, line 5"))
    // Exports that are slices (no row repeated) say nothing of the kind.
    let slices = text.replacingOccurrences(
      of: "acme,2024-03,100\nacme,2024-04", with: "acme,2024-04")
    let s = try importCube(slices, name: "mrr.csv")
    #expect(!s.log.findings.contains { $0.contains("re-pull") })
  }

  /// Rows finer than months: a re-pull restates the customer-days it holds, not whole months
  /// (review 10, F8: daily revenue re-pulled from 31 March on restated all of March, its first
  /// 30 days lost). Revenue is a flow, added up: March 10 + 10 + 10, April 10.
  @Test func aRePullOfDaysRestatesDays() throws {
    let text = """
      customer_id,date,revenue
      acme,2024-03-01,10
      acme,2024-03-15,10
      acme,2024-03-31,10
      beta,2024-03-31,5
      customer_id,date,revenue
      acme,2024-03-31,10
      beta,2024-03-31,5
      acme,2024-04-15,10
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr), name: "daily.csv")
    #expect(c.mrrRow("acme") == [3_000, 1_000])
    #expect(c.log.tieOut.leftOutCents == 0)
    // A level's snapshots: a restated 31 March (110 → 120) wins, 15 March is an earlier snapshot.
    let levels = """
      customer_id,date,mrr
      acme,2024-03-15,100
      acme,2024-03-31,110
      beta,2024-03-31,50
      beta,2024-04-30,50
      customer_id,date,mrr
      acme,2024-03-31,120
      beta,2024-03-31,50
      beta,2024-04-30,50
      acme,2024-04-30,120
      """
    let l = try importCube(levels, name: "snapshots.csv")
    #expect(l.mrrRow("acme") == [12_000, 12_000])
    let finding = try #require(l.log.findings.first { $0.contains("restated by a later one") })
    #expect(finding.contains("each customer-day is read from the last export"))
  }

  /// Review 11, F1: slices each ending in the same footnote stay slices, added up (the repeated
  /// footnote made the second a re-pull: acme 50, beta 30 instead of 150 and 230).
  @Test func slicesSharingAFootnoteAreAddedUp() throws {
    let slice = """
      customer_id,month,mrr
      acme,2024-01,A
      acme,2024-02,A
      beta,2024-01,B
      beta,2024-02,B
      Source: billing system

      """
    let text =
      slice.replacingOccurrences(of: "A", with: "100").replacingOccurrences(of: "B", with: "200")
      + slice.replacingOccurrences(of: "A", with: "50").replacingOccurrences(of: "B", with: "30")
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [15_000, 15_000])
    #expect(c.mrrRow("beta") == [23_000, 23_000])
    #expect(!c.log.findings.contains { $0.contains("restated") || $0.contains("re-pull") })
  }

  /// Review 11, F5: a re-pull of the second slice (one product's) restates that slice, not the
  /// first: acme's Core 100 stays beside its Addon 20, beta's 200 beside its re-pulled 35 (the
  /// first slice's rows of the same customer-months were dropped: acme 20, beta 35).
  @Test func aRePullOfOneSliceLeavesTheOthers() throws {
    let text = """
      customer_id,month,mrr
      acme,2024-01,100
      beta,2024-01,200
      acme,2024-02,100
      customer_id,month,mrr
      acme,2024-01,20
      beta,2024-01,30
      customer_id,month,mrr
      acme,2024-01,20
      beta,2024-01,35
      """
    let c = try importCube(text, name: "mrr.csv")
    #expect(c.mrrRow("acme") == [12_000, 10_000])
    #expect(c.mrrRow("beta") == [23_500, 0])
    #expect(c.log.tieOut.leftOutCents == 3_000)
  }

  /// Review 11, F3 for the monthly table: a restated customer's facts are the re-pull's, as its
  /// amounts are. Acme is `smb` with an end of 2024-06-30 in the first export, `mid` renewed to
  /// 2025-06-30 in the re-pull (February corrected 100 → 120): segment `mid`, end 2025-06-30, no
  /// "differs … the first is kept" finding. Beta, repeated alike, keeps its first row.
  @Test func aRestatedCustomersFactsAreTheRePulls() throws {
    let text = """
      customer_id,segment,contract end,month,mrr
      acme,smb,2024-06-30,2024-01,100
      acme,smb,2024-06-30,2024-02,100
      beta,mid,2024-12-31,2024-01,200
      beta,mid,2024-12-31,2024-02,200
      customer_id,segment,contract end,month,mrr
      acme,mid,2025-06-30,2024-01,100
      acme,mid,2025-06-30,2024-02,120
      beta,mid,2024-12-31,2024-01,200
      beta,mid,2024-12-31,2024-02,200
      """
    let c = try importCube(text, name: "mrr.csv")
    let acme = try #require(c.account("acme"))
    #expect(acme.segment == "mid")
    #expect(acme.contractEndDate == CivilDate(year: 2025, month: 6, day: 30))
    #expect(acme.source.line == 7)
    #expect(c.mrrRow("acme") == [10_000, 12_000])
    #expect(!c.log.findings.contains { $0.contains("the first is kept") })
    let beta = try #require(c.account("beta"))
    #expect(beta.segment == "mid" && beta.source.line == 4)
  }

  /// Review 12, F10 for the monthly table: acme's first row (line 2) has no segment, its second
  /// (line 3, `SMB`) is restated by the re-pull, which says `Mid`: segment `Mid`, MRR 100, 150,
  /// 150, no "differs … the first is kept" finding (it cited line 2, which has no segment).
  @Test func aRestatedRowBelowTheFirstGivesNoFact() throws {
    let text = """
      month,customer_id,segment,mrr
      2024-01,acme,,100
      2024-02,acme,SMB,100
      2024-01,beta,SMB,200
      2024-02,beta,SMB,200
      2024-01,gamma,SMB,300
      2024-02,gamma,SMB,300
      month,customer_id,segment,mrr
      2024-02,acme,Mid,150
      2024-03,acme,Mid,150
      2024-02,beta,SMB,200
      2024-03,beta,SMB,200
      2024-02,gamma,SMB,300
      2024-03,gamma,SMB,300
      """
    let c = try importCube(text, name: "mrr.csv")
    let acme = try #require(c.account("acme"))
    #expect(acme.segment == "Mid")
    #expect(c.mrrRow("acme") == [10_000, 15_000, 15_000])
    #expect(!c.log.findings.contains { $0.contains("the first is kept") })
  }
}
