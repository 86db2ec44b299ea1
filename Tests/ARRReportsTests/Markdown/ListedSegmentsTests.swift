import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The Markdown names at most twelve segments, those with the most recurring ARR, and sums the
/// rest in one row (docs/report-style.md, "Segments").
@Suite struct ListedSegmentsTests {
  /// `n` segments `S01`, `S02`, … of one annual account each; segment k's account pays
  /// `mrr(k)` cents a month for two months.
  static func company(segments n: Int, mrr: (Int) -> Int64) -> Company {
    let accounts = (1...n).map { k in
      Account(
        id: "A\(k)", segment: k < 10 ? "S0\(k)" : "S\(k)", contractType: .annual,
        billingCadence: .annual, startDate: CivilDate.firstDay(of: Month(year: 2024, month: 1)))
    }
    return Fixture.company(accounts, mrr: (1...n).map { [mrr($0), mrr($0)] })
  }

  /// Twelve segments, or thirteen (a row of "1 other segment" would save no room), are all
  /// listed.
  @Test(arguments: [12, 13])
  func thirteenOrFewerSegmentsAreAllListed(count: Int) {
    let analysis = Analysis.run(Self.company(segments: count) { Int64($0) * 1_000 }, paths: 100)
    let listed = ListedSegments(analysis.scoring.bySegment)
    #expect(listed.labels.count == count)
    #expect(!listed.isFolding)
    #expect(listed.leftOutSentence("x") == "")
  }

  /// A tie for the twelfth place goes by name: S01–S14 pay 1,000 … 14,000 cents a month and
  /// S15 pays 3,000, as S03. Ranked: S14 … S04 (eleven), then S03 and S15 tie for the twelfth,
  /// S03 first by name; S15, S02 and S01 are folded. The class-mix chart draws the eight with
  /// the most ARR (S14 … S07), not the first eight by name.
  @Test func aTieForTheLastPlaceGoesByName() {
    let analysis = Analysis.run(
      Self.company(segments: 15) { $0 == 15 ? 3_000 : Int64($0) * 1_000 }, paths: 100)
    let listed = ListedSegments(analysis.scoring.bySegment)
    #expect(listed.ranked.last == "S03")
    #expect(listed.folded.map(\.key).sorted() == ["S01", "S02", "S15"])
    let svg = ReportChart.classMix(ReportContext(analysis)).svg
    #expect(svg.contains("S07, by ARR") && svg.contains("S14, by ARR"))
    #expect(!svg.contains("S06, by ARR") && !svg.contains("S03, by ARR"))
  }

  /// Fifteen segments: S01–S14 pay 1,000, 2,000, …, 14,000 cents a month and S15 pays 4,000,
  /// a tie with S04. Ranked by ARR, S14 … S05 are the first ten, S04 and S15 (the tie broken by
  /// name) the eleventh and twelfth; S01–S03 are summed: 3 accounts, 12 × (1,000 + 2,000 +
  /// 3,000) cents = $720 of ARR.
  @Test func theTwelveLargestAreListedAndTheRestSummed() {
    let company = Self.company(segments: 15) { $0 == 15 ? 4_000 : Int64($0) * 1_000 }
    let analysis = Analysis.run(company, paths: 100)
    let listed = ListedSegments(analysis.scoring.bySegment)
    #expect(listed.labels == Set((4...15).map { $0 < 10 ? "S0\($0)" : "S\($0)" }))
    #expect(listed.folded.map(\.key).sorted() == ["S01", "S02", "S03"])
    #expect(listed.foldedMix.recurringARR == 72_000)
    #expect(listed.foldedMix.accounts == 3)
    #expect(listed.foldedLabel == "3 other segments")

    let report = MarkdownReport.render(analysis)
    #expect(report.contains("| 3 other segments | 3 | $720 |"))
    #expect(!report.contains("| S01 |") && !report.contains("| S03 |"))
    #expect(report.contains("| S04 |") && report.contains("| S15 |"))
    #expect(
      report.contains(
        "The company has 15 segments: the 12 with the most recurring ARR are listed here and in "
          + "the other segment tables, and the 3 other segments (3 classed accounts, $720 of "
          + "recurring ARR) are summed in the last row"))
    #expect(report.contains("The 3 other segments (of 15) are not listed here; report.json has"))
    // The benchmarks pool the folded segments' accounts: ACV 12 × (1,000 + 2,000 + 3,000)
    // cents ÷ 3 paying accounts = $240.
    #expect(report.contains("| 3 other segments, together | $240 | under $12K |"))
  }
}
