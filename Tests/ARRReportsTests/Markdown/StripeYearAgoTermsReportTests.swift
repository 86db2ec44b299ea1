import ARRQuality
import Testing

@testable import ARRReports

/// The year-ago base of a Stripe subscriptions export alone reads its annual subscriptions as
/// annual, as today's does (session 15, report: "63% not on annual terms vs 97% a year ago").
@Suite struct StripeYearAgoTermsReportTests {
  /// Five annual subscriptions (24,000, 36,000, 48,000, 60,000 and 30,000 a year: MRR 2,000 +
  /// 3,000 + 4,000 + 5,000 + 2,500 = 16,500) whose current periods all start after 2025-10, and
  /// six monthly ones (1,000 to 2,000 by 200: 9,000), all running since 2024-06 or earlier. Both
  /// bases hold the same eleven at the same MRR, so 9,000 ÷ 25,500 = 35.3% is not annual in
  /// each: no move of 3 points to name (it read 35% vs 100%).
  @Test func theYearAgoMixReadsTheSameTerms() throws {
    var text =
      "id,Customer ID,Customer Name,Status,Plan,Amount,Currency,Interval,Interval Count,"
      + "Quantity,Start Date (UTC),Current Period Start (UTC),Current Period End (UTC),"
      + "Cancel At Period End\n"
    let annual = [
      ("2023-12", "2025-12", "2026-12", 24_000), ("2024-02", "2026-02", "2027-02", 36_000),
      ("2023-04", "2026-04", "2027-04", 48_000), ("2024-06", "2026-06", "2027-06", 60_000),
      ("2023-09", "2026-09", "2027-09", 30_000),
    ]
    for (i, a) in annual.enumerated() {
      text +=
        "sub_Y\(i),cus_Y\(i),Yearly \(i),active,pro,\(a.3).00,usd,year,1,1,\(a.0)-01 00:00,"
        + "\(a.1)-01 00:00,\(a.2)-01 00:00,false\n"
    }
    for i in 0..<6 {
      text +=
        "sub_M\(i),cus_M\(i),Monthly \(i),active,pro,\(1_000 + 200 * i).00,usd,month,1,1,"
        + "2024-0\(i + 1)-15 00:00,2026-10-15 00:00,2026-11-15 00:00,false\n"
    }
    let imported = try Importer.read(
      [Importer.SourceFile(name: "stripe-subscriptions.csv", bytes: Array(text.utf8))])
    let analysis = Analysis.run(try imported.company(name: "Subs").company)
    let explanation = try #require(analysis.projection?.explanation)
    #expect(!explanation.contains("not on annual or multi-year terms"))
    #expect(explanation.contains("within 3 points of a year ago's"))
  }
}
