import ARRCore
import Testing

@testable import ARRInput

/// A payments export's status column under the names payment systems give it (Braintree's
/// `Transaction Status`, Shopify's `Financial Status`): a declined attempt collected nothing and
/// a refunded charge gave the money back (session 16's trial, BT1 and S1: the column was unread,
/// and every declined retry of a card was billed beside the charge that settled).
@Suite struct DeclinedPaymentsTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "transactions.csv", bytes: Array(text.utf8))])
  }

  /// Braintree's transaction search, a subset of its columns: Acme pays 500 each month; in June
  /// its card is declined by the processor, then rejected by the gateway, then settles. By hand:
  /// 500 in each of April, May and June, never 1,500 in June; the two attempts skipped as
  /// declined payments (rows read 5 = used 3 + skipped 2).
  @Test func declinedAttemptsAreNotRevenue() throws {
    let c = try read(
      """
      Transaction ID,Transaction Type,Transaction Status,Date,Amount,Currency ISO Code,Customer ID
      t1,sale,settled,04/13/2025 10:14:22,500.00,USD,acme
      t2,sale,settled,05/13/2025 10:14:22,500.00,USD,acme
      t3,sale,processor_declined,06/13/2025 10:14:22,500.00,USD,acme
      t4,sale,gateway_rejected,06/13/2025 11:14:22,500.00,USD,acme
      t5,sale,settled,06/14/2025 10:14:22,500.00,USD,acme
      """)
    #expect(c.mrrRow("acme") == [50_000, 50_000, 50_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 5 && f.rowsUsed == 3 && f.skipped[.declinedPayment] == 2)
    #expect(
      c.log.skipped.contains { $0.line == 4 && $0.reason == "declined payment: processor_declined" }
    )
    #expect(f.recognisedColumns.contains { $0.hasSuffix(": Transaction Status") })
  }

  /// PayPal's activity download (its `Name` and `Gross` named `Customer` and `Amount`, as the
  /// trial's user renamed them): withdrawals to the bank, a hold and its release carry no
  /// customer and move the company's own money; a `Denied` payment collected nothing. By hand:
  /// Anna 49 in January and February; 3 own-money movements (the withdrawal, the hold and its
  /// release) and 1 declined payment skipped: rows read 7 = used 3 + skipped 4.
  @Test func ownMoneyMovementsAndDeniedPaymentsAreNotRevenue() throws {
    let c = try read(
      """
      Date,Customer,Type,Status,Currency,Amount
      01/15/2025,Anna,Subscription Payment,Completed,USD,49.00
      01/20/2025,,General Withdrawal,Completed,USD,-300.00
      01/21/2025,,Account Hold for Open Authorization,Completed,USD,-20.00
      01/22/2025,,Reversal of General Account Hold,Completed,USD,20.00
      02/15/2025,Anna,Subscription Payment,Completed,USD,49.00
      02/16/2025,Bolt,Subscription Payment,Denied,USD,99.00
      02/17/2025,Anna,Subscription Payment,Completed,USD,0.00
      """)
    #expect(c.mrrRow("Anna") == [4_900, 4_900])
    #expect(!c.accounts.contains { $0.id == "Bolt" })
    let f = c.log.files[0]
    #expect(f.rowsRead == 7 && f.rowsUsed == 3)
    #expect(f.skipped[.ownMoney] == 3 && f.skipped[.declinedPayment] == 1)
  }

  /// Shopify's orders export (its `Created at` named `Date`, as the trial's user renamed it):
  /// an order refunded in full gave the money back; skipped as a void is. By hand: Acme 30 a
  /// month, January to March; February's second order, refunded, adds nothing.
  @Test func aRefundedOrderIsSkipped() throws {
    let c = try read(
      """
      Name,Email,Financial Status,Date,Total,Currency
      #1001,a@acme.io,paid,2025-01-05 10:00:00 -0500,30.00,USD
      #1002,a@acme.io,paid,2025-02-05 10:00:00 -0500,30.00,USD
      #1003,a@acme.io,refunded,2025-02-09 10:00:00 -0500,30.00,USD
      #1004,a@acme.io,paid,2025-03-05 10:00:00 -0500,30.00,USD
      """)
    let row = c.mrrRow("a@acme.io")
    let total = zip(row, c.oneTimeRow("a@acme.io")).map { $0 + $1 }
    #expect(total == [3_000, 3_000, 3_000])
    #expect(c.log.files[0].skipped[.refunded] == 1)
  }

  /// Trial 28, T28-5: the tester's 6-line payments file under each decline word a processor or
  /// Stripe writes. By hand: A pays 100 in January to March; B pays 50 in January and February
  /// and its March payment failed, so March is A's 100 alone (ARR 1,200, not 1,800); rows read
  /// 6 = used 5 + skipped 1, the skip a declined payment.
  @Test(
    arguments: [
      "Hard Decline", "Soft Decline", "payment_failed", "Payment Failed",
      "requires_payment_method", "bounced", "error", "failed", "declined",
    ])
  func declineWordsAreNotRevenue(status: String) throws {
    let c = try read(
      """
      customer_id,tx_date,amount,status
      A,2025-01-05,100,Success
      A,2025-02-05,100,Success
      A,2025-03-05,100,Success
      B,2025-01-07,50,Success
      B,2025-02-07,50,Success
      B,2025-03-07,50,\(status)
      """)
    #expect(c.mrrRow("B") == [5_000, 5_000, 0])
    #expect(c.mrrRow("A").last == 10_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == 6 && f.rowsUsed == 5 && f.skipped[.declinedPayment] == 1)
  }

  /// Trial 54, T54-14 (a real payments export, `status` Paid/Failed): a monthly customer's
  /// one declined month is that month's charge failing, not a longer rhythm. By hand: `m` pays
  /// 499 in September, its October payment fails, it pays in November and December: 499 in
  /// each paid month, 0 in October (was a quarterly rhythm, 166.33 a month); `n`'s November
  /// payment fails and it pays in December: 499 in December (was an annual spread, 41.58).
  @Test func aDeclinedMonthKeepsTheMonthlyRhythm() throws {
    let c = try read(
      """
      customer_id,date,amount,status
      m,2024-09-13,499,Paid
      m,2024-10-13,499,Failed
      m,2024-11-13,499,Paid
      m,2024-12-13,499,Paid
      n,2024-11-17,499,Failed
      n,2024-12-17,499,Paid
      """)
    #expect(c.mrrRow("m") == [49_900, 0, 49_900, 49_900])
    #expect(c.mrrRow("n") == [0, 0, 0, 49_900])
    let f = c.log.files[0]
    #expect(f.rowsRead == 6 && f.rowsUsed == 4 && f.skipped[.declinedPayment] == 2)
  }

  /// The hostile twin: an annual invoice declined at a month's end and paid days later is one
  /// billing (its retry), not two months of a monthly rhythm. By hand: `y` pays 12,000 a year,
  /// January 2024, then its January 2025 payment is declined on the 30th and settles on
  /// February 2nd: 1,000 a month from February 2025 (the paid charge's month) — never 12,000.
  @Test func aDeclinedChargeRetriedWithinDaysIsNoMonthOfItsOwn() throws {
    let c = try read(
      """
      customer_id,date,amount,status
      y,2024-01-15,12000,Paid
      y,2025-01-30,12000,Declined
      y,2025-02-02,12000,Paid
      """)
    let row = c.mrrRow("y")
    #expect(row.last == 100_000)
    #expect(row.allSatisfy { $0 <= 100_000 })
  }

  /// Under a `payment status` an invoice whose payment failed (`payment_failed`, `error`) is
  /// billed and counted as unpaid, as `failed` is there (session 17): one list, one rule.
  @Test(arguments: ["payment_failed", "error"])
  func aFailedPaymentStatusIsAnUnpaidInvoice(status: String) throws {
    #expect(LedgerReader.isDeclined(status, isFailedClosed: true))
    #expect(!LedgerReader.isDeclined(status, isFailedClosed: false))
    #expect(LedgerReader.isDeclined("Hard Decline", isFailedClosed: false))
  }
}
