import ARRCore
import Testing

@testable import ARRInput

/// Credits beside invoice lines that carry service periods (session 15, import lane): a credit
/// reduces the month it applies to, its service period's months when it has one, else the month
/// it is dated when a monthly service period pays for that month; a month it would take below
/// zero is zero and the excess is a finding.
@Suite struct CreditBesidePeriodsTests {
  func read(_ text: String, name: String = "lines.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// Stripe's invoice line items: Acme pays 1,000.00 a month for service periods January to
  /// March, and its March invoice carries a 200.00 service credit (an `invoiceitem` without a
  /// period). March is 1,000.00 − 200.00 = 800.00; Beta, 500.00 a month, is untouched. Before,
  /// the credit went to the billings rules alone (the account's charges all have periods), had
  /// no revenue to reduce there and was left out: March read 1,000.00.
  @Test func aStripeCreditWithoutAPeriodReducesItsMonth() throws {
    let c = try read(
      """
      id,Invoice ID,Invoice Created (UTC),Customer ID,Customer Name,Description,Amount,Currency,Period Start (UTC),Period End (UTC),Proration,Type,Invoice Status
      il_1,in_1,2024-01-01 00:00:00,cus_A,Acme,Pro plan,1000.00,usd,2024-01-01 00:00:00,2024-02-01 00:00:00,false,subscription,paid
      il_2,in_2,2024-02-01 00:00:00,cus_A,Acme,Pro plan,1000.00,usd,2024-02-01 00:00:00,2024-03-01 00:00:00,false,subscription,paid
      il_3,in_3,2024-03-01 00:00:00,cus_A,Acme,Pro plan,1000.00,usd,2024-03-01 00:00:00,2024-04-01 00:00:00,false,subscription,paid
      il_4,in_3,2024-03-01 00:00:00,cus_A,Acme,Service credit for outage,-200.00,usd,,,false,invoiceitem,paid
      il_5,in_4,2024-01-01 00:00:00,cus_B,Beta,Basic plan,500.00,usd,2024-01-01 00:00:00,2024-02-01 00:00:00,false,subscription,paid
      il_6,in_5,2024-02-01 00:00:00,cus_B,Beta,Basic plan,500.00,usd,2024-02-01 00:00:00,2024-03-01 00:00:00,false,subscription,paid
      il_7,in_6,2024-03-01 00:00:00,cus_B,Beta,Basic plan,500.00,usd,2024-03-01 00:00:00,2024-04-01 00:00:00,false,subscription,paid
      """)
    #expect(c.mrrRow("cus_A") == [100_000, 100_000, 80_000])
    #expect(c.mrrRow("cus_B") == [50_000, 50_000, 50_000])
    #expect(c.oneTime.allSatisfy { $0 == 0 })
    #expect(c.log.tieOut.leftOutCents == 0)
    #expect(!c.log.findings.contains { $0.contains("left out") })
    #expect(c.accounts.allSatisfy { $0.rules.contains(.creditOfMonth) == ($0.id == "cus_A") })
  }

  /// A ledger of monthly service periods: Acme's 300.00 a month, and a 500.00 credit note dated
  /// 2024-02-20 without a period. February would be 300.00 − 500.00 = −200.00: it is zero, and
  /// a finding says $200 is left out (the decision: floor at zero, said; the tie-out counts it).
  /// Beta's 100.00 credit dated 2024-03-10 takes March to 400.00 − 100.00 = 300.00.
  @Test func aCreditLargerThanItsMonthIsFlooredWithAFinding() throws {
    let c = try read(
      """
      invoice_number,customer_id,invoice_date,type,description,amount,service_start,service_end
      INV-1,C1,2024-01-01,Invoice,Platform,300.00,2024-01-01,2024-01-31
      INV-2,C1,2024-02-01,Invoice,Platform,300.00,2024-02-01,2024-02-29
      CN-1,C1,2024-02-20,Credit Note,Goodwill credit,-500.00,,
      INV-3,C1,2024-03-01,Invoice,Platform,300.00,2024-03-01,2024-03-31
      INV-4,C2,2024-01-01,Invoice,Platform,400.00,2024-01-01,2024-01-31
      INV-5,C2,2024-02-01,Invoice,Platform,400.00,2024-02-01,2024-02-29
      INV-6,C2,2024-03-01,Invoice,Platform,400.00,2024-03-01,2024-03-31
      CN-2,C2,2024-03-10,Credit Note,Service credit,-100.00,,
      """, name: "ledger.csv")
    #expect(c.mrrRow("C1") == [30_000, 0, 30_000])
    #expect(c.mrrRow("C2") == [40_000, 40_000, 30_000])
    #expect(c.log.tieOut.leftOutCents == -20_000)
    #expect(
      c.log.findings.contains {
        $0 == "ledger.csv: credits exceed the revenue they reduce in 1 account-month "
          + "(1 account); those months are zero and $200 is left out"
      })
    #expect(!c.log.findings.contains { $0.contains("credits without a service period") })
  }

