import ARRCore
import ARRInput
import ARRMetrics
import Testing

@testable import ARRAnalysis

/// `seasonal_run_rate`, and `revenue_gap` and `no_recurring_revenue` on a season (trial 37,
/// T37-29).
@Suite struct SeasonalRunRateTests {
  /// Bridge months from 2024-01 with these closing MRRs, cents (movements as new or churn).
  static func bridge(_ closings: [Int64]) -> [BridgeMonth] {
    var opening: Int64 = 0
    return closings.enumerated().map { k, closing in
      defer { opening = closing }
      return BridgeMonth(
        month: Month(year: 2024, month: 1).adding(months: k), opening: opening,
        new: max(0, closing - opening), expansion: 0, contraction: 0,
        churn: max(0, opening - closing), reactivation: 0, closing: closing)
    }
  }

  /// 10 accounts paying 100 in January to April of 2023, 2024 and 2025 and 0 in the other
  /// months (2023-01 to `last`).
  static func season(through last: Month) throws -> Company {
    var m = "account_id,month,mrr\n"
    var a = "account_id\n"
    for i in 0..<10 {
      a += "S\(i)\n"
      var month = Month(year: 2023, month: 1)
      while month <= last {
        m += "S\(i),\(month),\(month.month <= 4 ? 100 : 0)\n"
        month = month.adding(months: 1)
      }
    }
    return try CompanyLoader.load(
      accountsCSV: Array(a.utf8), monthlyCSV: Array(m.utf8), companyJSON: nil)
  }

