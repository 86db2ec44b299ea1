import ARRCore
import Testing

@testable import ARRInput

/// Seats trued up month to month are not usage (`docs/import.md`, "Contract type from the
/// revenue's shape"; ``QuantityPricing``, ``ImportRule/quantityPricedNotUsage``; trial 21, U3:
/// per-seat teams at $30 a seat read "pay-as-you-go usage … volatile").
@Suite struct QuantityPricingTests {
  /// A cube of four customers over eight months, in dollars:
  /// - `Seats`: 4, 5, 4, 5, 6, 5, 4, 5 seats at $30 — the usage shape (a change every month,
  ///   4 flips, variation 19.8 ÷ 142.5 = 0.139), but every amount is a multiple of $30 (3,000
  ///   cents, the greatest common divisor) and every change is one seat: not usage;
  /// - `Rounded`: whole-dollar usage 412, 310, 505, 350, 480, 300, 520, 330: the divisor is
  ///   one dollar (412 and 310 share 2, 505 is odd), the changes are 102, 195, 155, 130, 180,
  ///   220, 190 dollars, median 180 units: usage;
  /// - `Metered`: the same in cents (412.37 …): a divisor of one cent: usage;
  /// - `Flat`: 500 every month: flat, unknown.
  @Test func seatsTruedUpAreNotUsageWhereMeteredAmountsAre() throws {
    let text = """
      Customer,2024-01,2024-02,2024-03,2024-04,2024-05,2024-06,2024-07,2024-08
      Seats,120,150,120,150,180,150,120,150
      Rounded,412,310,505,350,480,300,520,330
      Metered,412.37,310.05,505.90,350.11,480.64,300.02,520.77,330.49
      Flat,500,500,500,500,500,500,500,500
      """
    let c = try Importer.read(
      [Importer.SourceFile(name: "mrr_by_customer.csv", bytes: Array(text.utf8))])
    let seats = try #require(c.account("Seats"))
    #expect(seats.contractType == nil)
    #expect(seats.rules.contains(.quantityPricedNotUsage))
    #expect(!seats.rules.contains(.fluctuatingUsage))
    for name in ["Rounded", "Metered"] {
      let usage = try #require(c.account(name))
      #expect(usage.contractType == .usage, "\(name)")
      #expect(usage.rules.contains(.fluctuatingUsage), "\(name)")
      #expect(!usage.rules.contains(.quantityPricedNotUsage), "\(name)")
    }
    #expect(c.account("Flat")?.rules.contains(.flatUnknown) == true)
  }

  /// The unit and the median change by hand, in minor units.
  @Test(
    arguments: [
      // 8, 8, 7, 6 seats at 3,000: unit 3,000, changes 1 and 1 seat.
      ([0, 24_000, 24_000, 21_000, 18_000], Int64?.some(3_000)),
      // 10, 20, 10, 20, 10 seats at 3,000 (unit 30,000 by the divisor): changes of one unit.
      ([30_000, 60_000, 30_000, 60_000, 30_000], Int64?.some(30_000)),
      // 10, 14, 10, 14, 11 seats at 3,000: unit 3,000, changes 4, 4, 4, 3 → median 4: no.
      ([30_000, 42_000, 30_000, 42_000, 33_000], nil),
      // A one-cent divisor is no unit.
      ([41_237, 31_005, 50_590], nil),
      // Flat: no change to measure.
      ([5_000, 5_000, 5_000], nil),
      // Amounts past a gap still share the unit; the gap is no change.
      ([6_000, 0, 9_000, 6_000, 0, 0, 6_000], Int64?.some(3_000)),
    ] as [([Int64], Int64?)])
  func unitByHand(amounts: [Int64], expected: Int64?) {
    let unit = amounts.withUnsafeBufferPointer { QuantityPricing.unit(of: $0) }
    #expect(unit == expected)
  }
}
