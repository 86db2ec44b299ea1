import ARRCore
import Testing

@testable import ARRInput

/// Stripe subscriptions export rows whose dates cannot say which months they billed (review 8,
/// finding 3): a `canceled` row with no end of any kind billed on through as-of, and an active
/// row with no start billed nothing, both counted as used with nothing said. Each is a problem at
/// its row; with `--lenient` the row is skipped, so rows read = used + skipped.
@Suite struct StripeMissingDatesTests {
  static let header =
    "id,Customer ID,Customer Name,Status,Plan,Amount,Currency,Interval,Interval Count,Quantity,"
    + "Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),"
    + "Ended At (UTC)"
  static let one =
    "sub_1,cus_1,One,active,pro,100.00,usd,month,1,1,2024-01-05 00:00,2024-06-05 00:00,"
    + "2024-07-05 00:00,,"
  static let three =
    "sub_3,cus_3,Three,active,pro,300.00,usd,month,1,1,2024-03-01 00:00,2024-06-01 00:00,"
    + "2024-07-01 00:00,,"

  func read(_ middle: String, lenient: Bool = false) throws -> ImportedCompany {
    let text = [Self.header, Self.one, middle, Self.three].joined(separator: "\n")
    return try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))],
      options: ImportOptions(isLenient: lenient))
  }

  /// The reviewer's `subs2.csv`: cus_2 `canceled`, every date but its start blank (or `NULL`,
  /// as a database dump writes it). It was billed 200.00 in 2024-06 and counted in ARR.
  @Test(arguments: ["", "NULL"])
  func aCanceledRowWithNoEndIsAProblem(cell: String) throws {
    let row =
      "sub_2,cus_2,Two,canceled,pro,200.00,usd,month,1,1,2024-01-05 00:00,\(cell),\(cell),"
      + "\(cell),\(cell)"
    let error = try #require(throws: ARRQualityError.self) { try read(row) }
    // Line 3, column 15 (Ended At).
    #expect(
      error.description.contains(
        "subs.csv:3:15: a canceled subscription with no end date (Ended At, Canceled At and "
          + "Current Period End all blank): when it stopped billing is unknown"))
    // Lenient: skipped. As of 2024-06 (the latest current period start) MRR is cus_1 100.00 +
    // cus_3 300.00 = 40,000 cents, no 200.00 for cus_2; rows read 3 = used 2 + skipped 1.
    let c = try read(row, lenient: true)
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(!c.accounts.contains { $0.id == "cus_2" })
    #expect(c.mrrRow("cus_1").last == 10_000)
    #expect(c.mrrRow("cus_3").last == 30_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == 3)
    #expect(f.rowsUsed == 2)
    #expect(f.skipped[.badRow] == 1)
  }

  /// A canceled row with only `Canceled At` still reads: it bills through the month holding
  /// 2024-04-20 (January to April), and that date is its cancel date.
  @Test func aCanceledRowWithACancelDateReads() throws {
    let c = try read(
      "sub_2,cus_2,Two,canceled,pro,200.00,usd,month,1,1,2024-01-05 00:00,,,2024-04-20 00:00,")
    // Months 2024-01 … 2024-06: 200.00 in January to April, then nothing.
    #expect(c.mrrRow("cus_2") == [20_000, 20_000, 20_000, 20_000, 0, 0])
    #expect(c.accounts.first { $0.id == "cus_2" }?.cancelDate == CivilDate("2024-04-20"))
  }

  /// The reviewer's `subs.csv`: cus_2 `active`, 200.00 a month, its start blank (or `NULL`). It
  /// billed nothing, was counted as used, and showed only as `start_from_first_revenue`.
  @Test(arguments: ["", "NULL"])
  func anActiveRowWithNoStartIsAProblem(cell: String) throws {
    let row =
      "sub_2,cus_2,Two,active,pro,200.00,usd,month,1,1,\(cell),2024-06-05 00:00,"
      + "2024-07-05 00:00,,"
    let error = try #require(throws: ARRQualityError.self) { try read(row) }
    let quoted = cell.isEmpty ? "blank" : "\"NULL\""
    // Line 3, column 11 (Start Date).
    #expect(
      error.description.contains(
        "subs.csv:3:11: no start date (\(quoted)) on a subscription with status active: the "
          + "months it billed are unknown (expected e.g. 2025-03-01 00:00)"))
    // Lenient: skipped; rows read 3 = used 2 + skipped 1; MRR 100.00 + 300.00 at 2024-06.
    let c = try read(row, lenient: true)
    #expect(!c.accounts.contains { $0.id == "cus_2" })
    #expect(c.mrrRow("cus_1").last! + c.mrrRow("cus_3").last! == 40_000)
    #expect(c.log.files[0].rowsUsed == 2)
    #expect(c.log.files[0].skipped[.badRow] == 1)
  }
}