  /// As of 2025-04: MRR 1,000.00; the last 12 months (2024-05 to 2025-04) billed 4 × 1,000.00 =
  /// 4,000.00; 12 × 1,000.00 = 12,000.00 is 3.0× it (critical from 1.5×); 2024-04 was 1,000.00
  /// and 2024-05 to 2024-12 are 0, at most half of both ends.
  @Test func aRunRateTakenInSeasonIsCritical() throws {
    let analysis = Analysis.run(try Self.season(through: Month(year: 2025, month: 4)))
    let f = try #require(analysis.findings.first { $0.code == .seasonalRunRate })
    #expect(f.severity == .critical)
    #expect(
      f.message
        == "Revenue swings within the year (a season?): MRR in 2025-04 is $1.00K and was $1.00K "
        + "in 2024-04, but fell to $0 in 2024-05 between them. Headline ARR, 12 × 2025-04's MRR, "
        + "is $12.0K, 3.0× what the last 12 months billed ($4.00K, 2024-05 to 2025-04). A "
        + "run-rate taken in season counts the off-season months as if they paid as this one "
        + "does: quality-adjusted ARR and the projection rest on it too. Compare a year's "
        + "revenue, or like months.")
    #expect(abs(f.weight - 3) < 1e-12)
    // The empty months recur a year apart: an off-season, information.
    let gap = try #require(analysis.findings.first { $0.code == .revenueGap })
    #expect(gap.severity == .info)
    #expect(
      gap.message.hasSuffix(
        "an off-season, not a month missing from the data; compare like months."))
  }

  /// As of 2024-10: MRR 0; 2023-10 was 0 too, 2024-01 to 2024-04 paid 1,000.00 between them and
  /// 2023-01 to 2023-04 before them; the last 12 months (2023-11 to 2024-10) billed 4,000.00.
  @Test func offSeasonNoRecurringRevenueSaysWhatTheYearBilled() throws {
    let analysis = Analysis.run(try Self.season(through: Month(year: 2024, month: 10)))
    let f = try #require(analysis.findings.first { $0.code == .seasonalRunRate })
    #expect(f.severity == .critical)
    #expect(
      f.message.hasPrefix(
        "Revenue swings within the year (a season?): MRR in 2024-10 is $0 and was $0 in "
          + "2023-10, but rose to $1.00K in 2024-01 between them. Headline ARR, 12 × 2024-10's "
          + "MRR, is $0, 0.0% of what the last 12 months billed ($4.00K, 2023-11 to 2024-10)."))
    let none = try #require(analysis.findings.first { $0.code == .noRecurringRevenue })
    #expect(
      none.message
        == "No account pays recurring revenue in 2024-10, a month off its season: the last 12 "
        + "months billed $4.00K.")
  }

  /// Growth: 100 a month rising by 100 each month; the run-rate (12 × 1,400) is above the
  /// year's revenue, but no month between falls to half: no season.
  @Test func growthIsNoSeason() {
    let closings = (1...14).map { Int64($0) * 10_000 }
    #expect(Analysis.seasonalRunRate(Self.bridge(closings), f: .usd) == nil)
  }

  /// A flat 1,000.00 with one empty month between: one month at most half is a gap in the
  /// data, not a season.
  @Test func oneEmptyMonthIsNoSeason() {
    var closings = Array(repeating: Int64(100_000), count: 14)
    closings[7] = 0
    #expect(Analysis.seasonalRunRate(Self.bridge(closings), f: .usd) == nil)
    // Two empty months and both ends at 2,000.00: 12 × 2,000.00 = 24,000.00 against the last
    // 12 months' 9 × 1,000.00 + 2,000.00 = 11,000.00, 2.2× (every month between is at most
    // half of the ends): in season, critical.
    closings[8] = 0
    closings[13] = 200_000
    closings[1] = 200_000
    let f = Analysis.seasonalRunRate(Self.bridge(closings), f: .usd)
    #expect(f?.severity == .critical)
    #expect(f?.message.contains("is $24.0K, 2.2× what the last 12 months billed ($11.0K,") == true)
  }

  /// Small, grown large, fallen back: low a year ago and now, high between, but no season
  /// before the year-ago month: a fall, not an off-season.
  @Test func aRiseAndFallWithoutAnEarlierSeasonIsNoOffSeason() {
    let closings: [Int64] = [
      10_000, 10_000, 50_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000,
      100_000, 50_000, 10_000,
    ]
    #expect(Analysis.seasonalRunRate(Self.bridge(closings), f: .usd) == nil)
  }

  /// The year's revenue needs 12 bridge months, and is their closing MRR added up: months of
  /// 100.00, 200.00, … 1,200.00 bill 100 × (1 + 2 + … + 12) = 7,800.00; 11 months bill nothing
  /// known.
  @Test func aYearsRevenueIsTwelveMonthsClosingAddedUp() {
    let closings = (1...12).map { Int64($0) * 10_000 }
    #expect(Analysis.trailingYearRevenue(Self.bridge(closings)) == 780_000)
    #expect(Analysis.trailingYearRevenue(Self.bridge(Array(closings.prefix(11)))) == nil)
  }

  /// 13 bridge months are enough, and a run-rate exactly 1.25× the year is far enough: 1,000.00
  /// in 2024-01 and 2025-01, 250.00 in 2024-05 and 2024-06, 900.00 in the other nine months
  /// between. By hand the year (2024-02 to 2025-01) billed 9 × 900 + 2 × 250 + 1,000 =
  /// 9,600.00; 12 × 1,000.00 = 12,000.00 is 12,000 / 9,600 = 1.25×, at the 25% gap: a warning
  /// (critical from 1.5×). One cent less in the as-of month and the gap is under 25%: nothing.
  @Test func thirteenMonthsAndAQuarterAboveTheYearAreEnough() throws {
    var closings = Array(repeating: Int64(90_000), count: 13)
    closings[0] = 100_000
    closings[12] = 100_000
    closings[4] = 25_000
    closings[5] = 25_000
    let f = try #require(Analysis.seasonalRunRate(Self.bridge(closings), f: .usd))
    #expect(f.severity == .warning)
    #expect(f.message.contains("what the last 12 months billed ($9.60K, 2024-02 to 2025-01)"))
    #expect(abs(f.weight - 2.25) < 1e-12)  // 2 + |1.25 − 1|
    closings[12] = 99_999
    #expect(Analysis.seasonalRunRate(Self.bridge(closings), f: .usd) == nil)
  }

  /// Off-season at exactly half the high: 1,000.00 in 2024-01 (the season before), 500.00 in
  /// 2024-02 (a year before the as-of month), 1,000.00 in 2024-03 to 2024-08, 500.00 from
  /// 2024-09 to 2025-02 (as of). Both ends, 500.00, are half the highest month between: off
  /// season. By hand the year (2024-03 to 2025-02) billed 6 × 1,000 + 6 × 500 = 9,000.00;
  /// 12 × 500.00 = 6,000.00 is 66.7% of it, more than 25% under: a warning. With 1,000.00 only
  /// in 2024-03 the year billed 1,000 + 11 × 500 = 6,500.00 and the run-rate is 92.3% of it:
  /// not far enough, nothing.
  @Test func offSeasonAtHalfTheHighAndOnlyWhenFarUnderTheYear() throws {
    var closings: [Int64] = [100_000, 50_000]
    closings += Array(repeating: 100_000, count: 6) + Array(repeating: 50_000, count: 6)
    let f = try #require(Analysis.seasonalRunRate(Self.bridge(closings), f: .usd))
    #expect(f.severity == .warning)
    #expect(f.message.contains("but rose to $1.00K in 2024-03 between them"))
    #expect(f.message.contains("is $6.00K, 66.7% of what the last 12 months billed ($9.00K,"))
    #expect(abs(f.weight - (2 + 1.0 / 3)) < 1e-12)  // 2 + |6,000 / 9,000 − 1|
    let near: [Int64] = [100_000, 50_000, 100_000] + Array(repeating: 50_000, count: 11)
    #expect(Analysis.seasonalRunRate(Self.bridge(near), f: .usd) == nil)
  }
}
