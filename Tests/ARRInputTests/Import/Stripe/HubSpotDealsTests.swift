import ARRCore
import Testing

@testable import ARRInput

/// HubSpot's deals export (session 26, t26b lane; trial 25, T25-17): `Associated Company
/// (Primary)` is the customer; a deal table with contract dates is read as contracts whatever
/// its amount column (`Annual recurring revenue` beside `Amount`), each deal's term its contract
/// type; and the as-of month is no later than the latest close date. Before: refused (no
/// customer); renamed, committed ARR $0 with an ARR column (100% without it), and the as-of month
/// that of an upsell signed to start after the export.
@Suite struct HubSpotDealsTests {
  static let deals = """
    Record ID,Deal Name,Deal Stage,Pipeline,Deal Type,Close Date,Amount,Annual recurring revenue,\
    Contract Start Date,Contract End Date,Associated Company (Primary)
    1,Acme - New 2024,Closed Won,Sales Pipeline,newbusiness,2023-12-20,12000,12000,2024-01-01,\
    2024-12-31,Acme
    2,Acme - Renewal 2025,Closed Won,Sales Pipeline,existingbusiness,2024-12-20,12000,12000,\
    2025-01-01,2025-12-31,Acme
    3,Beta - New 2024,Closed Won,Sales Pipeline,newbusiness,2024-02-20,48000,24000,2024-03-01,\
    2026-02-28,Beta
    4,Beta - Upsell,Closed Won,Sales Pipeline,existingbusiness,2025-01-10,12000,12000,\
    2025-03-01,2026-02-28,Beta
    5,Gamma - New,Closed Lost,Sales Pipeline,newbusiness,2024-06-01,30000,30000,2024-07-01,\
    2025-06-30,Gamma
    """

  /// By hand: the latest close date is Beta's upsell's, 2025-01-10, so the as-of month is
  /// 2025-01 (not 2025-03, the upsell's start). At 2025-01: Acme's renewal 12,000 a year (1,000 a
  /// month), Beta's two-year deal 24,000 a year (2,000); the upsell starts in March, a booking.
  /// MRR 3,000, ARR 36,000, all of it committed: Acme annual to 2025-12-31, Beta multi-year to
  /// 2026-02-28. Gamma's lost deal is skipped: 5 rows read, 4 used.
  @Test func dealsWithAnARRColumnAreContracts() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "hubspot-deals.csv", bytes: Array(Self.deals.utf8))
    ])
    #expect(c.asOf == Month(year: 2025, month: 1))
    #expect(c.accounts.map(\.id).sorted() == ["Acme", "Beta"])
    #expect(c.mrrRow("Acme").last == 100_000)
    #expect(c.mrrRow("Beta").last == 200_000)
    let acme = try #require(c.accounts.first { $0.id == "Acme" })
    let beta = try #require(c.accounts.first { $0.id == "Beta" })
    #expect(acme.contractType == .annual)
    #expect(beta.contractType == .multiYear)
    #expect(c.log.files[0].rowsRead == 5)
    #expect(c.log.files[0].rowsUsed == 4)
    #expect(
      c.log.notes.contains {
        $0.contains("the deals' latest close date, 2025-01 (line 5)")
          && $0.contains("1 deal starts after it (line 5, from 2025-03-01)")
      })
  }
}
