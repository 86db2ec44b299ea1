import ARRCore
import Testing

@testable import ARRInput

/// Trial 51's header findings in crm's domain: Stripe Sigma's joined price columns (T51-33,
/// case `c43`) and Zuora's Rate Plan Charge export naming every account after its charge
/// (T51-29, case `c21`).
@Suite struct TrialFiftyOneHeadersTests {
  func read(_ name: String, _ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  /// T51-33: Sigma's `price_unit_amount` (cents), `price_recurring_interval(_count)`. By hand at
  /// 2026-10: Acme 10 × 49 = 490, Birch 1,200 a year = 100, Cobalt 450 per 3 months = 150, Dune
  /// 99 (cancel at period end: notice); Elm canceled in August, Fig in its trial: none.
  @Test func sigmaSubscriptionItemsAreRead() throws {
    let c = try read(
      "sigma_subscription_items.csv",
      """
      customer_id,customer_name,subscription_id,status,price_unit_amount,price_currency,\
      price_recurring_interval,price_recurring_interval_count,quantity,created,\
      current_period_start,current_period_end,cancel_at_period_end,canceled_at,trial_end
      cus_A1,Acme,sub_A1,active,4900,usd,month,1,10,1768003200,1791590400,1794268800,false,,
      cus_B2,Birch,sub_B2,active,120000,usd,year,1,1,1772323200,1772323200,1803859200,false,,
      cus_C3,Cobalt,sub_C3,active,45000,usd,month,3,1,1776211200,1792022400,1799971200,false,,
      cus_D4,Dune,sub_D4,active,9900,usd,month,1,1,1780272000,1790812800,1793491200,true,,
      cus_E5,Elm,sub_E5,canceled,4900,usd,month,1,2,1769904000,1782864000,1785542400,false,1785542400,
      cus_F6,Fig,sub_F6,trialing,4900,usd,month,1,3,1792886400,1792886400,1794096000,false,,1794096000

      """)
    #expect(c.mrrRow("cus_A1").last == 49_000)
    #expect(c.mrrRow("cus_B2").last == 10_000)
    #expect(c.mrrRow("cus_C3").last == 15_000)
    #expect(c.mrrRow("cus_D4").last == 9_900)
    #expect(c.mrrRow("cus_E5").last ?? 0 == 0)
    #expect(c.mrrRow("cus_F6").last ?? 0 == 0)
  }

  /// T51-29: a Rate Plan Charge export's `RatePlanCharge.Name` names the charge; the customer is
  /// `Account.Name` (`Arbor Bank`, never `Platform Fee`). Twin: a table of accounts whose own
  /// `Name` is the main table's keeps it as the customer's name.
  @Test func aChargesNameIsNotTheCustomers() throws {
    let c = try read(
      "RatePlanCharge_export.csv",
      """
      Account.AccountNumber,Account.Name,Subscription.Name,Subscription.Status,\
      Subscription.TermStartDate,Subscription.TermEndDate,RatePlanCharge.Name,\
      RatePlanCharge.ChargeType,RatePlanCharge.BillingPeriod,RatePlanCharge.MRR,\
      RatePlanCharge.EffectiveStartDate,RatePlanCharge.EffectiveEndDate
      A00001,Arbor Bank,A-S101,Active,2025-07-01,2027-06-30,Platform Fee,Recurring,Annual,5000,2025-07-01,2027-07-01
      A00002,Brook Media,A-S102,Active,2026-01-01,,Platform Fee,Recurring,Month,800,2026-01-01,

      """)
    #expect(c.accounts.first { $0.id == "A00001" }?.name == "Arbor Bank")
    #expect(c.accounts.first { $0.id == "A00002" }?.name == "Brook Media")
    let (cells, _) = try #require(
      TablePrefixes.strip(["Account.Id", "Account.Name", "Account.Status", "Plan.Name"]))
    #expect(cells[1] == "Name")
  }
}
