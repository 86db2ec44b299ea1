import ARRCore
import Testing

@testable import ARRInput

/// Recurring revenue far above what an account was billed on average since its first invoice
/// is priced at that pace and named (`docs/import.md`, "Billed pace"; trial 55, T55-1: a real
/// sales-by-customer report of a non-subscription firm read a lumpy buyer's two adjacent
/// invoices as a monthly rhythm, $3.36M of ARR for $450K billed in the year).
@Suite struct BilledPaceTests {
  static let options = ImportOptions(values: .billings)

  /// `amount` in the given months of 12, empty elsewhere.
  func invoices(_ months: [Int: Int]) -> [Int?] { (0..<12).map { months[$0] } }

  /// The pace by hand: billed from the first invoice through the as-of month, per month of that
  /// span, rounded down; none over fewer than three months, nor when half the months or more
  /// were billed.
  @Test(
    arguments: [
      ([0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 50, 300] as [Int64], Int64?.some(56)),  // 450 / 8
      ([100, 0, 0, 0, 0] as [Int64], Int64?.some(20)),
      ([100, 100, 100] as [Int64], Int64?.none),  // every month
      ([100, 0, 0, 100] as [Int64], Int64?.none),  // half the months
      ([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 600, 600] as [Int64], Int64?.none),  // two months
      ([0, 0, 0] as [Int64], Int64?.none),
    ])
  func thePaceIsTheBilledSpanAverage(billed: [Int64], pace: Int64?) {
    #expect(BillingsSpreader.billedPace({ billed[$0] }, asOf: billed.count - 1) == pace)
  }

  /// `Lumpy` buys three times in 2024 (May 127,362, November 42,606, December 280,379: the trial's
  /// largest account). Its December is read as a month of a monthly rhythm; by hand its pace is
  /// 450,347 over May–December, 56,293.37 a month (ARR 675,520.44): the range's low end reads it
  /// there, and a finding names it. The twins stay unpriced: `Steady` pays 1,000 a month;
  /// `Grower` 100 a month, then 250 in December (2.2 times its pace of 112.50); `Annual` 12,000
  /// once in April, spread over a year (1,000 a month against a pace of 1,333.33); `Upgrader`
  /// 100 a month, then 1,000 in November and December (4 times its pace of 250, but billed every
  /// month: its own rhythm).
  @Test func aLumpyBuyerIsPricedAtItsPace() throws {
    let c = try importCube(
      billingsCube([
        ("Lumpy", invoices([4: 127_362, 10: 42_606, 11: 280_379])),
        ("Steady", invoices(Dictionary(uniqueKeysWithValues: (0..<12).map { ($0, 1_000) }))),
        (
          "Grower",
          invoices(
            Dictionary(uniqueKeysWithValues: (0..<11).map { ($0, 100) }).merging([11: 250]) {
              $1
            })
        ),
        ("Annual", invoices([3: 12_000])),
        (
          "Upgrader",
          invoices(
            Dictionary(uniqueKeysWithValues: (0..<10).map { ($0, 100) }).merging([
              10: 1_000, 11: 1_000,
            ]) { $1 })
        ),
      ]),
      options: Self.options)
    let lumpy = try #require(c.account("Lumpy"))
    let mrr = try #require(c.mrrRow("Lumpy").last)
    #expect(mrr > 3 * 5_629_337)
    #expect(lumpy.ambiguousMRR?.low == 5_629_337)
    #expect(lumpy.ambiguityShares.contains { $0.cause == .billedPace })
    for id in ["Steady", "Grower", "Annual", "Upgrader"] {
      #expect(c.account(id)?.ambiguityShares.contains { $0.cause == .billedPace } == false)
    }
    let f = try #require(c.log.findings.first { $0.contains("billed in a month on average") })
    #expect(f.hasPrefix("1 account's recurring revenue at 2024-12 is more than 3 times"))
    #expect(f.contains("$675,520 at its billed pace"))
    #expect(f.contains("\"Lumpy\""))
    #expect(!f.contains("\"Steady\"") && !f.contains("\"Grower\"") && !f.contains("\"Annual\""))
    #expect(c.log.stakes[f]?.accountIDs == ["Lumpy"])
  }
}
