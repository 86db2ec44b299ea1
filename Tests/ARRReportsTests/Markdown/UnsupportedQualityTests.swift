import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRAnalysis
@testable import ARRReports

/// Quality-adjusted ARR that the report calls unsupported is not the bold key figure (render
/// review 28, R28-12); it is unsupported only when it rests on a score that ranked churners worse
/// than chance, not when every class is priced at the company's pooled retention (render review
/// 33, R33-1: data-room-movements, AUC 0.38, every class at 89.5%).
@Suite struct UnsupportedQualityTests {
  /// Movements: AUC 0.38 under last year's departures prices every class at the pooled rate, so
  /// its figures rest on the company's departures: bold, with the pooled words and no
  /// "unsupported" anywhere on the page. It has no cancellation notice, which would price an
  /// account to leave whatever the class: still "likely overstated", for that reason alone.
  @Test func movementsPricedPooledIsNotUnsupported() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-movements")
    let weak = try #require(Analysis.weakRiskScore(analysis.scoring))
    // AUC 0.38 on 11 churners of 114: its range, 0.20 to 0.56, holds chance (trial 37, T37-25).
    #expect(!weak.isWorseThanChance && weak.isPricedPooled && !weak.isUnsupported)
    #expect(analysis.scoring.isNoticeMissing)
    let summary = try #require(MarkdownReportTests.tables(md).first)
    let row = try #require(summary.first { $0.first == "**Quality-adjusted ARR**" })
    #expect(
      row[2].hasSuffix(
        "at the company's pooled retention and may be off either way: 11 churners show the "
          + "risk score does not rank them, and the data holds no cancellation notice (see "
          + "Findings); last year's GRR projection was 3.8 points under realised"))
    #expect(!md.contains("unsupported") && !md.contains("can reach the at-risk class (see"))
    #expect(md.contains("every class is priced at the company's pooled retention: "))
    let (_, _, bundle) = try SampleCompanies.bundle("data-room-movements")
    let walk = try #require(SampleCompanies.text(bundle, "charts/arr-walk.svg"))
    #expect(!walk.contains("(unsupported)"))
  }

  /// The word per state, by hand: a score worse than chance that the figures rest on is
  /// "unsupported"; the same AUC with every class pooled is "at the company's pooled
  /// retention"; an AUC of 0.55 is "weakly supported".
  @Test(arguments: [
    (0.38, false, "unsupported", true), (0.38, true, "at the company's pooled retention", false),
    (0.55, false, "weakly supported", false),
  ])
  func theWordFollowsWhatTheFiguresRestOn(
    auc: Double, isPooled: Bool, word: String, isUnsupported: Bool
  ) {
    let weak = WeakRiskScore(
      auc: auc, range: auc < 0.5 ? 0.2...0.45 : 0.45...0.65, accounts: 114, churners: 11,
      brier: nil, baseRateBrier: nil,
      reasons: [.belowExpected], isPricedPooled: isPooled)
    #expect(weak.word == word)
    #expect(weak.isUnsupported == isUnsupported)
  }
}
