import ARRCore
import Testing

@testable import ARRInput

/// Trial 54, T54-16 (cases `c21`, `c22`) and trial 50, T50-14: Stripe's Dashboard payments
/// export dates each payment `Created date (UTC)` (older exports `Created (UTC)`), and was
/// refused, "no column is a date".
@Suite struct StripePaymentsDateTests {
  /// By hand: Acme (`cus_A`) pays 8.00 and Birch (`cus_B`) 20.00 in each of January to March
  /// 2026; the refund column (blank) dates no payment.
  static func payments(_ dateHeader: String) -> String {
    """
    id,Refunded date (UTC),\(dateHeader),Amount,Amount Refunded,Captured,Currency,Status,Customer ID,Customer Email
    ch_1,,2026-01-10 03:48:02,8.00,0.00,true,usd,Paid,cus_A,a@acme.io
    ch_2,,2026-01-12 09:00:00,20.00,0.00,true,usd,Paid,cus_B,b@birch.io
    ch_3,,2026-02-10 03:48:02,8.00,0.00,true,usd,Paid,cus_A,a@acme.io
    ch_4,,2026-02-12 09:00:00,20.00,0.00,true,usd,Paid,cus_B,b@birch.io
    ch_5,,2026-03-10 03:48:02,8.00,0.00,true,usd,Paid,cus_A,a@acme.io
    ch_6,,2026-03-12 09:00:00,20.00,0.00,true,usd,Paid,cus_B,b@birch.io
    """
  }

  @Test(arguments: ["Created date (UTC)", "Created (UTC)"])
  func theCreatedDateIsThePaymentsDate(_ header: String) throws {
    let c = try importLedger(Self.payments(header))
    #expect(c.asOf == Month(year: 2026, month: 3))
    #expect(c.mrrRow("cus_A") == [800, 800, 800])
    #expect(c.mrrRow("cus_B") == [2_000, 2_000, 2_000])
  }

  /// Hostile twin: a `Date` column beside `Created` is the date (read first): the payments dated
  /// a month later by it.
  @Test func aDateColumnComesFirst() throws {
    let text = Self.payments("Created (UTC)").split(separator: "\n").enumerated().map {
      i, line in
      i == 0
        ? line + ",Date"
        : line + ","
          + (line.contains("2026-01")
            ? "2026-02-01" : line.contains("2026-02") ? "2026-03-01" : "2026-04-01")
    }.joined(separator: "\n")
    let c = try importLedger(text)
    #expect(c.asOf == Month(year: 2026, month: 4))
  }

  /// Trial 54, T54-17 (`c22`): a guest payment (no `Customer ID`, a `Customer Email` or none)
  /// has no customer record and is never a subscription: skipped as one-time revenue with a
  /// note, never "fill the column down" (which gave a guest's 40.00 rental to the customer
  /// above). By hand: Acme and Birch as before; the two guest lines skipped.
  @Test func guestPaymentsAreOneTime() throws {
    var text = Self.payments("Created date (UTC)")
    text += "\nch_7,,2026-03-15 10:00:00,40.00,0.00,true,usd,Paid,,guest@example.com"
    text += "\nch_8,,2026-03-16 10:00:00,105.00,0.00,true,usd,Paid,,"
    let c = try importLedger(text)
    #expect(c.accounts.count == 2)
    #expect(c.mrrRow("cus_A") == [800, 800, 800])
    #expect(c.log.files[0].skipped[.oneTimeRow] == 2)
    #expect(c.log.notes.contains { $0.contains("first on line 8, 145.00 in all") })
  }

  /// Trial 54's `c21`: Stripe's payments export without an email column: a line with no
  /// customer is a guest payment too. Hostile twin: a ledger that is no payments export keeps
  /// the problem.
  @Test func aLineWithoutCustomerAndNoEmailColumn() throws {
    let payments =
      "id,Created date (UTC),Amount,Captured,Converted Amount,Customer ID\n"
      + "ch_1,2026-01-10,8.00,true,8.00,cus_A\nch_2,2026-02-10,8.00,true,8.00,cus_A\n"
      + "ch_3,2026-02-11,30.00,true,30.00,\n"
    let c = try importLedger(payments)
    #expect(c.mrrRow("cus_A") == [800, 800])
    #expect(
      c.log.notes.contains { $0.contains("1 line has no customer id (guest payments, first") })
    let text =
      "id,Invoice date,Amount,Customer ID\nch_1,2026-01-10,8.00,cus_A\n"
      + "ch_2,2026-02-10,8.00,\n"
    #expect(throws: (any Error).self) { try importLedger(text) }
  }

  /// Review 55, R55-18, R55-19 (`cr01`, `cr02`, `cr04`): `Created Date` dates a charge only in
  /// Stripe's payments export (two of its own columns: `Amount Refunded`, `Captured`…); a CRM's
  /// opportunities, a quotes export, a customers export with `MRR` are no ledger dated by it.
  @Test(arguments: [
    "Opportunity Name,Account Name,Stage,Amount,Created Date,Close Date\n"
      + "Acme - New,Acme,Closed Won,12000,2025-11-03,2026-01-15\n"
      + "Beta - New,Beta,Closed Won,24000,2025-12-01,2026-02-10\n",
    "Quote Number,Customer,Created Date,Expiration Date,Status,Amount\n"
      + "Q-1,Acme,2026-01-05,2026-02-05,Accepted,6000\nQ-2,Beta,2026-02-05,2026-03-05,Sent,3000\n",
  ])
  func aRecordsCreationDatesNoRevenue(_ text: String) throws {
    #expect(throws: (any Error).self) { try importLedger(text) }
  }

  /// Review 55, R55-13 (`sp02`): outside Stripe's payments export, an invoice's line with blank
  /// customer cells beside an email column continues the invoice above: the fill-down problem,
  /// no guest payment.
  @Test func blankCustomerCellsOutsideAPaymentsExportAreAProblem() {
    let text = """
      Invoice Date,Invoice Number,Customer ID,Customer Name,Customer Email,Description,Amount
      2026-01-01,INV-1,C-001,Acme,ap@acme.io,Platform,1000.00
      2026-01-01,INV-1,,,,Extra seats (10),500.00
      2026-02-01,INV-2,C-001,Acme,ap@acme.io,Platform,1000.00
      2026-02-01,INV-2,,,,Extra seats (10),500.00
      """
    #expect(throws: (any Error).self) { try importLedger(text) }
  }
}
