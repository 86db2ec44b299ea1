import ARRCore
import Testing

@testable import ARRInput

/// A revenue-recognition schedule titled a forecast and dated inside its months is read to its
/// date; its rows' own periods give each customer's term, a renewal's row extending it (trial
/// 50, T50-13; `docs/import.md`, "revenue-recognition schedules").
@Suite struct ScheduleForecastTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "revrec.csv", bytes: Array(text.utf8))])
  }

  /// Acme's annual term to 2027-02; Bolt's first term to 2026-07 and its renewal to 2027-07.
  /// Report date 10/31/2026: months to 2026-10 read, November on is the schedule's rest. By
  /// hand at 2026-10: Acme 2,000 + Bolt 1,200 = 3,200 MRR; both terms end after it.
  static func schedule(title: String, date: String) -> String {
    let months = ["Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026"]
    return """
      \(title)
      As of \(date)
      Customer,Item,Rev Rec Start Date,Rev Rec End Date,Total Amount,\(months.joined(separator: ","))
      Acme,Platform - Annual,3/1/2026,2/28/2027,"24,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00"
      Bolt,Platform - Annual,8/1/2025,7/31/2026,"12,000.00",,,,,
      Bolt,Platform - Annual,8/1/2026,7/31/2027,"14,400.00","1,200.00","1,200.00","1,200.00","1,200.00","1,200.00"

      """
  }

  @Test func aRecognitionForecastDatedInsideIsReadToItsDate() throws {
    let c = try read(Self.schedule(title: "Revenue Recognition Forecast", date: "10/31/2026"))
    #expect(c.mrrRow("Acme").count == 3)
    #expect(c.mrrRow("Acme").last == 200_000)
    #expect(c.mrrRow("Bolt").last == 120_000)
    let bolt = try #require(c.accounts.first { $0.id == "Bolt" })
    #expect(bolt.contractEndDate == CivilDate(year: 2027, month: 7, day: 31))
    #expect(bolt.startDate == CivilDate(year: 2025, month: 8, day: 1))
    #expect(
      c.log.notes.contains {
        $0.contains("names a forecast, but the file is a revenue-recognition schedule")
      })
    // Successive terms are one span: no conflict finding for Bolt's renewal.
    #expect(!c.log.findings.contains { $0.contains("end date of \"Bolt\" differs") })
  }

  /// Dated before its months (all of it to come), or not dated: a forecast, refused.
  @Test(arguments: ["6/30/2026", ""])
  func aForecastStillRefused(date: String) throws {
    var text = Self.schedule(title: "Revenue Recognition Forecast", date: date)
    if date.isEmpty { text = text.replacing("As of \n", with: "") }
    #expect(throws: ARRQualityError.self) { try read(text) }
  }

  /// A budget cube dated inside its year holds no actuals: still refused.
  @Test func aBudgetCubeDatedInsideIsRefused() throws {
    #expect(throws: ARRQualityError.self) {
      try read(
        """
        FY2026 Budget
        As of 3/31/2026
        Customer,Jan 2026,Feb 2026,Mar 2026,Apr 2026
        Acme,100,100,100,100
        Bolt,200,200,200,200

        """)
    }
  }

  /// Rows whose periods overlap with different ends are no successive terms: the first kept,
  /// with the conflict's finding, as before.
  @Test func overlappingTermsStillConflict() {
    var a = ImportedAccount(id: "X", source: ("f.csv", 2))
    a.startDate = CivilDate(year: 2026, month: 1, day: 1)
    a.contractEndDate = CivilDate(year: 2026, month: 12, day: 31)
    var b = ImportedAccount(id: "X", source: ("f.csv", 3))
    b.startDate = CivilDate(year: 2026, month: 6, day: 1)
    b.contractEndDate = CivilDate(year: 2027, month: 5, day: 31)
    var conflicts = [FactConflict]()
    CubeReader.merge(b, into: &a, account: 0, conflicts: &conflicts)
    #expect(a.contractEndDate == CivilDate(year: 2026, month: 12, day: 31))
    #expect(conflicts.map(\.fact) == ["start date", "end date"])
  }
}
