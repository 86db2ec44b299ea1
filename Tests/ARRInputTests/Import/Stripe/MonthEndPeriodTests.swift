import ARRCore
import Testing

@testable import ARRInput

/// Trial 54, T54-26 (case `c30`, a Danish Stripe export): subscriptions billed every 6 months
/// (`Interval` `month`, no `Interval Count`) whose periods are anchored at a month's end
/// (2024-04-30 → 2024-10-31: Stripe's anchor on the 31st, cut short in a 30-day month) were read
/// as no whole months, so their count stayed 1 and their 6-month price was read as a month's:
/// DKK 655,356 for the true 648,156 (``ServicePeriod/wholeMonths(from:through:)``).
@Suite struct MonthEndPeriodTests {
  /// Stripe's subscriptions export, DKK, as of September 2024 (the file at
  /// `/work/team/s56/crm-repro/t54-26-subscriptions-month-end.csv`). By hand: cus_A, cus_B and
  /// cus_C pay 720.00 every 6 months, 120.00 a month each (cus_A's period 03-31 → 09-30 was
  /// read so before; cus_B's 04-30 → 10-31 and cus_C's 06-30 → 12-31 were read 720.00 a
  /// month); cus_D 99.00 a month (08-31 → 09-30); cus_G 6,000.00 a year (2024-02-29 →
  /// 2025-02-28), 500.00 a month. MRR 120 × 3 + 99 + 500 = 959.00; ARR 11,508.00 (before:
  /// 2,159.00 a month, ARR 25,908.00).
  static let export = """
    id,Customer ID,Customer Name,Quantity,Currency,Amount,Interval,Status,Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),Cancel At Period End
    sub_1A,cus_A,Aarhus Bryg ApS,1,dkk,720.00,month,active,2024-03-31 09:14,2024-03-31 09:14,2024-09-30 09:14,false
    sub_1B,cus_B,Bornholm Keramik,1,dkk,720.00,month,active,2024-04-30 10:02,2024-04-30 10:02,2024-10-31 10:02,false
    sub_1C,cus_C,Cph Cykler,1,dkk,720.00,month,active,2024-06-30 08:45,2024-06-30 08:45,2024-12-31 08:45,false
    sub_1D,cus_D,Dansk Design,1,dkk,99.00,month,active,2024-01-31 12:00,2024-08-31 12:00,2024-09-30 12:00,false
    sub_1G,cus_G,Göta Foods,1,dkk,6000.00,year,active,2024-02-29 15:30,2024-02-29 15:30,2025-02-28 15:30,false
    """

  @Test func sixMonthPeriodsAnchoredAtMonthEndsAreSixMonths() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(Self.export.utf8))])
    #expect(c.mrrRow("cus_A").last == 12_000)
    #expect(c.mrrRow("cus_B").last == 12_000)
    #expect(c.mrrRow("cus_C").last == 12_000)
    #expect(c.mrrRow("cus_D").last == 9_900)
    #expect(c.mrrRow("cus_G").last == 50_000)
    let mrr = ["cus_A", "cus_B", "cus_C", "cus_D", "cus_G"].compactMap { c.mrrRow($0).last }
    #expect(mrr.reduce(0, +) * 12 == 1_150_800)
    #expect(
      c.log.notes.contains {
        $0.contains("; 3 subscriptions bill every several months or years by it)")
      })
  }

  /// A start on its month's last day ends on that day or a later one so many months on (the
  /// anchor cut short), or the day before; any other start keeps its own day. Hostile twins: a
  /// month-end start ending on an earlier day, and a mid-month start ending at a month's end,
  /// are no whole months.
  @Test(arguments: [
    ("2024-04-30", "2024-10-31", 6), ("2024-02-29", "2024-08-31", 6),
    ("2025-02-28", "2025-03-31", 1), ("2025-02-28", "2025-03-30", 1),
    ("2024-06-30", "2024-12-31", 6), ("2024-09-30", "2025-03-31", 6),
  ])
  func monthEndStarts(start: String, end: String, months: Int) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(ServicePeriod.wholeMonths(from: s, through: e) == months)
  }

  @Test(arguments: [
    ("2024-04-30", "2024-10-27"), ("2024-04-15", "2024-10-31"), ("2025-02-28", "2025-04-01"),
  ])
  func otherEndsAreNoWholeMonths(start: String, end: String) throws {
    let s = try #require(CivilDate(start))
    let e = try #require(CivilDate(end))
    #expect(ServicePeriod.wholeMonths(from: s, through: e) == nil)
  }
}
