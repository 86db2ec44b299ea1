import ARRCore
import Testing

@testable import ARRInput

/// Usage billed each quarter in arrears (`docs/import.md`, "Usage named for its month" and
/// "Monthly rhythm fees"; trial 34, T34-7: overage invoiced on the 5th after each quarter was
/// one-time in three quarters and a whole month's MRR in the as-of month's, headline +46%).
@Suite struct QuarterlyUsageTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))])
  }

  /// E1 pays a 5,000.00 platform fee on the 1st of each month from 2025-10 to 2026-10 and an
  /// overage on the 5th after each quarter: 9,000 (Q4 2025), 12,000, 15,000 and 18,000 (Q3
  /// 2026, on 2026-10-05); M1 pays 2,000.00 a month. `quarter` names the quarter in the
  /// description ("Usage overage - Q3 2026") or not ("Usage overage").
  static func ledger(naming quarter: Bool) -> String {
    var text = "Customer,Date,Description,Amount\n"
    for k in 0..<13 {
      let m = Month(year: 2025, month: 10).adding(months: k)
      text += "E1,\(m)-01,Platform fee,5000.00\nM1,\(m)-01,Team plan,2000.00\n"
    }
    for (date, q, amount) in [
      ("2026-01-05", "Q4 2025", 9000), ("2026-04-05", "Q1 2026", 12000),
      ("2026-07-05", "Q2 2026", 15000), ("2026-10-05", "Q3 2026", 18000),
    ] {
      text += "E1,\(date),Usage overage\(quarter ? " - \(q)" : ""),\(amount).00\n"
    }
    return text
  }

  /// The quarter named is the line's service period: Q4 2025's 9,000 is 3,000 a month in
  /// October–December 2025, and so on. Q3 2026's invoice (2026-10-05) covers through September,
  /// so the default as-of month is 2026-09, the last month every invoice covers. By hand, E1's
  /// MRR: 5,000 + 3,000 = 8,000 (2025-10..12), 9,000, 10,000, then 5,000 + 18,000 ÷ 3 = 11,000
  /// (2026-07..09); headline (11,000 + 2,000) × 12 = 156,000.00; nothing one-time. Before: as of
  /// 2026-10, E1's October 23,000 (the whole quarter's overage a month's MRR), the earlier
  /// overages one-time: headline (23,000 + 2,000) × 12 = 300,000.00.
  @Test func aQuarterNamedIsTheServicePeriod() throws {
    let c = try read(Self.ledger(naming: true))
    #expect(c.asOf == Month(year: 2026, month: 9))
    let e1: [Int64] = [800_000, 900_000, 1_000_000, 1_100_000].flatMap {
      Array(repeating: $0, count: 3)
    }
    #expect(c.mrrRow("E1") == e1)
    #expect(c.oneTimeRow("E1").allSatisfy { $0 == 0 })
    let headline = ["E1", "M1"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +) * 12
    #expect(headline == 15_600_000)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "lines.csv: 4 lines bill usage named for the quarter measured (\"Usage overage - Q4 "
            + "2025\" on line ")
      })
  }

  /// Not named, the overages are excesses over E1's 5,000 a month every 3 months (January,
  /// April, July and October 2026, the as-of month's among them): quarterly usage, each spread
  /// over 3 months from its month. By hand, as of 2026-10: E1's MRR 5,000 (2025-10..12), 8,000
  /// (2026-01..03), 9,000, 10,000, and 5,000 + 18,000 ÷ 3 = 11,000 in 2026-10; headline
  /// (11,000 + 2,000) × 12 = 156,000.00, nothing one-time. Read as one-time (the range's other
  /// end): (5,000 + 2,000) × 12 = 84,000.00. Before: 300,000.00 (October's 18,000 a month's MRR),
  /// the earlier three one-time.
  @Test func excessesEveryThreeMonthsAreQuarterly() throws {
    let c = try read(Self.ledger(naming: false))
    #expect(c.asOf == Month(year: 2026, month: 10))
    let e1: [Int64] =
      [500_000, 800_000, 900_000, 1_000_000].flatMap { Array(repeating: $0, count: 3) }
      + [1_100_000]
    #expect(c.mrrRow("E1") == e1)
    #expect(c.oneTimeRow("E1").allSatisfy { $0 == 0 })
    #expect(c.account("E1")?.rules.contains(.monthlySpikeQuarterly) == true)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 15_600_000)
    #expect(s.ambiguousARRLow == 8_400_000)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "lines.csv, lines without a service period: 1 monthly account has excesses over its "
            + "monthly invoices every 3 months (\"E1\": ")
          && $0.contains("9,000.00 in 2026-01)") && $0.contains("(`monthly_spike_quarterly`)")
          && $0.contains("6,000.00 of the as-of month's MRR")
      })
  }

  /// A step up in the last month with no quarterly rhythm before it stays that month's MRR:
  /// A pays 2,000.00 a month for a year, then 3,000.00 (headline 36,000.00, no range); two
  /// excesses 3 months apart are no rhythm: B's 1,000 over 2,000 in months 4 and 7 stay
  /// one-time.
  @Test func aLastStepUpOrTwoExcessesAreNoQuarterlyRhythm() throws {
    var text = "Customer,Date,Description,Amount\n"
    for k in 0..<13 {
      let m = Month(year: 2025, month: 1).adding(months: k)
      text += "A,\(m)-01,Plan,\(k == 12 ? 3000 : 2000).00\n"
      text += "B,\(m)-01,Plan,\(k == 3 || k == 6 ? 3000 : 2000).00\n"
    }
    let c = try read(text)
    #expect(c.mrrRow("A").last == 300_000)
    #expect(c.account("A")?.rules.contains(.monthlySpikeQuarterly) == false)
    #expect(c.oneTimeRow("B")[3] == 100_000)
    #expect(c.oneTimeRow("B")[6] == 100_000)
    #expect(c.mrrRow("B").allSatisfy { $0 == 200_000 })
  }

  @Test(arguments: [
    ("Usage overage - Q3 2026", Month(year: 2026, month: 7), 3),
    ("2026 Q3 usage", Month(year: 2026, month: 7), 3),
    ("Overage Q4-2025", Month(year: 2025, month: 10), 3),
    // Month number before its year (review 34, item 13), not a date's month (`15/03/2025`).
    ("Usage 03/2025", Month(year: 2025, month: 3), 1),
    ("Usage 3/2025", Month(year: 2025, month: 3), 1),
    ("Usage 03-2025", Month(year: 2025, month: 3), 1),
    ("Usage 2025-03", Month(year: 2025, month: 3), 1),
  ])
  func namesAPeriod(description: String, first: Month, months: Int) {
    let p = UsageMonths.named(in: description)
    #expect(p?.first == first)
    #expect(p?.months == months)
  }

  @Test(arguments: [
    "Usage on 15/03/2025", "Usage Q3 2026 - July 2026", "Usage Q5 2026", "Usage 13/2025",
    "Usage 3 / 2025",
  ])
  func namesNoPeriod(description: String) {
    #expect(UsageMonths.named(in: description) == nil)
  }

  /// A quarter may be called quarterly; a month may not, nor a plan of either.
  @Test func quarterlyWordsBesideAQuarter() {
    #expect(UsageMonths.reads("Quarterly usage overage - Q3 2026")?.months == 3)
    #expect(UsageMonths.reads("Quarterly usage - July 2026") == nil)
    #expect(UsageMonths.reads("Quarterly API platform plan - Q3 2026") == nil)
  }
}
