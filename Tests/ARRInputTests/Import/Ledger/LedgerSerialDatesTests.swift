import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A ledger's or a subscriptions table's date column of spreadsheet day numbers (`45658`: dates
/// pasted as values, or a column formatted General) is read by the customer list's rule
/// (``CubeReader/readSerialDates(_:columns:header:file:notes:)``), with a note (session 36, imp;
/// hostile trial 35, H35-11: refused cell by cell, "a spreadsheet's day number?", though a
/// customer list's were read).
@Suite struct LedgerSerialDatesTests {
  /// 45658 is 2025-01-01 (days since 1899-12-30); 45689 2025-02-01, 45717 2025-03-01.
  /// Alpha 1,200 and Bravo 2,500 each month, Jan–Mar 2025.
  static let ledger = """
    Customer,Invoice Date,Amount
    Alpha,45658,1200.00
    Bravo,45658,2500.00
    Alpha,45689,1200.00
    Bravo,45689,2500.00
    Alpha,45717,1200.00
    Bravo,45717,2500.00
    """

  /// By hand at 2025-03: 1,200 + 2,500 = 3,700 a month.
  @Test func dayNumbersAreDates() throws {
    let c = try ImportFixtures.read([("ledger.csv", Self.ledger)])
    #expect(c.firstMonth == Month(year: 2025, month: 1))
    #expect(c.asOf == Month(year: 2025, month: 3))
    #expect(c.mrrRow("Alpha") == [120_000, 120_000, 120_000])
    #expect(c.mrrRow("Bravo") == [250_000, 250_000, 250_000])
    #expect(
      c.log.notes.contains(
        "ledger.csv: column \"Invoice Date\" holds spreadsheet day numbers, read as dates (45658 "
          + "on line 2 is 2025-01-01); format the column as dates in the workbook to keep them "
          + "written out"))
  }

  /// A column mixing written dates and day numbers stays refused at the numbers.
  @Test func aMixedColumnIsRefused() throws {
    let text = Self.ledger.replacingOccurrences(of: "Alpha,45658", with: "Alpha,2025-01-01")
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("ledger.csv", text)])
    }
    #expect(error.description.contains("ledger.csv:3:2: date \"45658\" is not a date"))
    #expect(error.description.contains("a spreadsheet's day number?"))
  }

  /// A subscriptions table's start and end columns too. Alpha 100 a month from 2025-01-01,
  /// Bravo 50 from 2025-02-01 to 2025-03-31 (45747); by hand at 2025-04 (45748, Carol's start):
  /// Alpha 100 + Carol 20.
  @Test func aSubscriptionsTable() throws {
    let text = """
      customer_id,plan,start_date,end_date,monthly_fee
      Alpha,pro,45658,,100.00
      Bravo,team,45689,45747,50.00
      Carol,starter,45748,,20.00
      """
    let c = try ImportFixtures.read([("subs.csv", text)])
    #expect(c.asOf == Month(year: 2025, month: 4))
    #expect(c.mrrRow("Alpha") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("Bravo") == [0, 5_000, 5_000, 0])
    #expect(c.mrrRow("Carol") == [0, 0, 0, 2_000])
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("subs.csv: column \"start_date\" holds spreadsheet day numbers")
      })
  }
}
