import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Stripe's coupon percent off (`percent_off`, `coupon_percent_off`, `discount_percent_off`)
/// beside a subscriptions export's amount: the price is read less it, as a subscriptions
/// table's discount (`docs/import.md`, "Stripe exports"; trial 28, T28-11: ignored, read at
/// list price).
@Suite struct StripePercentOffTests {
  /// Trial 28's `subs_amount_interval.csv` in small: c1 100.00 a month; c5 1,200.00 a year
  /// with 25% off, 100.00 a month less 25% = 75.00. MRR 175.00 (it read 200.00); the finding
  /// gives the list prices' ARR as the other reading.
  @Test(arguments: ["percent_off", "coupon_percent_off", "discount_percent_off"])
  func percentOffIsTheDiscount(header: String) throws {
    let c = try ImportFixtures.read([
      (
        "subscriptions.csv",
        """
        customer_id,plan,amount,interval,interval_count,start_date,canceled_at,status,\(header)
        c1,Pro Monthly,100.00,month,1,2025-01-10,,active,
        c5,Pro Annual,1200.00,year,1,2025-01-20,,active,25
        """
      )
    ])
    #expect(c.log.files[0].shape == .stripeSubscriptions)
    #expect(c.mrrRow("c1").last == 10_000)
    #expect(c.mrrRow("c5").last == 7_500)
    #expect(!c.log.files[0].ignoredColumns.contains(header))
    #expect(
      c.log.findings.contains { $0.contains("\"\(header)\" gives a discount on 1 of 2 rows") })
  }
}
