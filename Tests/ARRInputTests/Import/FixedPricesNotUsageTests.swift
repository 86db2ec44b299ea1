import ARRCore
import Testing

@testable import ARRInput

/// A total that moves because fixed-price subscriptions start and end, or because prepaid
/// periods of days at different prices are spread by days, is not usage (`docs/import.md`,
/// "Contract type from the revenue's shape"; ``ImportRule/pricedNotUsage``; session 18,
/// import5 lane). Trial 18a, R2: RavenStack's add-ons read "pay-as-you-go usage … volatile";
/// K2: KKBox's 30-, 90- and 180-day plans the same.
@Suite struct FixedPricesNotUsageTests {
  /// RavenStack's header. B pays 100 a month from January 2024 and an add-on of 50 in
  /// February, April and June (each row ends on the 1st of the next month, so bills one
  /// month): 100, 150, 100, 150, 100, 150 to the as-of month 2024-06 (the latest start). That
  /// is the usage shape (6 months, a change every month, 4 flips, variation 0.2), but each row
  /// has a fixed price: contract type unknown, rule `fixed_prices_not_usage`. A pays a flat 100.
  @Test func subscriptionsStartingAndEndingAreNotUsage() throws {
    let text = """
      subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag
      S-1,B,2024-01-01,,Pro,5,100,1200,False,False,False,False,monthly,True
      S-2,B,2024-02-01,2024-03-01,Pro,1,50,600,False,True,False,False,monthly,True
      S-3,B,2024-04-01,2024-05-01,Pro,1,50,600,False,True,False,False,monthly,True
      S-4,B,2024-06-01,2024-07-01,Pro,1,50,600,False,True,False,False,monthly,True
      S-5,A,2024-01-01,,Pro,5,100,1200,False,False,False,False,monthly,True
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "ravenstack_subscriptions.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.mrrRow("B") == [10_000, 15_000, 10_000, 15_000, 10_000, 15_000])
    let b = try #require(c.account("B"))
    #expect(b.contractType == nil)
    #expect(b.rules.contains(.pricedNotUsage))
    #expect(!b.rules.contains(.fluctuatingUsage))
    #expect(c.account("A")?.rules.contains(.flatUnknown) == true)
  }

  /// KKBox's `transactions_v2.csv` columns, the four roles renamed as the trial did
  /// (`customer_id`, `amount`, `service_start`, `service_end`): `user_0000034`'s real rows, 30
  /// days at 149, 180 days at 699, 90 days at 399: spread by days its months move (the usage
  /// shape before), but every line is a period paid at a fixed price: not usage. Its largest
  /// line, 699 for 180 days (5.9 months of 365.25 ÷ 12 days, read as 6), makes its cadence
  /// semiannual. `user_0000005` paid 1,499 for 410 days (13.5 months: a year paid ahead) from
  /// 2016-10-31: cadence and contract annual, ending 2017-12-15, its committed year.
  @Test func prepaidPeriodsOfDaysAreNotUsage() throws {
    let text = """
      customer_id,payment_method_id,payment_plan_days,plan_list_price,amount,is_auto_renew,service_start,service_end,is_cancel
      user_0000034,40,30,149,149,1,20160121,20160220,0
      user_0000034,41,30,149,149,1,20160220,20160321,0
      user_0000034,33,180,699,699,1,20160321,20160917,0
      user_0000034,41,30,149,149,1,20160917,20161017,0
      user_0000034,40,90,399,399,1,20161017,20170115,0
      user_0000034,40,30,149,134,1,20170115,20170214,0
      user_0000034,39,30,149,149,1,20170214,20170316,0
      user_0000034,40,180,699,699,1,20170316,20170912,0
      user_0000005,41,30,149,149,1,20160901,20161001,0
      user_0000005,40,30,149,149,1,20161001,20161031,0
      user_0000005,36,410,1499,1499,1,20161031,20171215,0
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "kkbox-renamed.csv", bytes: Array(text.utf8))])
    let u34 = try #require(c.account("user_0000034"))
    #expect(u34.contractType == nil)
    #expect(!u34.rules.contains(.fluctuatingUsage))
    #expect(u34.billingCadence == .semiannual)
    let u5 = try #require(c.account("user_0000005"))
    #expect(u5.contractType == .annual)
    #expect(u5.billingCadence == .annual)
    #expect(u5.contractEndDate == CivilDate(year: 2017, month: 12, day: 15))
  }
}
