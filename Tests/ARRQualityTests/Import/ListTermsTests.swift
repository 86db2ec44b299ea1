import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

/// A CRM's won opportunities beside a revenue cube (trial 48, T48-4 and T48-5): `ACV` on a
/// month-to-month deal was read as an annual commitment (committed ARR 100% of headline for
/// 81%), counted by rows, not accounts; an account's first term and its renewal were "facts
/// that differ", and the first term's start a false "revenue before its start date".
@Suite struct ListTermsTests {
  /// MRR 2025-01..2026-11: Initech 1,200 from 2025-05, Hooli 1,200 from 2025-04, Acme Labs 2,000
  /// throughout.
  static let cube = """
    Customer,2025-01,2025-02,2025-03,2025-04,2025-05,2025-06,2025-07,2025-08,2025-09,2025-10,2025-11,2025-12,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11
    Initech,0,0,0,0,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200
    Hooli,0,0,0,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200,1200
    Acme Labs,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000,2000
    """

  /// Initech and Acme Labs: a first year and its renewal each; Hooli: month to month, ACV
  /// 14,400 (12 × its price).
  static let opportunities = """
    "Account Name","Opportunity Name","Type","Stage","Close Date","ACV","Contract Term (Months)","Contract Start Date","Contract End Date"
    "Initech","Initech - Annual 2025","New Business","Closed Won","4/20/2025","14400","12","5/1/2025","4/30/2026"
    "Initech","Initech - Renewal 2026","Renewal","Closed Won","4/20/2026","14400","12","5/1/2026","4/30/2027"
    "Hooli","Hooli - Monthly","New Business","Closed Won","3/25/2025","14400","1","4/1/2025",""
    "Acme Labs","Acme Labs - Annual 2025","New Business","Closed Won","12/20/2024","24000","12","1/1/2025","12/31/2025"
    "Acme Labs","Acme Labs - Renewal 2026","Renewal","Closed Won","12/20/2025","24000","12","1/1/2026","12/31/2026"
    """

  func read(_ list: String) throws -> (ImportedCompany, Company) {
    let imported = try Importer.read([
      Importer.SourceFile(name: "mrr.csv", bytes: Array(Self.cube.utf8)),
      Importer.SourceFile(name: "opportunities.csv", bytes: Array(list.utf8)),
    ])
    return (imported, try imported.company().company)
  }

  /// By hand at 2026-11: Hooli's ACV is its price × 12 on a 1-month term, no commitment;
  /// Initech commits 1,200 a month (its renewal's ACV ÷ 12) to 2027-04-30, from its first
  /// term's start 2025-05-01; Acme Labs 2,000 to 2026-12-31, from 2025-01-01. Committed ARR
  /// 12 × 3,200 = 38,400 of the 52,800 headline. Two accounts' commitments are read, not four
  /// rows'; nothing "differs" and no revenue comes before a start.
  @Test func successiveTermsAreOneHistoryAndACVOnAMonthlyTermIsNoCommitment() throws {
    let (imported, c) = try read(Self.opportunities)
    func account(_ id: String) -> Account? { c.accounts.first { $0.id == id } }
    #expect(account("Hooli")?.committedMRR == nil)
    #expect(account("Initech")?.committedMRR == 120_000)
    #expect(account("Initech")?.startDate == CivilDate(year: 2025, month: 5, day: 1))
    #expect(account("Initech")?.contractEndDate == CivilDate(year: 2027, month: 4, day: 30))
    #expect(account("Acme Labs")?.startDate == CivilDate(year: 2025, month: 1, day: 1))
    let analysis = Analysis.run(c)
    #expect(analysis.metrics.ladder.headline == 5_280_000)
    #expect(analysis.metrics.ladder.committed == 3_840_000)
    let log = imported.log
    #expect(log.findings.contains { $0.contains("the commitments of 2 accounts are read") })
    #expect(!log.findings.contains { $0.contains("differ from the revenue file") })
    #expect(!log.findings.contains { $0.contains("recurring revenue before") })
    #expect(
      log.notes.contains {
        $0.contains("\"ACV\" of 1 account on a term under 12 months is not read as a commitment")
          && $0.contains("\"Hooli\" on line 4, a 1-month term")
      })
    #expect(
      log.notes.contains { $0.contains("2 accounts are on several rows that are successive terms") }
    )
    let f = try #require(log.files.first { $0.file == "opportunities.csv" })
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
  }

  /// The hostile twins: an annual term's ACV stays a commitment (Hooli on 12 months commits
  /// 1,200), and two rows of one account that overlap (two products at once) are not folded:
  /// their facts still differ, as before.
  @Test func annualTermsCommitAndOverlappingRowsAreNotFolded() throws {
    let list = """
      "Account Name","Stage","ACV","Contract Term (Months)","Contract Start Date","Contract End Date"
      "Hooli","Closed Won","14400","12","4/1/2026","3/31/2027"
      "Initech","Closed Won","7200","12","5/1/2026","4/30/2027"
      "Initech","Closed Won","7200","12","8/1/2026","7/31/2027"
      """
    let (imported, c) = try read(list)
    #expect(c.accounts.first { $0.id == "Hooli" }?.committedMRR == 120_000)
    #expect(!imported.log.notes.contains { $0.contains("successive terms") })
    #expect(imported.log.findings.contains { $0.contains("differ from the revenue file") })
  }
}
