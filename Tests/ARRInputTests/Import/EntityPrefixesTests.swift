import ARRCore
import Testing

@testable import ARRInput

/// Trial 51, T51-28 (case `c36`): Pipedrive's deals export writes each header after its record
/// type (`Deal - Organization`, `Deal - Value`, `Deal - Status`) and was refused, "shape not
/// recognised" (``EntityPrefixes``).
@Suite struct EntityPrefixesTests {
  static let deals = """
    Deal - ID,Deal - Title,Deal - Organization,Deal - Value,Deal - Currency,Deal - Status,Deal - Won time,Deal - Pipeline,Deal - Stage,Deal - Contract start,Deal - Contract length (months)
    101,Acme - Annual platform,Acme Corp,36000,USD,won,2026-01-10 15:02:11,New business,Closed,2026-02-01,12
    102,Birch - Paid pilot,Birch Health,9000,USD,won,2026-08-25 10:00:00,Pilots,Pilot running,2026-09-01,3
    103,Cobalt - Renewal 2026,Cobalt Freight,48000,USD,won,2026-06-20 12:00:00,Renewals,Closed,2026-07-01,12
    105,Dune - Enterprise,Dune Outdoor,100000,USD,open,,New business,Negotiation,,
    106,Echo - Starter,Echo Labs,6000,USD,lost,,New business,Proposal,,

    """

  /// By hand at 2026-10: Acme 36,000 ÷ 12 = 3,000.00, Birch's pilot 9,000 ÷ 3 = 3,000.00 (a
  /// pilot: out of recurring), Cobalt 48,000 ÷ 12 = 4,000.00; Dune's open deal and Echo's lost
  /// one are skipped as deals not won.
  @Test func pipedrivesDealsAreRead() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "deals.csv", bytes: Array(Self.deals.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    #expect(c.mrrRow("Acme Corp").last == 300_000)
    #expect(c.mrrRow("Birch Health").last == 300_000)
    #expect(c.mrrRow("Cobalt Freight").last == 400_000)
    #expect(c.account("Birch Health")?.contractType == .pilot)
    #expect(!c.accounts.contains { $0.id == "Dune Outdoor" || $0.id == "Echo Labs" })
    #expect(c.log.files[0].skipped[.notWon] == 2)
    #expect(c.log.notes.contains { $0.contains("carry their record's type (\"Deal - \"") })
  }

  /// The main type's columns lose it, its status keeps it (a deal's state), another type's
  /// columns keep theirs.
  @Test func headersReadWithoutTheirType() {
    let s = EntityPrefixes.strip([
      "Deal - Title", "Deal - Value", "Deal - Status", "Organization - Name", "Person - Email",
    ])
    #expect(s?.main == "Deal")
    #expect(
      s?.cells == ["Title", "Value", "Deal Status", "Organization Name", "Person Email"])
  }

  /// Hostile twins: dashes of another kind (months, currencies), or too few prefixed cells,
  /// are left as they are.
  @Test(arguments: [
    ["Customer", "MRR - Jan", "MRR - Feb", "MRR - Mar"],
    ["Customer", "Amount - USD", "Amount - EUR", "Amount - GBP"],
    ["Deal - Title", "Deal - Value", "Customer", "Start", "End", "Price"],
    ["Customer", "Deal - Title", "Deal - Value"],
  ])
  func otherDashesAreLeft(_ cells: [String]) {
    #expect(EntityPrefixes.strip(cells) == nil)
  }

  /// A `Deal Status` column is a deal's stage only when its cells are Pipedrive's statuses and
  /// one is closed: `active` / `cancelled` under it are no deal stages.
  @Test func aDealStatusOfOtherWordsIsNoStage() {
    let rows = ["won", "open", "lost"].enumerated().map { i, s in
      ImportTable.Record(line: i + 2, cells: ["A", s])
    }
    let other = ["active", "open"].enumerated().map { i, s in
      ImportTable.Record(line: i + 2, cells: ["A", s])
    }
    #expect(DeletedRows.isStageColumn(header: "Deal Status", rows[...], column: 1))
    #expect(!DeletedRows.isStageColumn(header: "Deal Status", other[...], column: 1))
    #expect(!DeletedRows.isStageColumn(header: "Status", rows[...], column: 1))
  }
}
