import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer list's (or a cube's) date columns take one day/month order, decided as a ledger's
/// (``CubeReader/factDateOrder(_:roles:header:file:given:isLenient:notes:)``): from the cells, else the
/// file's other date columns, else one error asking for `--date-order` (session 36, imp; hostile
/// trial 35, H35-6's rule of one decision for every reader: a list saved by Excel had each date
/// that reads both ways refused, or its cancel dates dropped with a note, though a cell decided).
@Suite struct CustomerListDateOrderTests {
  static let cube = """
    Customer,2025-01,2025-02,2025-03
    Acme,100,100,100
    Beta,50,50,50
    """

  /// `3/14/2024` decides month first: Acme's end `1/2/2026` is 2 January 2026, Beta's cancel
  /// `3/4/2025` 4 March 2025 (the column read, not dropped).
  @Test func aDecidingCellReadsEveryDate() throws {
    let list = """
      Customer,Start Date,Contract End Date,Cancel Date
      Acme,3/14/2024,1/2/2026,
      Beta,2/1/2024,2/1/2026,3/4/2025
      """
    let c = try ImportFixtures.read([("cube.csv", Self.cube), ("list.csv", list)])
    let acme = try #require(c.accounts.first { $0.id == "Acme" })
    let beta = try #require(c.accounts.first { $0.id == "Beta" })
    #expect(acme.startDate == CivilDate(year: 2024, month: 3, day: 14))
    #expect(acme.contractEndDate == CivilDate(year: 2026, month: 1, day: 2))
    #expect(beta.startDate == CivilDate(year: 2024, month: 2, day: 1))
    #expect(beta.cancelDate == CivilDate(year: 2025, month: 3, day: 4))
  }

  /// Nothing decides: one error naming the question and `--date-order`, not one per cell;
  /// given, the list reads.
  @Test func nothingDecidesAsksOnce() throws {
    let list = """
      Customer,Start Date,Contract End Date
      Acme,1/2/2024,1/2/2026
      Beta,3/4/2024,3/4/2026
      """
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("cube.csv", Self.cube), ("list.csv", list)])
    }
    #expect(
      error.description.contains(
        "list.csv:2:2: the date \"1/2/2024\" in column \"Start Date\" reads as month/day or "
          + "day/month and no date in the file decides; pass --date-order mdy or --date-order dmy"))
    let c = try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", list)], options: ImportOptions(dateOrder: .dmy))
    #expect(
      c.accounts.first { $0.id == "Beta" }?.contractEndDate
        == CivilDate(year: 2026, month: 4, day: 3))
  }

  /// Review 36 #6: one cancel date that reads both ways (`03/04/2025`) beside ISO dates refuses
  /// the list, the message naming its line, column number and header. Review 37, R37-4 (its
  /// `cl2` fixture): with `--lenient` only that cell is not read, blanked and listed ("reads
  /// two ways", not "is not a date"), with a finding whose stake is Beta's ARR (12 × 50 = $600
  /// by hand); Acme's ISO cancel date 2025-05-20 is kept (the whole column was dropped before).
  @Test func oneAmbiguousCancelDateNamesItsColumn() throws {
    let list = """
      customer,start_date,cancel_date
      Acme,2024-01-15,2025-05-20
      Beta,2024-03-20,03/04/2025
      """
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("cube.csv", Self.cube), ("list.csv", list)])
    }
    #expect(
      error.description.contains(
        "list.csv:3:3: the date \"03/04/2025\" in column \"cancel_date\" reads as month/day or "
          + "day/month"))
    let c = try ImportFixtures.read(
      [("cube.csv", Self.cube), ("list.csv", list)], options: ImportOptions(isLenient: true))
    let acme = try #require(c.accounts.first { $0.id == "Acme" })
    let beta = try #require(c.accounts.first { $0.id == "Beta" })
    #expect(acme.cancelDate == CivilDate(year: 2025, month: 5, day: 20))
    #expect(beta.cancelDate == nil)
    #expect(beta.startDate == CivilDate(year: 2024, month: 3, day: 20))
    #expect(!c.log.notes.contains { $0.contains("is not read as cancel_date") })
    #expect(
      c.log.notes.contains {
        $0.contains(
          "(--lenient: each date that reads two ways is not read, and listed; the "
            + "column's other dates are read)")
      })
    let finding = try #require(
      c.log.findings.first { $0.hasPrefix("list.csv: --lenient blanked 1 cell") })
    #expect(
      finding.contains(
        "list.csv:3:3: cancel_date \"03/04/2025\" reads two ways (month/day or day/month) and no "
          + "date in the file decides (pass --date-order)"))
    #expect(finding.hasSuffix("1 joined account lost an end or cancel date"))
    #expect(c.log.stakes[finding]?.accountIDs == ["Beta"])
  }

  /// `--lenient` reads on only when nothing decides: cells that say both orders (`13/1/2024`
  /// day first, `1/13/2024` month first) are still refused (review 37, R37-4: the catch took
  /// any error).
  @Test func lenientStillRefusesCellsSayingBothOrders() throws {
    let list = """
      customer,start_date,cancel_date
      Acme,13/1/2024,
      Beta,1/13/2024,03/04/2025
      """
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read(
        [("cube.csv", Self.cube), ("list.csv", list)], options: ImportOptions(isLenient: true))
    }
    #expect(error.message.contains("dates are written both day first"))
  }

  /// A cube's own date columns, under ISO month headers that decide nothing: `13/1/2024`
  /// decides day first.
  @Test func aCubesDateColumns() throws {
    let cube = """
      Customer,Start Date,2025-01,2025-02,2025-03
      Acme,13/1/2024,100,100,100
      Beta,2/3/2024,50,50,50
      """
    let c = try ImportFixtures.read([("cube.csv", cube)])
    #expect(
      c.accounts.first { $0.id == "Beta" }?.startDate == CivilDate(year: 2024, month: 3, day: 2))
  }
}
