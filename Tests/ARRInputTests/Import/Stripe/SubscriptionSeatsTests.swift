import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table's seats, licences or units beside its price (session 28, t28c lane;
/// trial 28, T28-1: Melekikiz/SaaS-Revenue-Intelligence's `monthly_price` beside `seats` read
/// the price alone, $123K for $2.67M, while 2,913 of 2,913 of its payments equal price × seats).
/// One rule (``SubscriptionTableReader/quantityReading(priceKey:quantityKey:basis:)``): a price
/// named per unit is multiplied; one named as revenue or an amount is not; any other is
/// multiplied, the price as written the range's low end.
@Suite struct SubscriptionSeatsTests {
  func read(_ text: String, file: String = "subs.csv") throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: file, bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2025, month: 6)))
  }

  /// Melekikiz's columns, cut to three rows. By hand at 2025-06: c1 39 × 23 = 897, c2 10 × 5 =
  /// 50, c3 ended in 2025-03 (nothing) → MRR 947, ARR 11,364. Read per subscription: 39 + 10 =
  /// 49, ARR 588, so 12 × (947 − 49) = 10,776 lower; each account's range is price to price ×
  /// seats.
  @Test func seatsBesideAMonthlyPriceMultiplyIt() throws {
    let c = try read(
      """
      customer_id,plan_type,start_date,end_date,monthly_price,seats
      c1,Pro,2025-01-01,,39,23
      c2,Basic,2025-02-01,,10,5
      c3,Basic,2024-12-01,2025-03-01,20,4
      """)
    #expect(c.mrrRow("c1").last == 89_700)
    #expect(c.mrrRow("c2").last == 5_000)
    #expect(c.mrrRow("c3").last == 0)
    let c1 = try #require(c.account("c1"))
    #expect(c1.ambiguousMRR?.low == 3_900 && c1.ambiguousMRR?.high == 89_700)
    let finding = try #require(c.log.findings.first { $0.contains("quantity above 1") })
    #expect(
      finding
        == "subs.csv: 3 rows have a quantity above 1 (23 on line 2, \"c1\"): each price is read "
        + "per unit, multiplied by its \"seats\" (as Stripe's export multiplies its Amount by its "
        + "Quantity), so MRR in 2025-06 is $947.00; if the prices are per subscription, the "
        + "quantity already in them, MRR is $49.00 and ARR $10,776.00 lower: headline ARR is "
        + "given as that range")
    #expect(!c.log.files[0].ignoredColumns.contains("seats"))
  }

  /// A price named per seat is multiplied with no range: A 10 × 5 + B 20 × 3 = 110 a month (the
  /// tester's probe; `monthly_price_per_seat,seats` was refused). Per quarter, `price_per_seat`
  /// 30 × 4 seats = 120 a quarter, 40 a month.
  @Test func aPricePerSeatIsMultipliedWithoutARange() throws {
    let c = try read(
      """
      customer_id,start_date,monthly_price_per_seat,seats
      A,2025-01-01,10,5
      B,2025-01-01,20,3
      """)
    #expect(c.mrrRow("A").last == 5_000)
    #expect(c.mrrRow("B").last == 6_000)
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
    #expect(!c.log.findings.contains { $0.contains("quantity above 1") })
    #expect(
      c.log.notes.contains(
        "subs.csv: \"monthly_price_per_seat\" is a price per unit: each row's is multiplied by "
          + "its \"seats\""))
    let q = try read(
      """
      customer_id,start_date,price_per_seat,billing_cycle,licenses
      A,2025-01-01,30,quarterly,4
      """)
    #expect(q.mrrRow("A").last == 4_000)
  }

  /// A price named as an amount (`monthly_charges`, `amount`) has the quantity in it: read as
  /// written, 30, the per-unit reading (5 × 30) the high end (review 13, F34).
  @Test(arguments: ["monthly_charges", "monthly_amount"])
  func anAmountIsNotMultiplied(header: String) throws {
    let c = try read(
      """
      customer_id,start_date,\(header),units
      D,2025-01-01,30,5
      """)
    #expect(c.mrrRow("D").last == 3_000)
    let d = try #require(c.account("D"))
    #expect(d.ambiguousMRR?.low == 3_000 && d.ambiguousMRR?.high == 15_000)
  }

  /// The rule itself, header by header.
  @Test(
    arguments: [
      ("unit price", "quantity", SubscriptionTableReader.QuantityReading.perUnit),
      ("price per seat", "seats", .perUnit),
      ("plan price", "subscription quantity", .perUnit),
      ("mrr", "quantity", .inRevenue),
      ("amount", "quantity", .total),
      ("monthly price", "seats", .perUnitGuessed),
      ("price", "quantity", .perUnitGuessed),
    ] as [(String, String, SubscriptionTableReader.QuantityReading)])
  func quantityReading(
    price: String, quantity: String, expected: SubscriptionTableReader.QuantityReading
  ) {
    #expect(
      SubscriptionTableReader.quantityReading(
        priceKey: price, quantityKey: quantity, basis: .monthly) == expected)
  }
}
