import ARRCore
import Testing

@testable import ARRInput

/// Trial 50, T50-30 (case `c66`): Stripe's subscriptions export gives `Coupon Amount Off` and
/// `Coupon Duration`; only the percent was read, three coupons "whose terms the export does not
/// give" at list (+31%) (``StripeRow/couponApplies(_:)``, ``StripeRow/couponAmountOff()``).
@Suite struct StripeCouponTermsTests {
  static let header =
    "id,Customer ID,Customer Name,Status,Plan,Amount,Currency,Interval,Interval Count,Quantity,"
    + "Created (UTC),Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),"
    + "Cancel At Period End,Coupon ID,Coupon Amount Off,Coupon Percent Off,Coupon Duration,"
    + "Coupon Duration In Months"

  static func export(bayouMonths: String = "3", coveCoupon: String = "WELCOME,500.00,,once,")
    -> String
  {
    """
    \(header)
    sub_1,cus_1,Atoll Apps,active,Pro,500.00,usd,month,1,1,2025-01-10 00:00,2025-01-10 00:00,2026-10-10 00:00,2026-11-10 00:00,false,NONPROFIT100,100.00,,forever,
    sub_2,cus_2,Bayou Books,active,Pro,500.00,usd,month,1,1,2026-08-01 00:00,2026-08-01 00:00,2026-10-01 00:00,2026-11-01 00:00,false,LAUNCH3,250.00,,repeating,\(bayouMonths)
    sub_3,cus_3,Cove Clinics,active,Pro,500.00,usd,month,1,1,2025-05-01 00:00,2025-05-01 00:00,2026-10-01 00:00,2026-11-01 00:00,false,\(coveCoupon)
    sub_4,cus_4,Delta Dojo,active,Business,6000.00,usd,year,1,1,2026-03-01 00:00,2026-03-01 00:00,2026-03-01 00:00,2027-03-01 00:00,false,ANNUAL20,,20,forever,

    """
  }

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
  }

  /// By hand at 2026-10: Atoll 500 − 100 forever = 400; Bayou 500 − 250 for 3 months from
  /// August = 250; Cove's `once` coupon was its first month's: 500; Delta 6,000 ÷ 12 − 20% =
  /// 400. No coupon of unknown terms.
  @Test func couponTermsAreRead() throws {
    let c = try read(Self.export())
    #expect(c.mrrRow("cus_1").last == 40_000)
    #expect(c.mrrRow("cus_2").last == 25_000)
    #expect(c.mrrRow("cus_3").last == 50_000)
    #expect(c.mrrRow("cus_4").last == 40_000)
    #expect(!c.log.findings.contains { $0.contains("terms the export does not give") })
  }

  /// Twins: a repeating coupon past its months is spent (list price); a coupon with neither an
  /// amount nor a percent keeps its finding.
  @Test func aSpentCouponIsListAndAnUnknownOneKeepsItsFinding() throws {
    let spent = try read(Self.export(bayouMonths: "2"))
    #expect(spent.mrrRow("cus_2").last == 50_000)
    let unknown = try read(Self.export(coveCoupon: "MYSTERY,,,forever,"))
    #expect(unknown.mrrRow("cus_3").last == 50_000)
    #expect(unknown.log.findings.contains { $0.contains("terms the export does not give") })
  }

  /// Review 52, R52-11 (case `m01`): an export without `Current Period Start`. Cove's `once`
  /// coupon from 2025-05 and Elm's `repeating` 6 months from 2024-11 are spent at the as-of month
  /// (or the month in the file's name): by hand Atoll 400, Bayou 250, Cove 500, Elm 800, Delta
  /// 400 = 2,350 a month. Without either, the present is the month the import measures at, the
  /// latest start (2026-08, Bayou's): the same by hand. Review 52b, R52b-9 (`k02`, `k03`): a
  /// name's month before a row's start (`subscriptions_since_2025-01.csv`, Elm's coupon running
  /// then: 23,400 for 28,200) or no month (`FY2025`) is not the present.
  @Test(arguments: [
    ("subscriptions.csv", true), ("subscriptions_2026-10-31.csv", false),
    ("subscriptions.csv", false), ("subscriptions_since_2025-01.csv", false),
    ("subscriptions_FY2025.csv", false),
  ])
  func withoutACurrentPeriodThePresentIsTheAsOfMonth(_ name: String, _ givesAsOf: Bool) throws {
    let text = """
      id,Customer ID,Customer Name,Status,Plan,Amount,Currency,Interval,Interval Count,Quantity,\
      Created (UTC),Start Date (UTC),Cancel At Period End,Coupon ID,Coupon Amount Off,\
      Coupon Percent Off,Coupon Duration,Coupon Duration In Months
      sub_1,cus_1,Atoll Apps,active,Pro,500.00,usd,month,1,1,2025-01-10 00:00,2025-01-10 00:00,false,NONPROFIT100,100.00,,forever,
      sub_2,cus_2,Bayou Books,active,Pro,500.00,usd,month,1,1,2026-08-01 00:00,2026-08-01 00:00,false,LAUNCH3,250.00,,repeating,3
      sub_3,cus_3,Cove Clinics,active,Pro,500.00,usd,month,1,1,2025-05-01 00:00,2025-05-01 00:00,false,WELCOME,200.00,,once,
      sub_5,cus_5,Elm Estates,active,Team,800.00,usd,month,1,1,2024-11-01 00:00,2024-11-01 00:00,false,HALF6,400.00,,repeating,6
      sub_4,cus_4,Delta Dojo,active,Business,6000.00,usd,year,1,1,2026-03-01 00:00,2026-03-01 00:00,false,ANNUAL20,,20,forever,

      """
    let c = try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(asOf: givesAsOf ? Month(year: 2026, month: 10) : nil))
    #expect(c.mrrRow("cus_1").last == 40_000)
    #expect(c.mrrRow("cus_3").last == 50_000)
    #expect(c.mrrRow("cus_5").last == 80_000)
    #expect(c.mrrRow("cus_4").last == 40_000)
    #expect(c.mrrRow("cus_2").last == 25_000)
    #expect(!c.log.findings.contains { $0.contains("terms the export does not give") })
  }

  /// The present without `--as-of` (``StripeSubscriptionsReader/presentMonth(_:columns:order:file:)``):
  /// the latest current period start, start, end or cancellation; a name's month no earlier
  /// than it wins (an export taken after its latest row's date).
  @Test(arguments: [
    ("subscriptions.csv", "2026-08"), ("subscriptions_2026-12.csv", "2026-12"),
    ("subscriptions_since_2025-01.csv", "2026-08"), ("subscriptions_FY2025.csv", "2026-08"),
  ])
  func thePresentOfAnExport(_ name: String, _ month: String) throws {
    let rows = [
      "2025-01-10 00:00,", "2026-08-01 00:00,", "2025-05-01 00:00,2026-03-31 00:00",
    ].map {
      ImportTable.Record(
        line: 2, cells: $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }
    let present = StripeSubscriptionsReader.presentMonth(
      rows[...], columns: [.start: 0, .endedAt: 1], order: nil, file: name)
    #expect(present == Month(month))
  }
}
