import ARRCore
import Testing

@testable import ARRInput

/// Billing rhythms within one account: a change of rhythm (review 13, F41) and an annual fee on
/// top of monthly invoices (review 13, F42). Figures by hand from the invoices.
@Suite struct BillingRhythmChangeTests {
  static let options = ImportOptions(values: .billings)

  /// `amount` in the given months of `count`, empty elsewhere.
  func invoices(_ count: Int, _ months: [Int: Int]) -> [Int?] { (0..<count).map { months[$0] } }

  /// `amount` in every month of `months`.
  func every(_ months: Range<Int>, _ amount: Int) -> [Int: Int] {
    Dictionary(uniqueKeysWithValues: months.map { ($0, amount) })
  }

  /// Three annual payers of 6,000 (billed in months 0, 2 and 5, each year): 500 a month each.
  func annualPayers(_ count: Int) -> [(String, [Int?])] {
    [0, 2, 5].enumerated().map { k, start in
      ("Ann\(k + 1)", invoices(count, [start: 6000, start + 12: 6000, start + 24: 6000]))
    }
  }

  /// `b6-switch.csv`: Switcher pays 100 a month through December 2024, then 1,200 in January
  /// 2025 and January 2026 (annual prepaid). The monthly chain's next anchor is January 2025, and
  /// the annual chain continues in January 2026: 100 a month in each of the 36 months (1,200 ÷
  /// 12), cadence annual from 2025-01. As-of 2026-12: 3 × 500 + 300 + 100 = 1,900, ARR $22,800.
  /// At one rhythm (monthly) the switcher churned in February 2025: 1,800, ARR $21,600, the
  /// range's low end.
  @Test func aMonthlyPayerSwitchingToAnnualKeepsPaying() throws {
    let switcher = every(0..<12, 100).merging([12: 1200, 24: 1200]) { a, _ in a }
    let c = try importCube(
      billingsCube(
        [("Switcher", invoices(36, switcher))] + annualPayers(36)
          + [("Mon", invoices(36, every(0..<36, 300)))]),
      options: Self.options)
    #expect(c.mrrRow("Switcher") == Array(repeating: 10_000, count: 36))
    #expect(c.account("Switcher")?.billingCadence == .annual)
    #expect(c.account("Switcher")?.inferredFrom == Month(year: 2025, month: 1))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 2_280_000)
    #expect(s.ambiguousARRLow == 2_160_000)
    let f = try #require(c.log.findings.first { $0.contains("billing rhythm") })
    #expect(
      f.hasPrefix(
        "1 account changes billing rhythm (\"Switcher\": every 1 month, then every 12 months from 2025-01"
      ))
    #expect(f.contains("would be $0.00 instead of $100.00"))
  }

  /// The same switcher with a one-off of 150 in February 2025, the month after its first annual
  /// invoice (session 17, import lane, R3's rest: an invoice the month after the lump kept it
  /// from being one, and the switcher read monthly, 1,200 of MRR in January 2025, 150 in
  /// February, a churn, and 1,200 again in January 2026). By hand: the lump and its renewal as
  /// before, 100 a month in each of the 36 months; the 150 is off-cycle in the annual term, and
  /// the renewal does not step up, so it is one-time revenue in February 2025.
  @Test func aOneOffTheMonthAfterTheLumpKeepsTheSwitch() throws {
    let switcher = every(0..<12, 100).merging([12: 1200, 13: 150, 24: 1200]) { a, _ in a }
    let c = try importCube(
      billingsCube(
        [("Switcher", invoices(36, switcher))] + annualPayers(36)
          + [("Mon", invoices(36, every(0..<36, 300)))]),
      options: Self.options)
    #expect(c.mrrRow("Switcher") == Array(repeating: 10_000, count: 36))
    #expect(c.oneTimeRow("Switcher") == invoices(36, [13: 15_000]).map { Int64($0 ?? 0) })
    #expect(c.account("Switcher")?.billingCadence == .annual)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix(
          "1 account changes billing rhythm (\"Switcher\": every 1 month, then every 12 months "
            + "from 2025-01")
      })
  }

  /// F41's rest (session 15, import lane): a change to a shorter rhythm. Downshift pays 1,200
  /// in January 2024 and January 2025 (annual), then 100 a month from January 2026. The annual
  /// chain's next anchor is January 2026, where the monthly run begins: 100 a month in each of
  /// the 36 months, cadence monthly from 2026-01. As-of 2026-12: 3 × 500 + 100 = 1,600, ARR
  /// $19,200. Read annual throughout (before), the monthly invoices were off-cycle.
  @Test func anAnnualPayerSwitchingToMonthlyKeepsPaying() throws {
    let downshift = [0: 1200, 12: 1200].merging(every(24..<36, 100)) { a, _ in a }
    let c = try importCube(
      billingsCube([("Downshift", invoices(36, downshift))] + annualPayers(36)),
      options: Self.options)
    #expect(c.mrrRow("Downshift") == Array(repeating: 10_000, count: 36))
    #expect(c.oneTimeRow("Downshift") == Array(repeating: 0, count: 36))
    #expect(c.account("Downshift")?.billingCadence == .monthly)
    #expect(c.account("Downshift")?.inferredFrom == Month(year: 2026, month: 1))
    let f = try #require(c.log.findings.first { $0.contains("billing rhythm") })
    #expect(
      f.hasPrefix(
        "1 account changes billing rhythm (\"Downshift\": every 12 months, then every 1 month "
          + "from 2026-01"))
  }

  /// Two changes, monthly → annual → monthly: Yoyo pays 100 a month in 2024, 1,200 in January
  /// 2025 and January 2026, then 100 a month from January 2027. Every month reads 100 (48
  /// months); the latest run decides, cadence monthly from 2027-01, and a note names the
  /// earlier change (to every 12 months from 2025-01). As-of 2027-12: 3 × 500 + 100 = 1,600.
  @Test func theLatestOfTwoChangesDecides() throws {
    let yoyo = every(0..<12, 100).merging([12: 1200, 24: 1200]) { a, _ in a }
      .merging(every(36..<48, 100)) { a, _ in a }
    let c = try importCube(
      billingsCube([("Yoyo", invoices(48, yoyo))] + annualPayers(48)), options: Self.options)
    #expect(c.mrrRow("Yoyo") == Array(repeating: 10_000, count: 48))
    #expect(c.oneTimeRow("Yoyo") == Array(repeating: 0, count: 48))
    #expect(c.account("Yoyo")?.billingCadence == .monthly)
    #expect(c.account("Yoyo")?.inferredFrom == Month(year: 2027, month: 1))
    let f = try #require(c.log.findings.first { $0.contains("billing rhythm") })
    #expect(f.contains("\"Yoyo\": every 12 months, then every 1 month from 2027-01"))
    #expect(
      c.log.notes.contains {
        $0.contains(
          "1 account changed billing rhythm before its latest change (\"Yoyo\": every 1 month, "
            + "then every 12 months from 2025-01)")
      })
  }

  /// Session 16, import lane: the shape the unguarded drop rule misread on the generated
  /// enterprise-saas billings cube (300 × 24, seed 21, account A0055: its headline 2.21% below
  /// the as-billed figure). Quarterly pays 3,000 every 3 months from January 2024, a price rise
  /// billed as an add-on of 100 in September 2025 (month 20) and its renewal of 3,600 in
  /// October 2025 (month 21). The add-on, after a 2-month gap and 30 times smaller than the
  /// anchor before it, looked like a drop to a monthly run (100, then 3,600): October read as
  /// one month's revenue and a churn in November. Two invoices are no run of a rhythm, and
  /// they stop before the data's last month: no change. By hand: 1,000 a month through August
  /// 2025; September 1,000 + the add-on co-termed over its one month left (the renewal steps
  /// up 600 ≥ half of 100 × 3 ÷ 1) = 1,100; from October 3,600 ÷ 3 = 1,200. As-of 2025-12:
  /// 3 × 500 + 1,200 = 2,700, ARR $32,400.
  @Test func aQuarterlyAddOnBeforeItsRenewalIsNoChange() throws {
    let quarterly = Dictionary(
      uniqueKeysWithValues: stride(from: 0, through: 18, by: 3).map { ($0, 3000) }
    )
    .merging([20: 100, 21: 3600]) { a, _ in a }
    let c = try importCube(
      billingsCube([("Quarterly", invoices(24, quarterly))] + annualPayers(24)),
      options: Self.options)
    #expect(
      c.mrrRow("Quarterly")
        == Array(repeating: 100_000, count: 20) + [110_000] + Array(repeating: 120_000, count: 3))
    #expect(c.account("Quarterly")?.billingCadence == .quarterly)
    #expect(!c.log.findings.contains { $0.contains("billing rhythm") })
    #expect((0..<c.accounts.count).map { c.mrr[c.cell($0, 23)] }.reduce(0, +) == 270_000)
  }

  /// An annual payer whose renewal shrinks (12,000 in January 2024 and 2025, 4,000 in January
  /// 2026) with a true-up of 600 the month after: a drop, and two invoices after it, but no run
  /// of 3 reaching the data's last month, so no change to a monthly rhythm (which read 4,000
  /// and 600 as two months' revenue, then a churn). It stays annual, 1,000 a month through
  /// 2025, with no change finding; the shrunken renewal, under half the last anchor, is no
  /// anchor of the annual walk and is read as before (off-cycle).
  @Test func anAnnualPayerWithASmallerRenewalStaysAnnual() throws {
    let shrink = [0: 12000, 12: 12000, 24: 4000, 25: 600]
    let c = try importCube(
      billingsCube([("Shrink", invoices(36, shrink))] + annualPayers(36)),
      options: Self.options)
    #expect(Array(c.mrrRow("Shrink").prefix(24)) == Array(repeating: 100_000, count: 24))
    #expect(c.account("Shrink")?.billingCadence == .annual)
    #expect(!c.log.findings.contains { $0.contains("billing rhythm") })
  }

  /// A last large invoice with nothing after it continues no annual chain: the monthly reading
  /// stands (1,200 in month 12 as that month's revenue), with no change of rhythm.
  @Test func aLumpWithoutAContinuationIsNoChange() throws {
    let lastLump = every(0..<12, 100).merging([12: 1200]) { a, _ in a }
    let c = try importCube(
      billingsCube([("A", invoices(24, lastLump))] + annualPayers(24)),
      options: Self.options)
    #expect(
      c.mrrRow("A") == Array(repeating: 10_000, count: 12) + [120_000]
        + Array(repeating: 0, count: 11))
    #expect(!c.log.findings.contains { $0.contains("billing rhythm") })
  }

  /// `b7-hybrid.csv`: Hybrid is billed 2,000 a month plus a 12,000 annual fee each January
  /// (cells 14,000). The excess recurs 12 months later: an annual fee of 1,000 a month. Hybrid
  /// 3,000 a month, none one-time; as-of 2025-12: 3 × 500 + 3,000 = 4,500, ARR $54,000. As
  /// one-time fees (the other reading): 2,000, ARR $42,000, the range's low end.
  @Test func anExcessRecurringAYearLaterIsAnAnnualFee() throws {
    let hybrid = Dictionary(
      uniqueKeysWithValues: (0..<24).map { ($0, $0 % 12 == 0 ? 14000 : 2000) })
    let c = try importCube(
      billingsCube([("Hybrid", invoices(24, hybrid))] + annualPayers(24)), options: Self.options)
    #expect(c.mrrRow("Hybrid") == Array(repeating: 300_000, count: 24))
    #expect(c.oneTimeRow("Hybrid") == Array(repeating: 0, count: 24))
    #expect(
      c.account("Hybrid")?.rules.contains(ImportRule(rawValue: "monthly_spike_annual")) == true)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 5_400_000)
    #expect(s.ambiguousARRLow == 4_200_000)
    #expect(
      c.log.findings.contains {
        $0.contains("recurs 12 months later (\"Hybrid\": $12,000.00 in 2024-01)")
          && $0.contains(
            "$1,000.00 of the as-of month's MRR; read as one-time fees, that MRR "
              + "would be $0.00")
      })
  }

  /// An excess that does not recur stays a one-time fee: 12,000 in January 2024 only. Its
  /// year ended in December 2024 with no renewal in January 2025: no range (as-of 2025-12:
  /// 3 × 500 + 2,000 = 3,500, ARR $42,000 both ends).
  @Test func anExcessOnceIsOneTime() throws {
    let once = Dictionary(uniqueKeysWithValues: (0..<24).map { ($0, $0 == 0 ? 14000 : 2000) })
    let c = try importCube(
      billingsCube([("Once", invoices(24, once))] + annualPayers(24)), options: Self.options)
    #expect(c.mrrRow("Once") == Array(repeating: 200_000, count: 24))
    #expect(c.oneTimeRow("Once") == [1_200_000] + Array(repeating: 0, count: 23))
    #expect(c.account("Once")?.rules.contains(.monthlySpikeFee) == true)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 4_200_000)
    #expect(s.ambiguousARRHigh == 4_200_000)
  }

  /// F42's rest (session 15, import lane): a one-off excess within the 12 months before the
  /// as-of month may be an annual fee whose renewal is not due yet. Recent pays 2,000 a month
  /// and 14,000 in July 2025 (an excess of 12,000). Read one-time, as before: MRR 2,000 flat;
  /// as-of 2025-12: 3 × 500 + 2,000 = 3,500, ARR $42,000. Read as an annual fee, 12,000 ÷ 12 =
  /// 1,000 more: 4,500, ARR $54,000, the range's high end; a note says so.
  @Test func aRecentExcessOnceIsPricedAsAnAnnualFee() throws {
    let recent = Dictionary(
      uniqueKeysWithValues: (0..<24).map { ($0, $0 == 18 ? 14000 : 2000) })
    let c = try importCube(
      billingsCube([("Recent", invoices(24, recent))] + annualPayers(24)), options: Self.options)
    #expect(c.mrrRow("Recent") == Array(repeating: 200_000, count: 24))
    #expect(c.oneTimeRow("Recent")[18] == 1_200_000)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 4_200_000)
    #expect(s.ambiguousARRHigh == 5_400_000)
    #expect(
      c.log.notes.contains {
        $0.contains(
          "1 monthly account has an excess over its monthly invoices within the 12 months before "
            + "the as-of month, too recent for a renewal a year later to show (\"Recent\": "
            + "$12,000.00 in 2025-07)")
          && $0.contains("would be $1,000.00 higher (priced in ambiguous_arr)")
      })
  }
}