  /// A credit with a service period applies to its period, whatever its date: the 100.00
  /// credit dated in March for February's service takes February to 300.00 − 100.00 = 200.00,
  /// the price March is invoiced at (a lasting cut; a credit the next invoice does not follow is
  /// one-off since session 45, `PeriodCreditsTests`).
  @Test func aCreditsServicePeriodDecidesItsMonth() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount,service_start,service_end
      C1,2024-01-01,300.00,2024-01-01,2024-01-31
      C1,2024-02-01,300.00,2024-02-01,2024-02-29
      C1,2024-03-01,200.00,2024-03-01,2024-03-31
      C1,2024-03-05,-100.00,2024-02-01,2024-02-29
      """, name: "ledger.csv")
    #expect(c.mrrRow("C1") == [30_000, 20_000, 20_000])
    #expect(c.log.tieOut.leftOutCents == 0)
  }

  /// A credit in a month of a longer period stays an off-cycle credit of the billings rules
  /// (no renewal steps down, no one-time revenue to reduce: left out, with their finding), as
  /// before: taken from the month, a tenth of a year's fee (1,200.00 of 12,000.00, 1,000.00 a
  /// month) would zero February, a churn and a reactivation of an annual customer. This is the
  /// ledger data room's service credit (`LedgerBuilder`: a tenth of the term, the month after).
  @Test func aCreditInAnAnnualTermStaysOffCycle() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount,service_start,service_end,description
      C1,2024-01-01,12000.00,2024-01-01,2024-12-31,"Subscription, 12 months"
      C1,2024-02-10,-1200.00,,,Credit note: service credit
      """, name: "ledger.csv")
    #expect(c.mrrRow("C1") == [100_000, 100_000])
    #expect(c.log.tieOut.leftOutCents == -120_000)
    #expect(
      c.log.findings.contains {
        $0 == "ledger.csv: $1,200 of credits without a service period are not deducted from "
          + "any figure: there was no one-time revenue in their month to take them from, and no "
          + "later renewal at a lower price shows a lasting price cut, so ARR reads them as "
          + "one-off credits and is unchanged by them; if some are a lasting discount, ARR is "
          + "overstated by that discount"
      })
    #expect(c.accounts.allSatisfy { !$0.rules.contains(.creditOfMonth) })
  }

  /// An account whose charges have no service period keeps the billings rules: its credit,
  /// beside February's charge and not repeated, is one-off (``OneOffCredits``): 1,000.00 a
  /// month, 100.00 left out (it netted February to 900.00 before session 29).
  @Test func creditsBesideChargesWithoutPeriodsKeepTheBillingsRules() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount,type
      C1,2024-01-01,1000.00,Invoice
      C1,2024-02-01,1000.00,Invoice
      C1,2024-02-15,-100.00,Credit Note
      C1,2024-03-01,1000.00,Invoice
      """, name: "ledger.csv")
    #expect(c.mrrRow("C1") == [100_000, 100_000, 100_000])
    #expect(c.log.tieOut.leftOutCents == -10_000)
    #expect(c.accounts.allSatisfy { !$0.rules.contains(.creditOfMonth) })
  }
}
