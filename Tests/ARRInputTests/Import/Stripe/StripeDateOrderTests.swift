import ARRCore
import Testing

@testable import ARRInput

/// Stripe's subscriptions export after a spreadsheet round trip writes its dates `11/1/2025
/// 0:00`: one day/month order for the file, decided as a ledger's (``LedgerDate``) from its date
/// cells, else its other date columns, else one error asking for `--date-order` (session 36,
/// imp; hostile trial 35, H35-6: 457 cells refused one by one, "not a date", though the file's
/// `Start Date` wrote `11/16/2021 0:00` on line 2 and the invoice lines beside it were read).
@Suite struct StripeDateOrderTests {
  static let header =
    "id,Customer ID,Status,Amount,Currency,Interval,Interval Count,Quantity,Created (UTC),"
    + "Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),"
    + "Cancel At Period End,Ended At (UTC)"

  /// cus_1 100.00 a month from 2 January 2025; cus_2 1,200.00 a year from 1 February 2025;
  /// cus_3 50.00 a month from 3 March 2025, canceled and ended 4 May 2025. `start1` is cus_1's
  /// start as written, `created1` its Created cell; dates month first.
  static func export(start1: String = "1/2/2025 0:00", created1: String = "1/2/2025 0:00")
    -> String
  {
    [
      header,
      "sub_1,cus_1,active,100.00,usd,month,1,1,\(created1),\(start1),6/2/2025 0:00,"
        + "7/2/2025 0:00,,FALSE,",
      "sub_2,cus_2,active,1200.00,usd,year,1,1,2/1/2025 0:00,2/1/2025 0:00,2/1/2025 0:00,"
        + "2/1/2026 0:00,,FALSE,",
      "sub_3,cus_3,canceled,50.00,usd,month,1,1,3/3/2025 0:00,3/3/2025 0:00,4/3/2025 0:00,"
        + "5/3/2025 0:00,4/5/2025 0:00,FALSE,5/4/2025 0:00",
    ].joined(separator: "\n") + "\n"
  }

  static func read(_ text: String, options: ImportOptions = ImportOptions()) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))], options: options)
  }

  /// A start of 1/13/2025 decides month first for every date: as of 2025-06 (cus_1's current
  /// period), cus_1 100.00 + cus_2 100.00 (1,200 / 12) = 20,000 cents; cus_3 ended in May.
  @Test func aDecidingCellReadsEveryDate() throws {
    let c = try Self.read(Self.export(start1: "1/13/2025 0:00", created1: "1/13/2025 0:00"))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("cus_1").last == 10_000)
    #expect(c.mrrRow("cus_2").last == 10_000)
    #expect(c.mrrRow("cus_3").last == 0)
    #expect(c.firstMonth == Month(year: 2025, month: 1))
  }

  /// Every date read reads both ways; the Created column (not read: Start Date is) writes
  /// 1/13/2025 and decides, with a note. The same figures.
  @Test func theCreatedColumnDecides() throws {
    let c = try Self.read(Self.export(created1: "1/13/2025 0:00"))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("cus_1").last == 10_000)
    #expect(c.mrrRow("cus_2").last == 10_000)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("subs.csv: dates read month first (mdy)")
          && $0.contains("\"Created (UTC)\" is written so (\"1/13/2025 0:00\" on line 2)")
      })
  }

  /// Nothing decides: one error naming the order question and `--date-order`, not a problem
  /// per cell; given, the file reads.
  @Test func nothingDecidesAsksOnce() throws {
    let error = try #require(throws: ARRQualityError.self) { try Self.read(Self.export()) }
    #expect(
      error.description.contains(
        "subs.csv:2:10: the date \"1/2/2025 0:00\" in column \"Start Date (UTC)\" reads as "
          + "month/day or day/month and no date in the file decides; pass --date-order mdy or "
          + "--date-order dmy"))
    #expect(!error.description.contains("is not a date"))
    let c = try Self.read(Self.export(), options: ImportOptions(dateOrder: .mdy))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("cus_1").last == 10_000)
  }
}
