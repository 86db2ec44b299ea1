import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Under `risk_signals_missing` the rows and the chart a deck copies carry page one's caveat
/// (render review 30, R30-5): quality-adjusted ARR likely overstated, the loss likely
/// understated; where `poor_discrimination` also holds, the row keeps its caveat instead.
@Suite struct AtRiskOutOfReachCaveatTests {
  @Test func theWorkbookRowsAndWalkSayIt() throws {
    let (analysis, _, md) = try BoardReportTests.report("workbook")
    #expect(Analysis.isAtRiskOutOfReach(analysis.scoring))
    #expect(Analysis.weakRiskScore(analysis.scoring) == nil)
    let qa = try #require(MarkdownReportTests.row(md, "**Quality-adjusted ARR**"))
    #expect(
      qa[2].hasSuffix(
        "; likely overstated: no signal in the data can reach the at-risk class (see Findings)"))
    let loss = try #require(MarkdownReportTests.row(md, "Expected 12-month loss"))
    #expect(loss[2].contains("; likely understated: no signal in the data can reach the at-risk"))
    let (_, _, bundle) = try SampleCompanies.bundle("workbook")
    let walk = try #require(SampleCompanies.text(bundle, "charts/arr-walk.svg"))
    #expect(walk.contains("Quality-adjusted ARR is likely overstated: no signal in the data"))
  }

  /// The ledger's at-risk class is out of reach too, but its score is weak: one caveat, that one.
  @Test func aWeakScoreKeepsItsOwnCaveat() throws {
    let (analysis, _, md) = try BoardReportTests.report("data-room-ledger")
    #expect(Analysis.isAtRiskOutOfReach(analysis.scoring))
    let qa = try #require(MarkdownReportTests.row(md, "**Quality-adjusted ARR**"))
    #expect(qa[2].contains("weakly supported: "))
    #expect(!qa[2].contains("likely overstated"))
    // Enterprise-saas holds the signals: no caveat at all.
    let (full, _, fullMD) = try BoardReportTests.report("enterprise-saas")
    #expect(!Analysis.isAtRiskOutOfReach(full.scoring))
    let row = try #require(MarkdownReportTests.row(fullMD, "**Quality-adjusted ARR**"))
    #expect(!row[2].contains("likely") && !row[2].contains("supported"))
  }

  /// The walk's at-risk step reads "n/a", not a measured $0, where no account can reach the
  /// class (render review 30, R30-5): workbook and ledger (the weak score's caveat does not
  /// change the step); enterprise-saas, which holds the signals, measures it: 26 at-risk
  /// accounts, a loss in dollars.
  @Test func theAtRiskStepIsNotApplicable() throws {
    for name in ["workbook", "data-room-ledger"] {
      let (_, _, md) = try BoardReportTests.report(name)
      let step = try #require(
        MarkdownReportTests.row(md, "Expected 12-month loss, at-risk class"), "\(name)")
      #expect(
        step == ["Expected 12-month loss, at-risk class", "n/a (no signal can reach it)", "n/a"])
    }
    let (_, _, md) = try BoardReportTests.report("enterprise-saas")
    let step = try #require(MarkdownReportTests.row(md, "Expected 12-month loss, at-risk class"))
    #expect(step[1].hasPrefix("-$") && step[2].hasSuffix("%"))
  }

  /// The class table's at-risk row says why it is empty where no signal can reach it (render
  /// review 28, R28-13): workbook 0 accounts, $0; enterprise-saas, which holds the signals,
  /// keeps the plain label.
  @Test func theClassTableSaysWhyTheAtRiskClassIsEmpty() throws {
    let (_, _, md) = try BoardReportTests.report("workbook")
    let row = try #require(MarkdownReportTests.row(md, "at-risk (no signal can reach it)"))
    #expect(row[1] == "0" && row[3] == "$0")
    let (_, _, full) = try BoardReportTests.report("enterprise-saas")
    #expect(MarkdownReportTests.row(full, "at-risk") != nil)
    #expect(MarkdownReportTests.row(full, "at-risk (no signal can reach it)") == nil)
  }
}
