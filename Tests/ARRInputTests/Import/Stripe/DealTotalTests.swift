import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-10 (case `c19`, made smaller): HubSpot's deals export leaves `Annual recurring
/// revenue` blank for a paid pilot (Amount 15,000 over 3 months) and a free POC (Amount 0), and
/// both stopped the run, "no price" (``SubscriptionTableReader/dealTotal(amount:term:basis:cells:)``).
@Suite struct DealTotalTests {
  static let header =
    "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal Type,Associated Company (Primary),"
    + "Contract Start Date,Contract End Date,Contract Term (Months),Annual recurring revenue"

  static func deals(pilotARR: String = "", pocAmount: String = "0") -> String {
    """
    \(header)
    1,Acme - New Business,Closed Won,60000,2025-12-15,New Business,Acme Robotics,2026-01-01,2026-12-31,12,60000
    2,Birch - Paid Pilot,Closed Won,15000,2026-07-28,Pilot,Birch Health,2026-08-01,2026-10-31,3,\(pilotARR)
    8,Hazel - POC,Closed Won,\(pocAmount),2026-08-29,POC,Hazel AI,2026-09-01,2026-11-30,3,

    """
  }

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "deals.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  /// By hand at 2026-10: Acme 5,000 a month, Birch's pilot 15,000 ÷ 3 = 5,000 a month (a
  /// pilot), Hazel's free POC nothing; a note names the deal read from its amount.
  @Test func aWonDealWithoutARRIsItsAmountOverItsTerm() throws {
    let c = try read(Self.deals())
    #expect(c.mrrRow("Acme Robotics").last == 500_000)
    #expect(c.mrrRow("Birch Health").last == 500_000)
    #expect(c.account("Birch Health")?.contractType == .pilot)
    #expect(c.mrrRow("Hazel AI").last == 0)
    #expect(
      c.log.notes.contains {
        $0.contains("2 won deals give no \"Annual recurring revenue\" but an amount and a term")
      }, "\(c.log.notes)")
  }

  /// Twins: a deal whose ARR is given keeps it (not its amount); a deal with neither an ARR nor
  /// an amount stays a problem.
  @Test func aGivenARRWinsAndNoAmountIsAProblem() throws {
    let c = try read(Self.deals(pilotARR: "24000"))
    #expect(c.mrrRow("Birch Health").last == 200_000)
    #expect(throws: (any Error).self) { try read(Self.deals(pocAmount: "")) }
  }

  /// Review 52, R52-43 (case `k06`): Birch's pilot with its term cell blank: the term is the
  /// whole months from its start to its end, 3, so 5,000 a month. Twin: an end that is no whole
  /// number of months from the start leaves the row a problem.
  @Test(arguments: [("2026-10-31", true), ("2026-10-17", false)])
  func aDealsTermFromItsDates(_ end: String, _ isRead: Bool) throws {
    let text = """
      \(Self.header)
      1,Acme - New Business,Closed Won,60000,2025-12-15,New Business,Acme Robotics,2026-01-01,2026-12-31,12,60000
      2,Birch - Paid Pilot,Closed Won,15000,2026-07-28,Pilot,Birch Health,2026-08-01,\(end),,

      """
    if isRead {
      let c = try read(text)
      #expect(c.mrrRow("Birch Health").last == 500_000)
    } else {
      #expect(throws: (any Error).self) { try read(text) }
    }
  }
}
