import ARRCore
import Testing

@testable import ARRInput

/// Prices too large to add up stop a subscriptions table or a Stripe subscriptions export with
/// a data error (exit 65), never an arithmetic trap (review 7, finding 1: the sums of the
/// prices as written, before a discount, were plain Int64 additions).
@Suite struct SubscriptionOverflowTests {
  func read(_ name: String, _ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: ImportOptions())
  }

  func expectTooLarge(_ name: String, _ text: String) throws {
    let error = try #require(throws: ARRQualityError.self) { try read(name, text) }
    #expect(error.kind == .invalidData)
    #expect(error.description.contains("\(name): the amounts are too large to add up"))
  }

  /// Ten rows of 9,999,999,999,999,999.00 a month (999,999,999,999,999,900 cents each): ten
  /// of them are 9.99…e18 cents, above Int64.max (9,223,372,036,854,775,807). No discount
  /// column: one customer each (it trapped summing the list total), and all ten rows one
  /// customer's (it trapped summing that customer's list MRR).
  @Test func pricesWithoutADiscount() throws {
    let header = "customer_id,start_date,end_date,monthly_fee\n"
    let many = (0..<10).map { "C\($0),2024-01-01,,9999999999999999\n" }.joined()
    try expectTooLarge("nodiscbig.csv", header + many)
    let one = String(repeating: "A,2024-01-01,,9999999999999999\n", count: 10)
    try expectTooLarge("nodiscbig1.csv", header + one)
  }

  /// A discount can keep what is billed (and tied out) small while the prices as written
  /// overflow. One month (2024-01, every start). Eleven customers at 9,000,000,000,000,000.00
  /// (9 × 10^17 cents) with 50% off bill 4.5 × 10^17 each, 4.95 × 10^18 in all (fits); as
  /// written 9.9 × 10^18 (does not). Two such customers: as written 1.8 × 10^18 (fits), billed
  /// 9 × 10^17, so the ARR the discounts take off is 12 × 9 × 10^17 = 1.08 × 10^19 (does not).
  @Test func pricesAsWrittenBeyondWhatIsBilled() throws {
    let header = "customer_id,start_date,end_date,monthly_fee,discount_pct\n"
    func rows(_ n: Int) -> String {
      (0..<n).map { "C\($0),2024-01-01,,9000000000000000,50\n" }.joined()
    }
    try expectTooLarge("subs.csv", header + rows(11))
    try expectTooLarge("subs.csv", header + rows(2))
    // One such customer fits: billed 4.5 × 10^17, as written 9 × 10^17, and the ARR taken
    // off 12 × 4.5 × 10^17 = 5.4 × 10^18.
    let c = try read("subs.csv", header + rows(1))
    #expect(c.mrr == [450_000_000_000_000_000])
    #expect(c.accounts[0].ambiguousMRR?.high == 900_000_000_000_000_000)
  }

  /// A Stripe subscriptions export: ten active monthly subscriptions of 9,999,999,999,999,999
  /// (major units, as the Dashboard writes them), 10^19 cents in all.
  @Test func aStripeSubscriptionsExport() throws {
    let header =
      "id,Customer ID,Customer Name,Status,Plan,Amount,Currency,Interval,Interval Count,"
      + "Quantity,Created (UTC),Start Date (UTC),Current Period Start (UTC),"
      + "Current Period End (UTC),Trial Start (UTC),Trial End (UTC),Canceled At (UTC),"
      + "Cancel At Period End,Ended At (UTC)\n"
    let rows = (0..<10).map {
      "sub_\($0),cus_\($0),N\($0),active,p,9999999999999999,usd,month,1,1,2024-01-01 00:00,"
        + "2024-01-01 00:00,2024-03-01 00:00,2024-04-01 00:00,,,,false,\n"
    }.joined()
    try expectTooLarge("subscriptions.csv", header + rows)
  }

  /// Sums that fit but whose run rate (12 ×) does not: the import reads, and the conversion
  /// refuses with the money bound's data error, naming the file and the month (both trapped,
  /// before this session's changes too; "too large to add up", naming nothing, until session
  /// 30: trial 30, T30-1).
  func expectARRTooLarge(_ name: String, _ text: String) throws {
    let c = try read(name, text)
    let error = try #require(throws: ARRQualityError.self) { try c.company() }
    #expect(error.kind == .invalidData)
    #expect(error.message.hasPrefix("\(name): total MRR of 2024-01 is more than "))
    #expect(error.message.contains("the largest total whose 12-month run rate is exact in cents"))
  }

  /// One price of 9,999,999,999,999,999.00 a month: 999,999,999,999,999,900 cents fits, 12 ×
  /// it (1.2 × 10^19) does not. In a subscriptions table, and in a ledger billing it twice
  /// (the billings rules' typical quarter, 3 × it, trapped too).
  @Test func onePriceWhoseRunRateDoesNotFit() throws {
    try expectARRTooLarge(
      "subs.csv", "customer_id,start_date,end_date,monthly_fee\nC0,2024-01-01,,9999999999999999\n")
    try expectARRTooLarge(
      "ledger.csv",
      "customer_id,date,amount\nA,2024-01-01,9999999999999999\nA,2024-02-01,9999999999999999\n")
  }

  /// A status column saying `active` on six rows of A that ended on 2024-02-01 (billed in
  /// January only: 6 × 9 × 10^17 = 5.4 × 10^18 cents, fits); Z starts in March, the as-of
  /// month. The stale rows' prices as written, 5.4 × 10^18, are A's high end: 12 × it does not
  /// fit (the status check's finding and the conversion trapped).
  @Test func staleStatusRowsWhoseRunRateDoesNotFit() throws {
    let rows = String(
      repeating: "A,2024-01-01,2024-02-01,9000000000000000,active\n", count: 6)
    try expectARRTooLarge(
      "subs.csv",
      "customer_id,start_date,end_date,monthly_fee,status\n" + rows
        + "Z,2024-03-01,,1,active\n")
  }
}
