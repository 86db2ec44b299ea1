import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A discount column beside the amount read is a finding that says how much it takes off
/// (review 13, F24: Stripe's invoice lines' `Discount Amount` was only listed as ignored).
@Suite struct LedgerDiscountTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))])
  }

  static let header =
    "Line Item ID,Invoice ID,Customer ID,Invoice Created (UTC),Description,Amount,"
    + "Discount Amount,Currency,Quantity,Period Start (UTC),Period End (UTC),Proration,Type"

  /// The reviewer's export: cus_A billed 100.00 with 50.00 off each month, cus_B 200.00 with
  /// none. The amounts are read as written (March MRR 100 + 200 = 300), and a finding counts
  /// the 3 discounted lines, 150.00 of their 300.00 (50%), first on line 2.
  @Test func aDiscountColumnIsAFindingWithItsTotal() throws {
    let c = try read(
      Self.header + "\n"
        + """
        il_1,in_1,cus_A,2024-01-01 00:00,Pro,100.00,50.00,usd,1,2024-01-01 00:00,2024-02-01 00:00,false,subscription
        il_2,in_2,cus_A,2024-02-01 00:00,Pro,100.00,50.00,usd,1,2024-02-01 00:00,2024-03-01 00:00,false,subscription
        il_3,in_3,cus_A,2024-03-01 00:00,Pro,100.00,50.00,usd,1,2024-03-01 00:00,2024-04-01 00:00,false,subscription
        il_4,in_4,cus_B,2024-03-01 00:00,Pro,200.00,0.00,usd,1,2024-03-01 00:00,2024-04-01 00:00,false,subscription
        """)
    #expect(c.mrrRow("cus_A").last == 10_000)
    #expect(c.mrrRow("cus_B").last == 20_000)
    let finding = try #require(c.log.findings.first { $0.contains("Discount Amount") })
    #expect(finding.contains("3 lines (the first on line 2)"))
    // 3 × 50.00 = $150 in whole units, as the report writes money (session 17, report).
    #expect(finding.contains("Discount Amount\", $150 in all (50% of their amounts)"))
    #expect(finding.contains("(50% of their amounts)"))
    // Read for the net reading, so not among the columns ignored (session 16, report).
    #expect(!c.log.files[0].ignoredColumns.contains("Discount Amount"))
    #expect(c.log.files[0].recognisedColumns.contains("discount: Discount Amount"))
    #expect(c.log.files[0].ignoredColumns == ["Line Item ID", "Invoice ID", "Quantity"])
  }

  /// The total is in the file's currency, read from its currency cells (after the discount
  /// finding's place among the findings is taken): 2 × 1,250.50 = €2,501 in whole units.
  @Test func theDiscountTotalIsInTheFilesCurrency() throws {
    let c = try read(
      "customer,date,amount,discount,currency\nA,2024-01-05,5000.00,1250.50,eur\n"
        + "A,2024-02-05,5000.00,1250.50,eur\n")
    let finding = try #require(c.log.findings.first { $0.contains("\"discount\"") })
    #expect(finding.contains("a discount under \"discount\", €2,501 in all (25% of their amounts)"))
  }

  /// A discount column of zeros takes nothing off: no finding.
  @Test func noDiscountNoFinding() throws {
    let c = try read(
      "customer,date,amount,discount\nA,2024-01-05,100.00,0\nA,2024-02-05,100.00,0.00")
    #expect(c.mrr == [10_000, 10_000])
    #expect(!c.log.findings.contains { $0.contains("discount") })
    #expect(c.otherReadingAsOfMRR == nil)
    #expect(try c.company().company.dataQuality.imported?.isBeforeDiscounts == false)
  }

  /// The ARR both ways, and the range (review 13, F24, the rest): as written, March MRR is
  /// 100 + 200 = 300, ARR $3,600; net of the discounts cus_A pays 100 − 50 = 50, MRR 250, ARR
  /// $3,000. The amounts read stay as written.
  @Test func theReadingNetOfTheDiscountsIsTheRangesOtherEnd() throws {
    let c = try read(
      Self.header + "\n"
        + """
        il_1,in_1,cus_A,2024-01-01 00:00,Pro,100.00,50.00,usd,1,2024-01-01 00:00,2024-02-01 00:00,false,subscription
        il_2,in_2,cus_A,2024-02-01 00:00,Pro,100.00,50.00,usd,1,2024-02-01 00:00,2024-03-01 00:00,false,subscription
        il_3,in_3,cus_A,2024-03-01 00:00,Pro,100.00,50.00,usd,1,2024-03-01 00:00,2024-04-01 00:00,false,subscription
        il_4,in_4,cus_B,2024-03-01 00:00,Pro,200.00,0.00,usd,1,2024-03-01 00:00,2024-04-01 00:00,false,subscription
        """)
    #expect(c.mrrRow("cus_A").last == 10_000)
    #expect(c.otherReadingAsOfMRR == 25_000)
    #expect(
      c.log.findings.contains(
        "lines.csv: ARR at 2024-03 is $3,600 with the amounts as written, $3,000 net of the "
          + "discounts beside them; the headline's range holds both"))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 300_000)
    #expect(s.ambiguousARRHigh == 360_000)
    // The figures built account by account rest on the amounts as written (session 16, report).
    #expect(c.log.files[0].isBeforeDiscounts)
    #expect(s.isBeforeDiscounts)
  }

  /// With a Stripe subscriptions export beside the lines, a live subscription invoiced before
  /// the lines began is billed from its price in both readings, and the finding gives the ARR
  /// both ways with it in (session 16, report: a 4-month export's note gave "ARR at 2026-09 is
  /// $34,156,925" beside a headline of $45.6M, the lines' ARR alone). cus_A pays 120,000 a year
  /// from 2024-04 (10,000.00 a month, no line); cus_B's monthly lines are 100.00 with 40.00 off.
  /// At 2024-12: as written 10,000 + 100 = 10,100 a month, ARR $121,200; net 10,000 + 60 =
  /// 10,060, ARR $120,720.
  @Test func theBothWaysFindingCountsSubscriptionsReadFromTheirPrice() throws {
    let subs =
      "id,Customer ID,Customer Name,Status,Amount,Currency,Interval,Start Date (UTC),"
      + "Current Period Start (UTC),Current Period End (UTC),Canceled At (UTC),Ended At (UTC)\n"
      + "sub_1,cus_A,Alpha,active,120000.00,usd,year,2023-04-01 00:00,2024-04-01 00:00,2025-04-01 00:00,,\n"
      + "sub_2,cus_B,Beta,active,100.00,usd,month,2024-01-01 00:00,2024-12-01 00:00,2025-01-01 00:00,,\n"
    var lines =
      "Line Item ID,Invoice ID,Customer ID,Invoice Created (UTC),Description,Amount,"
      + "Discount Amount,Currency,Period Start (UTC),Period End (UTC),Proration,Type\n"
    for m in 7...12 {
      let from = "2024-\(m < 10 ? "0" : "")\(m)-01 00:00"
      let to = m == 12 ? "2025-01-01 00:00" : "2024-\(m + 1 < 10 ? "0" : "")\(m + 1)-01 00:00"
      lines +=
        "il_\(m),in_\(m),cus_B,\(from),Pro,100.00,40.00,usd,\(from),\(to),false,subscription\n"
    }
    let c = try ImportFixtures.read([("subs.csv", subs), ("lines.csv", lines)])
    #expect(c.mrrRow("cus_A").last == 1_000_000)
    #expect(c.mrrRow("cus_B").last == 10_000)
    #expect(c.otherReadingAsOfMRR == 1_006_000)
    #expect(
      c.log.findings.contains(
        "lines.csv: ARR at 2024-12 is $121,200 with the amounts as written, $120,720 net of the "
          + "discounts beside them; the headline's range holds both"))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 12_072_000)
    #expect(s.ambiguousARRHigh == 12_120_000)
  }
}
