import ARRCore
import Testing

@testable import ARRInput

/// Stripe's balance reports ("Balance change from activity", itemized): every movement of the
/// account's balance, its kind in `reporting_category` (Stripe's own field). Charges carry the
/// customer; payouts to the bank, Stripe's fees, transfers and top-ups carry none and move the
/// company's own money (trial 28, T28-18: the category was unread, the lines were refused as
/// having no customer, and the advice to fill the column down would have made a −$3,000 payout
/// a customer's credit).
@Suite struct StripeBalanceReportTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([
      Importer.SourceFile(name: "itemized_balance_change.csv", bytes: Array(text.utf8))
    ])
  }

  /// By hand: cus_A pays 500 in each of April, May and June; cus_B 200 in June. The payout,
  /// Stripe's fee, the transfer and the top-up are the company's own money: rows read 8 = used
  /// 4 + skipped 4.
  @Test func ownMoneyCategoriesAreNotRevenue() throws {
    let c = try read(
      """
      balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,description,customer_id
      txn_1,2025-04-05 10:11:12,usd,500.00,14.80,485.20,charge,Subscription update,cus_A
      txn_2,2025-04-28 00:00:00,usd,-485.20,0.00,-485.20,payout,STRIPE PAYOUT,
      txn_3,2025-05-05 10:11:12,usd,500.00,14.80,485.20,charge,Subscription update,cus_A
      txn_4,2025-05-06 00:00:00,usd,-20.00,0.00,-20.00,fee,Radar fee,
      txn_5,2025-05-20 00:00:00,usd,-300.00,0.00,-300.00,transfer,Connect transfer,
      txn_6,2025-05-21 00:00:00,usd,1000.00,0.00,1000.00,topup,Top-up,
      txn_7,2025-06-05 10:11:12,usd,500.00,14.80,485.20,charge,Subscription update,cus_A
      txn_8,2025-06-06 10:11:12,usd,200.00,5.80,194.20,charge,Subscription update,cus_B
      """)
    #expect(c.mrrRow("cus_A") == [50_000, 50_000, 50_000])
    #expect(c.mrrRow("cus_B") == [0, 0, 20_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 8 && f.rowsUsed == 4 && f.skipped[.ownMoney] == 4)
    #expect(f.recognisedColumns.contains { $0.hasSuffix(": reporting_category") })
    // A customer's `charge` is no type to list as unrecognised; the read is strict, so no row
    // was a problem (the advice to fill the customer column down is never given).
    #expect(!(c.log.notes + c.log.findings).contains { $0.contains("type values not recognised") })
  }

  /// Each of Stripe's own-money categories, written as its report writes it, on a line with no
  /// customer: skipped as an own-money movement, so cus_A's 500 a month is all the revenue
  /// (rows read 3 = used 2 + skipped 1).
  @Test(arguments: [
    "payout", "payout_reversal", "transfer", "transfer_reversal", "topup", "topup_reversal",
    "network_cost", "fee", "stripe_fee",
  ])
  func eachOwnMoneyCategoryIsSkipped(category: String) throws {
    let c = try read(
      """
      created_utc,gross,reporting_category,customer_id
      2025-05-05 10:11:12,500.00,charge,cus_A
      2025-05-20 00:00:00,-250.00,\(category),
      2025-06-05 10:11:12,500.00,charge,cus_A
      """)
    #expect(c.mrrRow("cus_A") == [50_000, 50_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 3 && f.rowsUsed == 2 && f.skipped[.ownMoney] == 1)
  }

  /// A `fee` line that names a customer is that customer's one-time fee, as before: only a
  /// fee with no customer is the processor's.
  @Test func aCustomersFeeIsStillRevenue() throws {
    let c = try read(
      """
      date,customer_id,type,amount
      2025-04-05,cus_A,subscription,500.00
      2025-05-05,cus_A,subscription,500.00
      2025-05-07,cus_A,fee,50.00
      2025-05-08,,fee,-12.00
      2025-06-05,cus_A,subscription,500.00
      """)
    #expect(c.mrrRow("cus_A") == [50_000, 50_000, 50_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 5 && f.rowsUsed == 4 && f.skipped[.ownMoney] == 1)
  }
}
