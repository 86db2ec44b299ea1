import ARRCore
import Testing

@testable import ARRInput

/// A quantity beside a price column that names recurring revenue (`MRR`, `ARR`, `monthly
/// recurring revenue`): the amount is the subscription's, quantity included, never a price per
/// unit (session 17, import lane: trial 16, C3, ChartMogul's MRR intervals export, `QUANTITY` 3
/// beside eta's MRR of 450 for its three seats, gave a +17.8% "quote the range"). A price
/// column (`price`, `unit price`…) keeps its reading and range (review 13, F34).
@Suite struct SubscriptionQuantityInRevenueTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "mrr-intervals.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2025, month: 6)))
  }

  /// ChartMogul's MRR intervals columns (its MRR in cents there; dollars here to keep the
  /// figures plain). By hand at 2025-06: acme 500 + eta 450 (three seats at 150, already in
  /// the MRR) = 950, ARR $11,400, with no range; a note names eta's row.
  @Test func aQuantityBesideMRRIsIncluded() throws {
    let c = try read(
      """
      customer_id,MRR,START_DATE,END_DATE,PLAN_UUID,QUANTITY,SUBSCRIPTION_UUID,IS_FREE,IS_TRIAL
      acme,500.00,2024-07-03,,pl_pro_m,1,sub_acme_1,false,false
      eta,450.00,2024-07-20,,pl_seat_m,3,sub_eta_1,false,false
      """)
    #expect(c.mrrRow("eta").last == 45_000)
    #expect(c.mrrRow("acme").last == 50_000)
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    #expect(!c.log.findings.contains { $0.contains("quantity above 1") })
    #expect(
      c.log.notes.contains(
        "mrr-intervals.csv: 1 row has a quantity above 1 (3 on line 3, \"eta\"), read as "
          + "included in \"MRR\", the subscription's recurring revenue: \"QUANTITY\" does not "
          + "multiply it, and prices no range"))
  }

  /// The same row under `price` beside a monthly billing cycle: a price whose name cannot tell
  /// is read per unit since session 28 (trial 28, T28-1), 3 × 450 = 1,350, the price as written
  /// (450) the account's range's low end.
  @Test func aQuantityBesideAPriceIsStillARange() throws {
    let c = try read(
      """
      customer_id,price,billing_cycle,start_date,quantity
      acme,500.00,monthly,2024-07-03,1
      eta,450.00,monthly,2024-07-20,3
      """)
    #expect(c.mrrRow("eta").last == 135_000)
    let eta = try #require(c.account("eta"))
    #expect(eta.ambiguousMRR?.low == 45_000 && eta.ambiguousMRR?.high == 135_000)
  }
}
