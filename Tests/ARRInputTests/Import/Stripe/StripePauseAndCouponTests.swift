import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Paused collection and coupons named without their terms on Stripe's subscriptions export
/// (`docs/import.md`, "Stripe exports"; trial 41, T41-10 and T41-12: an `active` subscription
/// with `Pause Collection Behavior` void billed its full price, and a `Coupon` id was only
/// listed as ignored).
@Suite struct StripePauseAndCouponTests {
  static let header =
    "id,Customer ID,Amount,Interval,Interval Count,Status,Start (UTC),"
    + "Current Period Start (UTC),Current Period End (UTC),Cancel At Period End,Coupon,"
    + "Pause Collection Behavior,Pause Collection Resumes At (UTC)"

  static func read(_ rows: [String]) throws -> ImportedCompany {
    try ImportFixtures.read([
      ("subscriptions.csv", ([header] + rows).joined(separator: "\n"))
    ])
  }

  /// A 1,000 a month; F 800 a month, collection paused (void) until August; as of 2025-06
  /// (A's current period). By hand: MRR in 2025-06 is 1,000 (F collects nothing), in 2025-05
  /// 1,800 (the export does not say when the pause began); the range's high end 1,800 × 12 =
  /// 21,600, the headline 12,000.
  @Test(arguments: ["void", "keep_as_draft", "mark_uncollectible"])
  func pausedCollectionIsNotBilledAtAsOf(behavior: String) throws {
    let c = try Self.read([
      "sub_A,cus_A,1000.00,month,1,active,2025-01-15,2025-06-15,2025-07-15,false,,,",
      "sub_F,cus_F,800.00,month,1,active,2025-02-01,2025-06-01,2025-07-01,false,,"
        + "\(behavior),2025-08-01 00:00",
    ])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("cus_F").suffix(2) == [80_000, 0])
    #expect(c.mrrRow("cus_A").last == 100_000)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_200_000)
    #expect(s.ambiguousARRHigh == 2_160_000)
    let finding = try #require(c.log.findings.first { $0.contains("collection paused") })
    #expect(
      finding.contains(
        "1 subscription has collection paused (\"Pause Collection Behavior\" \(behavior), "
          + "\"cus_F\" on line 3, resumes 2025-08-01)"))
    #expect(finding.contains("if it resumes, headline ARR is $9,600.00 higher"))
    #expect(!c.log.files[0].ignoredColumns.contains("Pause Collection Behavior"))
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// A pause that resumed by the as-of month, or a blank behaviour, bills as before.
  @Test func aPauseOverByAsOfBills() throws {
    let c = try Self.read([
      "sub_A,cus_A,1000.00,month,1,active,2025-01-15,2025-06-15,2025-07-15,false,,,",
      "sub_F,cus_F,800.00,month,1,active,2025-02-01,2025-06-01,2025-07-01,false,,void,"
        + "2025-06-10 00:00",
      "sub_G,cus_G,500.00,month,1,active,2025-02-01,2025-06-01,2025-07-01,false,,,",
    ])
    #expect(c.mrrRow("cus_F").last == 80_000)
    #expect(c.mrrRow("cus_G").last == 50_000)
    #expect(!c.log.findings.contains { $0.contains("collection paused") })
  }

  /// B 12,000 a year with coupon `25OFF`, A 1,000 a month: read at list, 2,000 a month; the
  /// low end leaves B's 1,000 out (a free coupon): 12,000 to 24,000 ARR.
  @Test func aCouponWithoutTermsIsTheRangesLowEnd() throws {
    let c = try Self.read([
      "sub_A,cus_A,1000.00,month,1,active,2025-01-15,2025-06-15,2025-07-15,false,,,",
      "sub_B,cus_B,12000.00,year,1,active,2025-01-01,2025-01-01,2026-01-01,false,25OFF,,",
    ])
    #expect(c.mrrRow("cus_B").last == 100_000)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_200_000)
    #expect(s.ambiguousARRHigh == 2_400_000)
    let finding = try #require(c.log.findings.first { $0.contains("coupon") })
    #expect(
      finding.contains(
        "1 of 2 live subscriptions carries a coupon whose terms the export does not give "
          + "(\"Coupon\" 25OFF on line 3, \"cus_B\"): its price is read at list, $12,000.00 of "
          + "headline ARR"))
    #expect(!c.log.files[0].ignoredColumns.contains("Coupon"))
  }

  /// A coupon on an ended or paused subscription bills nothing at as-of: no coupon finding.
  @Test func aCouponOffTheHeadlineIsNotCounted() throws {
    let c = try Self.read([
      "sub_A,cus_A,1000.00,month,1,active,2025-01-15,2025-06-15,2025-07-15,false,,,",
      "sub_C,cus_C,300.00,month,1,canceled,2025-01-01,2025-03-01,2025-04-01,false,LAUNCH,,",
      "sub_F,cus_F,800.00,month,1,active,2025-02-01,2025-06-01,2025-07-01,false,HALF,void,",
    ])
    #expect(!c.log.findings.contains { $0.contains("carries a coupon") })
    #expect(c.log.findings.contains { $0.contains("no resume date") })
  }
}
