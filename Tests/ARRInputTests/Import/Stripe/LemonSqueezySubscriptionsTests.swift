import ARRCore
import Testing

@testable import ARRInput

/// Lemon Squeezy's subscriptions (session 27, t27a lane; trial 25, T25-18): its subscription
/// object's fields (`status_formatted`, `billing_anchor`, `renews_at`, `ends_at`,
/// `trial_ends_at`, `test_mode`) beside the variant's price in cents and its `interval` make a
/// subscriptions table, not a Stripe export: `expired` ended at `ends_at`, `cancelled` pays to
/// `ends_at` (notice given), `on_trial` is a trial, `past_due` pays at risk, `test_mode` rows
/// are test transactions. Before: refused, `"expired" is not a Stripe status`; with
/// `--lenient`, every expired (churned) subscription was dropped and NDR read 100%.
@Suite struct LemonSqueezySubscriptionsTests {
  static let header =
    "id,store_id,customer_id,user_name,user_email,product_name,variant_name,status,"
    + "status_formatted,pause,cancelled,trial_ends_at,billing_anchor,renews_at,ends_at,"
    + "created_at,updated_at,test_mode,price,interval"

  static let export = """
    \(header)
    1,1,c1,A,a@x.com,App,Monthly,active,Active,,false,,1,2025-01-01T00:00:00.000000Z,,\
    2024-01-01T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,4900,month
    2,1,c2,B,b@x.com,App,Yearly,active,Active,,false,,1,2025-06-01T00:00:00.000000Z,,\
    2024-06-01T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,120000,year
    3,1,c3,C,c@x.com,App,Monthly,expired,Expired,,true,,1,2024-09-30T00:00:00.000000Z,\
    2024-09-30T00:00:00.000000Z,2024-03-01T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,\
    9900,month
    4,1,c4,D,d@x.com,App,Monthly,cancelled,Cancelled,,true,,10,2025-01-10T00:00:00.000000Z,\
    2025-01-10T00:00:00.000000Z,2024-02-10T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,\
    2900,month
    5,1,c5,E,e@x.com,App,Monthly,on_trial,On Trial,,false,2024-12-20T00:00:00.000000Z,6,\
    2024-12-20T00:00:00.000000Z,,2024-12-06T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,\
    4900,month
    6,1,c6,F,f@x.com,App,Monthly,past_due,Past Due,,false,,1,2024-12-01T00:00:00.000000Z,,\
    2024-05-01T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,4900,month
    7,1,c7,G,g@x.com,App,Monthly,active,Active,,false,,1,2025-01-01T00:00:00.000000Z,,\
    2024-01-01T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,true,99900,month
    """

  /// By hand, in cents, as of 2024-12 (the latest `updated_at`): c1 4,900 a month; c2 120,000
  /// a year, 10,000 a month; c3 9,900 from March through September (expired 2024-09-30), 0 in
  /// December; c4 2,900 from February, still paying in December (cancelled, ends 2025-01-10:
  /// notice given); c5 on trial, 0; c6 past due, 4,900. c7 is a test (`test_mode` true),
  /// skipped. Headline MRR 4,900 + 10,000 + 2,900 + 4,900 = 22,700 cents, $227.00.
  @Test func readsAsASubscriptionsTable() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "subscriptions.csv", bytes: Array(Self.export.utf8))
    ])
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(c.mrrRow("c1").last == 4_900)
    #expect(c.mrrRow("c2").last == 10_000)
    let c3 = c.mrrRow("c3")
    #expect(c3[2...8].allSatisfy { $0 == 9_900 } && c3.last == 0)
    #expect(c.mrrRow("c4").last == 2_900)
    #expect(c.mrrRow("c5").last == 0)
    #expect(c.mrrRow("c6").last == 4_900)
    #expect(!c.accounts.contains { $0.id == "c7" })
    #expect(c.log.files[0].rowsRead == 7)
    #expect(c.log.files[0].skipped[.testTransaction] == 1)
    let d = try #require(c.accounts.first { $0.id == "c4" })
    #expect(d.cancelDate == CivilDate(year: 2025, month: 1, day: 10))
    #expect(c.accounts.first { $0.id == "c6" }?.isPastDue == true)
    #expect(
      c.log.notes.contains {
        $0.contains("read in the currency's smallest unit (cents)")
          && $0.contains("Lemon Squeezy's API writes prices in cents")
      })
  }

  /// A `paused` subscription pays nothing while paused (session 28, t28a lane; the one rule of
  /// every subscriptions table): c8, 2,900 a month from 2024-02, paused, is billed by its dates
  /// February through November (10 months) and 0 in the as-of month, 2024-12, as Lemon Squeezy
  /// gives no pause date; headline MRR stays 22,700 cents, and its account's range runs 0 to
  /// 2,900 (resuming). A finding counts it with the ARR that would resume, 12 × 2,900 = 34,800
  /// cents, $348.00.
  @Test func aPausedSubscriptionIsNotBilledAtAsOf() throws {
    let paused = """
      8,1,c8,H,h@x.com,App,Monthly,paused,Paused,,false,,10,2025-01-10T00:00:00.000000Z,,\
      2024-02-10T00:00:00.000000Z,2024-12-15T12:00:00.000000Z,false,2900,month
      """
    let c = try Importer.read([
      Importer.SourceFile(
        name: "subscriptions.csv", bytes: Array((Self.export + "\n" + paused).utf8))
    ])
    #expect(c.asOf == Month(year: 2024, month: 12))
    let h = c.mrrRow("c8")
    #expect(h[1...10].allSatisfy { $0 == 2_900 } && h[0] == 0 && h.last == 0)
    let asOfMRR = c.accounts.reduce(Int64(0)) { $0 + (c.mrrRow($1.id).last ?? 0) }
    #expect(asOfMRR == 22_700)
    let range = try #require(c.accounts.first { $0.id == "c8" }?.ambiguousMRR)
    #expect((range.low, range.high) == (0, 2_900))
    let finding = try #require(c.log.findings.first { $0.contains("is paused") })
    #expect(finding.hasPrefix("subscriptions.csv: 1 row says the subscription is paused"))
    #expect(finding.contains("not billed in 2024-12 and not in headline ARR"))
    #expect(finding.hasSuffix("if it resumes, headline ARR is $348.00 higher: given as the range"))
  }

  /// `on_trial` is a trial status as `trialing` is.
  @Test func onTrialIsATrial() {
    #expect(SubscriptionStatusCheck.saysTrial("on_trial"))
  }
}
