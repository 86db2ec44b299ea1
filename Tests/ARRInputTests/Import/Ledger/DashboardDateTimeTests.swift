import ARRCore
import Testing

@testable import ARRInput

/// Dates as Stripe's Dashboard shows them, `Jul 15, 2024, 10:02 AM` (trial 41, T41-21: a
/// subscriptions table copied from the Dashboard was refused cell by cell, 18 times "not a
/// date", though the ledger reader reads `Jul 15, 2024`): one date reader for every shape.
@Suite struct DashboardDateTimeTests {
  @Test(arguments: [
    "Jul 15, 2024, 10:02 AM", "Jul 15, 2024, 10:02 PM", "Jul 15, 2024 10:02 am",
    "15 Jul 2024, 22:02", "Jul 15, 2024, 10:02:59 p.m.", "July 15, 2024, 9:02AM",
  ])
  func theDayIsRead(text: String) {
    #expect(LedgerDate.parse(text, order: nil) == CivilDate(year: 2024, month: 7, day: 15))
  }

  /// No time, or no date before it: nothing is taken off.
  @Test(arguments: [
    ("Jul 15, 2024", "Jul 15, 2024"), ("10:02 AM", "10:02 AM"), ("Jul 15 AM", "Jul 15 AM"),
    ("3/1/2025 0:00", "3/1/2025"),
  ])
  func theTimeAloneIsStripped(text: String, day: String) {
    #expect(LedgerDate.stripTime(text) == day)
  }

  /// Trial 41's `a-ui.csv` in small: a Stripe subscriptions export with the Dashboard's dates.
  /// A 1,000 a month from 2024-07-15, B 12,000 a year from 2024-10-01: MRR 2,000 at 2025-06.
  @Test func aSubscriptionsExportWithDashboardDatesImports() throws {
    let text = """
      id,Customer ID,Amount,Interval,Interval Count,Status,Start,Current Period Start,Current Period End
      sub_A,cus_A,1000.00,month,1,active,"Jul 15, 2024, 10:02 AM","Jun 15, 2025, 10:02 AM","Jul 15, 2025, 10:02 AM"
      sub_B,cus_B,12000.00,year,1,active,"Oct 1, 2024, 9:00 AM","Oct 1, 2024, 9:00 AM","Oct 1, 2025, 9:00 AM"
      """
    let c = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("cus_A").last == 100_000)
    #expect(c.mrrRow("cus_B").last == 100_000)
  }
}
