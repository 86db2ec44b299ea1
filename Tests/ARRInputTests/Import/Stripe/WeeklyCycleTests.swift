import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A billing cycle keyword naming weeks (`Weekly`, `Every 2 weeks`, `Fortnightly`) is read as
/// Chargebee's `week` unit, × 52 ÷ 12 a month (`docs/import.md`, "Subscriptions table";
/// ``SubscriptionTableReader/cycleWeeks(_:)``; trial 28, T28-22: refused).
@Suite struct WeeklyCycleTests {
  /// By hand, as-of 2024-06: a 120.00 monthly; b 50.00 weekly, 50 × 52 ÷ 12 = 216.666… →
  /// 216.67; c 100.00 every 2 weeks and d 100.00 fortnightly, 100 × 52 ÷ 24 → 216.67 each.
  @Test func weeklyKeywordsAreTheWeekUnit() throws {
    let c = try ImportFixtures.read([
      (
        "subs.csv",
        """
        customer_id,start_date,end_date,price,billing_cycle
        a,2024-06-01,,120,Monthly
        b,2024-06-01,,50,Weekly
        c,2024-06-01,,100,Every 2 weeks
        d,2024-06-01,,100,Fortnightly
        """
      )
    ])
    #expect(c.mrrRow("a") == [12_000])
    #expect(c.mrrRow("b") == [21_667])
    #expect(c.mrrRow("c") == [21_667])
    #expect(c.mrrRow("d") == [21_667])
  }

  /// The keywords, and cells that name no whole number of weeks.
  @Test func cycleWeeks() {
    typealias R = SubscriptionTableReader
    #expect(R.cycleWeeks("Weekly") == 1 && R.cycleWeeks("every week") == 1)
    #expect(R.cycleWeeks("Fortnightly") == 2 && R.cycleWeeks("Every two weeks") == 2)
    #expect(R.cycleWeeks("every 4 weeks") == 4 && R.cycleWeeks("every_2_weeks") == 2)
    #expect(R.cycleWeeks("Biweekly") == nil && R.cycleWeeks("every 0 weeks") == nil)
    #expect(R.cycleWeeks("every 521 weeks") == nil && R.cycleWeeks("Monthly") == nil)
  }
}
