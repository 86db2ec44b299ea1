import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a CRM deals export's `Deal Type` (`Pilot`, `Paid Pilot`, `POC`) is each
/// deal's contract type, read by the contract column's words; a pilot's end is the pilot
/// ending, never notice given (trial 34, T34-4: the pilots' fees were recurring ARR, $396,000
/// for $180,000, and each pilot "gave notice", at-risk).
@Suite struct PilotDealsTests {
  /// HubSpot's columns. By hand, as of 2026-10: D1 120,000 over 2026-01-01..2026-12-31 is
  /// 10,000 a month, D2 60,000 over 2026-06-01..2027-05-31 is 5,000 (both annual: whole years);
  /// P1 "Pilot" 30,000 over 2026-08-15..2026-11-14 (3 months) is 10,000, P2 "POC" 24,000 over
  /// 2026-10-01..2026-12-31 is 8,000. Headline 12 × 33,000 = $396,000; recurring 12 × 15,000 =
  /// $180,000 (pilots removed −$216,000); committed $180,000. The lost deal is skipped.
  static let deals = """
    Deal Name,Company,Deal Stage,Deal Type,Amount,Close Date,Contract Start Date,Contract End Date
    D1 annual,D1,Closed Won,New Business,120000,2025-12-20,2026-01-01,2026-12-31
    D2 annual,D2,Closed Won,New Business,60000,2026-05-25,2026-06-01,2027-05-31
    P1 pilot,P1,Closed Won,Pilot,30000,2026-08-10,2026-08-15,2026-11-14
    P2 pilot,P2,Closed Won,POC,24000,2026-09-28,2026-10-01,2026-12-31
    P3 expansion,P3,Closed Lost,New Business,50000,2026-09-01,2026-10-01,2027-09-30
    """

  @Test func pilotDealsAreOutsideRecurringAndEndWithoutNotice() throws {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "deals.csv", bytes: Array(Self.deals.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    let c = try imported.company().company
    let analysis = Analysis.run(c)
    let ladder = analysis.metrics.ladder
    #expect(ladder.headline == 39_600_000)
    #expect(ladder.recurring == 18_000_000)
    #expect(ladder.committed == 18_000_000)
    #expect(ladder.steps.first { $0.kind == .pilotRemoved }?.arr == -21_600_000)
    for (id, end) in [("P1", "2026-11-14"), ("P2", "2026-12-31")] {
      let a = try #require(c.accounts.first { $0.id == id })
      #expect(a.terms.contractType == .pilot)
      #expect(a.terms.cancelDate == nil)
      #expect(a.terms.contractEndDate.map(String.init(describing:)) == end)
      let i = try #require(c.accounts.firstIndex { $0.id == id })
      let score = try #require(analysis.scoring.scores.first { $0.account == i })
      let reasons = analysis.scoring.reasons(for: score)
      #expect(!reasons.contains { $0.hasPrefix("cancellation notice") })
      #expect(!reasons.contains { $0.hasPrefix("renews") })
    }
    #expect(!imported.log.files[0].ignoredColumns.contains("Deal Type"))
    #expect(
      imported.log.notes.contains {
        $0.contains("2 pilots (a contract type saying pilot) end after the 1st of 2026-10")
          && $0.contains("\"P1\" on line 4, end 2026-11-14")
      })
  }

  /// A pilot whose status says it was cancelled keeps its notice: the type says what the
  /// contract is, the status that the customer left early.
  @Test func aCancelledPilotStillGaveNotice() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "deals.csv",
          bytes: Array(
            """
            Deal Name,Company,Deal Stage,Deal Type,Amount,Contract Start Date,Contract End Date,Status
            P1 pilot,P1,Closed Won,Pilot,30000,2026-08-15,2026-11-14,Cancelled
            D1 annual,D1,Closed Won,New Business,120000,2026-01-01,2026-12-31,Active
            """.utf8))
      ], options: ImportOptions(asOf: Month(year: 2026, month: 10))
    ).company().company
    let p1 = try #require(c.accounts.first { $0.id == "P1" })
    #expect(p1.terms.contractType == .pilot)
    #expect(p1.terms.cancelDate != nil)
  }
}
