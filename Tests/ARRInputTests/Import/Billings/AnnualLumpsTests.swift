import ARRCore
import Testing

@testable import ARRInput

/// An annual fee billed on top of monthly amounts that vary (usage), as AI companies bill a
/// platform fee each anniversary beside metered usage (`docs/import.md`, "Billings";
/// ``BillingsSpreader/annualLumps(_:)-([BillingRhythm.Anchor])``; trial 32, T32-21). Figures by
/// hand from the invoices.
@Suite struct AnnualLumpsTests {
  /// A year of usage in whole dollars, repeated: its months vary, never two equal neighbours.
  static let usage = [100, 200, 150, 300, 120, 250, 180, 220, 160, 280, 140, 260]

  /// 25 months of usage from January 2024, with `fee` added in `feeMonths`.
  func platform(fee: Int, in feeMonths: Set<Int>) -> [Int?] {
    (0..<25).map { Self.usage[$0 % 12] + (feeMonths.contains($0) ? fee : 0) }
  }

  func lumps(_ amounts: [Int]) -> [Int: Int64] {
    amounts.map { Int64($0) * 100 }.withUnsafeBufferPointer { BillingsSpreader.annualLumps($0) }
  }

  /// Fees of 6,000 in months 3 and 15. Month 3 bills 6,300; the months up to 3 either side bill
  /// 100, 200, 150, 120, 250, 180 (median, the upper middle: 180), so its fee is 6,120, and so
  /// is month 15's (the same months a year on). Month 3's usage reads 180, the fee 510 a month
  /// (6,120 ÷ 12) from each fee's month for 12 months. As-of 2026-01 (month 24): usage 100 +
  /// 510 = 610, with Flat's 500: MRR 1,110, ARR $13,320. Read as one-time fees (the range's low
  /// end): 600, ARR $7,200. The fee paying 2026-01 is committed: 510 a month, from 2025-04.
  @Test func aFeeRecurringAYearOnOverUsageIsAnnual() throws {
    let c = try importCube(
      billingsCube([
        ("Platform", platform(fee: 6000, in: [3, 15])),
        ("Flat", Array(repeating: 500, count: 25)),
      ]), options: ImportOptions(values: .billings))
    let row = c.mrrRow("Platform")
    #expect(row[2] == 15_000)
    #expect(row[3] == 18_000 + 51_000)
    #expect(row[14] == 15_000 + 51_000)  // month 14 bills usage 150
    #expect(row[24] == 61_000)
    #expect(c.oneTimeRow("Platform") == Array(repeating: 0, count: 25))
    let platform = try #require(c.account("Platform"))
    #expect(platform.rules.contains(.monthlySpikeAnnual))
    #expect(platform.committedMRR == 51_000)
    #expect(platform.inferred.contains(.committedMRR))
    #expect(platform.inferredFrom == Month(year: 2025, month: 4))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 1_332_000)
    #expect(s.ambiguousARRLow == 720_000)
  }

  /// Fees of 6,000 in months 12 and 24, the as-of month. Month 24 bills 6,100; only the months
  /// before it are near (280, 140, 260: median 260): fee 5,840, as month 12's (280, 140, 260,
  /// 200, 150, 300: median 260). As-of MRR 260 + 486.67 (5,840 ÷ 12); read as usage in its
  /// month the whole 6,100 (the range's top), as one-time fees 260 (its bottom).
  @Test func aFeeInTheAsOfMonthIsSpreadAndPricedBothWays() throws {
    let c = try importCube(
      billingsCube([("Platform", platform(fee: 6000, in: [12, 24]))]),
      options: ImportOptions(values: .billings))
    #expect(c.mrrRow("Platform")[24] == 26_000 + 48_667)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 6_100 * 12 * 100)
    #expect(s.ambiguousARRLow == 260 * 12 * 100)
  }

  /// Three accounts paying such fees, beside a flat one: the cells are invoices, never a level
  /// of MRR (`--values auto` decides billings, its reason saying why).
  @Test func annualLumpsMakeTheCellsBillings() throws {
    let c = try importCube(
      billingsCube(
        (1...3).map { ("P\($0)", platform(fee: 6000, in: [3, 15])) }
          + [("Flat", Array(repeating: 500, count: 25))]))
    #expect(c.log.files[0].values == .billings)
    #expect(c.log.files[0].valuesReason.contains("3 of 4 accounts paid at least twice"))
    #expect(
      c.log.files[0].valuesReason.contains(
        "or every month with a lump at least 3 times the months around it recurring 12 months "
          + "on (3 of them: an annual fee on top of usage), as invoices do"))
    #expect(c.mrrRow("P1")[24] == 61_000)
  }

  /// What is no annual fee: a lump once (no year on), lumps a year apart unlike in size (6,120
  /// against 1,620: under 70%), and lumps that do not stand out of their year (month 10, 7 after
  /// the first and 5 before the second, bills 5,000: more than two thirds of their 6,300).
  @Test(arguments: [
    [3: 6000],
    [3: 6000, 15: 1500],
    [3: 6000, 15: 6000, 10: 4860],
  ])
  func noAnnualFee(added: [Int: Int]) {
    let amounts = (0..<25).map { Self.usage[$0 % 12] + (added[$0] ?? 0) }
    #expect(lumps(amounts).isEmpty)
  }

  /// Under 13 paid months there is no year on to see: nothing is read.
  @Test func underThirteenMonthsNothingIsRead() {
    let amounts = (0..<12).map { Self.usage[$0] + ($0 == 0 ? 6000 : 0) }
    #expect(lumps(amounts).isEmpty)
  }
}
