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
    id,Refunded date (UTC),\(dateHeader),Amount,Currency,Status,Customer ID,Customer Email
    ch_1,,2026-01-10 03:48:02,8.00,usd,Paid,cus_A,a@acme.io
    ch_2,,2026-01-12 09:00:00,20.00,usd,Paid,cus_B,b@birch.io
    ch_3,,2026-02-10 03:48:02,8.00,usd,Paid,cus_A,a@acme.io
    ch_4,,2026-02-12 09:00:00,20.00,usd,Paid,cus_B,b@birch.io
    ch_5,,2026-03-10 03:48:02,8.00,usd,Paid,cus_A,a@acme.io
    ch_6,,2026-03-12 09:00:00,20.00,usd,Paid,cus_B,b@birch.io
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
    text += "\nch_7,,2026-03-15 10:00:00,40.00,usd,Paid,,guest@example.com"
    text += "\nch_8,,2026-03-16 10:00:00,105.00,usd,Paid,,"
    let c = try importLedger(text)
    #expect(c.accounts.count == 2)
    #expect(c.mrrRow("cus_A") == [800, 800, 800])
    #expect(c.log.files[0].skipped[.oneTimeRow] == 2)
    #expect(c.log.notes.contains { $0.contains("guest payments, first on line 8") })
  }

  /// Hostile twin: without an email column, a line with no customer is still a problem.
  @Test func aLineWithoutCustomerAndNoEmailColumnIsAProblem() {
    let text =
      "id,Created date (UTC),Amount,Customer ID\nch_1,2026-01-10,8.00,cus_A\n"
      + "ch_2,2026-02-10,8.00,\n"
    #expect(throws: (any Error).self) { try importLedger(text) }
  }
}
