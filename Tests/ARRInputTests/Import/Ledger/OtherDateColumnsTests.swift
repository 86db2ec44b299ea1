import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// When the dates a ledger reads decide no day/month order, another date column of the same file
/// that does decides it, with a note (trial 22, T22-14: a Xero export invoicing on the 1st was
/// refused for `--date-order` though its `DueDate` is day first on every line).
@Suite struct OtherDateColumnsTests {
  /// Invoices on the 1st (either order); due on the 15th (day first only).
  static let ledger = """
    customer,invoice date,due date,amount
    Acme,01/02/2023,15/02/2023,100
    Acme,01/03/2023,15/03/2023,100
    Acme,01/04/2023,15/04/2023,100
    """

  /// Day first: the invoices are 1 February to 1 April 2023, so three months of 100 from
  /// 2023-02 (month first they would be 2 to 4 January).
  @Test func anUnambiguousDueDateDecidesTheOrder() throws {
    let c = try ImportFixtures.read([("invoices.csv", Self.ledger)])
    #expect(c.firstMonth == Month(year: 2023, month: 2))
    #expect(c.asOf == Month(year: 2023, month: 4))
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("invoices.csv: dates read day first (dmy)")
          && $0.contains("\"due date\" is written so (\"15/02/2023\" on line 2)")
      })
  }

  /// Without the due dates nothing decides: refused as before.
  @Test func withoutAnotherDateColumnItIsRefused() throws {
    let text = "customer,invoice date,amount\nAcme,01/02/2023,100\nAcme,01/03/2023,100\n"
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("invoices.csv", text)])
    }
    #expect(error.message.contains("pass --date-order"))
  }

  /// Two other columns deciding different orders leave it open: refused, naming both.
  @Test func otherColumnsThatDisagreeAreRefused() throws {
    let text = """
      customer,invoice date,due date,paid on,amount
      Acme,01/02/2023,15/02/2023,02/16/2023,100
      Acme,01/03/2023,15/03/2023,03/16/2023,100
      """
    let error = try #require(throws: ARRQualityError.self) {
      try ImportFixtures.read([("invoices.csv", text)])
    }
    #expect(error.message.contains("\"due date\" is written day first (\"15/02/2023\" on line 2)"))
    #expect(error.message.contains("\"paid on\" month first (\"02/16/2023\" on line 2)"))
  }

  /// A numeric date: three runs of digits, day and month of one or two, the year of two or four.
  @Test func numericDates() {
    #expect(OtherDateColumns.isNumericDate("15/02/2023"))
    #expect(OtherDateColumns.isNumericDate("5.2.23"))
    #expect(OtherDateColumns.isNumericDate("15/02/2023 10:30"))
    #expect(!OtherDateColumns.isNumericDate("2023-02-15"))
    #expect(!OtherDateColumns.isNumericDate("INV-0016"))
    #expect(!OtherDateColumns.isNumericDate("100.00"))
  }
}
