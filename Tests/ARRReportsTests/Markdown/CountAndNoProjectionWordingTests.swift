import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Small wording of trial 18b, G18 (session 20, wording lane): counts in prose are grouped by
/// thousands, a company with no recurring ARR is told so in words, and a company with no
/// projection this year is not told to read one.
@Suite struct CountAndNoProjectionWordingTests {
  /// 1,200 segments of one account each: "1,200 segments", "the 1,188 other segments", never
  /// the raw digits beside the grouped "1,200 distinct values".
  @Test func segmentCountsAreGrouped() throws {
    let company = ListedSegmentsTests.company(segments: 1_200) { Int64($0) * 100 }
    let report = MarkdownReport.render(Analysis.run(company, paths: 100))
    #expect(report.contains("The company has 1,200 segments: the 12 with the most recurring ARR"))
    #expect(report.contains("the 1,188 other segments ("))
    // Segment and account names hold the digits ("S1200"); counts never do.
    for raw in ["1200 segments", "1188 other", "(of 1200)"] { #expect(!report.contains(raw)) }
  }

  /// The tester's dead company: 30 monthly accounts at $100 from 2025-01, every one at $0 in
  /// 2026-12. No projection is made this year, so last year's miss says the miss and no more,
  /// and the thin backtest widens no range.
  static var dead: Company {
    let accounts = (0..<30).map {
      Account(
        id: "D\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2025-01-01"))
    }
    let row = Array(repeating: Int64(10_000), count: 23) + [0]
    return Fixture.company(
      accounts, mrr: Array(repeating: row, count: 30), first: Month(year: 2025, month: 1))
  }

  @Test func aDeadCompanyIsNotToldToReadAProjection() throws {
    let analysis = Analysis.run(Self.dead, paths: 200)
    #expect(analysis.projection?.forecast == nil)
    let miss = try #require(analysis.findings.first { $0.code == .projectionMissed }).message
    #expect(miss.hasPrefix("Last year's projection, made in 2025-12"))
    // Realised 0.0% lies below any P10 the year-ago paths gave (every account then paid):
    // said, and nothing after it (render review 28, R28-3).
    #expect(miss.contains("points over). Realised NDR 0.0% was below last year's P10 of "))
    #expect(miss.hasSuffix(": the ranges did not hold either."))
    let thin = try #require(analysis.findings.first { $0.code == .thinBacktest }).message
    #expect(
      thin.contains(
        "30 of them paid nothing in 2026-12: retention is blended with the documented priors "
          + "by the weight of this evidence (calibration needs"))
    let report = MarkdownReport.render(analysis)
    #expect(!report.contains("with a miss of that size in mind"))
    #expect(!report.contains("ranges are widened"))
    #expect(report.contains("| Expected 12-month loss | $0 | no recurring ARR to lose |"))
    #expect(!report.contains("n/a of recurring ARR"))
  }

  /// With a projection the advice stays: 30 accounts, 3 of which left in the last month.
  @Test func aCompanyWithAProjectionKeepsTheAdvice() throws {
    let accounts = (0..<30).map {
      Account(
        id: "L\($0)", contractType: .monthly, billingCadence: .monthly,
        startDate: Fixture.date("2025-01-01"))
    }
    let rows = (0..<30).map { i in Array(repeating: Int64(10_000), count: 23) + [i < 3 ? 0 : 10_000]
    }
    let analysis = Analysis.run(
      Fixture.company(accounts, mrr: rows, first: Month(year: 2025, month: 1)), paths: 200)
    #expect(analysis.projection?.forecast != nil)
    let thin = try #require(analysis.findings.first { $0.code == .thinBacktest }).message
    #expect(thin.contains("and the ranges are widened"))
  }
}
